/**
 * The first index in [0, length) at which `before` is false, for a `before` that is true up to some
 * index and false from there on (a sorted array searched by a key): `length` when it never is.
 */
export function partitionPoint(length: number, before: (i: number) => boolean): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (before(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
