/**
 * A faster drop-in for a regex whose every match holds a rarer piece at a bounded distance from
 * its start: a reference code "abc/…/2026/…" always holds a separator and a year ("/2026") at most
 * 64 characters after it begins. V8 tries such a regex at every letter of a notice (and backtracks
 * through `[a-z]{2,12}` each time); here only the positions up to `reach` characters before each
 * occurrence of the piece (the anchor) are tried, each with a sticky copy of the regex.
 *
 * The result is the regex's own, match after match (same index, text, groups, lastIndex), as long as
 * the promise holds: every match of `re` contains a match of `anchor` that starts at most `reach`
 * characters after the match's start. The positions are tried in increasing order, so the first
 * that matches is the leftmost match; a position that no anchor follows within `reach` cannot
 * start one. `canStart` may rule positions out cheaply (a necessary condition only).
 */
export function anchoredRegExp(
  re: RegExp,
  anchor: RegExp,
  reach: number,
  canStart: (s: string, i: number) => boolean = () => true,
): RegExp {
  return new AnchoredRegExp(re.source, re.flags, anchor, reach, canStart);
}

/** The same anchored regex with other flags (the tests read it globally and once). */
export function withFlags(re: RegExp, flags: string): RegExp {
  if (!(re instanceof AnchoredRegExp)) return new RegExp(re.source, flags);
  return new AnchoredRegExp(re.source, flags, re.anchorRegExp, re.reach, re.canStart);
}

class AnchoredRegExp extends RegExp {
  static get [Symbol.species](): RegExpConstructor {
    return RegExp; // matchAll, split: a plain copy (same matches, the slower way)
  }

  private readonly sticky_: RegExp;
  private readonly anchor_: RegExp;

  constructor(
    source: string,
    flags: string,
    readonly anchorRegExp: RegExp,
    readonly reach: number,
    readonly canStart: (s: string, i: number) => boolean,
  ) {
    super(source, flags);
    this.sticky_ = new RegExp(source, flags.replace(/[gy]/g, '') + 'y');
    // Global, so that every occurrence is found from any position (overlapping ones too: see exec).
    this.anchor_ = new RegExp(anchorRegExp.source, anchorRegExp.flags.replace(/[gy]/g, '') + 'g');
  }

  override exec(s: string): RegExpExecArray | null {
    const str = String(s);
    const global = this.global || this.sticky;
    const from = global ? this.lastIndex : 0;
    if (this.sticky) {
      // Sticky: only the position itself; nothing to skip.
      this.sticky_.lastIndex = from;
      const m = this.sticky_.exec(str);
      this.lastIndex = m ? this.sticky_.lastIndex : 0;
      return m;
    }
    const anchor = this.anchor_;
    let tried = from; // every position before this one was tried or cannot start a match
    anchor.lastIndex = from;
    for (let a = anchor.exec(str); a; a = anchor.exec(str)) {
      const q = a.index;
      for (let i = Math.max(tried, q - this.reach); i <= q; i++) {
        if (!this.canStart(str, i)) continue;
        this.sticky_.lastIndex = i;
        const m = this.sticky_.exec(str);
        if (m) {
          if (global) this.lastIndex = this.sticky_.lastIndex;
          return m;
        }
      }
      tried = q + 1;
      anchor.lastIndex = q + 1; // the next occurrence may overlap this one
    }
    if (global) this.lastIndex = 0;
    return null;
  }

  override test(s: string): boolean {
    return this.exec(s) !== null;
  }
}
