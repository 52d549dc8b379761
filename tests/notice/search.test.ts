import { describe, expect, it } from 'vitest';
import { seededRandom } from '../helpers/seeded-random';
import { partitionPoint } from '../../lib/notice/search';

describe('partitionPoint', () => {
  it('finds the first index past the keys before a value, as a scan does, in sorted arrays with repeats', () => {
    const rnd = seededRandom(11);
    for (let t = 0; t < 500; t++) {
      const xs = Array.from({ length: rnd(12) }, () => rnd(8)).sort((a, b) => a - b);
      for (let x = -1; x <= 9; x++) {
        const scanLess = xs.findIndex((v) => !(v < x));
        const scanAtMost = xs.findIndex((v) => !(v <= x));
        expect(partitionPoint(xs.length, (i) => xs[i] < x)).toBe(scanLess < 0 ? xs.length : scanLess);
        expect(partitionPoint(xs.length, (i) => xs[i] <= x)).toBe(scanAtMost < 0 ? xs.length : scanAtMost);
      }
    }
  });
});
