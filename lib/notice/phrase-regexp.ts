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

/** Literal characters a phrase pattern begins with, up to its first class or quantifier. */
function literalPrefix(pattern: string): string | null {
  let out = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\') {
      const next = pattern[i + 1];
      // An escaped punctuation character is itself; \s, \d, \p… are classes.
      if (next === undefined || /[A-Za-z0-9]/.test(next)) break;
      out += next;
      i++;
      continue;
    }
    if ('[](){}|?*+.^$'.includes(c)) {
      // A quantifier makes the character before it optional or repeated: it is not part of the prefix.
      if ('?*{'.includes(c)) out = out.slice(0, -1);
      break;
    }
    out += c;
  }
  return out;
}

const WORD = /[\p{L}\p{N}]/u;

/** Letter-or-digit of each BMP character, looked up once: 0 not yet known, 1 no, 2 yes. */
const wordChar = new Uint8Array(65536);

function isWordUnit(c: number): boolean {
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  let k = wordChar[c];
  if (k === 0) wordChar[c] = k = WORD.test(String.fromCharCode(c)) ? 2 : 1;
  return k === 2;
}

/**
 * Where words start in a text: positions whose character is a BMP letter or digit and whose
 * previous code point is not one (the regex's lookbehind). Phrases start with a letter or digit,
 * so these are the only places any of them can match. Kept for the last few texts, since every
 * phrase list is run over the same notice.
 */
interface WordStarts {
  text: string;
  starts: Int32Array;
}
const recent: WordStarts[] = [];

function wordStartsOf(s: string): Int32Array {
  for (const r of recent) if (r.text === s) return r.starts;
  const out: number[] = [];
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
  const starts = Int32Array.from(out);
  recent.unshift({ text: s, starts });
  if (recent.length > 4) recent.pop();
  return starts;
}

class PhraseRegExp extends RegExp {
  static get [Symbol.species](): RegExpConstructor {
    return RegExp; // matchAll, split: a plain copy (same matches, the slower way)
  }

  constructor(
    source: string,
    flags: string,
    private readonly alternatives: RegExp[],
    private readonly prefixes: string[],
    /** Candidates (in alternation order) by their first two characters' codes; by the first alone for one-character prefixes. */
    private readonly byTwo: Map<number, number[]>,
    private readonly byOne: Map<number, number[]>,
  ) {
    super(source, flags);
  }

  override exec(s: string): RegExpExecArray | null {
    const str = String(s);
    const global = this.global;
    const from = global ? this.lastIndex : 0;
    const starts = wordStartsOf(str);
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (starts[mid] < from) lo = mid + 1;
      else hi = mid;
    }
    for (let w = lo; w < starts.length; w++) {
      const i = starts[w];
      const c0 = str.charCodeAt(i);
      const candidates = this.byTwo.get(c0 * 65536 + (str.charCodeAt(i + 1) || 0)) ?? this.byOne.get(c0);
      if (!candidates) continue;
      for (const k of candidates) {
        if (!str.startsWith(this.prefixes[k], i)) continue;
        const re = this.alternatives[k];
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
  let sticky: RegExp[];
  try {
    sticky = alternatives.map((alt) => new RegExp(`(?:${alt})${tail}`, 'yu'));
  } catch {
    return new RegExp(source, flags); // an alternative that is not a pattern on its own
  }
  return new PhraseRegExp(source, flags, sticky, prefixes, byTwo, byOne);
}
