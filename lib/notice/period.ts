/**
 * An application period with no deadline label: "Applications … shall be submitted between
 * 16 November and 14 December 12.00 (noon) CET 2022", or a named period that "starts … and ends
 * on <date>". Its end is the closing date. The end date may carry the year only after its time
 * and zone, as the whole period's year.
 */
import { PERIOD_ENDS, PERIOD_NAMES, phrasePattern, phraseRegex } from './lang';
import { findDate, type FoundDate } from './lang/dates';

/** "applications … submitted between", "expressions … during the period from", "candidatures … entre le", "Bewerbungen … zwischen dem" (folded). */
const APPLICATION_PERIOD =
  /(?<![\p{L}])(?:applications?|expressions?|candidatures?|registrations?|bewerbungen|candidaturas|candidature|solicitudes|domande)(?![\p{L}])[^.\n]{0,80}?(?<![\p{L}])(?:between|entre|zwischen|tra|fra|from|du|vom)\s+(?:le |dem |il |el |o )?/gu;
/** What joins the period's two ends ("and", "to", "et le", "au", "und dem", "bis zum", "y el", "e il"). */
const PERIOD_JOIN = /\s(?:and|et|und|y|e|to|until|au|bis(?: zum)?)\s+(?:le |dem |il |el |o )?/u;
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

/** "registration period", "période d'inscription", "registracijsko razdoblje" (lang tables, folded). */
const PERIOD_NAME = phraseRegex(PERIOD_NAMES);
/** The verb that closes it ("ends", "se termine", "završava"), then at most a short word before the date. */
const PERIOD_END = new RegExp(
  `(?<![\\p{L}])(?:${phrasePattern(PERIOD_ENDS)})(?![\\p{L}])(?:\\s+(?:on|le|am|il|el|em|op|w dniu|dana|la data de|la))?\\s*`,
  'u',
);
/** How far after the period's name its closing verb may stand, within the sentence. */
const PERIOD_SPAN = 160;

/**
 * "The registration period starts on 26/07/2016 at 15:00 and ends on 26/08/2016 at 12:00": the date right
 * after the verb that closes the named period, in the same sentence.
 */
function namedPeriodEnd(folded: string, lang: () => string | null): PeriodEnd | null {
  PERIOD_NAME.lastIndex = 0;
  let n = 0;
  for (let m = PERIOD_NAME.exec(folded); m && n++ < MAX_PERIODS; m = PERIOD_NAME.exec(folded)) {
    const from = m.index + m[0].length;
    // The sentence: up to a line break or a full stop that is not a date's ("26/07/2016. u 15:00").
    let to = Math.min(folded.length, from + PERIOD_SPAN);
    const stop = /\n|\.\s(?!u\s|at\s|a\s|um\s|alle\s|às\s|om\s|o\s)(?=\p{L})/u.exec(folded.slice(from, to));
    if (stop) to = from + stop.index;
    const verb = PERIOD_END.exec(folded.slice(from, to));
    if (!verb) continue;
    const at = from + verb.index + verb[0].length;
    const date = findDate(folded, at, Math.min(folded.length, at + 40), lang);
    if (date && date.start === at) return { anchorStart: m.index, date, end: date.end };
  }
  return null;
}

/** The end of an application period in folded text, or null. */
export function applicationPeriodEnd(folded: string, lang: () => string | null): PeriodEnd | null {
  return betweenPeriodEnd(folded, lang) ?? namedPeriodEnd(folded, lang);
}

/** "Applications … between <date> and <date>": the second date. */
function betweenPeriodEnd(folded: string, lang: () => string | null): PeriodEnd | null {
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
