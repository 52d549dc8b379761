/** For any input the reader never throws and always returns schema-valid output. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyseNotice, analysisSchema, normaliseNotice, type NoticeFormat } from '../../lib/notice';
import { toOriginalRange } from '../../lib/notice/text-map';
import { goldenCases, SEEDS_DIR } from '../helpers/fixtures';

const seeds = goldenCases(SEEDS_DIR).map((c) => c.text);
const formats: Array<NoticeFormat | undefined> = [undefined, 'markdown', 'text', 'html'];

/** Strings that look like notice material: keywords, dates, markup, odd characters. */
const noticeish = fc
  .array(
    fc.oneof(
      fc.string(),
      fc.constantFrom(
        'Deadline: ', 'Closing date ', '12/03/2026', '31.02.2026', ' 12:00 ', 'noon', 'CEST', 'local time', 'Helsinki time',
        'AD 5', 'AST1-AST4', 'FG IV', 'FGIII.08', 'Article 3(b)', '2(f)', 'contract agent', 'temporary agent', 'C1', 'B2',
        'English', 'at least 3 years', 'experience', 'university studies', 'or', '\n', '\n\n', '- ', '**', '[x](y)', '<sup>1</sup>',
        '<div>', '</td>', '&amp;', '&#x1F600;', '¹', '\u00ad', 'EU SECRET', 'CAST', 'under-represented', 'Austria, ', 'a@b.eu',
        'Reference: EC/2026/X/1', '| a | b |', '|---|', 'Vacancy notice', 'Job title: ',
      ), // prettier-ignore
    ),
    { maxLength: 60 },
  )
  .map((parts) => parts.join(''));

function check(text: string, format?: NoticeFormat) {
  for (const force of [false, true]) {
    const a = analyseNotice(text, { format, force });
    expect(analysisSchema.safeParse(a).success).toBe(true);
    for (const ev of Object.values(a.evidence)) {
      expect(ev.start).toBeGreaterThanOrEqual(0);
      expect(ev.end).toBeLessThanOrEqual(text.length);
      expect(text.slice(ev.start, ev.end)).toBe(ev.quote);
    }
  }
}

describe('reader properties', () => {
  it('never throws and stays schema-valid on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), fc.constantFrom(...formats), (s, f) => check(s, f)),
      { numRuns: 300 },
    );
  });

  it('never throws on notice-like noise', () => {
    fc.assert(
      fc.property(noticeish, fc.constantFrom(...formats), (s, f) => check(s, f)),
      { numRuns: 300 },
    );
  });

  it('never throws on seeds cut and spliced at random places', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...seeds),
        fc.nat(),
        fc.nat(),
        fc.string({ maxLength: 30 }),
        (seed, a, b, insert) => {
          const i = a % seed.length;
          const j = Math.min(seed.length, i + (b % 2000));
          check(seed.slice(0, i) + insert + seed.slice(j));
        },
      ),
      { numRuns: 60 },
    );
  });

  it('maps every normalised character back inside the original', () => {
    fc.assert(
      fc.property(noticeish, fc.constantFrom(...formats), (s, f) => {
        const n = normaliseNotice(s, f);
        for (let i = 0; i < n.text.length; i++) {
          const r = toOriginalRange(n, i, i + 1);
          expect(r.start).toBeGreaterThanOrEqual(0);
          expect(r.end).toBeLessThanOrEqual(s.length);
        }
      }),
      { numRuns: 200 },
    );
  });
});
