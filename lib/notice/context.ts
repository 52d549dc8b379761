/**
 * The prepared notice every field extractor reads: normalised text, a folded
 * copy of the same length (case/accent-insensitive matching with the same
 * offsets), its lines and its sections, and the way to turn a span into
 * evidence quoted from the original.
 */
import { IntList } from './int-list';
import { partitionPoint } from './search';
import {
  DEADLINE_LABELS,
  FUNCTION_GROUP_WORDS,
  GRADE_WORDS,
  HEADINGS,
  JOB_TITLE_LABELS,
  LAYOUT_LABELS,
  phrasePattern,
} from './lang';
import { foldSameLength } from './lexicon';
import { leadingLiterals } from './pattern-literals';
import type { Evidence } from './schema';
import { toOriginalRange, type MappedText } from './text-map';

export type SectionKind = 'eligibility' | 'selection' | 'apply' | 'contract' | 'duties' | 'other';

export interface Line {
  start: number;
  end: number;
  text: string;
}

export interface Section {
  kind: SectionKind;
  heading: string;
  start: number;
  end: number;
}

/**
 * The text's non-empty lines, kept as offsets: a page of a million short lines would otherwise hold a
 * million objects (the read of such a page spent a third of its time making them). `get` makes a
 * line's object when a reader asks for it; past either end it gives undefined, as an array would.
 */
export class Lines {
  readonly length: number;
  constructor(
    private readonly src: string,
    private readonly starts: Int32Array,
    private readonly ends: Int32Array,
  ) {
    this.length = starts.length;
  }
  start(i: number): number {
    return this.starts[i];
  }
  end(i: number): number {
    return this.ends[i];
  }
  text(i: number): string {
    return this.src.slice(this.starts[i], this.ends[i]);
  }
  get(i: number): Line {
    if (!(i >= 0 && i < this.length)) return undefined as unknown as Line;
    const start = this.starts[i];
    const end = this.ends[i];
    return { start, end, text: this.src.slice(start, end) };
  }
  slice(from = 0, to = this.length): Line[] {
    const out: Line[] = [];
    const a = from < 0 ? Math.max(0, this.length + from) : from;
    const b = to < 0 ? this.length + to : Math.min(to, this.length);
    for (let i = a; i < b; i++) out.push(this.get(i));
    return out;
  }
  *[Symbol.iterator](): IterableIterator<Line> {
    for (let i = 0; i < this.length; i++) yield this.get(i);
  }
}

export interface NoticeContext {
  mt: MappedText;
  text: string;
  folded: string;
  lines: Lines;
  sections: Section[];
}

export interface Span {
  start: number;
  end: number;
}

const SECTION_HEADINGS: Array<[SectionKind, RegExp]> = [
  [
    'eligibility',
    /^(?:annex\b|annexe\b|anhang\b|eligibility|erfulle ich|suis-je (?:eligible|admissible)|puis-je postuler|qualifikationen:?$|bildung:?$|(?:general |formal |minimum )?(?:conditions|criteria) (?:for|of) (?:eligibility|admission)|am i eligible|who can apply|who is eligible|admission requirements|you must meet the following eligibility|eligibility criteria|formal requirements|general conditions|specific conditions|minimum requirements|conditions? d'(?:admission|eligibilite)|criteres d'(?:eligibilite|admissibilite)|zulassungs(?:bedingungen|kriterien)|teilnahmebedingungen|allgemeine bedingungen|besondere bedingungen|qualifications:?$|languages:?$|general criteria:?$|langues:?$|sprachkenntnisse:?$|diplomes?:?$|qualifications? requises?)/,
  ],
  [
    'selection',
    /^(?:we look for|what (?:are )?we (?:are )?looking for|what we look for|who (?:are we|we are) looking for|your profile|profile(?: sought| required)?:?$|the profile|selection criteria|requirements|essential (?:criteria|requirements|qualifications)|advantageous (?:criteria|requirements)|assets|qualifications and experience|desirable|nous recherchons|profil recherche|criteres de selection|votre profil|ihr profil|auswahlkriterien|wir suchen|wen wir suchen|was wir suchen|anforderungsprofil)/,
  ],
  [
    'apply',
    /^(?:how to (?:express your interest|apply)|application procedure|submission of applications|applications?:?$|how do i apply|comment (?:postuler|manifester|presenter)|procedure de candidature|bewerbungsverfahren|bewerbung:?$|wie bewerbe|wie bekunden)/,
  ],
  [
    'contract',
    /^(?:type of contract|conditions of employment|recruitment|working conditions|contract and working|grade|salary|what we offer|we offer|conditions d'emploi|recrutement|conditions de travail|beschaftigungsbedingungen|einstellung|art des vertrags|was wir bieten)/,
  ],
  [
    'duties',
    /^(?:we propose|we are|main tasks|duties|job description|the job|tasks|responsibilities|nous proposons|taches|aufgaben)/,
  ],
];

/**
 * The headings of the language tables, the whole heading folded ("criterios de admisibilidad", "ce que nous
 * recherchons", "kryteria wyboru"): looked up whole, after the patterns above (a look-up per line, not a
 * pattern of every language's headings tried on every line).
 */
const TABLE_HEADINGS = new Map<string, SectionKind>([
  ...HEADINGS.weAre.map((h) => [foldSameLength(h), 'duties'] as const),
  ...HEADINGS.wePropose.map((h) => [foldSameLength(h), 'duties'] as const),
  ...HEADINGS.weLookFor.map((h) => [foldSameLength(h), 'selection'] as const),
  ...HEADINGS.eligibility.map((h) => [foldSameLength(h), 'eligibility'] as const),
]);
/** A heading's closing marks: "Ce que nous recherchons ?", "Conditions d'admissibilité :". */
const TRAILING_MARKS = /[\s:?*]+$/;

/** What a heading may begin with before its words (bullets, numbers, white space). */
const HEADING_LEAD = /^[\s➤►>•\-–\d.()]+/;
/** An ASCII character HEADING_LEAD takes off or trim() does, or a letter a heading may begin with. */
const isAsciiLead = (c: number) =>
  (c >= 9 && c <= 13) ||
  c === 32 ||
  c === 40 ||
  c === 41 ||
  c === 45 ||
  c === 46 ||
  c === 62 ||
  (c >= 48 && c <= 57) ||
  (c >= 97 && c <= 122);
/** The first letters of every heading pattern: a line starting otherwise is not tried against them. */
const HEADING_FIRST = new Set([
  ...'abcdefghijklmnopqrstuvwxyz',
  ...[...TABLE_HEADINGS.keys()].map((k) => k[0]),
]);

/** The shortest text any SECTION_HEADINGS pattern or TABLE_HEADINGS entry matches ("vi er"). */
const MIN_HEADING = 5;

function classifyHeading(line: string): SectionKind | null {
  if (line.length > 90) return null;
  const c0 = line.charCodeAt(0);
  let clean: string;
  if (
    c0 >= 97 &&
    c0 <= 122 &&
    line.charCodeAt(line.length - 1) > 32 &&
    line.charCodeAt(line.length - 1) < 127
  )
    clean = line; // nothing to take off either end
  else if (c0 < 128 && !isAsciiLead(c0))
    return null; // its first character begins no heading
  else clean = line.replace(HEADING_LEAD, '').trim();
  // "(a) x": too short once its mark is off (a page of such items had each tried against every pattern).
  if (clean.length < MIN_HEADING || !HEADING_FIRST.has(clean[0])) return null;
  for (const [kind, re] of SECTION_HEADINGS) if (re.test(clean)) return kind;
  const whole = TABLE_HEADINGS.get(clean.replace(TRAILING_MARKS, ''));
  if (whole) return whole;
  // "Критерии за подбор — кого търсим", "Selectiecriteria: wie zoeken wij": a heading of two parts, the first a
  // table's heading.
  const dash = HEADING_PARTS.exec(clean);
  if (dash) return TABLE_HEADINGS.get(clean.slice(0, dash.index)) ?? null;
  // "Ποιον/Ποια αναζητούμε (κριτήρια επιλογής)", "Eligibility (conditions for admission)": either part a table's heading.
  const paren = HEADING_PAREN.exec(clean);
  return paren ? (TABLE_HEADINGS.get(paren[1]) ?? TABLE_HEADINGS.get(paren[2]) ?? null) : null;
}
/** A heading with a second name in brackets after it. */
const HEADING_PAREN = /^([^()]+?)\s*\(([^()]+)\)$/;
/** Where a heading's second part begins: a dash between spaces, or a colon. */
const HEADING_PARTS = /\s+[—–-]\s+|\s*:\s+/;

/** `folded`: foldSameLength(mt.text), when the caller has it already. */
export function buildContext(mt: MappedText, folded = foldSameLength(mt.text)): NoticeContext {
  const text = mt.text;
  const n = text.length;
  let count = 0;
  for (let p = text.indexOf('\n'); p >= 0; p = text.indexOf('\n', p + 1)) count++;
  const starts = new Int32Array(count + 1);
  const ends = new Int32Array(count + 1);
  let k = 0;
  for (let pos = 0; pos <= n;) {
    let nl = text.indexOf('\n', pos);
    if (nl < 0) nl = n;
    if (nl > pos) {
      starts[k] = pos;
      ends[k] = nl;
      k++;
    }
    pos = nl + 1;
  }
  const lines = new Lines(text, starts.subarray(0, k), ends.subarray(0, k));
  const sections: Section[] = [];
  for (let i = 0; i < k; i++) {
    const start = starts[i];
    const end = ends[i];
    // Every heading word is at least five letters long ("annex", "grade", "tasks").
    if (end - start < MIN_HEADING) continue;
    const kind = classifyHeading(folded.slice(start, end));
    if (!kind) continue;
    const prev = sections[sections.length - 1];
    if (prev) prev.end = start;
    sections.push({ kind, heading: text.slice(start, end), start, end: n });
  }
  return { mt, text, folded, lines, sections };
}

/** The head labels of the official languages (folded), each looked up as a whole line. */
const HEAD_LABEL_LINES = new Set(LAYOUT_LABELS.map((l) => foldSameLength(l.trim())));
/** How far into a page the site's field labels are looked for: the page's head. */
const SITE_HEAD_CHARS = 1500;
/** How many of those labels, each alone on its line, make a site's field list. */
const SITE_LABELS = 3;

export interface SiteFieldLabels {
  /** The span from the first label line to the last. */
  start: number;
  end: number;
  /** How many label lines, and the index of the first in ctx.lines. */
  labels: number;
  firstLine: number;
}

/**
 * A job site's list of fields in a page's head, in any language: "Atsauce:", "Pakāpe:",
 * "Iestāde/aģentūra", "Līguma veids:" — at least three labels of a notice's head (the language
 * tables' layout labels), each alone on its line (its value on the next, or lost in the copy), in
 * the first 1,500 characters.
 */
export function siteFieldLabels(ctx: NoticeContext): SiteFieldLabels | null {
  let labels = 0;
  let firstLine = -1;
  let end = -1;
  for (let k = 0; k < ctx.lines.length; k++) {
    const line = ctx.lines.get(k);
    if (line.start >= SITE_HEAD_CHARS) break;
    if (line.end - line.start > 60) continue;
    const key = ctx.folded
      .slice(line.start, line.end)
      .replace(/\s*:\s*$/, '')
      .trim();
    if (!HEAD_LABEL_LINES.has(key)) continue;
    labels++;
    if (firstLine < 0) firstLine = k;
    end = line.end;
  }
  return labels >= SITE_LABELS ? { start: ctx.lines.start(firstLine), end, labels, firstLine } : null;
}

export function sectionsOf(ctx: NoticeContext, kind: SectionKind): Section[] {
  return ctx.sections.filter((s) => s.kind === kind);
}

export function sectionAt(ctx: NoticeContext, offset: number): Section | null {
  // Sections follow one another in order without overlapping: the last one starting at or before offset.
  const secs = ctx.sections;
  const s = secs[partitionPoint(secs.length, (i) => secs[i].start <= offset) - 1];
  return s && offset < s.end ? s : null;
}

/** Index of the first line starting at or after `offset` (lines.length if none). */
export function firstLineFrom(ctx: NoticeContext, offset: number): number {
  const lines = ctx.lines;
  return partitionPoint(lines.length, (i) => lines.start(i) < offset);
}

/** Index of the line holding `offset` (its end included), or -1. */
export function lineIndexAt(ctx: NoticeContext, offset: number): number {
  const i = firstLineFrom(ctx, offset + 1) - 1;
  return i >= 0 && offset <= ctx.lines.end(i) ? i : -1;
}

/**
 * Where a sentence may start: every position p after a line break, or after . ! ? ; followed by
 * white space that is not an abbreviation's full stop. Found once per notice, so that each
 * sentenceAt is a binary search instead of a scan of up to 2 × MAX_SENTENCE characters.
 */
const sentenceStarts = new WeakMap<NoticeContext, Int32Array>();

function sentenceStartsOf(ctx: NoticeContext): Int32Array {
  let found = sentenceStarts.get(ctx);
  if (found) return found;
  const t = ctx.text;
  const out = new IntList(t.length >> 6);
  for (let p = 1; p <= t.length; p++) {
    const c = t.charCodeAt(p - 1);
    if (c === 10 || (isStop(c) && isSpace(t[p] ?? ' ') && !isAbbrevEnd(t, p - 1))) out.push(p);
  }
  found = out.toArray();
  sentenceStarts.set(ctx, found);
  return found;
}

/**
 * Per notice and pattern: how many characters testWithin has read in slices, and, once that
 * passes the text's length, where the pattern could match in ctx.folded with its word boundaries
 * dropped, overlapping starts included (a superset of the starts of its matches in any slice).
 */
interface WindowChecks {
  read: number;
  starts: Int32Array | null;
}
const windowChecks = new WeakMap<NoticeContext, Map<RegExp, WindowChecks>>();

function looseStarts(text: string, re: RegExp): Int32Array {
  const source = re.source.replace(/\\b/g, '');
  const flags = re.flags.replace(/[gy]/g, '');
  const literals = flags.includes('i') ? null : leadingLiterals(source);
  if (literals) {
    // Where one of the literals every match begins with occurs, a sticky test says whether a match
    // starts there. indexOf runs at memory speed whatever came before; a scan with the alternation
    // itself cost 2 ms or 55 ms per megabyte in the same process, as V8's compiled code for it
    // happened to be (the bench's "experience years" family: 116 ms per MB alone, 225 after the
    // seeds and large inputs).
    const sticky = new RegExp(source, `y${flags}`);
    const found = new IntList();
    for (const lit of literals)
      for (let p = text.indexOf(lit); p >= 0; p = text.indexOf(lit, p + 1)) {
        sticky.lastIndex = p;
        if (sticky.test(text)) found.push(p);
      }
    return found.toArray().sort();
  }
  const loose = new RegExp(source, `g${flags}`);
  const out = new IntList();
  for (let m = loose.exec(text); m; m = loose.exec(text)) {
    out.push(m.index);
    loose.lastIndex = m.index + 1;
  }
  return out.toArray();
}

/**
 * `re.test(ctx.folded.slice(start, end))` for a check made for every match of another pattern,
 * over a window of hundreds of characters around it. Read directly while the windows read add up
 * to less than the text (an ordinary notice); past that, a window where the pattern occurs
 * nowhere is answered from one scan of the whole text, so that a megabyte of matches ("at least
 * 3 years experience" 37 000 times, 1 400 characters around each) reads the text a few times, not
 * once per match. Anchored patterns are refused: the scan could not stand for them.
 */
export function testWithin(ctx: NoticeContext, re: RegExp, start: number, end: number): boolean {
  let byPattern = windowChecks.get(ctx);
  if (!byPattern) windowChecks.set(ctx, (byPattern = new Map()));
  let checks = byPattern.get(re);
  if (!checks) {
    // Anchors and look-arounds read past a slice's edge: dropping them would not give a superset.
    if (/\(\?<?[=!]|(?<!\[)\^|\$/.test(re.source))
      throw new Error(`testWithin: unsupported pattern ${re.source}`);
    byPattern.set(re, (checks = { read: 0, starts: null }));
  }
  if (!checks.starts) {
    checks.read += end - start;
    if (checks.read > ctx.folded.length) checks.starts = looseStarts(ctx.folded, re);
  }
  const starts = checks.starts;
  if (starts) {
    const k = partitionPoint(starts.length, (i) => starts[i] < start);
    if (k >= starts.length || starts[k] >= end) return false;
  }
  re.lastIndex = 0;
  return re.test(ctx.folded.slice(start, end));
}

/** The sentence around `offset`: bounded by . ! ? ; or a line break. */
export function sentenceAt(ctx: NoticeContext, offset: number): Span {
  const t = ctx.text;
  // A "sentence" longer than this is not prose (tables, runs of symbols): cap it.
  const lo = Math.max(0, offset - MAX_SENTENCE);
  const hi = Math.min(t.length, offset + MAX_SENTENCE);
  const starts = sentenceStartsOf(ctx);
  const k = partitionPoint(starts.length, (i) => starts[i] <= offset); // the first start after offset
  // The last sentence start in (lo, offset], else lo; the first in (offset, hi] ends it, else hi.
  let s = offset > lo && k > 0 && starts[k - 1] > lo ? starts[k - 1] : Math.min(offset, lo);
  let e = offset >= hi ? offset : k < starts.length && starts[k] <= hi ? starts[k] - 1 : hi;
  if (e < t.length && t[e] !== '\n') e++;
  while (s < e && /\s/.test(t[s])) s++;
  return { start: s, end: e };
}

const MAX_SENTENCE = 700;
const isStop = (c: number) => c === 46 || c === 33 || c === 63 || c === 59; // . ! ? ;
const isSpace = (ch: string) => ch === ' ' || ch === '\n' || ch === '\t';

/** "e.g." "i.e." "Art." "No." "approx." "(a)." — a full stop that does not end a sentence. */
function isAbbrevEnd(t: string, dot: number): boolean {
  if (t[dot] !== '.') return false;
  const before = t.slice(Math.max(0, dot - 7), dot).toLowerCase();
  return /(?:\be\.g|\bi\.e|\bart|\bno|\bnr|\bapprox|\betc|\bcf|\bref|\bp|\bpp|\bvs|\bdr|\bmr|\bms|\bst|\b[a-z]|\bca|\bz\.b|\bu\.a|\bd\.h|\bincl|\bel)$/.test(
    before,
  );
}

/** The intro line of the list an item belongs to ("… the following:"), if any. */
export function listIntroFor(ctx: NoticeContext, offset: number): Line | null {
  const idx = lineIndexAt(ctx, offset);
  if (idx < 0) return null;
  for (let i = idx - 1; i >= 0 && i >= idx - 40; i--) {
    const l = ctx.lines.get(i);
    if (/^(?:[-•●▪◦*–]|\(?[a-z0-9ivx]{1,3}[.)])\s/i.test(l.text)) continue;
    // "… the following:" or a short heading ("Advantageous", "Essential criteria").
    return /:\s*$/.test(l.text) || (l.text.length <= 60 && !/[.;!?]$/.test(l.text)) ? l : null;
  }
  return null;
}

export function evidence(ctx: NoticeContext, start: number, end: number, note?: string): Evidence {
  const range = toOriginalRange(ctx.mt, start, end);
  const ev: Evidence = {
    start: range.start,
    end: range.end,
    quote: ctx.mt.original.slice(range.start, range.end),
  };
  if (note) ev.note = note;
  return ev;
}

/** After a label: its colon, perhaps after a footnote number ("Place of employment 1 : Prague") or a bracket. */
const SEPARATOR =
  /^\s*(?:\d{1,2}(?=\s*[:：]))?\s*[*]*\s*(?:\([^)]{0,20}\))?\s*[*]*\s*[:：]\s*|^\s*[.…·_]{3,}\s*/;
const LOOSE_SEPARATOR =
  /^\s*(?:\d{1,2}(?=\s*[:：]))?\s*[*]*\s*(?:\([^)]{0,20}\))?\s*[*]*\s*[:：]\s*|^\s*[-–]\s+|^\s+(?=\S)/;

const MAX_LABEL_LINES = 3000;

/** Value of a "Label: value" line, or of a label line followed by its value line (flattened tables). */
export function findLabelled(
  ctx: NoticeContext,
  label: RegExp,
  opts: { maxValueLength?: number; loose?: boolean } = {},
): { value: string; start: number; end: number; labelStart: number } | null {
  const max = opts.maxValueLength ?? 200;
  // Key facts sit in the first few hundred lines of a notice; the cap keeps huge inputs linear.
  const limit = Math.min(ctx.lines.length, MAX_LABEL_LINES);
  for (let i = 0; i < limit; i++) {
    const line = ctx.lines.get(i);
    if (line.end - line.start > max + 60) continue;
    const full = ctx.folded.slice(line.start, line.end);
    // A label may sit in a list item: "- Title of the post: …".
    const bullet = /^(?:[-•●▪◦*–]\s+|\(?[a-z0-9]{1,2}[.)]\s+)?/.exec(full)![0].length;
    const lower = full.slice(bullet);
    const m = label.exec(lower);
    if (!m || m.index > 0) continue;
    const labelEnd = bullet + m[0].length;
    const rest = full.slice(labelEnd);
    const sep = (opts.loose ? LOOSE_SEPARATOR : SEPARATOR).exec(rest);
    if (sep) {
      const vs = line.start + labelEnd + sep[0].length;
      if (line.end - vs > 0 && line.end - vs <= max)
        return { value: ctx.text.slice(vs, line.end), start: vs, end: line.end, labelStart: line.start };
    }
    if (/^\s*[*]*\s*(?:\([^)]{0,20}\))?\s*[*]*\s*[:：]?\s*$/.test(rest)) {
      // The evidence is the value alone: the label stands lines away from it.
      const inBlock = blockValue(ctx, i, max);
      if (inBlock) return { ...inBlock, labelStart: inBlock.start };
      const next = ctx.lines.get(i + 1);
      // A label on the next line is not this one's value ("Department (AD8)" / "Reporting to:"), nor is a
      // numbered section's heading ("JOB PROFILE" / "1. Job Framework").
      if (
        next &&
        next.end - next.start <= max &&
        !/[:：]\s*$/.test(next.text) &&
        !/^\s*(?:\d{1,2}|[IVX]{1,4})[.)]\s+\p{Lu}/u.test(next.text)
      )
        return { value: next.text, start: next.start, end: next.end, labelStart: line.start };
    }
  }
  return null;
}

/** A key-fact label right before a position: the label row of a flattened table (folded). */
const LABEL_BEFORE = new RegExp(
  `(?:^|[^\\p{L}])(?:${phrasePattern(LAYOUT_LABELS)})[ \\t]*[:：]?[ \\t]+$`,
  'u',
);
/** How far a flattened table's values may run from the end of its label row. */
const FLAT_ROW = 400;

/**
 * A table flattened into a line of labels, then its values on the same line: "Type of contract Function
 * group and grade Duration of contract … Place of employment Deadline for application Contract Agent FG III
 * 2 years (with the possibility of extension) … Brussels, Belgium 09/03/2016 at 23:45, Brussels time". When
 * the label at [labelStart, labelEnd) has another key-fact label right before it, the values its value is
 * among: the rest of the line, up to the first sentence's end and FLAT_ROW characters. The caller picks the
 * first value of its own kind (a date, a length, a place). Null when the label stands alone. The labels may
 * keep their colons: "Function Group/Grade: Location: Starting date: Contract Agent FG IV Brussels, BELGIUM".
 */
export function flatRowAfter(
  folded: string,
  labelStart: number,
  labelEnd: number,
): { from: number; to: number } | null {
  if (!LABEL_BEFORE.test(folded.slice(Math.max(0, labelStart - 60), labelStart))) return null;
  const lineEnd = folded.indexOf('\n', labelEnd);
  const row = folded.slice(labelEnd, Math.min(lineEnd < 0 ? folded.length : lineEnd, labelEnd + FLAT_ROW));
  const stop = /\p{L}[.!?] /u.exec(row);
  return { from: labelEnd, to: labelEnd + (stop ? stop.index + 1 : row.length) };
}

/** A notice's key-fact labels (the language tables' layout labels), folded, without their colon. */
/**
 * Key-fact labels: the layout labels, and the words for a title, a deadline, a function group and a grade, in
 * every language ("Funkční skupina / platová třída", "Uzávěrka pro podávání přihlášek").
 */
const LAYOUT_LABEL_SET = new Set(
  [...LAYOUT_LABELS, ...JOB_TITLE_LABELS, ...DEADLINE_LABELS, ...FUNCTION_GROUP_WORDS, ...GRADE_WORDS].map(
    (l) => foldSameLength(l).replace(/’/g, "'"),
  ),
);

/**
 * Is line i a key-fact label alone ("Type of contract", "Estimated monthly basic salary:")? The whole line,
 * or its last words, is one of the language tables' labels.
 */
function isLabelLine(ctx: NoticeContext, i: number, whole = false): boolean {
  const l = ctx.lines.get(i);
  if (!l || l.end - l.start > 60 || /\d/.test(l.text)) return false;
  const words = ctx.folded
    .slice(l.start, l.end)
    .replace(/[\s:：*]+$/, '')
    .replace(/’/g, "'")
    .trim()
    .split(/\s+/);
  // `whole`: the line is a label, not a value that ends with a label's word ("Security Unit, Operations Department").
  for (let k = 0; k < (whole ? 1 : words.length) && words.length - k <= 6; k++)
    if (LAYOUT_LABEL_SET.has(words.slice(k).join(' '))) return true;
  return false;
}

/** What a label's value looks like, when its label says: a grade, a date or number, a staff category. */
const VALUE_CHECKS: Array<[RegExp, RegExp]> = [
  [
    new RegExp(`\\bgrade\\b|function group|${phrasePattern([...FUNCTION_GROUP_WORDS, ...GRADE_WORDS])}`, 'u'),
    /(?<![\p{L}])(?:AD|AST|SC|FG|GF)\s?-?\s?(?:\d|[IV])/iu,
  ],
  [
    new RegExp(`deadline|until|date|closing|duration|salary|datum|${phrasePattern(DEADLINE_LABELS)}`, 'u'),
    /\d/,
  ],
  [/type of (?:contract|post|position)|contract type|staff category/, /agent|official|staff|expert|trainee/i],
];

/**
 * A table flattened column by column: its labels one per line, then its values in the same order
 * ("Type of contract" / "Function group and grade" / "Place of employment" / "Temporary agent" / "AST3" /
 * "Brussels, Belgium"). The value of the label on line i, when line i is in a run of at least three labels
 * followed by as many lines that are not labels. A stray line may stand between the two runs (the body's
 * name): the values are those, right after the labels or one or two lines further, that every label whose
 * value can be checked (a grade, a date, a staff category) agrees with, two at least.
 */
function blockValue(
  ctx: NoticeContext,
  i: number,
  max: number,
): { value: string; start: number; end: number } | null {
  if (!isLabelLine(ctx, i + 1) && !isLabelLine(ctx, i - 1)) return null;
  let a = i;
  while (a > 0 && i - a < 20 && isLabelLine(ctx, a - 1)) a--;
  let b = i + 1;
  while (b < ctx.lines.length && b - i < 20 && isLabelLine(ctx, b)) b++;
  // The run may begin a line or two later than the lines that look like labels: a heading that ends with a
  // label's words ("Pranešimas apie laisvą darbo vietą" above "Pareigų pavadinimas").
  for (let first = a; first <= Math.min(i, a + 2); first++) {
    const n = b - first;
    if (n < 3) return null;
    for (let skip = 0; skip <= 2; skip++) {
      const from = b + skip;
      if (from + n > ctx.lines.length) break;
      if (!valuesAgree(ctx, first, from, n)) continue;
      const v = ctx.lines.get(from + (i - first));
      return v.end - v.start > max ? null : { value: v.text, start: v.start, end: v.end };
    }
  }
  return null;
}

/**
 * Do the n lines from `from` read as the values of the n labels from `first`: none a label itself, each one
 * whose kind can be checked (a grade, a date, a staff category) looking like one, two such at least?
 */
function valuesAgree(ctx: NoticeContext, first: number, from: number, n: number): boolean {
  let agree = 0;
  for (let k = 0; k < n; k++) {
    if (isLabelLine(ctx, from + k, true)) return false;
    const label = ctx.folded.slice(ctx.lines.start(first + k), ctx.lines.end(first + k));
    const check = VALUE_CHECKS.find(([is]) => is.test(label));
    if (!check) continue;
    if (!check[1].test(ctx.lines.text(from + k))) return false;
    agree++;
  }
  return agree >= 2;
}
