import { describe, expect, it } from 'vitest';
import { seededRandom } from '../helpers/seeded-random';
import { IntList } from '../../lib/notice/int-list';
import { htmlToText } from '../../lib/notice/html-text';

describe('IntList', () => {
  it('gives back what was pushed, in order, whatever the starting room and however many', () => {
    const rnd = seededRandom(7);
    for (let t = 0; t < 200; t++) {
      const list = new IntList(rnd(10));
      const pushed: number[] = [];
      const n = t === 0 ? 0 : rnd(t < 190 ? 300 : 20000);
      for (let i = 0; i < n; i++) {
        const v = rnd(1_000_000) - 500_000;
        list.push(v);
        pushed.push(v);
        expect(list.last()).toBe(v);
      }
      expect(list.length).toBe(n);
      const out = list.toArray();
      expect(out).toBeInstanceOf(Int32Array);
      expect(Array.from(out)).toEqual(pushed);
    }
    expect(new IntList().last()).toBeUndefined();
  });
});

describe('htmlToText: spaces between words', () => {
  it('maps each collapsed space to the last white-space character of its run, a lone space to itself', () => {
    const html = '<p>a b  c\td\n e</p>';
    const mt = htmlToText(html);
    expect(mt.text).toBe('a b c d e');
    // a=3, " "=4, b=5, "  "→7, c=8, "\t"=9, d=10, "\n "→12, e=13; the end is the page's length.
    expect(Array.from(mt.map)).toEqual([3, 4, 5, 7, 8, 9, 10, 12, 13, html.length]);
  });
});
