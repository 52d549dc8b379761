/**
 * A repeatable random integer in [0, n) for tests that build random inputs: the same seed gives the
 * same inputs on every run. A linear congruential generator read by its high bits (its low bits
 * repeat with short periods).
 */
export function seededRandom(seed: number): (n: number) => number {
  let state = seed;
  return (n: number) => {
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    return Math.floor((state / 0x80000000) * n);
  };
}
