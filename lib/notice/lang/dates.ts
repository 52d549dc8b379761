/**
 * Written dates in the 24 official languages, matched against folded text:
 *   15/03/2026, 15.3.2026, 2026-03-15, 15 March 2026, March 15, 2026,
 *   15 mars 2026, 15. März 2026, 15 marca 2026, 15 de marzo de 2026,
 *   15 ta' Marzu 2026, 15 Μαρτίου 2026, 15 март 2026 г.,
 *   2026. március 15., 2026 m. kovo 15 d., 2026. gada 15. marts.
 * Every pattern is sticky and tried only where a number or a word starts: linear.
 */
import { ALL_MONTHS_PATTERN, MONTH_READINGS, monthOf } from './months';
import { DATE_FILLERS, phrasePattern } from './index';
import { pairHash } from '../phrase-regexp';
import { partitionPoint } from '../search';

export interface FoundDate {
  year: number;
  month: number;
  day: number;
  start: number;
  end: number;
}

const M = `(${ALL_MONTHS_PATTERN})(?![\\p{L}])`;
const FILLER = `(?:(?:${phrasePattern(DATE_FILLERS)})\\s*)?`;

/** A footnote's number glued to the year, before a comma ("15 August 20201, at 23:59"). */
const FOOTNOTE = '(?:\\d(?=[,;]))?';
const DATE_NUMERIC = /(?<![\d/.])(\d{1,2})\s?([./-])\s?(\d{1,2})\2\s?(\d{4}|\d{2})(?![\d/])/y;
const DATE_ISO = /(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)/y;
/** Year first with slashes: "2025/11/10" (year, month, day; never year, day, month). */
const DATE_YMD_SLASHES = /(?<!\d)(\d{4})\/(\d{1,2})\/(\d{1,2})(?![\d/])/y;
/** Hungarian order with stops: "2021. 03. 09." (year, month, day). */
const DATE_YMD_DOTS = /(?<!\d)(\d{4})\.\s?(\d{1,2})\.\s?(\d{1,2})\.?(?!\d)/y;
const DATE_DAY_MONTH = new RegExp(
  `(?<!\\d)(\\d{1,2})(?:st|nd|rd|th|er|\\.)?(?:\\s*|[/-])${FILLER}${M}\\.?,?(?:\\s+|[/-])${FILLER}(\\d{4})${FOOTNOTE}(?!\\d)`,
  'yu',
);
const DATE_MONTH_DAY = new RegExp(
  `${M}\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})${FOOTNOTE}(?!\\d)`,
  'yu',
);
/** Hungarian "2026. március 15.", Lithuanian "2026 m. kovo 15 d.". */
const DATE_YEAR_MONTH_DAY = new RegExp(
  `(?<!\\d)(\\d{4})\\.?\\s+(?:m\\.\\s*)?${M}\\.?\\s+(\\d{1,2})(?!\\d)`,
  'yu',
);
/** Latvian "2026. gada 15. marts". */
const DATE_YEAR_DAY_MONTH = new RegExp(`(?<!\\d)(\\d{4})\\.?\\s+gada\\s+(\\d{1,2})\\.\\s*${M}`, 'yu');

export function validDate(year: number, month: number, day: number): boolean {
  if (year < 2000 || year > 2100 || month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const NONE: RegExp[] = [];
const MONTH_FIRST = [DATE_MONTH_DAY];
/** The patterns that start with one or two digits ("15/03/2026", "15 March 2026"), and with four ("2026-03-15"). */
const SHORT_NUMBER_FIRST = [DATE_NUMERIC, DATE_DAY_MONTH];
const YEAR_FIRST = [DATE_ISO, DATE_YMD_SLASHES, DATE_YMD_DOTS, DATE_YEAR_MONTH_DAY, DATE_YEAR_DAY_MONTH];

/**
 * The digit-first patterns that may match at s[i] (a digit), in their order. Every one of them
 * starts at the first digit of a run of one or two digits (numeric and day-month dates) or of four
 * (the year-first ones), so the others cannot: the same first match, without trying them.
 */
function digitFirst(s: string, i: number): RegExp[] {
  const p = s.charCodeAt(i - 1);
  if (p >= 48 && p <= 57) return NONE;
  let n = 1;
  while (n < 5 && s.charCodeAt(i + n) >= 48 && s.charCodeAt(i + n) <= 57) n++;
  return n <= 2 ? SHORT_NUMBER_FIRST : n === 4 ? YEAR_FIRST : NONE;
}

/** Letter-ness (\p{L}) of each BMP code unit, looked up once: 0 not yet known, 1 no, 2 yes. */
const letterKnown = new Uint8Array(65536);
function isLetterUnit(c: number): boolean {
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  let k = letterKnown[c];
  if (k === 0) letterKnown[c] = k = /\p{L}/u.test(String.fromCharCode(c)) ? 2 : 1;
  return k === 2;
}

/**
 * Can a month name start at s[i]? Month names are letters only and the pattern wants no letter
 * after the name, so the name is the whole run of letters from i: one look-up instead of the
 * alternation of 400 names tried at every word.
 */
function monthAt(s: string, i: number): boolean {
  // Most words are no month: their first two letters or their length say so without a look-up.
  if (MONTH_PAIRS[pairHash(s.charCodeAt(i), s.charCodeAt(i + 1))] === 0) return false;
  let j = i;
  while (j < s.length && isLetterUnit(s.charCodeAt(j))) j++;
  return j - i >= 3 && j - i <= MONTH_LONGEST && MONTH_READINGS.has(s.slice(i, j));
}

/** The first two characters of the month names, hashed (a collision only costs a look-up). */
const MONTH_PAIRS = new Uint8Array(65536);
let MONTH_LONGEST = 0;
for (const name of MONTH_READINGS.keys()) {
  MONTH_PAIRS[pairHash(name.charCodeAt(0), name.charCodeAt(1))] = 1;
  MONTH_LONGEST = Math.max(MONTH_LONGEST, name.length);
}
/** A character with distinct lower and upper case: ch.toLowerCase() !== ch.toUpperCase(), looked up once per code unit. */
const caseKnown = new Uint8Array(65536); // 0 not yet known, 1 no, 2 yes
function isCasedUnit(c: number): boolean {
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  let k = caseKnown[c];
  if (k === 0) {
    const ch = String.fromCharCode(c);
    caseKnown[c] = k = ch.toLowerCase() !== ch.toUpperCase() ? 2 : 1;
  }
  return k === 2;
}

/** How far past the search's end a date found inside it may run (findDate, DateIndex). */
const DATE_OVERRUN = 24;

/**
 * The first date starting in [from, to) of folded text `s`. `lang` gives the
 * text's language, asked only when a month name means different months in
 * different languages; such a date is skipped when the language is unknown.
 */
export function findDate(s: string, from: number, to: number, lang: () => string | null): FoundDate | null {
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    const isDigit = c >= 48 && c <= 57;
    const letter = !isDigit && c > 64 && isCasedUnit(c);
    if (!isDigit && !letter) continue;
    if (letter && i > 0 && isCasedUnit(s.charCodeAt(i - 1))) continue;
    const tries = isDigit ? digitFirst(s, i) : monthAt(s, i) ? MONTH_FIRST : NONE;
    for (const re of tries) {
      re.lastIndex = i;
      const m = re.exec(s);
      if (!m || m.index + m[0].length > to + DATE_OVERRUN) continue;
      let year: number;
      let month: number | null;
      let day: number;
      if (re === DATE_NUMERIC) {
        day = +m[1];
        month = +m[3];
        year = m[4].length === 2 ? 2000 + +m[4] : +m[4];
      } else if (re === DATE_ISO || re === DATE_YMD_SLASHES || re === DATE_YMD_DOTS) {
        year = +m[1];
        month = +m[2];
        day = +m[3];
      } else if (re === DATE_DAY_MONTH) {
        day = +m[1];
        month = monthOf(m[2], lang());
        year = +m[3];
      } else if (re === DATE_MONTH_DAY) {
        month = monthOf(m[1], lang());
        day = +m[2];
        year = +m[3];
      } else if (re === DATE_YEAR_MONTH_DAY) {
        year = +m[1];
        month = monthOf(m[2], lang());
        day = +m[3];
      } else {
        year = +m[1];
        day = +m[2];
        month = monthOf(m[3], lang());
      }
      if (month !== null && validDate(year, month, day))
        return { year, month, day, start: m.index, end: m.index + m[0].length };
    }
    if (isDigit) while (i + 1 < to && s.charCodeAt(i + 1) >= 48 && s.charCodeAt(i + 1) <= 57) i++;
    else while (i + 1 < to && isCasedUnit(s.charCodeAt(i + 1))) i++;
  }
  return null;
}

/**
 * The dates of one text, found in one left-to-right scan (each search resuming where the last date
 * ended, as a loop of `findDate` calls would), that answers the reader's other date questions about
 * the same text without scanning it again. Each answer is `findDate`'s own:
 *
 * - A position is tried by `findDate` or not by what the text holds there (a digit or cased letter
 *   that does not continue a run), and what is found there depends on the text, not on where the
 *   search began. So when the scan went from the end of one date to the start of the next, no
 *   position in between holds a date, and a search starting anywhere in that gap finds the next one.
 * - A line cut out of the text (at line breaks) holds the same dates, except one that runs over the
 *   break: the line's own search fails there, where the whole text's succeeds (every pattern's
 *   assertions read a line break as they read the end of the text). Such a date, a search starting
 *   inside a date, a date past the caller's limit and anything past the scan's cap are read with
 *   `findDate` itself.
 */
export class DateIndex {
  /** The dates in text order (they do not overlap: each search starts where the last date ended). */
  readonly dates: FoundDate[] = [];
  /** Did the scan reach the end of the text (not the cap)? */
  readonly complete: boolean;

  constructor(
    private readonly s: string,
    private readonly lang: () => string | null,
    cap: number,
  ) {
    let from = 0;
    let d: FoundDate | null = null;
    while (this.dates.length < cap && (d = findDate(s, from, s.length, lang))) {
      this.dates.push(d);
      from = d.end;
    }
    this.complete = d === null;
  }

  /** The first listed date that ends after `at`; -1 past the list. */
  private after(at: number): number {
    const ds = this.dates;
    const k = partitionPoint(ds.length, (i) => ds[i].end <= at);
    return k < ds.length ? k : -1;
  }

  /** findDate(s, from, to, lang). */
  first(from: number, to: number): FoundDate | null {
    const k = this.after(from);
    if (k < 0) return this.complete ? null : findDate(this.s, from, to, this.lang);
    const d = this.dates[k];
    if (d.start < from) return findDate(this.s, from, to, this.lang);
    if (d.start >= to) return null;
    return d.end <= to + DATE_OVERRUN ? d : findDate(this.s, from, to, this.lang);
  }

  /**
   * findDate over the line s[start, end) cut out of the text (start at the text's start or after a
   * line break, end at a line break or the text's end), offsets in the line.
   */
  inLine(start: number, end: number): FoundDate | null {
    const k = this.after(start);
    if (k < 0) return this.complete ? null : this.ownLine(start, end);
    const d = this.dates[k];
    if (d.start < start || (d.start < end && d.end > end)) return this.ownLine(start, end);
    if (d.start >= end) return null;
    return { ...d, start: d.start - start, end: d.end - start };
  }

  /** findDate over the line itself (a method, not a closure made on every call: inLine is run per line). */
  private ownLine(start: number, end: number): FoundDate | null {
    return findDate(this.s.slice(start, end), 0, end - start, this.lang);
  }
}
