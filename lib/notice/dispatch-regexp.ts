/**
 * A faster drop-in for a big alternation `alt1|alt2|…` (each alternative often a group of its
 * own, as in the tables of EU bodies and Commission departments) run over a whole notice.
 *
 * V8 tries every alternative at every position of the text. Here each top-level alternative's
 * possible first characters are read from its source once, together with the assertions that
 * precede its first character (`\b`, a lookbehind such as `(?<![\p{L}\p{N}])`). A text position
 * is tried only when its character can begin some alternative whose assertions hold there, and
 * then with a sticky copy of the regex in which the alternatives that cannot match there are
 * replaced by `(?!)` (their capture groups kept, so that group numbers do not change). The result
 * is the regex's own: the same leftmost position, the same alternative (the first in order that
 * matches there), the same groups. Anything the reading of the source does not understand counts
 * as "may begin with any character" (tried everywhere), and a regex it cannot treat exactly
 * (flags i or v, named groups, back-references) is returned as it is.
 */

import { groupClose, splitTop, syntaxChars } from './regex-source';

/** A set of UTF-16 code units, or null for "any character". */
type Chars = Set<number> | null;

/** An assertion right before the first character: the character before must (not) be of a class. */
interface Cond {
  /** Source of the assertion, as written (the key that makes equal assertions one). */
  key: string;
  /** Does the assertion hold at position i of s? */
  test: (s: string, i: number) => boolean;
}

/** One way an alternative may begin: a literal prefix (else its first character's class) and the assertions before it. */
interface Entry {
  /** The literal characters it begins with ('' when it begins with a class). */
  prefix: string;
  /** Its possible first characters when it has no literal prefix; null for any. */
  first: Chars;
  conds: Cond[];
}

const SPACES = [
  9, 10, 11, 12, 13, 32, 0xa0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008,
  0x2009, 0x200a, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff,
];
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, k) => from + k);
const DIGITS = range(48, 57);
const WORD = [...DIGITS, ...range(65, 90), 95, ...range(97, 122)];
const isAsciiWord = (c: number) =>
  (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || c === 95 || (c >= 97 && c <= 122);

/** The most characters a class may stand for before it counts as "any character". */
const MAX_CLASS = 4096;

class Unsupported extends Error {}

/** What one atom of a pattern is, for the first-character reading. */
type Atom =
  | { kind: 'chars'; chars: Chars; min: number; quantified: boolean }
  | { kind: 'group'; branches: string[]; min: number; quantified: boolean }
  | { kind: 'assert'; source: string };

/** The index just past the group opening at `open` ("(" … ")"). */
function groupEnd(pattern: string, open: number): number {
  const close = groupClose(pattern, open);
  if (close < 0) throw new Unsupported('unbalanced group');
  return close + 1;
}

/** The character an escape stands for (at `at`, just after the backslash), or a class; and its length. */
function escapeAt(
  pattern: string,
  at: number,
  unicode: boolean,
  inClass: boolean,
): { chars: Chars; length: number } {
  const c = pattern[at];
  if (c === undefined) throw new Unsupported('trailing backslash');
  const one = (code: number, length: number) => ({ chars: new Set([code]), length });
  switch (c) {
    case 'd':
      return { chars: new Set(DIGITS), length: 1 };
    case 'w':
      return { chars: new Set(WORD), length: 1 };
    case 's':
      return { chars: new Set(SPACES), length: 1 };
    case 'D':
    case 'W':
    case 'S':
      return { chars: null, length: 1 };
    case 'p':
    case 'P':
      if (!unicode) return one(c.charCodeAt(0), 1);
      return { chars: null, length: pattern.indexOf('}', at) - at + 1 };
    case 'n':
      return one(10, 1);
    case 't':
      return one(9, 1);
    case 'r':
      return one(13, 1);
    case 'f':
      return one(12, 1);
    case 'v':
      return one(11, 1);
    case 'b':
      if (inClass) return one(8, 1);
      throw new Unsupported('\\b is an assertion');
    case '0':
      if (/[0-9]/.test(pattern[at + 1] ?? '')) throw new Unsupported('octal escape');
      return one(0, 1);
    case 'x': {
      const hex = pattern.slice(at + 1, at + 3);
      if (!/^[0-9a-fA-F]{2}$/.test(hex)) throw new Unsupported('\\x');
      return one(parseInt(hex, 16), 3);
    }
    case 'u': {
      if (pattern[at + 1] === '{') throw new Unsupported('\\u{…}');
      const hex = pattern.slice(at + 1, at + 5);
      if (!/^[0-9a-fA-F]{4}$/.test(hex)) throw new Unsupported('\\u');
      return one(parseInt(hex, 16), 5);
    }
    case 'c':
    case 'k':
    case 'B':
      throw new Unsupported(`\\${c}`);
    default:
      if (/[0-9]/.test(c)) throw new Unsupported('back-reference');
      if (/[A-Za-z]/.test(c) && unicode) throw new Unsupported('identity escape of a letter');
      return one(c.charCodeAt(0), 1);
  }
}

/** The characters of the class opening at `open` ("["), and the index just past it. */
function classAt(pattern: string, open: number, unicode: boolean): { chars: Chars; end: number } {
  let i = open + 1;
  const negated = pattern[i] === '^';
  if (negated) i++;
  const out = new Set<number>();
  let any = false;
  while (i < pattern.length && pattern[i] !== ']') {
    let lo: number | null = null;
    if (pattern[i] === '\\') {
      const e = escapeAt(pattern, i + 1, unicode, true);
      i += 1 + e.length;
      if (e.chars === null) any = true;
      else if (e.chars.size === 1) lo = [...e.chars][0];
      else for (const x of e.chars) out.add(x);
    } else {
      lo = pattern.charCodeAt(i);
      i++;
    }
    if (lo === null) continue;
    if (pattern[i] === '-' && pattern[i + 1] !== ']' && i + 1 < pattern.length) {
      let hi: number;
      if (pattern[i + 1] === '\\') {
        const e = escapeAt(pattern, i + 2, unicode, true);
        if (e.chars === null || e.chars.size !== 1) throw new Unsupported('class range to a class');
        hi = [...e.chars][0];
        i += 2 + e.length;
      } else {
        hi = pattern.charCodeAt(i + 1);
        i += 2;
      }
      if (hi < lo) throw new Unsupported('range out of order');
      if (hi - lo > MAX_CLASS) any = true;
      else for (let x = lo; x <= hi; x++) out.add(x);
    } else out.add(lo);
  }
  if (pattern[i] !== ']') throw new Unsupported('unclosed class');
  for (const x of out) if (x >= 0xd800 && x <= 0xdfff) any = true; // astral characters: not read here
  return { chars: negated || any || out.size > MAX_CLASS ? null : out, end: i + 1 };
}

/** Reads the quantifier at `at`, if any: its minimum and the index after it. */
function quantifierAt(pattern: string, at: number): { min: number; end: number } | null {
  const c = pattern[at];
  let min: number;
  let end: number;
  if (c === '?' || c === '*') [min, end] = [0, at + 1];
  else if (c === '+') [min, end] = [1, at + 1];
  else if (c === '{') {
    const m = /^\{(\d+)(?:,(\d*))?\}/.exec(pattern.slice(at));
    if (!m) return null;
    [min, end] = [Number(m[1]), at + m[0].length];
  } else return null;
  if (pattern[end] === '?') end++; // lazy
  return { min, end };
}

/** The atoms of one alternative (a sequence), in order. */
function atomsOf(pattern: string, unicode: boolean): Atom[] {
  const atoms: Atom[] = [];
  let i = 0;
  while (i < pattern.length) {
    const c = pattern[i];
    let atom: Atom;
    if (c === '(') {
      const end = groupEnd(pattern, i);
      const inner = pattern.slice(i + 1, end - 1);
      if (
        inner.startsWith('?=') ||
        inner.startsWith('?!') ||
        inner.startsWith('?<=') ||
        inner.startsWith('?<!')
      )
        atom = { kind: 'assert', source: pattern.slice(i, end) };
      else if (inner.startsWith('?:'))
        atom = { kind: 'group', branches: splitTop(inner.slice(2)), min: 1, quantified: false };
      else if (inner.startsWith('?')) throw new Unsupported('group kind');
      else atom = { kind: 'group', branches: splitTop(inner), min: 1, quantified: false };
      i = end;
    } else if (c === '[') {
      const cls = classAt(pattern, i, unicode);
      atom = { kind: 'chars', chars: cls.chars, min: 1, quantified: false };
      i = cls.end;
    } else if (c === '\\') {
      if (pattern[i + 1] === 'b' || pattern[i + 1] === 'B') {
        atom = { kind: 'assert', source: pattern.slice(i, i + 2) };
        i += 2;
      } else {
        const e = escapeAt(pattern, i + 1, unicode, false);
        atom = { kind: 'chars', chars: e.chars, min: 1, quantified: false };
        i += 1 + e.length;
      }
    } else if (c === '^' || c === '$') {
      atom = { kind: 'assert', source: c };
      i++;
    } else if (c === '.') {
      atom = { kind: 'chars', chars: null, min: 1, quantified: false };
      i++;
    } else if (c === ')' || c === '|' || c === '*' || c === '+' || c === '?') {
      throw new Unsupported(`stray ${c}`);
    } else {
      const code = pattern.charCodeAt(i);
      atom = {
        kind: 'chars',
        chars: code >= 0xd800 && code <= 0xdfff ? null : new Set([code]),
        min: 1,
        quantified: false,
      };
      i++;
    }
    const q = atom.kind === 'assert' ? null : quantifierAt(pattern, i);
    if (q) {
      if (atom.kind !== 'assert') {
        atom.min = q.min;
        atom.quantified = true;
      }
      i = q.end;
    }
    atoms.push(atom);
  }
  return atoms;
}

/** Assertions this module evaluates itself; any other assertion is left to the regex (ignored here). */
function condOf(source: string, unicode: boolean): Cond | null {
  if (source === '\\b')
    return {
      key: source,
      // \b with the next character: a word character on exactly one side (i and u flags excluded).
      test: (s, i) => isAsciiWord(s.charCodeAt(i - 1)) !== isAsciiWord(s.charCodeAt(i)),
    };
  const m = /^\(\?<!(\[[^\]]*\]|\\[dws])\)$/.exec(source);
  if (!m) return null;
  const re = new RegExp(m[1], unicode ? 'u' : '');
  const known = new Uint8Array(65536); // 0 not yet known, 1 in the class, 2 not
  return {
    key: source,
    test: (s, i) => {
      if (i === 0) return true;
      const c = s.charCodeAt(i - 1);
      if (unicode && c >= 0xdc00 && c <= 0xdfff && i >= 2) {
        const h = s.charCodeAt(i - 2);
        if (h >= 0xd800 && h <= 0xdbff) return !re.test(s.slice(i - 2, i));
      }
      let k = known[c];
      if (k === 0) known[c] = k = re.test(String.fromCharCode(c)) ? 1 : 2;
      return k === 2;
    },
  };
}

/** The ways a sequence may begin (literal prefixes, first characters, the assertions before them), and whether it may match nothing. */
function entriesOf(
  pattern: string,
  conds: Cond[],
  unicode: boolean,
): { entries: Entry[]; nullable: boolean } {
  const entries: Entry[] = [];
  let current = conds;
  const atoms = atomsOf(pattern, unicode);
  const single = (a: Atom | undefined) =>
    a !== undefined && a.kind === 'chars' && a.chars !== null && a.chars.size === 1 && a.min >= 1;
  for (let k = 0; k < atoms.length; k++) {
    const atom = atoms[k];
    if (atom.kind === 'assert') {
      if (atom.source === '(?!)') return { entries, nullable: false }; // never holds: nothing further matches
      const cond = condOf(atom.source, unicode);
      if (cond) current = [...current, cond];
      continue;
    }
    if (single(atom)) {
      // A run of literal characters: they all have to be there.
      let prefix = '';
      for (let j = k; single(atoms[j]); j++) {
        const a = atoms[j] as { chars: Set<number>; quantified: boolean };
        prefix += String.fromCharCode([...a.chars][0]);
        if (a.quantified) break; // "x+", "x{2,}": at least one x, then who knows
      }
      entries.push({ prefix, first: new Set([prefix.charCodeAt(0)]), conds: current });
      return { entries, nullable: false };
    }
    let nullable: boolean;
    if (atom.kind === 'chars') {
      entries.push({ prefix: '', first: atom.chars, conds: current });
      nullable = atom.min === 0;
    } else {
      let inner = false;
      for (const branch of atom.branches) {
        const sub = entriesOf(branch, current, unicode);
        entries.push(...sub.entries);
        inner ||= sub.nullable;
      }
      nullable = inner || atom.min === 0;
    }
    if (!nullable) return { entries, nullable: false };
  }
  return { entries, nullable: true };
}

function countGroups(pattern: string): number {
  let n = 0;
  for (const [c, i] of syntaxChars(pattern)) if (c === '(' && pattern[i + 1] !== '?') n++;
  return n;
}

interface TrieNode {
  next: Map<number, TrieNode>;
  /** Alternatives whose prefix ends here. */
  ends: number[];
}

/** The entries that share one set of assertions: a trie of their prefixes, and the others by first character. */
interface Group {
  conds: Cond[];
  /** Characters an entry of the group may begin with (1); all of them when `anyChar`. */
  starts: Uint8Array;
  anyChar: boolean;
  trie: TrieNode;
  /** Entries without a literal prefix: alternative and first characters (null: any). */
  loose: Array<{ alt: number; first: Chars }>;
}

const pairHash = (c0: number, c1: number) => ((c0 & 0xff) << 8) | (c1 & 0xff);

function makeGroup(conds: Cond[]): Group {
  return {
    conds,
    starts: new Uint8Array(65536),
    anyChar: false,
    trie: { next: new Map(), ends: [] },
    loose: [],
  };
}

class DispatchRegExp extends RegExp {
  static get [Symbol.species](): RegExpConstructor {
    return RegExp; // matchAll, split: a plain copy (same matches, the slower way)
  }

  /** Sticky regexes by the alternatives they keep. */
  private readonly bySubset = new Map<string, RegExp>();
  /**
   * By first character: 0 no alternative begins with it, 1 only prefixes of two or more characters
   * do (see `pairs`), 2 something else may; null when any character may begin one.
   */
  private readonly starts: Uint8Array | null;
  /** The first two characters of prefixes, hashed (a collision only costs a useless look). */
  private readonly pairs = new Uint8Array(65536);
  /**
   * ASCII word characters that every alternative beginning with them wants a `\b` before (1): such
   * a character right after another word character (inside a word) begins no match.
   */
  private readonly wordStartOnly = new Uint8Array(128);
  private readonly found: number[] = [];

  constructor(
    source: string,
    flags: string,
    private readonly alternatives: string[],
    private readonly groups: Group[],
    /** Alternatives that may match nothing: tried everywhere. */
    private readonly always: number[],
  ) {
    super(source, flags);
    if (always.length > 0 || groups.some((g) => g.anyChar)) this.starts = null;
    else {
      const starts = (this.starts = new Uint8Array(65536));
      for (const g of groups) {
        for (const e of g.loose) for (const c of e.first ?? []) starts[c] = 2;
        for (const [c0, node] of g.trie.next) {
          if (node.ends.length > 0) starts[c0] = 2;
          else if (starts[c0] === 0) starts[c0] = 1;
          for (const c1 of node.next.keys()) this.pairs[pairHash(c0, c1)] = 1;
        }
      }
      for (let c = 0; c < 128; c++) if (isAsciiWord(c)) this.wordStartOnly[c] = 1;
      for (const g of groups)
        if (!g.conds.some((cond) => cond.key === '\\b'))
          for (let c = 0; c < 128; c++) if (g.starts[c] !== 0) this.wordStartOnly[c] = 0;
    }
  }

  /** The alternatives that may match at s[i] (unsorted, maybe repeated) into this.found; how many. */
  private candidates(s: string, i: number, c: number): number {
    const found = this.found;
    found.length = 0;
    for (const a of this.always) found.push(a);
    for (const g of this.groups) {
      if (!g.anyChar && (c < 0 || g.starts[c] === 0)) continue;
      let ok = true;
      for (const cond of g.conds)
        if (!cond.test(s, i)) {
          ok = false;
          break;
        }
      if (!ok) continue;
      let node: TrieNode | undefined = g.trie;
      for (let j = i; j < s.length; j++) {
        node = node.next.get(s.charCodeAt(j));
        if (!node) break;
        for (const a of node.ends) found.push(a);
      }
      for (const e of g.loose) if (e.first === null || (c >= 0 && e.first.has(c))) found.push(e.alt);
    }
    return found.length;
  }

  private stickyFor(found: number[]): RegExp {
    const alts = [...new Set(found)].sort((a, b) => a - b);
    const key = alts.join(',');
    let re = this.bySubset.get(key);
    if (re) return re;
    const keep = new Set(alts);
    const parts = this.alternatives.map((alt, k) =>
      keep.has(k) ? alt : `(?!)${'()'.repeat(countGroups(alt))}`,
    );
    re = new RegExp(parts.join('|'), `${this.flags.replace(/[gy]/g, '')}y`);
    this.bySubset.set(key, re);
    return re;
  }

  override exec(s: string): RegExpExecArray | null {
    const str = String(s);
    const stickyFlag = this.sticky;
    const global = this.global || stickyFlag;
    const from = global ? this.lastIndex : 0;
    const unicode = this.unicode;
    const starts = this.starts;
    const end = stickyFlag ? Math.min(from + 1, str.length + 1) : str.length + 1;
    for (let i = from; i < end; i++) {
      const c = i < str.length ? str.charCodeAt(i) : -1;
      if (starts !== null) {
        const f = c < 0 ? 0 : starts[c];
        if (f === 0 || (f === 1 && this.pairs[pairHash(c, str.charCodeAt(i + 1))] === 0)) continue;
        if (c < 128 && this.wordStartOnly[c] === 1 && isAsciiWord(str.charCodeAt(i - 1))) continue;
      }
      if (unicode && c >= 0xdc00 && c <= 0xdfff && i > 0) {
        const h = str.charCodeAt(i - 1);
        if (h >= 0xd800 && h <= 0xdbff) continue; // inside a surrogate pair: the regex never starts there
      }
      if (this.candidates(str, i, c) === 0) continue;
      const re = this.stickyFor(this.found);
      re.lastIndex = i;
      const m = re.exec(str);
      if (!m) continue;
      if (global) this.lastIndex = i + m[0].length;
      return m;
    }
    if (global) this.lastIndex = 0;
    return null;
  }
}

/**
 * The same regex, tried only where one of its alternatives may begin (see above); `re` itself when
 * its source is not one this module reads exactly.
 */
export function dispatchRegExp(re: RegExp): RegExp {
  const flags = re.flags;
  if (/[iv]/.test(flags) || /\(\?<[A-Za-z]/.test(re.source)) return re;
  const unicode = flags.includes('u');
  try {
    const alternatives = splitTop(re.source);
    const condByKey = new Map<string, Cond>();
    const groupByKey = new Map<string, Group>();
    const always: number[] = [];
    alternatives.forEach((alt, k) => {
      const { entries, nullable } = entriesOf(alt, [], unicode);
      if (nullable) {
        always.push(k);
        return;
      }
      for (const e of entries) {
        const conds = [...new Map(e.conds.map((c) => [c.key, condByKey.get(c.key) ?? c])).values()];
        for (const c of conds) condByKey.set(c.key, c);
        const key = conds.map((c) => c.key).join('\n');
        let g = groupByKey.get(key);
        if (!g) groupByKey.set(key, (g = makeGroup(conds)));
        if (e.prefix) {
          let node = g.trie;
          for (let j = 0; j < e.prefix.length; j++) {
            const code = e.prefix.charCodeAt(j);
            let child = node.next.get(code);
            if (!child) node.next.set(code, (child = { next: new Map(), ends: [] }));
            node = child;
          }
          node.ends.push(k);
          g.starts[e.prefix.charCodeAt(0)] = 1;
        } else {
          g.loose.push({ alt: k, first: e.first });
          if (e.first === null) g.anyChar = true;
          else for (const c of e.first) g.starts[c] = 1;
        }
      }
    });
    return new DispatchRegExp(re.source, flags, alternatives, [...groupByKey.values()], always);
  } catch (e) {
    if (e instanceof Unsupported) return re;
    throw e;
  }
}
