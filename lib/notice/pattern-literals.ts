/**
 * What a regex source says about the literal text its matches begin with. Read by phrase-regexp
 * (which tries a phrase only where its first characters are) and by testWithin's whole-text scan
 * (which finds candidate starts with indexOf instead of one large alternation).
 */

import { groupClose, splitTop } from './regex-source';

/** Literal characters a phrase pattern begins with, up to its first class or quantifier. */
export function literalPrefix(pattern: string): string | null {
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

/**
 * Literal strings such that every match of `pattern` (case-sensitive, no anchors or word
 * boundaries at its start) begins with one of them; null when some alternative may begin with a
 * class, an escape like \d, an optional group or a look-around. A literal that another one
 * begins is dropped: its occurrences are among the other's.
 */
export function leadingLiterals(pattern: string): string[] | null {
  const found: string[] = [];
  for (const alt of splitTop(pattern)) {
    if (alt.startsWith('(')) {
      const plain = alt.startsWith('(?:');
      if (alt.startsWith('(?') && !plain) return null; // a look-around or a named group
      const close = groupClose(alt, 0);
      if (close < 0 || '?*{'.includes(alt[close + 1] || '+')) return null; // the group may be absent
      const inner = leadingLiterals(alt.slice(plain ? 3 : 1, close));
      if (!inner) return null;
      found.push(...inner);
    } else {
      const prefix = literalPrefix(alt);
      if (!prefix) return null;
      found.push(prefix);
    }
  }
  return [...new Set(found)].filter((lit) => !found.some((other) => other !== lit && lit.startsWith(other)));
}
