/**
 * The deadline-wording gate without a regex: `new RegExp(pattern, 'i').test(text)` for a pattern that
 * is an alternation of phrases made of literal characters, bracketed sets of literal characters
 * (`[ée]`, `['’]`) and `[\s-]+` between words (what `rawPhrasePattern` writes). V8 tries the whole
 * case-insensitive alternation at every character of a page (≈ 30 ns per character: 6 ms for 200 kB
 * of page text, on every page the content script runs on). Here the phrases make a trie, read by an
 * automaton built as the page is read: every character costs one table look-up (≈ 3 ns), whatever
 * the page holds.
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
  /** Its number: nodes[id] is this node. */
  id: number;
  /**
   * Next nodes by one character of the pattern: a class, or the classes of a bracketed set; null
   * until the node is first reached (see expand).
   */
  edges: Edge[] | null;
  /** After a run of white space or hyphens. */
  space: Node | null;
  /** A phrase ends here. */
  end: boolean;
  /** The phrases that go on from here, each with where it goes on (until expanded). */
  rest: number[];
}

/** An edge of the same character, or the same set, is shared by the phrases that begin alike. */
interface Edge {
  classes: number[];
  child: Node;
}

/** A state of the automaton not yet computed for a symbol, and the answer "a phrase ends here". */
const UNKNOWN = -1;
const FOUND = -2;
/** Past this many states the automaton forgets them all and starts again (memory stays bounded on any page). */
const MAX_STATES = 4096;

export class GateMatcher {
  /**
   * Symbol of each code unit: its case class (0: none of the pattern's characters), or, for white
   * space and hyphens, a symbol of its own per class (≥ width).
   */
  private readonly symOf = new Uint16Array(65536);
  /** The case class of each white-space symbol (symbol − width). */
  private readonly spaceClass: number[] = [];
  private readonly nodes: Node[] = [];
  private readonly root: Node;
  private readonly classOf: Uint16Array;
  private readonly phrases: string[];
  private readonly width: number;
  private readonly symbols: number;

  /**
   * The phrases are read by an automaton built as the text is read (a lazy DFA): each state is the
   * set of places in the trie where a phrase begun earlier may go on, and its move on a symbol is
   * computed once, the first time it is needed, then looked up. A page costs one look-up per
   * character; a page full of phrase beginnings costs at most MAX_STATES computed states at a time.
   */
  private trans = new Int32Array(0);
  private stateItems: number[][] = [];
  private stateByKey = new Map<string, number>();

  /**
   * `pattern`: the gate's alternation; `folds`: strings of characters that match one another;
   * `maxStates`: how many states are kept before starting afresh (small only in tests).
   */
  constructor(
    pattern: string,
    folds: readonly string[],
    private readonly maxStates = MAX_STATES,
  ) {
    const classOf = (this.classOf = new Uint16Array(65536));
    folds.forEach((members, k) => {
      for (let i = 0; i < members.length; i++) classOf[members.charCodeAt(i)] = k + 1;
    });
    this.phrases = splitAlternatives(pattern);
    this.root = this.node();
    this.phrases.forEach((_, p) => this.root.rest.push(p, 0));
    const width = (this.width = folds.length + 1);
    this.symOf.set(classOf);
    const spaceSym = new Map<number, number>();
    for (const c of SPACE_OR_HYPHEN) {
      const k = classOf[c];
      let sym = spaceSym.get(k);
      if (sym === undefined) {
        spaceSym.set(k, (sym = width + this.spaceClass.length));
        this.spaceClass.push(k);
      }
      this.symOf[c] = sym;
    }
    this.symbols = width + this.spaceClass.length;
    this.reset();
  }

  private node(): Node {
    const n: Node = { id: this.nodes.length, edges: null, space: null, end: false, rest: [] };
    this.nodes.push(n);
    return n;
  }

  private classOfChar(ch: string): number {
    const c = this.classOf[ch.charCodeAt(0)];
    if (c === 0) throw new Error(`gate: no case class for ${JSON.stringify(ch)}`);
    return c;
  }

  /**
   * The node's edges, made the first time it is reached: the trie is built only as far as pages go
   * into it (a page costs a few hundred nodes of the 3,500, and the content script starts at once).
   */
  private expand(n: Node): Edge[] {
    if (n.edges) return n.edges;
    const edges: Edge[] = (n.edges = []);
    const byKey = new Map<number | string, Edge>();
    const go = (to: Node, phrase: string, p: number, i: number) => {
      if (i >= phrase.length) to.end = true;
      else to.rest.push(p, i);
    };
    for (let r = 0; r < n.rest.length; r += 2) {
      const p = n.rest[r];
      const phrase = this.phrases[p];
      let i = n.rest[r + 1];
      let classes: number[];
      if (phrase.startsWith('[\\s-]+', i)) {
        go((n.space ??= this.node()), phrase, p, i + 6);
        continue;
      }
      if (phrase[i] === '[') {
        const close = phrase.indexOf(']', i);
        classes = [...new Set([...phrase.slice(i + 1, close)].map((ch) => this.classOfChar(ch)))];
        classes.sort((x, y) => x - y);
        i = close + 1;
      } else if (phrase[i] === '\\') {
        classes = [this.classOfChar(phrase[i + 1])];
        i += 2;
      } else {
        classes = [this.classOfChar(phrase[i])];
        i += 1;
      }
      const key = classes.length === 1 ? classes[0] : classes.join(',');
      let edge = byKey.get(key);
      if (!edge) {
        edge = { classes, child: this.node() };
        edges.push(edge);
        byKey.set(key, edge);
      }
      go(edge.child, phrase, p, i);
    }
    n.rest = [];
    return edges;
  }

  /** Builds the whole trie (for tests: every character of the pattern has its class). */
  expandAll(): number {
    for (let k = 0; k < this.nodes.length; k++) this.expand(this.nodes[k]);
    return this.nodes.length;
  }

  /** Forgets every computed state; state 0 is the start (no phrase begun). */
  private reset(): void {
    this.trans = new Int32Array(64 * this.symbols).fill(UNKNOWN);
    this.stateItems = [];
    this.stateByKey = new Map();
    this.intern([]);
  }

  /** The state of a set of trie places (sorted); a new one when not seen. */
  private intern(items: number[]): number {
    const key = items.join(',');
    let s = this.stateByKey.get(key);
    if (s !== undefined) return s;
    s = this.stateItems.length;
    if ((s + 1) * this.symbols > this.trans.length) {
      const grown = new Int32Array(this.trans.length * 2).fill(UNKNOWN);
      grown.set(this.trans);
      this.trans = grown;
    }
    this.stateItems.push(items);
    this.stateByKey.set(key, s);
    return s;
  }

  /**
   * The move of state `s` on symbol `sym`: what the trie walk does from each place, and from the
   * root (a phrase may begin at any character). A place is a node (id × 2) or a run of white space
   * after a node's "[\\s-]+" edge (id × 2 + 1): more white space stays in the run; the first other
   * character is read from the node. FOUND when a phrase ends.
   */
  private move(s: number, sym: number): number {
    const space = sym >= this.width;
    const cls = space ? this.spaceClass[sym - this.width] : sym;
    const out = new Set<number>();
    const from = this.stateItems[s];
    let found = false;
    for (let k = -1; k < from.length && !found; k++) {
      const item = k < 0 ? this.root.id * 2 : from[k];
      const n = this.nodes[item >> 1];
      if (item & 1 && space) {
        out.add(item);
        continue;
      }
      const edges = this.expand(n); // also makes n.space, read below
      for (const e of edges)
        if (e.classes.includes(cls)) {
          found ||= e.child.end;
          out.add(e.child.id * 2);
        }
      if (n.space && space) {
        found ||= n.space.end;
        out.add(n.space.id * 2 + 1);
      }
    }
    if (found) return (this.trans[s * this.symbols + sym] = FOUND);
    if (this.stateItems.length >= this.maxStates) {
      // Memory stays bounded: start the automaton afresh from this set of places.
      this.reset();
      return this.intern([...out].sort((a, b) => a - b));
    }
    const t = this.intern([...out].sort((a, b) => a - b));
    this.trans[s * this.symbols + sym] = t;
    return t;
  }

  /** Does some phrase occur in `text` (anywhere, in any case)? */
  test(text: string): boolean {
    const { symOf, symbols } = this;
    let trans = this.trans;
    let s = 0;
    for (let i = 0; i < text.length; i++) {
      const sym = symOf[text.charCodeAt(i)];
      let t = trans[s * symbols + sym];
      if (t === UNKNOWN) {
        t = this.move(s, sym);
        trans = this.trans;
      }
      if (t === FOUND) return true;
      s = t;
    }
    return false;
  }
}

/** The top-level alternatives of the pattern (no group in it; `|` never inside a set). */
function splitAlternatives(pattern: string): string[] {
  // Most patterns have no "|" in a set nor escaped: the native split (the content script starts sooner).
  if (!/\[[^\]]*\||\\\|/.test(pattern)) return pattern.split('|');
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
