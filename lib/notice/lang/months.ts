/**
 * Month names of the 24 official languages, built from the CLDR data that
 * `Intl` carries, as generated into month-names.ts (npm run gen:months): the stand-alone names, the forms
 * used with a day (genitive in Slavic, Baltic, Greek, Finnish: "15 marca",
 * "2026 m. kovo 15 d.", "15. maaliskuuta") and the abbreviations, long and
 * short. Keys are folded like the text they are matched against.
 *
 * A few names mean different months in different languages ("listopad" is
 * November in Polish and Czech, October in Croatian; "lipca" July in Polish,
 * "lipnja" June in Croatian): such a key keeps every reading, and the reader
 * picks the one of the notice's language or gives up.
 */
import { foldSameLength } from '../lexicon';
import { CLDR_MONTH_NAMES } from './month-names';
import { LANGUAGES } from './tables';

/** Folded month name → the month it names in each language that uses it. */
export const MONTH_READINGS = new Map<string, Map<string, number>>();

function add(name: string, lang: string, month: number): void {
  const key = foldSameLength(name.trim()).replace(/\.$/, '');
  if (key.length < 3 || /\d/.test(key) || /\s/.test(key)) return;
  let readings = MONTH_READINGS.get(key);
  if (!readings) MONTH_READINGS.set(key, (readings = new Map()));
  if (!readings.has(lang)) readings.set(lang, month);
}

for (const table of LANGUAGES)
  CLDR_MONTH_NAMES[table.code]?.forEach((names, m) => {
    for (const name of names) add(name, table.code, m + 1);
  });

/** Spellings seen in notices that CLDR does not give (no umlaut, older abbreviations). */
const EXTRA: Array<[string, string, number]> = [
  ['jaenner', 'DE', 1], ['jänner', 'DE', 1], ['maerz', 'DE', 3], ['sept', 'EN', 9], ['sept', 'FR', 9],
  ['febr', 'DE', 2], ['fevereiro', 'PT', 2],
]; // prettier-ignore
for (const [name, lang, m] of EXTRA) add(name, lang, m);

/** All month names, longest first, for a regex over folded text. */
export const ALL_MONTHS_PATTERN = [...MONTH_READINGS.keys()]
  .sort((a, b) => b.length - a.length)
  .map((k) => k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
  .join('|');

/**
 * The month a folded name stands for: the only reading, or the reading of
 * `lang` (the notice's language) when languages disagree; null when it cannot
 * be decided.
 */
export function monthOf(name: string, lang: string | null): number | null {
  const readings = MONTH_READINGS.get(name);
  if (!readings) return null;
  const values = new Set(readings.values());
  if (values.size === 1) return [...values][0];
  if (lang && readings.has(lang)) return readings.get(lang)!;
  return null;
}
