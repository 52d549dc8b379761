/**
 * The deadline-wording gate without a regex: `new RegExp(pattern, 'i').test(text)` for a pattern that
 * is an alternation of phrases made of literal characters, bracketed sets of literal characters
 * (`[ée]`, `['’]`) and `[\s-]+` between words (what `rawPhrasePattern` writes). V8 tries the whole
 * case-insensitive alternation at every character of a page (≈ 30 ns per character: 6 ms for 200 kB
 * of page text, on every page the content script runs on); here a character that no phrase begins
 * with costs one table look-up, and the rest walk a trie of the phrases.
 *
 * Case is matched exactly as the regex's `i` flag (without `u`) does: two characters match when their
 * canonical forms are equal, the canonical form being the upper case when that is one character and
 * does not take a non-ASCII character to ASCII. `folds` lists, for every character of the pattern, all
 * the characters with the same canonical form (computed once by scripts/gen-gate.ts, so that the page
 * does not scan all 65 536 code units).
 */

/** JavaScript's \s (without the u flag), and the hyphen: what `[\s-]` matches. */
const SPACE_OR_HYPHEN = new Set(
  [9, 10, 11, 12, 13, 32, 0xa0, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff, 45].concat(
    Array.from({ length: 11 }, (_, k) => 0x2000 + k),
  ),
);

interface Node {
  /** Next nodes by character class. */
  next: Map<number, Node>;
  /** After a run of white space or hyphens. */
  space: Node | null;
  /** A phrase ends here. */
  end: boolean;
}

const node = (): Node => ({ next: new Map(), space: null, end: false });

export class GateMatcher {
  /** Class of each code unit (0: none of the pattern's characters). */
  private readonly classOf = new Uint16Array(65536);
  private readonly root = node();
  /** 1 for the classes a phrase begins with. */
  private readonly starts: Uint8Array;
  /** 1 for the pairs of classes a phrase begins with (index first × width + second). */
  private readonly pairs: Uint8Array;
  /** 1 for a first class after which white space may come (or a phrase may end). */
  private readonly loose: Uint8Array;
  private readonly width: number;

  /** `pattern`: the gate's alternation; `folds`: strings of characters that match one another. */
  constructor(pattern: string, folds: readonly string[]) {
    folds.forEach((members, k) => {
      for (let i = 0; i < members.length; i++) this.classOf[members.charCodeAt(i)] = k + 1;
    });
    for (const phrase of splitAlternatives(pattern)) this.add(phrase);
    const width = (this.width = folds.length + 1);
    this.starts = new Uint8Array(width);
    this.pairs = new Uint8Array(width * width);
    this.loose = new Uint8Array(width);
    for (const [c, child] of this.root.next) {
      this.starts[c] = 1;
      for (const c2 of child.next.keys()) this.pairs[c * width + c2] = 1;
      if (child.space || child.end) this.loose[c] = 1;
    }
  }

  private classOfChar(ch: string): number {
    const c = this.classOf[ch.charCodeAt(0)];
    if (c === 0) throw new Error(`gate: no case class for ${JSON.stringify(ch)}`);
    return c;
  }

  private add(phrase: string): void {
    let at: Node[] = [this.root];
    for (let i = 0; i < phrase.length;) {
      let classes: number[] | null;
      if (phrase.startsWith('[\\s-]+', i)) {
        classes = null;
        i += 6;
      } else if (phrase[i] === '[') {
        const close = phrase.indexOf(']', i);
        classes = [...phrase.slice(i + 1, close)].map((ch) => this.classOfChar(ch));
        i = close + 1;
      } else if (phrase[i] === '\\') {
        classes = [this.classOfChar(phrase[i + 1])];
        i += 2;
      } else {
        classes = [this.classOfChar(phrase[i])];
        i += 1;
      }
      const next: Node[] = [];
      for (const n of at) {
        if (classes === null) next.push((n.space ??= node()));
        else
          for (const c of classes) {
            let child = n.next.get(c);
            if (!child) n.next.set(c, (child = node()));
            if (!next.includes(child)) next.push(child);
          }
      }
      at = next;
    }
    for (const n of at) n.end = true;
  }

  /** Does some phrase occur in `text` (anywhere, in any case)? */
  test(text: string): boolean {
    const { classOf, starts, pairs, loose, width } = this;
    for (let i = 0; i < text.length; i++) {
      const c = classOf[text.charCodeAt(i)];
      if (starts[c] === 0) continue;
      // The first two characters of some phrase (or a first one that white space may follow).
      if (pairs[c * width + classOf[text.charCodeAt(i + 1)]] === 0 && loose[c] === 0) continue;
      if (this.walk(this.root, text, i)) return true;
    }
    return false;
  }

  private walk(n: Node, text: string, i: number): boolean {
    if (n.end) return true;
    if (i >= text.length) return false;
    const child = n.next.get(this.classOf[text.charCodeAt(i)]);
    if (child && this.walk(child, text, i + 1)) return true;
    if (n.space && SPACE_OR_HYPHEN.has(text.charCodeAt(i))) {
      // [\s-]+ is greedy and what follows it never begins with white space or a hyphen: take the whole run.
      let j = i + 1;
      while (j < text.length && SPACE_OR_HYPHEN.has(text.charCodeAt(j))) j++;
      return this.walk(n.space, text, j);
    }
    return false;
  }
}

/** The top-level alternatives of the pattern (no group in it; `|` never inside a set). */
function splitAlternatives(pattern: string): string[] {
  const out: string[] = [];
  let from = 0;
  let inSet = false;
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i];
    if (ch === '\\') i++;
    else if (ch === '[') inSet = true;
    else if (ch === ']') inSet = false;
    else if (ch === '|' && !inSet) {
      out.push(pattern.slice(from, i));
      from = i + 1;
    }
  }
  out.push(pattern.slice(from));
  return out;
}

/**
 * For gen-gate: every character of the pattern with all the characters the `i` flag treats as the
 * same, one string per class. Scans all code units once (a few milliseconds; build time only).
 */
export function caseFolds(pattern: string): string[] {
  const canon = (c: number): number => {
    const upper = String.fromCharCode(c).toUpperCase();
    if (upper.length !== 1) return c;
    const u = upper.charCodeAt(0);
    return c >= 128 && u < 128 ? c : u;
  };
  const wanted = new Set<number>();
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i];
    if (ch === '\\') {
      wanted.add(canon(pattern.charCodeAt(i + 1)));
      i++;
    } else if (!'[]|+'.includes(ch)) wanted.add(canon(pattern.charCodeAt(i)));
  }
  // "\s" and "-" inside "[\s-]+" are read as characters here too: harmless, never looked up as classes.
  const members = new Map<number, number[]>();
  for (let c = 0; c < 65536; c++) {
    const k = canon(c);
    if (!wanted.has(k)) continue;
    let list = members.get(k);
    if (!list) members.set(k, (list = []));
    list.push(c);
  }
  return [...members.keys()].sort((a, b) => a - b).map((k) => String.fromCharCode(...members.get(k)!));
}
