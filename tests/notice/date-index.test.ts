/**
 * DateIndex (lib/notice/lang/dates.ts) answers detection's date questions from one scan of the text:
 * every answer must be findDate's own, for a search from anywhere to anywhere, and for a line cut out
 * of the text. The texts are dates in the written forms the reader knows, run together with digits,
 * letters, line breaks and spaces so that dates touch, overlap, run over line breaks and sit inside
 * numbers.
 */
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../helpers/seeded-random';
import { DateIndex, findDate } from '../../lib/notice/lang/dates';
import { guessLanguage } from '../../lib/notice/lang';
import { foldSameLength } from '../../lib/notice/lexicon';

const PIECES = [
  '15/03/2026',
  '1.2.2027',
  '31.02.2026',
  '2026-03-15',
  '15 march 2026',
  '15 march\n2026',
  'march 15, 2026',
  '1er avril 2027',
  '15. marz 2026',
  '15 de marzo de 2026',
  '2026. marcius 15.',
  '2026 m. kovo 15 d.',
  '2026. gada 15. marts',
  '15 μαρτιου 2026',
  '12/12/12/12',
  '2026',
  '15.03.\n2026',
  '7 mai',
  'mai 2026',
  '12 ',
  '2026-13-01',
  '15   de   septiembre   de   2026', // longer than findDate lets a date run past its search (24)
];
const FILL = ['\n', ' ', '  ', '\u00a0', 'a', 'deadline: ', '1', '99', '/', '.', 'xyz', '\n\n', '\u3000'];

function texts(): string[] {
  const rnd = seededRandom(4242);
  const out: string[] = [];
  for (let k = 0; k < 150; k++) {
    let s = '';
    const n = 5 + rnd(60);
    for (let i = 0; i < n; i++) s += rnd(3) === 0 ? FILL[rnd(FILL.length)] : PIECES[rnd(PIECES.length)];
    out.push(foldSameLength(s));
  }
  return out;
}

const key = (d: { start: number; end: number; year: number; month: number; day: number } | null) =>
  d && `${d.start}-${d.end} ${d.year}-${d.month}-${d.day}`;

describe('DateIndex', () => {
  const all = texts();

  it('answers every search of the text as findDate does, with and without a cap on the scan', () => {
    let compared = 0;
    for (const s of all) {
      let language: string | null | undefined;
      const lang = () => (language === undefined ? (language = guessLanguage(s)) : language);
      for (const cap of [2000, 3]) {
        const index = new DateIndex(s, lang, cap);
        // Every few positions, and around each date's start and end (a search starting at, just before
        // or inside a date, a limit just after its start).
        const froms = new Set<number>();
        for (let from = 0; from <= s.length; from += 1 + (from % 3)) froms.add(from);
        for (const d of new DateIndex(s, lang, 2000).dates)
          for (const at of [d.start - 1, d.start, d.start + 1, d.end - 1, d.end]) froms.add(Math.max(0, at));
        for (const from of froms)
          for (const span of [1, 2, 7, 20, 110, s.length]) {
            const to = Math.min(s.length, from + span);
            expect(key(index.first(from, to)), `${JSON.stringify(s)} from ${from} to ${to}`).toBe(
              key(findDate(s, from, to, lang)),
            );
            compared++;
          }
      }
    }
    expect(compared).toBeGreaterThan(10_000);
  });

  it('answers for every line as findDate over the line cut out of the text does', () => {
    let withDate = 0;
    for (const s of all) {
      const lang = () => guessLanguage(s);
      for (const cap of [2000, 2]) {
        const index = new DateIndex(s, lang, cap);
        let pos = 0;
        while (pos <= s.length) {
          let nl = s.indexOf('\n', pos);
          if (nl < 0) nl = s.length;
          const line = s.slice(pos, nl);
          const own = findDate(line, 0, line.length, lang);
          if (own) withDate++;
          expect(key(index.inLine(pos, nl)), JSON.stringify(line)).toBe(key(own));
          pos = nl + 1;
        }
      }
    }
    expect(withDate).toBeGreaterThan(200);
  });

  it('lists the dates a loop of findDate calls finds, each search starting where the last date ended', () => {
    for (const s of all.slice(0, 40)) {
      const lang = () => guessLanguage(s);
      const loop: string[] = [];
      for (let from = 0, d = findDate(s, 0, s.length, lang); d; d = findDate(s, from, s.length, lang)) {
        loop.push(key(d)!);
        from = d.end;
      }
      expect(new DateIndex(s, lang, 2000).dates.map(key)).toEqual(loop);
    }
  });
});
