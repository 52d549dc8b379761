/**
 * An alternation of phrases rewritten as a trie of their literal characters: `deadline|date limite|
 * delai de` becomes `d(?:eadline|ate limite|elai de)`. V8 tries every alternative of an alternation
 * at every position of a text, in order; in the trie a position whose character begins no phrase is
 * given up after one test, and a phrase is only tried where its first characters are there. A
 * list of 200 deadline phrases in 24 languages is read about four times faster over a notice.
 *
 * The matches are the alternation's own. At one position two alternatives that begin with different
 * literal characters cannot both match, so grouping the alternatives by their first character
 * changes nothing of which one matches first; within a group their order is kept. Only alternatives
 * that begin with a literal character that no quantifier follows are grouped, and only with the
 * ones next to them in the list: any other alternative keeps its place between them. Capturing groups would be renumbered by the new
 * order, so an alternation with any is left alone, as are the flags the rewriting cannot keep
 * (`i`, `v`: a literal would stand for more than itself).
 */

import { groupClose, hasBackReference, hasCapture, splitTop, syntaxChars } from './regex-source';

/**
 * The literal character an alternative begins with, as written ("a", "\\."), with a `\\b` before it
 * when there is one ("\\ba"); null when it begins otherwise. `key` names the character and whether
 * a \\b stands before it: at one position, \\b holds or not alike for every alternative that goes on
 * with the same character.
 */
function firstLiteral(alt: string): { lit: string; key: string } | null {
  const boundary = alt.startsWith('\\b') ? 2 : 0;
  let lit: string;
  const at = alt.slice(boundary);
  if (at[0] === '\\') {
    const next = at[1];
    // \d, \s, \w, \b, \p{…}, \1, \u…: classes, assertions and escapes, not one plain character.
    if (next === undefined || /[A-Za-z0-9]/.test(next)) return null;
    lit = at.slice(0, 2);
  } else {
    const c = at.charCodeAt(0);
    if (Number.isNaN(c) || '()[]{}|?*+.^$'.includes(at[0]) || (c >= 0xd800 && c <= 0xdfff)) return null;
    lit = at[0];
  }
  const after = at[lit.length];
  if (after !== undefined && '?*+{'.includes(after)) return null; // "a?", "a{2}": not a plain first character
  const char = lit.length === 2 ? lit[1] : lit;
  return { lit: alt.slice(0, boundary) + lit, key: (boundary ? 'b' : 'p') + char };
}

/** At most this many characters of the rest of an alternative are copied when its leading group is spread. */
const MAX_COPIED = 2000;

/** Past this many alternatives made by spreading (for one pattern), leading groups are left as they are. */
const MAX_SPREAD = 4000;

/**
 * An alternative that begins with a group, spread into one alternative per branch of the group
 * ("(?:avis de )?vacance" → "avis de vacance", "vacance"; "(?:a|b)c" → "ac", "bc"), so that each
 * begins with its literal character. The regex tries them in the same order: the group's branches
 * in turn, an optional group first with it and then without (lazily, the other way round).
 */
function spread(alt: string, budget: { left: number }): string[] {
  if (alt === '(?!)') return []; // never matches: nothing to try
  // A \b before the group stands before each branch ("\b(?:european )?committee" → "\beuropean committee", "\bcommittee").
  const boundary = alt.startsWith('\\b(?:') ? '\\b' : '';
  if (!alt.startsWith('(?:', boundary.length)) return [alt];
  const close = groupClose(alt, boundary.length);
  if (close < 0) return [alt];
  const branches =
    topLevelAlternatives(alt.slice(boundary.length + 3, close))?.map((b) => boundary + b) ?? null;
  let rest = alt.slice(close + 1);
  let optional: 'greedy' | 'lazy' | null = null;
  if (rest.startsWith('??')) {
    optional = 'lazy';
    rest = rest.slice(2);
  } else if (rest.startsWith('?')) {
    optional = 'greedy';
    rest = rest.slice(1);
  } else if (/^[*+{]/.test(rest)) return [alt];
  // A long rest copied into every branch makes a regex too big to be quick: left as it is.
  if (!branches || budget.left < branches.length + 1 || rest.length * branches.length > MAX_COPIED)
    return [alt];
  budget.left -= branches.length + 1;
  const withGroup = branches.map((b) => b + rest);
  const without = boundary + rest;
  const options =
    optional === 'greedy'
      ? [...withGroup, without]
      : optional === 'lazy'
        ? [without, ...withGroup]
        : withGroup;
  return options.flatMap((o) => spread(o, budget));
}

/** One alternative of a trie's level: its literal first character (null: none) and the rest. */
interface Part {
  lit: string | null;
  rest: string;
}

/** The alternatives as the top level of a trie. */
function factor(given: string[], budget: { left: number }): Part[] {
  const spreadOut = given.flatMap((alt) => spread(alt, budget));
  const alts = spreadOut.length > 0 || given.length === 0 ? spreadOut : ['(?!)'];
  const lits = alts.map(firstLiteral);
  if (alts.length < 2)
    return alts.map((alt, k) =>
      lits[k]
        ? { lit: lits[k].lit, rest: alt.slice(lits[k].lit.length) }
        : { lit: null, rest: innerTrie(alt, budget) },
    );
  // An alternative that does not begin with a literal character may match where any of the others
  // does: it keeps its place, and the runs of literal ones between such alternatives are grouped
  // each on its own. A run holds alternatives with a \b before their first character, or without.
  const parts: Part[] = [];
  for (let k = 0; k < alts.length;) {
    if (lits[k] === null) {
      parts.push({ lit: null, rest: innerTrie(alts[k++], budget) });
      continue;
    }
    // By the character itself ("\\-" and "-" are one character: one group, or their order would change).
    const groups = new Map<string, { lit: string; rests: string[] }>();
    // A character with a \b before it and the same without may both match at one position: such a
    // pair ends the run (the two stay in their order).
    const kindOf = new Map<string, string>();
    for (; k < alts.length && lits[k] !== null; k++) {
      const { lit, key } = lits[k]!;
      const kind = kindOf.get(key.slice(1));
      if (kind !== undefined && kind !== key[0]) break;
      kindOf.set(key.slice(1), key[0]);
      const rest = alts[k].slice(lit.length);
      const g = groups.get(key);
      if (g) g.rests.push(rest);
      else groups.set(key, { lit, rests: [rest] });
    }
    for (const { lit, rests } of groups.values()) {
      if (rests.length === 1) parts.push({ lit, rest: rests[0] });
      else {
        const sub = factor(rests, budget);
        parts.push({ lit, rest: sub.length === 1 ? join(sub) : `(?:${join(sub)})` });
      }
    }
  }
  return parts;
}

/**
 * An alternative that begins with a group too long to spread ("\\b(?:first|initial|…)\\b[^.]{0,80}…"):
 * the group's own branches as a trie. Inside a group the order of the branches that may match at
 * one position is kept, backtracking included, so the matches are the same.
 */
function innerTrie(alt: string, budget: { left: number }): string {
  const boundary = alt.startsWith('\\b(?:') ? 2 : 0;
  if (!alt.startsWith('(?:', boundary)) return alt;
  const close = groupClose(alt, boundary);
  const branches = close < 0 ? null : topLevelAlternatives(alt.slice(boundary + 3, close));
  if (!branches || branches.length < 2) return alt;
  return `${alt.slice(0, boundary)}(?:${join(factor(branches, budget))})${alt.slice(close + 1)}`;
}

const join = (parts: Part[]) => parts.map((p) => (p.lit ?? '') + p.rest).join('|');

/**
 * The pattern's top-level alternatives; null when it has a capturing group or a back-reference,
 * whose numbers the rewriting would change.
 */
function topLevelAlternatives(pattern: string): string[] | null {
  return hasCapture(pattern) || hasBackReference(pattern) ? null : splitTop(pattern);
}

/**
 * `pattern` (an alternation) as a trie of its alternatives, for a regex with `flags`; the pattern
 * itself when it cannot be rewritten exactly.
 */
export function trieAlternation(pattern: string, flags: string): string {
  if (/[iv]/.test(flags)) return pattern;
  const alts = topLevelAlternatives(pattern);
  return alts ? join(factor(alts, { left: MAX_SPREAD })) : pattern;
}

/**
 * `(?<!${lookbehindClass})(?:${pattern})` with the alternation as a trie and the look behind moved
 * after each alternative's first character: `(?<![\p{L}])(?:deadline|date limite)` becomes
 * `d(?<![\p{L}][^])(?:eadline|ate limite)`. V8 tests a look behind at every position of the text,
 * and a Unicode class such as \p{L} is a search through hundreds of ranges: tested only where a
 * phrase's first character is, the regex reads a notice several times faster. After one character,
 * "the character before it is not of the class" is "not (a character of the class, then any one)",
 * so the matches are the same. An alternative that begins with a group takes the look behind into
 * each branch of the group (where the alternative begins); when one cannot (a quantified group, a
 * class), the look behind stays in front of the whole.
 */
export function guardedAlternation(lookbehindClass: string, pattern: string, flags: string): string {
  const plain = `(?<!${lookbehindClass})(?:${pattern})`;
  if (/[iv]/.test(flags)) return plain;
  const alts = topLevelAlternatives(pattern);
  const guarded = alts && guardAll(alts, lookbehindClass);
  return guarded ? `(?:${guarded})` : plain;
}

/** The alternatives as a trie, each with the look behind after its first character; null when one cannot have it. */
function guardAll(alts: string[], cls: string): string | null {
  const out: string[] = [];
  for (const p of factor(alts, { left: MAX_SPREAD })) {
    const g = p.lit !== null ? `${p.lit}(?<!${cls}[^])${p.rest}` : guardGroup(p.rest, cls);
    if (g === null) return null;
    out.push(g);
  }
  return out.join('|');
}

/** "(?:a|b)rest" with the look behind in each branch; null unless the alternative begins with such a group. */
function guardGroup(alt: string, cls: string): string | null {
  if (!alt.startsWith('(?:')) return null;
  const close = groupClose(alt, 0);
  const rest = alt.slice(close + 1);
  if (close < 0 || /^[?*+{]/.test(rest)) return null;
  const branches = topLevelAlternatives(alt.slice(3, close));
  const inner = branches && guardAll(branches, cls);
  return inner === null ? null : `(?:${inner})${rest}`;
}

/**
 * A faster drop-in for `(alt…)|(alt…)|…`, one capturing group per entry of a table (the EU bodies,
 * the Commission's departments), each an alternation of names: the names of all entries, in their
 * order and without the groups, make one alternation that is read as a trie (see trieAlternation)
 * to find where the next match is and how long it is; the regex itself, tried at that position
 * only, says which group matched. Both are leftmost, first alternative first, so the match, its
 * groups and lastIndex are the regex's own. `re` itself when its entries hold other groups.
 */
export function trieRegExp(re: RegExp): RegExp {
  if (/[iv]/.test(re.flags)) return re;
  const entries = groupedEntries(re.source);
  if (!entries) return re;
  const scan = trieAlternation(entries.join('|'), re.flags);
  return new TrieScanRegExp(re.source, re.flags, scan);
}

/** "(a|b)|(c)" → ["a|b", "c"]: the top-level alternatives, each one capturing group holding no other. */
function groupedEntries(source: string): string[] | null {
  const out: string[] = [];
  for (let i = 0; i < source.length;) {
    if (source[i] !== '(' || source[i + 1] === '?') return null;
    const close = groupClose(source, i);
    if (close < 0) return null;
    const inner = source.slice(i + 1, close);
    if (topLevelAlternatives(inner) === null) return null; // a group inside: numbering would differ
    out.push(inner);
    i = close + 1;
    if (i < source.length && source[i++] !== '|') return null;
  }
  return out;
}

class TrieScanRegExp extends RegExp {
  static get [Symbol.species](): RegExpConstructor {
    return RegExp; // matchAll, split: a plain copy (same matches, the slower way)
  }

  private readonly scan: RegExp;
  private readonly at: RegExp;

  constructor(source: string, flags: string, scan: string) {
    super(source, flags);
    this.scan = new RegExp(scan, `${flags.replace(/[gy]/g, '')}g`);
    this.at = new RegExp(source, `${flags.replace(/[gy]/g, '')}y`);
  }

  override exec(s: string): RegExpExecArray | null {
    const str = String(s);
    const global = this.global || this.sticky;
    let from = global ? this.lastIndex : 0;
    if (!this.sticky) {
      // Where the next match is: the trie finds it, the regex reads it there.
      this.scan.lastIndex = from;
      const found = this.scan.exec(str);
      if (!found) {
        if (global) this.lastIndex = 0;
        return null;
      }
      from = found.index;
    }
    this.at.lastIndex = from;
    const m = this.at.exec(str);
    if (global) this.lastIndex = m ? this.at.lastIndex : 0;
    return m;
  }

  override test(s: string): boolean {
    return this.exec(s) !== null;
  }
}

/**
 * The same regex with each alternation read as a trie where that is exact: the whole pattern when
 * it has no capturing group, else every non-capturing group that holds none ("\b(?:grade|grades|…)"
 * inside a pattern with groups of its own). `re` itself with the flags i or v.
 */
export function trieRegex(re: RegExp): RegExp {
  if (/[iv]/.test(re.flags)) return re;
  const source = trieGroups(re.source, re.flags);
  return source === re.source ? re : new RegExp(source, re.flags);
}

function trieGroups(source: string, flags: string): string {
  if (topLevelAlternatives(source) !== null) return trieAlternation(source, flags);
  let out = '';
  let last = 0;
  for (const [c, i] of syntaxChars(source)) {
    if (i < last || c !== '(' || !source.startsWith('(?:', i)) continue;
    const close = groupClose(source, i);
    if (close < 0) return source;
    out += `${source.slice(last, i)}(?:${trieGroups(source.slice(i + 3, close), flags)})`;
    last = close + 1;
  }
  return out + source.slice(last);
}
