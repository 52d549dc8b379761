/**
 * Reading a regex's source as syntax, for the rewriting of big alternations (regex-trie.ts):
 * which characters are syntax, where a group closes, the
 * top-level alternatives, and whether the pattern has groups or back-references whose numbers a
 * rewriting would change.
 */

/**
 * The pattern's characters that are syntax, with their index, from `from` on: escapes ("\\x") and
 * the inside of character classes ("[…]") are skipped; a class's opening "[" is given.
 */
export function* syntaxChars(pattern: string, from = 0): Generator<[string, number]> {
  let inClass = false;
  for (let i = from; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      continue;
    }
    if (c === '[') inClass = true;
    yield [c, i];
  }
}

/** The index of the ")" that closes the group opened at `open`; -1 when it is not closed. */
export function groupClose(pattern: string, open: number): number {
  let depth = 0;
  for (const [c, i] of syntaxChars(pattern, open)) {
    if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i;
  }
  return -1;
}

/**
 * Splits `pattern` at its top-level `|` (not inside a group or a class), keeping the text of each
 * alternative as written.
 */
export function splitTop(pattern: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (const [c, i] of syntaxChars(pattern)) {
    if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      out.push(pattern.slice(start, i));
      start = i + 1;
    }
  }
  out.push(pattern.slice(start));
  return out;
}

/** Does the pattern hold a capturing group (named or not)? */
export function hasCapture(pattern: string): boolean {
  for (const [c, i] of syntaxChars(pattern))
    if (
      c === '(' &&
      (pattern[i + 1] !== '?' || (pattern[i + 2] === '<' && /[A-Za-z]/.test(pattern[i + 3] ?? '')))
    )
      return true;
  return false;
}

/** Does the pattern hold a back-reference ("\1", "\k<name>"), or an escape that could be one? */
export function hasBackReference(pattern: string): boolean {
  for (let i = 0; i < pattern.length; i++)
    if (pattern[i] === '\\') {
      if (/[1-9k]/.test(pattern[i + 1] ?? '')) return true;
      i++;
    }
  return false;
}
