/**
 * Where lib/notice/lang/month-names.ts comes from: the month names Intl formats for each official
 * language. Run by scripts/gen-months.ts and by the test that checks the table is current; the reader
 * itself reads the generated table, not Intl.
 */
import { LANGUAGES } from './tables';

/** The forms a month is written in: alone, with a day, with a day and a year, with a year; long and short. */
const FORMS: Intl.DateTimeFormatOptions[] = [
  { month: 'long' },
  { month: 'short' },
  { day: 'numeric', month: 'long' },
  { day: 'numeric', month: 'short' },
  { day: 'numeric', month: 'long', year: 'numeric' },
  { year: 'numeric', month: 'long' },
];

function formatter(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat | null {
  try {
    return new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' });
  } catch {
    return null;
  }
}

/** Language code → for each month, its distinct names in the order of FORMS. */
export function cldrMonthNames(): Record<string, string[][]> {
  const out: Record<string, string[][]> = {};
  for (const table of LANGUAGES) {
    const formats = FORMS.map((form) => formatter(table.locale, form));
    out[table.code] = Array.from({ length: 12 }, (_, m) => {
      const date = new Date(Date.UTC(2026, m, 15, 12));
      const names: string[] = [];
      for (const format of formats) {
        const name = format?.formatToParts(date).find((p) => p.type === 'month')?.value;
        if (name && !names.includes(name)) names.push(name);
      }
      return names;
    });
  }
  return out;
}
