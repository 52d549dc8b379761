/**
 * Normalise a notice into clean lines, whatever form it reached us in:
 * Markdown, plain text extracted from a PDF, or the visible text / HTML of a
 * web page. The result keeps a map back to the original for evidence.
 *
 * Output: one logical line per paragraph / list item / label line, "\n"
 * between lines and "\n\n" where the source had a blank line; single spaces.
 */
import { htmlToText, looksLikeHtml } from './html-text';
import { HEADINGS } from './lang';
import { foldSameLength, lookupPlace } from './lexicon';
import { MappedTextBuilder, identity, type MappedText } from './text-map';
import { isJsSpace } from './phrase-regexp';

/**
 * `page`: the text of a page's elements as the overlay collects it from the DOM (one element a line, the
 * white space inside an element already one space) — read as text, but its lines are the page's elements,
 * never a printer's wrapped lines (see htmlShouldJoin).
 */
export type NoticeFormat = 'markdown' | 'text' | 'html' | 'page';

type Piece = string | readonly [number, number];

/** What a rewrite may write for a match instead of returning its pieces: text, and ranges of mt.text kept. */
interface Emit {
  text(str: string): void;
  range(start: number, end: number): void;
}

/**
 * Rewrites every match of `re` in `mt` with pieces: literal strings or kept [start,end) ranges of mt.text
 * (returned, or written through `emit` by a match that has many: a table row's cells).
 */
function rewrite(
  mt: MappedText,
  re: RegExp,
  pieces: (m: RegExpExecArray, emit: Emit) => Piece[] | void,
): MappedText {
  const src = mt.text;
  re.lastIndex = 0;
  let m = re.exec(src);
  if (!m) return mt; // nothing to rewrite: keep the text and its map as they are
  const out = new MappedTextBuilder(src.length + 16);
  let at = 0;
  const emit: Emit = {
    text: (str) => out.insert(str, mt.map[at]),
    range: (start, end) => out.copy(src, start, end, mt.map),
  };
  let last = 0;
  for (; m; m = re.exec(src)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    out.copy(src, last, m.index, mt.map);
    at = m.index;
    for (const p of pieces(m, emit) ?? []) {
      if (typeof p === 'string') out.insert(p, mt.map[m.index]);
      else out.copy(src, p[0], p[1], mt.map);
    }
    last = m.index + m[0].length;
  }
  out.copy(src, last, src.length, mt.map);
  return out.build(mt.original, mt.map[src.length]);
}

const drop = (): Piece[] => [];
const keepGroup =
  (n: number) =>
  (m: RegExpExecArray): Piece[] => {
    const idx = m.indices?.[n];
    return idx ? [[idx[0], idx[1]]] : [];
  };

/** "| Reference | EC/2026/1 |" → "Reference\nEC/2026/1\n": cells as lines, like a flattened table, rows apart. */
const PIPE = 0x7c;
function tableRowToLines(m: RegExpExecArray, emit: Emit): void {
  const [from, to] = m.indices![1];
  let cells = 0;
  let cellStart = from;
  const input = m.input;
  for (let i = from; i <= to; i++) {
    if (i < to && input.charCodeAt(i) !== PIPE) continue;
    let s = cellStart;
    let e = i;
    while (s < e && isJsSpace(input.charCodeAt(s))) s++;
    while (e > s && isJsSpace(input.charCodeAt(e - 1))) e--;
    if (e > s) {
      if (cells++) emit.text('\n');
      emit.range(s, e);
    }
    cellStart = i + 1;
  }
  // A blank line after the row: its last cell (a value) does not run on into the next row's label.
  if (cells > 1) emit.text('\n');
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Footnote markers and backslash escapes first, so that escaped characters are plain text afterwards. */
const MD_ESCAPES = /<sup>[^<]{0,12}<\/sup>|\\([\\`*_{}[\]()#+\-.!|<>~])/dgi;
/**
 * Everything else in one pass: autolinks, links, line breaks, tags, heading marks, bold, rules.
 * No run may contain the character that opens another match ("<" in a tag or an autolink, "[" in
 * link text): otherwise a line of unclosed "<a" or "[" is rescanned from each one (quadratic).
 */
const MD_MARKUP =
  /<(https?:\/\/[^<>\s]+|mailto:[^<>\s]+)>|!?\[([^[\]\n]*)\]\((?:[^()\s]|\([^()\s]*\))*\)|(<br\s*\/?>)|<\/?[a-zA-Z][^<>\n]*>|^[ \t]*#{1,6}[ \t]+|\*\*|__|^[ \t]*(?:-{3,}|\*{3,}|_{3,})[ \t]*$/dgim;

/**
 * Formatting tags shown as text, as a document site prints a PDF's words ("<strong>The</strong>
 * EIT …<br />"): a line break for <br>, nothing for the others (a footnote's <sup> goes with its
 * number, as in Markdown). Only the tags of inline formatting, so that "<" in ordinary text is left
 * alone.
 */
const LITERAL_TAG =
  /(<br\s*\/?>)|<sup>[^<]{0,12}<\/sup>|<\/?(?:strong|b|em|i|u|span|font|sub)(?:\s[^<>\n]{0,60})?>/dgi;
/** Three such tags in the first part of a text say that its tags are text, not the page's markup. */
const LITERAL_TAGS_MIN = 3;

function hasLiteralTags(text: string): boolean {
  if (!text.includes('<')) return false;
  const head = text.slice(0, 20000);
  LITERAL_TAG.lastIndex = 0;
  let n = 0;
  while (LITERAL_TAG.exec(head) && ++n < LITERAL_TAGS_MIN);
  return n >= LITERAL_TAGS_MIN;
}

function cleanMarkdown(mt: MappedText): MappedText {
  // A footnote between a value and the next word ("EC/2026/X/1<sup>1</sup>Deadline") still parts them.
  let t = rewrite(mt, MD_ESCAPES, (m) =>
    m[1] !== undefined ? keepGroup(1)(m) : WORD_CHAR.test(m.input[m.index + m[0].length] ?? '') ? [' '] : [],
  );
  t = rewrite(t, MD_MARKUP, (m) =>
    m[3] ? ['\n'] : m[1] !== undefined ? keepGroup(1)(m) : m[2] !== undefined ? linkText(m) : [],
  );
  return cleanTables(t);
}

/**
 * A link's text, parted from a word it is glued to on either side ("EC/2026/X/1[x](y)" is the
 * reference and a link, not "EC/2026/X/1x"), as a footnote is.
 */
function linkText(m: RegExpExecArray): Piece[] {
  const glued = (c: string | undefined) => c !== undefined && WORD_CHAR.test(c);
  const text = keepGroup(2)(m);
  return [
    ...(glued(m.input[m.index - 1]) ? [' '] : []),
    ...text,
    ...(glued(m.input[m.index + m[0].length]) ? [' '] : []),
  ];
}

/** Tables: the separator row goes, each cell becomes a line (label line, value line). */
function cleanTables(t: MappedText): MappedText {
  if (!t.text.includes('|')) return t; // both patterns need a pipe
  t = rewrite(t, /^[ \t]*\|?(?:[ \t]*:?-{3,}:?[ \t]*\|)+[ \t]*:?-*:?[ \t]*$/gm, drop);
  return rewrite(t, /^[ \t]*\|(.*)\|[ \t]*$/dgm, tableRowToLines);
}

/**
 * A pipe table in text that is otherwise not Markdown (a page's table copied as "| Job Title | Data Officer |"):
 * a line opening with two cells that hold words. Each class stops at the first letter, so the test is linear.
 */
const PIPE_TABLE_ROW = /^[ \t]*\|[^|\n\p{L}]*\p{L}[^|\n]*\|[^|\n\p{L}]*\p{L}/mu;
/** "Befattning | Projektledare … |": a label and its value, the row's opening bar left out by the copy. */
const OPEN_TABLE_ROW = /^[ \t]*(\p{L}[^|\n]{1,60}?[ \t]+\|[ \t]+[^|\n]*\p{L}[^|\n]*?)[ \t]*\|[ \t]*$/dgmu;
/** Two such rows in a text make it a table, not a line that happens to hold a bar. */
function hasOpenTableRows(text: string): boolean {
  OPEN_TABLE_ROW.lastIndex = 0;
  return OPEN_TABLE_ROW.exec(text) !== null && OPEN_TABLE_ROW.exec(text) !== null;
}

/** A plain digit glued to a lower-case word as a footnote marker (see cleanCommon). */
const FOOTNOTE_DIGIT = /\d(?<=\p{Ll}{3}\d)(?=[ \t\n,.;:]|$)/gu;

function hasFootnoteDigits(text: string): boolean {
  FOOTNOTE_DIGIT.lastIndex = 0;
  let one = false;
  let two = false;
  for (let m = FOOTNOTE_DIGIT.exec(text); m && !(one && two); m = FOOTNOTE_DIGIT.exec(text)) {
    one ||= m[0] === '1';
    two ||= m[0] === '2';
  }
  return one && two;
}

function cleanCommon(mt: MappedText): MappedText {
  // A footnote marker between two words ("EC/2026/X/1¹Deadline", text run together by a PDF) still
  // parts them; glued to one word only (Sweden¹), it goes, with soft hyphens and zero-width characters.
  let t = mt;
  // Both patterns need one of these characters: most texts have none, and are scanned once.
  if (/[¹²³⁴⁵⁶⁷⁸⁹⁰\u00ad\u200b-\u200d\ufeff\r]/.test(t.text)) {
    t = rewrite(t, /[¹²³⁴⁵⁶⁷⁸⁹⁰]+(?=[\p{L}\p{N}])/gu, () => [' ']);
    t = rewrite(t, /[¹²³⁴⁵⁶⁷⁸⁹⁰\u00ad\u200b-\u200d\ufeff\r]+/g, drop);
  }
  // A footnote's number printed as a plain digit after a word ("Temporary Agent1", "2 years1 with",
  // "Regulation3 and"): one digit after three lower-case letters, before a space, a stop or the line's
  // end — when footnotes 1 and 2 are both there, so that "Geant4" or "Python3" alone stay as written.
  if (hasFootnoteDigits(t.text)) t = rewrite(t, FOOTNOTE_DIGIT, drop);
  // Every other white space (all of JavaScript's \s) becomes a plain space or a line break, so
  // that lines are trimmed and space runs collapsed whatever the source used: after this the
  // clean text never holds a run of white space longer than a blank line, and no \s* in a later
  // pattern can backtrack over one.
  t = rewrite(t, /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\t\f\v]+|([\u2028\u2029])/g, (m) => [
    m[1] ? '\n' : ' ',
  ]);
  return t;
}

export function detectFormat(text: string): NoticeFormat {
  if (looksLikeHtml(text)) return 'html';
  const head = text.slice(0, 20000);
  const mdSignals =
    (head.match(/^#{1,6} /gm)?.length ?? 0) +
    (head.match(/\*\*[^*\n]+\*\*/g)?.length ?? 0) +
    (head.match(/\]\([^)\]\s]*\)/g)?.length ?? 0);
  return mdSignals >= 3 ? 'markdown' : 'text';
}

// ---- line assembly -------------------------------------------------------

const PAGE_HEADER =
  /^\(\s*(?:ref(?:erence)?|réf(?:érence)?|az|aktenzeichen)\.?\s*:?[^()]{3,140}\)$|^(?:page|seite|pag(?:e|ina)?\.?)\s*\d+(?:\s*(?:of|\/|von|sur|de|di)\s*\d+)?$|^\d{1,3}\s*(?:\/|of|von|sur)\s*\d{1,3}$|^[-–]?\s*\d{1,3}\s*[-–]?$/i;
/** A bracketed reference in the first lines is the notice's own, under its post; lower down, a page's header. */
const HEAD_REF_LINES = 5;

/** What PAGE_HEADER's lines may begin with: "(", "p"/"P" (page, pag.), "s"/"S" (Seite), a digit, a dash. */
const mayBePageHeader = (c: number) =>
  c === 40 ||
  c === 112 ||
  c === 80 ||
  c === 115 ||
  c === 83 ||
  (c >= 48 && c <= 57) ||
  c === 45 ||
  c === 0x2013;
const BULLET = /^(?:[-•●▪◦‣∙*–➢➤►✓]\s|\(?(?:[a-z]|[ivx]{1,4}|\d{1,2})[.)]\s)/i;
const LABEL_START = /^[\p{Lu}][\p{L}\d ()/'’*.-]{1,45}\s?:(?:\s|$|(?=\[)|(?=\p{Lu}))/u;
/** A label glued to its value by a flattened table: "Miejsce pracyBruksela", "Nazwa stanowiskaDyrektor". */
const GLUED_LABEL_START = /^\p{Lu}[\p{Ll} ]{2,40}\p{Ll}\p{Lu}\p{Ll}/u;
/** Lines that start a new fact even after an unpunctuated line. */
const NO_JOIN_START = /^(?:ref(?:erence)?\b\.?|deadline\b|closing date\b|date limite\b|bewerbungsfrist\b)/i;

/*
 * What shouldJoin asks of every pair of lines, without a regex call per line (a page of short lines
 * has half a million): each function answers exactly as the regex in its comment.
 */

const isSentenceEnd = (c: number) => c === 46 || c === 33 || c === 63 || c === 58 || c === 59; // . ! ? : ;

/** /[.!?:;]["'”’)]?$/ */
function endsSentence(s: string): boolean {
  const n = s.length;
  if (n === 0) return false;
  const c = s.charCodeAt(n - 1);
  if (isSentenceEnd(c)) return true;
  const closer = c === 34 || c === 39 || c === 0x201d || c === 0x2019 || c === 41; // " ' ” ’ )
  return closer && n >= 2 && isSentenceEnd(s.charCodeAt(n - 2));
}

/** NO_JOIN_START.test(s): its words begin with r, d, c or b (an i-flag regex without u folds no other character to them). */
function startsNewFact(s: string): boolean {
  const c = s.charCodeAt(0) | 32;
  return (c === 114 || c === 100 || c === 99 || c === 98) && NO_JOIN_START.test(s);
}

/**
 * "25.03.2024 Expired", "16/05/2031 Closed": a date that opens a page's status line, not a wrapped sentence's
 * end (after "published on", "until" … the date belongs to the line before).
 */
function datedStatusLine(prev: string, next: string): boolean {
  const c = next.charCodeAt(0);
  return (
    c >= 48 &&
    c <= 57 &&
    /^\d{1,2}[./-]\d{1,2}[./-]\d{2,4}(?:\s+\p{Lu}|\s*$)/u.test(next) &&
    !/\b(?:on|of|the|from|until|by|before|to|de|du|le|la|am|vom|bis|del|al|dal|il|el)$/i.test(prev)
  );
}

/** "EUT C 434A af 4.12.2014, pp. 1–10", "OJ C 163A, 28.5.2014, p. 6–9": the Official Journal issue a page cites. */
const OJ_CITATION =
  /^[\p{L}.]{2,12}(?: [\p{L}.]{2,8})? [CL] \d{1,4} ?[A-Z]?,?(?: \p{L}{1,4})? \d{1,2}\.\d{1,2}\.\d{4}/u;
function isOjCitation(s: string): boolean {
  const k = s.indexOf(' C ');
  const l = k < 0 ? s.indexOf(' L ') : k;
  return l > 0 && l <= 22 && OJ_CITATION.test(s);
}

/** /^[\p{Ll}(]/u */
function startsLowerOrBracket(s: string): boolean {
  const c = s.charCodeAt(0);
  if (c < 128) return (c >= 97 && c <= 122) || c === 40;
  return /^[\p{Ll}(]/u.test(s);
}

/** /^\p{Lu}/u */
function startsUpper(s: string): boolean {
  const c = s.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return /^\p{Lu}/u.test(s);
}

/** /[,&–-]$/ */
function endsJoining(s: string): boolean {
  const c = s.charCodeAt(s.length - 1);
  return c === 44 || c === 38 || c === 0x2013 || c === 45;
}

/** Each line test beside the regex it stands for (the equivalence test compares them). */
export const LINE_TESTS: Array<[(s: string) => boolean, RegExp]> = [
  [endsSentence, /[.!?:;]["'”’)]?$/],
  [startsNewFact, NO_JOIN_START],
  [startsLowerOrBracket, /^[\p{Ll}(]/u],
  [startsUpper, /^\p{Lu}/u],
  [endsJoining, /[,&–-]$/],
];

interface Line {
  start: number; // in the cleaned text
  end: number;
  text: string;
  blankBefore: boolean;
  /** isHeadingLike(text), once asked (each line is asked as the next line, then as the previous). */
  heading?: boolean;
}

/**
 * The text's non-blank lines, one at a time (a notice of half a million short lines is never held as
 * half a million line objects: each is dropped once the next is read).
 */
class LineScanner {
  private pos = 0;
  constructor(private readonly t: string) {}

  /** The next non-blank line's bounds, trimmed, with whether blank lines came before it; null at the end. */
  next(): Line | null {
    const t = this.t;
    let blank = false;
    while (this.pos <= t.length) {
      let nl = t.indexOf('\n', this.pos);
      if (nl < 0) nl = t.length;
      let s = this.pos;
      let e = nl;
      this.pos = nl + 1;
      while (s < e && t.charCodeAt(s) <= 32) s++;
      while (e > s && t.charCodeAt(e - 1) <= 32) e--;
      // "Název pracovní pozice: |", "19.11.2018 |": a table's cells copied one per line, each closed by a
      // pipe (EUR-Lex pages). The cell's pipe goes when it is the line's only one.
      if (e > s && t.charCodeAt(e - 1) === 124 && t.lastIndexOf('|', e - 2) < s) {
        e--;
        while (e > s && t.charCodeAt(e - 1) <= 32) e--;
      }
      if (s === e) blank = true;
      else return { start: s, end: e, text: t.slice(s, e), blankBefore: blank, heading: undefined };
    }
    return null;
  }
}

function isHeadingLike(text: string): boolean {
  // Three capitals need three characters; ASCII text is read without the Unicode tables.
  if (text.length < 3 || text.length > 120) return false;
  let caps = 0;
  let run = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128) return /\p{Lu}{3}/u.test(text) && !/\p{Ll}/u.test(text);
    if (c >= 97 && c <= 122) return false;
    caps = c >= 65 && c <= 90 ? caps + 1 : 0;
    if (caps >= 3) run = true;
  }
  return run;
}

function headingLine(line: Line): boolean {
  return (line.heading ??= isHeadingLike(line.text));
}

/** A page count ("Page 2", "2 / 5", "2 of 5", "CA 265/66"), looked for once the line's dates ("19/03/2027") are taken out. */
const PAGE_COUNT = /\bpage\s*\d|(?<![\w/.-])\d{1,4}\s*(?:\/|of)\s*\d{1,4}(?![\w/.-])/i;
/** A code's numbered segments ("EFSA/T/AST4/2026/003"): a running head when the very same line comes back. */
const CODE_NUMBERS = /\d\s*\/\s*\d/;
const SLASHED_DATE = /\b\d{1,2}\/\d{1,2}\/\d{2,4}\b/g;

/**
 * Lines that repeat on every page (headers, footers): dropped. Twice is enough for a line with a page
 * count, but not for one whose only "n/n" is a date: "Closing date: 19/03/2027" twice is the notice's
 * deadline said twice (or two postings' deadlines), not a footer.
 */
function repeatedLineKeys(t: string): Set<string> {
  const counts = new Map<string, { n: number; text: string; last: number; gap: number; same: boolean }>();
  const lines = new LineScanner(t);
  let lineNo = -1;
  for (let l = lines.next(); l; l = lines.next()) {
    lineNo++;
    if (l.text.length < 8 || l.text.length > 140 || BULLET.test(l.text)) continue;
    const key = l.text.replace(/\d+/g, '#').toLowerCase();
    const seen = counts.get(key);
    if (seen) {
      seen.n++;
      seen.same &&= seen.text === l.text;
      seen.gap = Math.max(seen.gap, lineNo - seen.last);
      seen.last = lineNo;
    } else counts.set(key, { n: 1, text: l.text, last: lineNo, gap: 0, same: true });
  }
  const repeated = new Set<string>();
  for (const [key, { n, text, last, gap, same }] of counts) {
    // A job page's title said three times in its head ("Legal Officer" / "EUSPA - …" / "Legal Officer" a line or
    // two apart; or heading, page title, and again over the grade, the very same words without a number) is the
    // post; a page's header or footer comes back a page later, or with its page's number.
    // "Publication of a vacancy for the function of Director-General of … (grade AD 15)": the grade's number in
    // its bracket at the end is the post's, not a page's.
    const headTitle =
      last < HEAD_BLOCK_LINES && (gap <= 2 || (same && !/\d/.test(text.replace(GRADE_BRACKET_END, ''))));
    // Twice: a page count; or a code's numbers in the very same line ("EFSA/T/AST4/2026/003 – Procurement"),
    // not two lines that differ in them ("COM/AD/13/10 — … (AD6)" / "COM/AD/14/10 — … (AD7)": two posts).
    const undated = n >= 2 ? text.replace(SLASHED_DATE, '') : '';
    if (
      (n >= 3 && !headTitle) ||
      (n >= 2 && (PAGE_COUNT.test(undated) || (same && CODE_NUMBERS.test(undated))))
    )
      repeated.add(key);
  }
  return repeated;
}

/** A grade in brackets at a line's end: "(grade AD 15)", "(AST 3)", "(FG IV)". */
const GRADE_BRACKET_END = /\((?:[\p{L}]+\s)?(?:AD|AST|SC|FG)\s?-?\s?(?:\d{1,2}|[IV]{1,3})\)\s*$/u;

/** How many lines a page's head (title, employer, place, key facts) may take. */
const HEAD_BLOCK_LINES = 12;

/**
 * A notice's name and its reference, alone on a line ("Vacancy notice CONS/AD/117", "Aankondiging van aanwerving PE/165/S", "Προκήρυξη κενής θέσης —
 * CONS/AD/201/25 — …", "Bank Expert (PRSP SRRR SEC 02/2018)", "Head of Unit: Supervisory Review (PRSP SRRR TA
 * 20/2018 Repl R)"), or is its reference alone ("ERA/AD/2017/001-OPE") or with its label ("REF.: ACER/2018/08").
 */
const TITLED_BY_REFERENCE =
  /^[\p{L} ]{6,60}(?:\s[—–-])?\s(?:[A-Z]{2,6}\/[A-Z]{2,4}\/\d{1,4}\/\d{2}|[A-Z]{2,4}\/\d{1,4}\/[A-Z]{1,4}$|(?=\S*\d)[A-Za-z][\w-]{1,12}(?:\/[\w.-]{1,12}){2,6}\s[—–-]\s\p{Lu})(?:\s|$|(?<=\p{Lu}))|^\p{L}[\p{L} :,'’-]{2,100}\s\((?=[^()]*\d)[\p{Lu}\d][\p{L}\d /._-]{2,40}\)$|^(?=\S*\d)[A-Z][A-Za-z]{1,9}(?:\/[A-Za-z0-9-]{1,12}){2,5}$|^(?:REF|Ref|Reference|REFERENCE)\.?\s*(?:No\.?\s*)?[:.]\s*(?=\S*\d)[A-Za-z][\w-]{1,12}(?:\/[\w.-]{1,12}){1,6}$/u;

/** The first time a repeated line names the notice and its reference: kept once. */
function firstTitledLine(text: string, key: string, seen: Set<string>): boolean {
  if (seen.has(key) || !TITLED_BY_REFERENCE.test(text)) return false;
  seen.add(key);
  return true;
}

/** "Assistant(e) gestionnaire administratif(ve) (AST 1)", "… (grade AD 15)": a post's heading ends with its grade in brackets. */
const GRADE_PAREN_TAIL =
  /\((?:\p{L}{4,12}\s)?(?:AD|AST(?:\s?\/\s?SC)?|SC|FG)\s?-?\s?(?:\d{1,2}|[IV]{1,3})(?:\s?[-–]\s?(?:AD|AST)?\s?\d{1,2})?\)$/u;
function endsGradeParen(s: string): boolean {
  return s.charCodeAt(s.length - 1) === 41 && GRADE_PAREN_TAIL.test(s);
}

/** The section headings of the 24 languages ("we are", "nous sommes"), folded: never a heading's continuation. */
const SECTION_HEADING_WORDS = new Set(Object.values(HEADINGS).flat());
const isSectionHeading = (text: string) =>
  SECTION_HEADING_WORDS.has(foldSameLength(text).replace(/[\s:]+$/, ''));

/** Words a sentence wraps after, right before a place: "… based in" / "Luxembourg". */
const PLACE_AFTER = /\s(?:in|at|to|of|from|à|a|en|de|du|in der|im|nach|zu|di|da|em|w|v|u)$/i;

/** A code with a number in its parts, alone on a line: "eu-LISA/30/TA/AST/04", "ERA/AD/2017/001-OPE". */
const CODE_ALONE = /^(?=\S*\d)[A-Za-z][\w-]{1,12}(?:\/[\w.-]{1,12}){2,6}$/;
/** A grade or function group alone on a line: "AD 6", "AST3", "FG IV", "FG III, grade 8", "AD 5 – AD 7" (a table's value cell). */
const GRADE_ALONE =
  /^(?:AD|AST|SC|FG|AST\/SC)\s?-?\s?(?:\d{1,2}|I{1,3}|IV)(?:\s*(?:[,–-]|to|bis|à)\s*(?:(?:grade|grado|grad|grau|rang)\s*)?(?:(?:AD|AST|SC)\s?)?\d{1,2})?$/;
/** Words a sentence wraps after, right before its grade ("… recruited at grade" / "AD 6"). */
const GRADE_LEAD = /\s(?:grades?|grado|grad|grau|at|as|in|of|au|du|de|level|niveau|group|groupe|gruppe)$/i;

function shouldJoin(prev: Line, next: Line): boolean {
  if (endsSentence(prev.text) || endsGradeParen(prev.text)) return false;
  // "VACANCY NOTICE FOR 1 POST OF PROJECT OFFICER IN THE FIELD OF RAILWAY" / "INTEROPERABILITY": a long
  // heading in capitals goes on in capitals on the very next line.
  if (headingLine(prev))
    return (
      !next.blankBefore &&
      prev.text.length >= 50 &&
      !endsJoining(prev.text) &&
      headingLine(next) &&
      next.text.length <= 40 &&
      !isSectionHeading(next.text) &&
      !BULLET.test(next.text) &&
      !startsNewFact(next.text)
    );
  if (
    (next.text.length > 1 && BULLET.test(next.text)) ||
    (next.text.length > 2 && LABEL_START.test(next.text)) ||
    (next.text.length > 4 && GLUED_LABEL_START.test(next.text)) ||
    headingLine(next) ||
    startsNewFact(next.text) ||
    isOjCitation(next.text) ||
    datedStatusLine(prev.text, next.text) ||
    // "ICT Security Operations Officer" / "eu-LISA/30/TA/AST/04": a reference alone on its line is a value of its own.
    (next.text.length <= 40 && CODE_ALONE.test(next.text)) ||
    // "Temporary agent (Article 2(f) of the CEOS)" / "AD 6": a grade alone on its line is a value of its own.
    (next.text.length <= 30 && GRADE_ALONE.test(next.text) && !GRADE_LEAD.test(prev.text)) ||
    // "Département Support à la traduction – Section Planification" / "Luxembourg": a place alone on its line is
    // a value of its own (not after a comma or a preposition, where a sentence wraps before the place).
    (next.text.length <= 30 &&
      !endsJoining(prev.text) &&
      !PLACE_AFTER.test(prev.text) &&
      lookupPlace(next.text) !== null) ||
    // "Scientific Officer – Toxicology (AD 6)": a post's heading with its grade, on its own line.
    (next.text.length <= 100 && startsUpper(next.text) && endsGradeParen(next.text))
  )
    return false;
  const startsLower = startsLowerOrBracket(next.text);
  // After a blank line, a short capitalised line is a heading of its own ("Legal Officer" under the body's name).
  if (next.blankBefore)
    return (
      (prev.text.length >= 100 && (next.text.length >= 60 || !startsUpper(next.text))) ||
      (startsLower && prev.text.length >= 50)
    );
  return startsLower || prev.text.length >= 50 || endsJoining(prev.text);
}

/**
 * A web page's lines are its elements (a cell, a <dt> and its <dd>, a paragraph, a <br>), never a
 * sentence wrapped by a printer: white space inside an element is already one space. Only a line
 * that begins in lower case after one that does not end a sentence goes on (a <br> inside a sentence).
 */
function htmlShouldJoin(prev: Line, next: Line): boolean {
  return (
    !next.blankBefore &&
    !endsSentence(prev.text) &&
    startsLowerOrBracket(next.text) &&
    !BULLET.test(next.text)
  );
}

function assembleLines(mt: MappedText, fromHtml = false): MappedText {
  const repeated = repeatedLineKeys(mt.text);
  const seen = new Set<string>();
  const out = new MappedTextBuilder(mt.text.length + 16);
  let prev: Line | null = null;
  let pendingBlank = false;
  // A key is at most twice as long as its line (lower case "İ" is two characters): a much shorter line
  // than every repeated key cannot have one of them, and its key is not built.
  let minKey = Infinity;
  for (const k of repeated) minKey = Math.min(minKey, k.length);
  let lineNo = -1;
  const lines = new LineScanner(mt.text);
  const doubles = doubleSpaces(mt.text);
  for (let line = lines.next(); line; line = lines.next()) {
    lineNo++;
    const key = 2 * line.text.length >= minKey ? line.text.replace(/\d+/g, '#').toLowerCase() : '';
    // A repeated line is a page's header or footer: kept where it first stands only when it names the notice
    // and its reference ("Stellenausschreibung CONS/AD/142/18" heads the notice, then every page).
    if (
      (mayBePageHeader(line.text.charCodeAt(0)) &&
        PAGE_HEADER.test(line.text) &&
        // "(Réf. AMLA/TA/2025/10)" under the post, never repeated, is the notice's own reference.
        !(
          line.text.charCodeAt(0) === 40 &&
          lineNo < HEAD_REF_LINES &&
          mt.text.indexOf(line.text) === line.start &&
          mt.text.indexOf(line.text, line.end) < 0
        )) ||
      (key && repeated.has(key) && !firstTitledLine(line.text, key, seen))
    ) {
      pendingBlank ||= line.blankBefore;
      continue;
    }
    const current = line; // the lines are ours: mark the blank before it in place
    current.blankBefore ||= pendingBlank;
    pendingBlank = false;
    if (prev) {
      if (fromHtml ? htmlShouldJoin(prev, current) : shouldJoin(prev, current)) {
        if (!/[-/]$/.test(prev.text) || !/^\p{Ll}/u.test(current.text))
          out.insert(' ', mt.map[line.start - 1]);
      } else if (!current.blankBefore && mt.text.charCodeAt(prev.end) === 10)
        out.copy(mt.text, prev.end, prev.end + 1, mt.map); // the same "\n", so one part with the lines around it
      else out.insert(current.blankBefore ? '\n\n' : '\n', mt.map[prev.end]);
    }
    copyCollapsed(out, mt, line.start, line.end, doubles);
    prev = current;
  }
  return out.build(mt.original, mt.map[mt.text.length]);
}

/**
 * Copies text[start, end) with each run of spaces as one. `doubles` finds the next "  " from a position;
 * the lines are copied in order, so the text is searched once in all.
 */
function copyCollapsed(
  out: MappedTextBuilder,
  mt: MappedText,
  start: number,
  end: number,
  doubles: (from: number) => number,
): void {
  let runStart = start;
  for (let i = doubles(start); i >= 0 && i + 1 < end; i = doubles(i)) {
    out.copy(mt.text, runStart, i + 1, mt.map);
    i += 1;
    while (i < end && mt.text.charCodeAt(i) === 32) i++;
    runStart = i;
  }
  out.copy(mt.text, runStart, end, mt.map);
}

/** The next "  " of `text` at or after a position, remembered: positions asked for only grow. */
function doubleSpaces(text: string): (from: number) => number {
  let at = text.indexOf('  ');
  return (from) => {
    if (at >= 0 && at < from) at = text.indexOf('  ', from);
    return at;
  };
}

/** Normalise `original` (in any supported form) into clean lines mapped back to it. */
export function normaliseNotice(
  original: string,
  format?: NoticeFormat,
): MappedText & { format: NoticeFormat } {
  const fmt = format ?? detectFormat(original);
  let mt: MappedText = fmt === 'html' ? htmlToText(original) : identity(original);
  const plain = fmt === 'text' || fmt === 'page';
  if (fmt === 'markdown') mt = cleanMarkdown(mt);
  else if (plain && PIPE_TABLE_ROW.test(mt.text)) mt = cleanTables(mt);
  if (plain && mt.text.includes('|') && hasOpenTableRows(mt.text))
    mt = rewrite(mt, OPEN_TABLE_ROW, tableRowToLines);
  if (plain && hasLiteralTags(mt.text))
    mt = rewrite(mt, LITERAL_TAG, (m) => (m[1] !== undefined ? ['\n'] : []));
  mt = cleanCommon(mt);
  mt = assembleLines(mt, fmt === 'html' || fmt === 'page');
  return { ...mt, format: fmt };
}
