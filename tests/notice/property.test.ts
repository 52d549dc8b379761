/** For any input the reader never throws and always returns schema-valid output. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  analyseNotice,
  analysisSchema,
  MAX_INPUT_CHARS,
  normaliseNotice,
  type Analysis,
  type NoticeFormat,
} from '../../lib/notice';
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

/** White space, tags and Markdown emphasis/escapes out: the reader reads through them. */
/** Markup, spaces and what the normaliser drops as invisible (soft hyphens, zero-width characters, footnote marks). */
const squash = (s: string) => s.replace(/<[^>]*>|[\s*_\\\u00ad\u200b-\u200d\ufeff¹²³⁴⁵⁶⁷⁸⁹⁰]+/g, '');

/**
 * Evidence must be where it says and must hold the value it backs. (Comparing a quote with the
 * slice it was cut from could not fail: the quote is that slice by construction.) The values
 * checked are those copied from the text: the reference (markup aside) and the address verbatim,
 * each grade's number.
 */
function checkEvidence(text: string, a: Analysis) {
  for (const ev of Object.values(a.evidence)) {
    expect(ev.start).toBeGreaterThanOrEqual(0);
    expect(ev.end).toBeGreaterThanOrEqual(ev.start);
    expect(ev.end).toBeLessThanOrEqual(text.length);
    expect(text.slice(ev.start, ev.end)).toBe(ev.quote);
  }
  const n = a.notice;
  if (!n) return;
  if (n.reference) {
    expect(a.evidence.reference, 'a reference has evidence').toBeDefined();
    expect(squash(a.evidence.reference.quote)).toContain(squash(n.reference));
  }
  if (n.contactEmail) {
    expect(a.evidence.contactEmail, 'an address has evidence').toBeDefined();
    expect(a.evidence.contactEmail.quote).toContain(n.contactEmail);
  }
  if (n.grades.length && !n.grades.every((g) => g.startsWith('CA')) && a.evidence.grades) {
    const quoted = a.evidence.grades.quote;
    for (const g of n.grades) {
      // A range quotes its ends ("AD 5 - AD 12" holds AD 7): the number is in the quote or inside a quoted range.
      const num = Number(g.replace(/^\D+/, ''));
      const nums = (quoted.match(/\d{1,2}/g) ?? []).map(Number);
      expect(nums.length, `grade ${g} from "${quoted}"`).toBeGreaterThan(0);
      expect(num, `grade ${g} from "${quoted}"`).toBeGreaterThanOrEqual(Math.min(...nums));
      expect(num, `grade ${g} from "${quoted}"`).toBeLessThanOrEqual(Math.max(...nums));
    }
  }
}

function check(text: string, format?: NoticeFormat) {
  for (const force of [false, true]) {
    const a = analyseNotice(text, { format, force });
    expect(analysisSchema.safeParse(a).success).toBe(true);
    checkEvidence(text, a);
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

  it('stays schema-valid with evidence on its values on long inputs (notice-like noise and seeds, 0.2–1 MB)', () => {
    fc.assert(
      fc.property(
        fc.array(noticeish, { minLength: 20, maxLength: 40 }),
        fc.constantFrom(...seeds),
        fc.integer({ min: 200_000, max: 1_000_000 }),
        fc.constantFrom(...formats),
        (noise, seed, size, f) => {
          const unit = noise.join('\n') + '\n' + seed;
          const text = unit.repeat(Math.ceil(size / Math.max(1, unit.length))).slice(0, size);
          const a = analyseNotice(text, { format: f, force: true });
          expect(analysisSchema.safeParse(a).success).toBe(true);
          checkEvidence(text, a);
        },
      ),
      { numRuns: 6 },
    );
  }, 120_000);

  it('reads at most MAX_INPUT_CHARS and says so', () => {
    const seed = seeds[0];
    const text = seed + ' '.repeat(MAX_INPUT_CHARS) + 'Deadline: 31/12/2099';
    const a = analyseNotice(text);
    expect(a.missing.input).toMatch(/input too long/);
    expect(a.detection.signals.some((s) => /input too long/.test(s))).toBe(true);
    expect(a.notice?.reference).toBe(analyseNotice(seed).notice?.reference);
    for (const ev of Object.values(a.evidence)) expect(ev.end).toBeLessThanOrEqual(MAX_INPUT_CHARS);
  }, 60_000);

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
