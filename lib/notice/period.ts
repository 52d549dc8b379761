/**
 * An application period with no deadline label: "Applications … shall be submitted between
 * 16 November and 14 December 12.00 (noon) CET 2022". Its end is the closing date. The end date
 * may carry the year only after its time and zone, as the whole period's year.
 */
import { findDate, type FoundDate } from './lang/dates';

/** "applications … submitted between", "candidatures … entre le", "Bewerbungen … zwischen dem" (folded). */
const APPLICATION_PERIOD =
  /(?<![\p{L}])(?:applications?|candidatures?|registrations?|bewerbungen|candidaturas|candidature|solicitudes|domande)(?![\p{L}])[^.\n]{0,80}?(?<![\p{L}])(?:between|entre|zwischen|tra|fra)\s+(?:le |dem |il |el |o )?/gu;
/** What joins the period's two ends ("and", "et le", "und dem", "y el", "e il"). */
const PERIOD_JOIN = /\s(?:and|et|und|y|e)\s+(?:le |dem |il |el |o )?/u;
/** "14 december 12.00 pm (noon) cet 2022": the year after a time and a zone. */
const YEAR_AFTER_TIME =
  /^(\d{1,2})\.?\s+(\p{L}{3,12})((?:\s*(?:\d{1,2}[.:h]\d{2}|\d{1,2}\s?[ap]\.?m\.?|[ap]\.?m\.?|\(?(?:noon|midday|midnight|midi|mittag)\)?|\(?(?:cet|cest|brussels time|heure de bruxelles)\)?|at|a|um|,))+)\s+((?:19|20)\d{2})(?![\d])/u;

export interface PeriodEnd {
  /** Where the wording starts ("Applications …"). */
  anchorStart: number;
  date: FoundDate;
  /** Where the date's words end (after the year when it stands after the time). */
  end: number;
}

/** Looks at most this many period wordings. */
const MAX_PERIODS = 20;

/** The end of an application period in folded text, or null. */
export function applicationPeriodEnd(folded: string, lang: () => string | null): PeriodEnd | null {
  APPLICATION_PERIOD.lastIndex = 0;
  let n = 0;
  for (let m = APPLICATION_PERIOD.exec(folded); m && n++ < MAX_PERIODS; m = APPLICATION_PERIOD.exec(folded)) {
    const from = m.index + m[0].length;
    const join = PERIOD_JOIN.exec(folded.slice(from, from + 40));
    if (!join) continue;
    const at = from + join.index + join[0].length;
    const date = findDate(folded, at, Math.min(folded.length, at + 30), lang);
    if (date && date.start - at <= 2) return { anchorStart: m.index, date, end: date.end };
    const late = YEAR_AFTER_TIME.exec(folded.slice(at, at + 80));
    if (!late) continue;
    const words = `${late[1]} ${late[2]} ${late[4]}`;
    const d = findDate(words, 0, words.length, lang);
    if (!d || d.start !== 0) continue;
    const end = at + late[0].length;
    return {
      anchorStart: m.index,
      date: { year: d.year, month: d.month, day: d.day, start: at, end },
      end,
    };
  }
  return null;
}
