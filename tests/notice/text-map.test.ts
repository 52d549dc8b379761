import { describe, expect, it } from 'vitest';
import { seededRandom } from '../helpers/seeded-random';
import { MappedTextBuilder } from '../../lib/notice/text-map';

describe('MappedTextBuilder', () => {
  it('gives the text and map of its copies and inserts, short and long pieces mixed, in order', () => {
    const random = seededRandom(7);
    const source = 'Deadline: 3 March 2031 | Grade | AD 7 | Ref. XYZ/1 |\u3000é'.repeat(40);
    const sourceMap = Int32Array.from({ length: source.length + 1 }, (_, i) => 1000 + 2 * i);
    for (let round = 0; round < 300; round++) {
      const b = new MappedTextBuilder(random(3) === 0 ? 4 : 1024);
      let text = '';
      const map: number[] = [];
      for (let n = random(40); n > 0; n--) {
        const kind = random(4);
        if (kind === 0) {
          const str = random(2) ? '\n' : 'x'.repeat(1 + random(80));
          const at = random(5000);
          b.insert(str, at);
          text += str;
          for (let i = 0; i < str.length; i++) map.push(at);
        } else {
          // Short and long ranges, some continuing the last one (merged into one slice).
          const from = random(source.length);
          const to = Math.min(source.length, from + (kind === 1 ? random(5) : random(300)));
          const mapped = kind === 3;
          b.copy(source, from, to, mapped ? sourceMap : undefined);
          text += source.slice(from, to);
          for (let i = from; i < to; i++) map.push(mapped ? sourceMap[i] : i);
        }
      }
      const built = b.build(source, 99);
      expect(built.text).toBe(text);
      expect(Array.from(built.map)).toEqual([...map, 99]);
    }
  });
});
