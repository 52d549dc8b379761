/**
 * A hybrid logical clock (ms): never behind the wall clock, always after every time this device has
 * written or seen. So an edit made after another one was received is later than it even when this
 * browser's clock is behind (clock skew), and two edits made at the "same" time are still ordered.
 */

/** The time for a new write: now, or just after the last time known if the clock is behind it. */
export function tick(last: number, now: number): number {
  return Math.max(Math.floor(now), last + 1);
}

/** After receiving writes: the clock never goes back behind them. */
export function observe(last: number, seen: number): number {
  return Math.max(last, seen);
}
