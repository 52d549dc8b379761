/**
 * A faster drop-in for the regex `(?<![\p{L}\p{N}])(?:alt1|alt2|…)(?![\p{L}\p{N}])` (flags "gu" or
 * "u") that the 24-language phrase lists compile to.
 *
 * V8 tries every alternative at every position of the text: an alternation of 150 phrases costs
 * about as much over a notice as chrono-node's whole date parse. Here only the positions where a
 * word may start and whose character begins some phrase are looked at, only the phrases that
 * begin with the text's next characters are tried, each with its own sticky regex, in the order
 * of the alternation. The result is the regex's own: same leftmost position, same alternative
 * (the first in order that matches there, tail included), same match. A phrase that does not
 * start with a letter or digit keeps the plain regex for its whole list.
 */

import { IntList } from './int-list';
import { literalPrefix } from './pattern-literals';
import { partitionPoint } from './search';

/** JavaScript's \s: white space and line terminators. */
export function isJsSpace(c: number): boolean {
  return (
    (c >= 9 && c <= 13) ||
    c === 32 ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/**
 * The literal words a phrase pattern begins with, as far as they are only separated by `\s+`:
 * "a\s+annonce" → ["a", "annonce"]. The first is the literal prefix; each next one begins with a
 * character that is not white space, so the `\s+` before it takes exactly the run of white space
 * there. A text position where these do not follow one another cannot match the phrase.
 */
function literalWords(pattern: string): string[] {
  const prefix = literalPrefix(pattern) ?? '';
  const words = [prefix];
  let i = prefix.length === 0 ? pattern.length : prefixEnd(pattern);
  while (pattern.startsWith('\\s+', i) && !'?*+{'.includes(pattern[i + 3] ?? '')) {
    const rest = pattern.slice(i + 3);
    const word = literalPrefix(rest) ?? '';
    if (!word || isJsSpace(word.charCodeAt(0))) break;
    words.push(word);
    const end = prefixEnd(rest);
    if (word.length !== literalPrefix(rest.slice(0, end))?.length) break; // a quantifier took the last character
    i += 3 + end;
  }
  return words;
}

/** Where the literal run at the start of `pattern` ends (the index of the first class, group or quantifier). */
function prefixEnd(pattern: string): number {
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\') {
      const next = pattern[i + 1];
      if (next === undefined || /[A-Za-z0-9]/.test(next)) return i;
      i++;
      continue;
    }
    if ('[](){}|?*+.^$'.includes(c)) return i;
  }
  return pattern.length;
}

/** Do `words` follow one another from s[i], separated by runs of white space? */
function wordsAt(s: string, i: number, words: string[]): boolean {
  if (!s.startsWith(words[0], i)) return false;
  let j = i + words[0].length;
  for (let w = 1; w < words.length; w++) {
    if (!isJsSpace(s.charCodeAt(j))) return false;
    do j++;
    while (isJsSpace(s.charCodeAt(j)));
    if (!s.startsWith(words[w], j)) return false;
    j += words[w].length;
  }
  return true;
}

const WORD = /[\p{L}\p{N}]/u;

/** Letter-or-digit of each BMP character, looked up once: 0 not yet known, 1 no, 2 yes. */
const wordChar = new Uint8Array(65536);

export function isWordUnit(c: number): boolean {
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  let k = wordChar[c];
  if (k === 0) wordChar[c] = k = WORD.test(String.fromCharCode(c)) ? 2 : 1;
  return k === 2;
}

/**
 * Where words start in a text: positions whose character is a BMP letter or digit and whose
 * previous code point is not one (the regex's lookbehind). Phrases start with a letter or digit,
 * so these are the only places any of them can match.
 */
function wordStartsOf(s: string): Int32Array {
  const out = new IntList(s.length >> 3);
  let prevWord = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        prevWord = WORD.test(s.slice(i, i + 2)); // an astral code point: never a phrase's first character
        i++;
        continue;
      }
    }
    const w = isWordUnit(c);
    if (w && !prevWord) out.push(i);
    prevWord = w;
  }
  return out.toArray();
}

const twoKey = (s: string, i: number) => s.charCodeAt(i) * 65536 + (s.charCodeAt(i + 1) || 0);
/** Two characters hashed into 16 bits, for tables where a collision only costs a look-up. */
export const pairHash = (c0: number, c1: number) => ((c0 & 0xff) << 8) | (c1 & 0xff);

/**
 * Every phrase list, numbered, and which lists a word of a text may begin a phrase of. A phrase
 * whose first word is whole (white space or, for whole-word lists, the phrase's end follows it) is
 * found by that word; any other by its first two characters, or its first one when its literal
 * prefix is one character long. Built once, when first needed after a list is made.
 */
const registry: PhraseRegExp[] = [];
interface Dispatch {
  /** By a whole first word: its lists, and by the first two characters of the next word (see Keys.pairs). */
  byWord: Map<string, { ids: number[] | null; byNext: Map<number, number[]> | null }>;
  /**
   * The words in byWord by their first two characters (or the one), hashed, as a set of lengths (bit
   * n: a word of n characters, bit 31: of 31 or more): most words of a text are not looked up.
   */
  wordStarts: Uint32Array;
  byTwo: Map<number, number[]>;
  /** The keys of byTwo, hashed as wordStarts: most words' first two characters are not looked up. */
  twoStarts: Uint8Array;
  /** By the first character (a sparse array indexed by its code). */
  byOne: Array<number[] | undefined>;
}
let dispatch: Dispatch | null = null;

function buildDispatch(): Dispatch {
  const d: Dispatch = {
    byWord: new Map(),
    wordStarts: new Uint32Array(65536),
    byTwo: new Map(),
    twoStarts: new Uint8Array(65536),
    byOne: [],
  };
  const add = (ids: number[], id: number) => {
    if (ids[ids.length - 1] !== id) ids.push(id);
  };
  const addTo = <K>(m: Map<K, number[]>, k: K, id: number) => {
    const ids = m.get(k);
    if (ids) add(ids, id);
    else m.set(k, [id]);
  };
  const word = (w: string) => {
    d.wordStarts[pairHash(w.charCodeAt(0), w.length === 1 ? 0 : w.charCodeAt(1))] |=
      1 << Math.min(w.length, 31);
    let e = d.byWord.get(w);
    if (!e) d.byWord.set(w, (e = { ids: null, byNext: null }));
    return e;
  };
  for (const [id, re] of registry.entries()) {
    for (const w of re.keys.words) {
      const e = word(w);
      add((e.ids ??= []), id);
    }
    for (const [w, next] of re.keys.pairs) {
      const e = word(w);
      addTo((e.byNext ??= new Map()), twoKey(next, 0), id);
    }
    for (const k of re.keys.two) {
      addTo(d.byTwo, k, id);
      d.twoStarts[pairHash(Math.floor(k / 65536), k % 65536)] = 1;
    }
    for (const c of re.keys.one) add((d.byOne[c] ??= []), id);
  }
  return d;
}

/**
 * Where each list's phrases may begin in a text: one pass over the text's words, each looked up
 * once, instead of one pass per list. Kept for the last few texts, since every phrase list is run
 * over the same notice.
 */
interface TextIndex {
  text: string;
  /** Candidate positions by list number, in order; lists made after the index have none here. */
  positions: IntList[];
  cached: Array<Int32Array | undefined>;
}
const recent: TextIndex[] = [];
/** How many characters of text the recent indexes may cover together (the newest is always kept). */
const RECENT_CHARS = 1 << 20;
/** Shorter texts (a line, a sentence) are scanned directly: indexing them would cost more than it saves. */
const INDEX_MIN = 2000;
/** The word starts of the last shorter text (a global regex is run over it match after match). */
let lastShort: { text: string; starts: Int32Array<ArrayBufferLike> } = {
  text: '',
  starts: new Int32Array(0),
};

function textIndex(s: string): TextIndex {
  for (const r of recent)
    if (r.text === s) {
      r.text = s; // an equal copy: from now on the same string, found without comparing characters
      return r;
    }
  const d = (dispatch ??= buildDispatch());
  const positions: IntList[] = registry.map(() => new IntList(8));
  const push = (ids: number[], i: number) => {
    for (const id of ids) {
      const at = positions[id];
      if (at.last() !== i) at.push(i);
    }
  };
  // The word starts of wordStartsOf, word by word (a word's own letters are skipped, not looked at twice).
  const n = s.length;
  let prevWord = false;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
      const low = s.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        prevWord = WORD.test(s.slice(i, i + 2));
        i++;
        continue;
      }
    }
    if (!isWordUnit(c)) {
      prevWord = false;
      continue;
    }
    if (prevWord) continue;
    const two = twoKey(s, i);
    let end = i + 1;
    while (end < n && isWordUnit(s.charCodeAt(end))) end++;
    const c1 = end === i + 1 ? 0 : s.charCodeAt(i + 1);
    if ((d.wordStarts[pairHash(c, c1)] >>> Math.min(end - i, 31)) & 1) {
      const e = d.byWord.get(s.slice(i, end));
      if (e?.ids) push(e.ids, i);
      if (e?.byNext && isJsSpace(s.charCodeAt(end))) {
        let j = end + 1;
        while (isJsSpace(s.charCodeAt(j))) j++;
        const pair = e.byNext.get(twoKey(s, j));
        if (pair) push(pair, i);
      }
    }
    if (d.twoStarts[pairHash(c, s.charCodeAt(i + 1))] === 1) {
      const byTwo = d.byTwo.get(two);
      if (byTwo) push(byTwo, i);
    }
    const byOne = d.byOne[c];
    if (byOne) push(byOne, i);
    // s[i + 1, end) are letters or digits of the BMP, none a start; s[end] is not one.
    i = end - 1;
    prevWord = true;
  }
  const index: TextIndex = { text: s, positions, cached: [] };
  recent.unshift(index);
  // A few texts are read in turn (a notice folded, its lines); a huge one is kept alone, so that the
  // reader does not hold hundreds of MB of positions for pages it has finished with.
  let chars = 0;
  for (let k = 0; k < recent.length; k++) {
    chars += recent[k].text.length;
    if (k >= 4 || (k >= 1 && chars > RECENT_CHARS)) {
      recent.length = k;
      break;
    }
  }
  return index;
}

/**
 * Forgets every text's index and word starts. The indexes serve the many phrase lists run over one
 * text during one reading; a reader calls this when it is done, so that nothing of a page is held
 * (a 4 MB page's index is tens of MB) and the next text starts from nothing.
 */
export function releaseTextIndexes(): void {
  recent.length = 0;
  lastShort = { text: '', starts: new Int32Array(0) };
  for (const re of registry) re.release();
}

/**
 * A list's keys: whole first words; a whole first word with the first two characters of the literal
 * word after it (a phrase "a munkakor …" is not looked at after every "a"); else the first two
 * characters, or the first one for a one-character prefix.
 */
interface Keys {
  words: Set<string>;
  pairs: Array<[string, string]>;
  two: Set<number>;
  one: Set<number>;
}

class PhraseRegExp extends RegExp {
  static get [Symbol.species](): RegExpConstructor {
    return RegExp; // matchAll, split: a plain copy (same matches, the slower way)
  }

  private readonly id: number;

  constructor(
    source: string,
    flags: string,
    /** Each alternative's source with the tail: compiled as a sticky regex when first tried (see compiled). */
    private readonly alternatives: string[],
    /** Each alternative's literal words (its literal prefix first): see literalWords. */
    private readonly words: string[][],
    /** Candidates (in alternation order) by their first two characters' codes; by the first alone for one-character prefixes. */
    private readonly byTwo: Map<number, number[]>,
    private readonly byOne: Map<number, number[]>,
    /** What a text's words are looked up by for this list (see buildDispatch). */
    readonly keys: Keys,
  ) {
    super(source, flags);
    this.id = registry.length;
    registry.push(this);
    dispatch = null;
  }

  /**
   * The sticky regexes of the alternatives, each made when a text first reaches it: a list of a
   * thousand phrases made a thousand regexes when the reader was loaded (a sixth of the service
   * worker's start), and a reading tries only the few whose words occur.
   */
  private readonly compiled: Array<RegExp | undefined> = [];

  /** The last text this list was run over, and its positions there: a global exec is called match after match. */
  private lastText = '';
  private lastPositions: Int32Array<ArrayBufferLike> = new Int32Array(0);

  release(): void {
    this.lastText = '';
    this.lastPositions = new Int32Array(0);
  }

  /** The word starts of `s` where one of the phrases may begin, in order. */
  private positions(s: string): Int32Array<ArrayBufferLike> {
    if (s !== this.lastText) this.lastPositions = this.findPositions(s);
    this.lastText = s;
    return this.lastPositions;
  }

  private findPositions(s: string): Int32Array<ArrayBufferLike> {
    if (s.length < INDEX_MIN) {
      if (lastShort.text !== s) lastShort = { text: s, starts: wordStartsOf(s) };
      return lastShort.starts;
    }
    const index = textIndex(s);
    if (this.id >= index.positions.length) return wordStartsOf(s); // made after the index: every word start
    return (index.cached[this.id] ??= index.positions[this.id].toArray());
  }

  override exec(s: string): RegExpExecArray | null {
    const str = String(s);
    const global = this.global;
    const from = global ? this.lastIndex : 0;
    const starts = this.positions(str);
    for (let w = partitionPoint(starts.length, (k) => starts[k] < from); w < starts.length; w++) {
      const i = starts[w];
      const candidates = this.byTwo.get(twoKey(str, i)) ?? this.byOne.get(str.charCodeAt(i));
      if (!candidates) continue;
      for (const k of candidates) {
        if (!wordsAt(str, i, this.words[k])) continue;
        const re = (this.compiled[k] ??= new RegExp(this.alternatives[k], 'yu'));
        re.lastIndex = i;
        const m = re.exec(str);
        if (!m) continue;
        if (global) this.lastIndex = i + m[0].length;
        const out = [m[0]] as unknown as RegExpExecArray;
        out.index = i;
        out.input = str;
        out.groups = undefined;
        return out;
      }
    }
    if (global) this.lastIndex = 0;
    return null;
  }
}

/**
 * Whether splitting `pattern` at its unescaped "|" gives patterns that are valid wherever the whole
 * is: no group (whose "|" the split would cut, and whose parentheses it could part) and no "|"
 * inside a class.
 */
function splitsCleanly(pattern: string): boolean {
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\') i++;
    else if (inClass) {
      if (c === ']') inClass = false;
      else if (c === '|') return false;
    } else if (c === '[') inClass = true;
    else if (c === '(' || c === ')') return false;
  }
  return true;
}

/**
 * `(?<![\p{L}\p{N}])(?:${pattern})${tail}` with `flags`, where `pattern` is an alternation of
 * phrases: a PhraseRegExp when it can be one (flags "gu" or "u", every alternative starting with
 * a literal letter or digit), else that plain regex.
 */
export function phraseRegExp(pattern: string, tail: string, flags: string): RegExp {
  const source = `(?<![\\p{L}\\p{N}])(?:${pattern})${tail}`;
  if (flags !== 'gu' && flags !== 'u') return new RegExp(source, flags);
  const alternatives = pattern.split(/(?<!\\)\|/);
  const prefixes: string[] = [];
  for (const alt of alternatives) {
    const prefix = literalPrefix(alt);
    const c = prefix ? prefix.charCodeAt(0) : 0;
    if (!prefix || (c >= 0xd800 && c <= 0xdfff) || !isWordUnit(c)) return new RegExp(source, flags);
    prefixes.push(prefix);
  }
  const byOne = new Map<number, number[]>();
  prefixes.forEach((p, k) => {
    if (p.length === 1) byOne.set(p.charCodeAt(0), [...(byOne.get(p.charCodeAt(0)) ?? []), k]);
  });
  const byTwo = new Map<number, number[]>();
  prefixes.forEach((p, k) => {
    if (p.length < 2) return;
    const key = p.charCodeAt(0) * 65536 + p.charCodeAt(1);
    byTwo.set(key, [...(byTwo.get(key) ?? []), k]);
  });
  // A two-character bucket also holds the one-character prefixes of its first character, in order.
  for (const [key, list] of byTwo) {
    const ones = byOne.get(Math.floor(key / 65536));
    if (ones)
      byTwo.set(
        key,
        [...list, ...ones].sort((a, b) => a - b),
      );
  }
  // Each alternative must be a pattern on its own (it is made later, when first tried): a group or a
  // class holding a "|" would be cut by the split above.
  if (!splitsCleanly(pattern)) return new RegExp(source, flags);
  const sources = alternatives.map((alt) => `(?:${alt})${tail}`);
  const keys: Keys = { words: new Set(), pairs: [], two: new Set(), one: new Set() };
  const words = alternatives.map(literalWords);
  alternatives.forEach((alt, k) => {
    const p = prefixes[k];
    const rest = alt.slice(prefixEnd(alt));
    let whole = rest.startsWith('\\s+') || (rest === '' && tail === '(?![\\p{L}\\p{N}])');
    for (let j = 0; j < p.length; j++) whole &&= isWordUnit(p.charCodeAt(j));
    // A whole first word is the text's word there (with the next word's start when the phrase gives
    // two characters of it: the white space between is a run, see literalWords); else the first two
    // characters (or the one) say.
    const next = words[k][1];
    if (whole && next !== undefined && next.length >= 2) keys.pairs.push([p, next.slice(0, 2)]);
    else if (whole) keys.words.add(p);
    else if (p.length === 1) keys.one.add(p.charCodeAt(0));
    else keys.two.add(twoKey(p, 0));
  });
  return new PhraseRegExp(source, flags, sources, words, byTwo, byOne, keys);
}
