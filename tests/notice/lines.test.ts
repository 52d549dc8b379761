import { describe, expect, it } from 'vitest';
import { seededRandom } from '../helpers/seeded-random';
import { buildContext } from '../../lib/notice/context';
import { identity } from '../../lib/notice/text-map';

/** What the context's lines were as an array of objects: the non-empty lines with their offsets. */
function expectedLines(text: string) {
  const out: Array<{ start: number; end: number; text: string }> = [];
  let start = 0;
  for (const part of text.split('\n')) {
    if (part.length) out.push({ start, end: start + part.length, text: part });
    start += part.length + 1;
  }
  return out;
}

describe('the context keeps its lines as offsets', () => {
  it('gives the non-empty lines, their offsets and text, by index, slice and iteration', () => {
    const random = seededRandom(16);
    const pieces = ['', 'a', 'Deadline: 3 March 2031', ' ', '\t', 'Ref. XYZ/1'];
    for (let round = 0; round < 200; round++) {
      const text = Array.from({ length: 1 + random(12) }, () => pieces[random(pieces.length)]).join('\n');
      const want = expectedLines(text);
      const { lines } = buildContext(identity(text));
      expect(lines.length).toBe(want.length);
      expect([...lines]).toEqual(want);
      expect(lines.slice(1, 3)).toEqual(want.slice(1, 3));
      expect(lines.slice(2)).toEqual(want.slice(2));
      want.forEach((w, i) => {
        expect(lines.get(i)).toEqual(w);
        expect([lines.start(i), lines.end(i), lines.text(i)]).toEqual([w.start, w.end, w.text]);
      });
      // Past either end, undefined, as an array's index gave.
      expect(lines.get(-1)).toBeUndefined();
      expect(lines.get(want.length)).toBeUndefined();
    }
  });
});
