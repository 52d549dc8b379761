/**
 * Golden tests: the real reader over the real seed notices and our own
 * fixtures; every field of each expected.json must come out exactly.
 */
import { describe, expect, it } from 'vitest';
import { analyseNotice, analysisSchema, EXPECTED_FIELDS } from '../../lib/notice';
import { goldenCases, NOTICES_DIR, SEEDS_DIR } from '../helpers/fixtures';

const seeds = goldenCases(SEEDS_DIR);
const fixtures = goldenCases(NOTICES_DIR);

describe('golden cases', () => {
  it('has the five seeds and at least 20 fixtures of our own', () => {
    expect(seeds).toHaveLength(5);
    expect(fixtures.length).toBeGreaterThanOrEqual(20);
  });

  describe.each([...seeds, ...fixtures].map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const analysis = analyseNotice(c.text);

    it('is detected as a notice and is schema-valid', () => {
      expect(analysis.detection.isNotice).toBe(true);
      expect(analysisSchema.safeParse(analysis).success).toBe(true);
    });

    it.each(EXPECTED_FIELDS.filter((f) => f in c.expected))('%s', (field) => {
      expect(analysis.notice?.[field]).toEqual(c.expected[field]);
    });

    it('points its evidence at the value it reports', () => {
      const notice = analysis.notice!;
      const quote = (field: string) => analysis.evidence[field]?.quote.replace(/\s+/g, ' ') ?? '';
      for (const [field, ev] of Object.entries(analysis.evidence)) {
        expect(ev.end, field).toBeGreaterThan(ev.start);
        expect(ev.end, field).toBeLessThanOrEqual(c.text.length);
      }
      // The reference and the address are quoted as written; the deadline's quote holds its day and year.
      if (notice.reference)
        expect(quote('reference').replace(/\s/g, '')).toContain(notice.reference.replace(/\s/g, ''));
      if (notice.contactEmail) expect(quote('contactEmail')).toContain(notice.contactEmail);
      if (notice.deadline) {
        const [year, , day] = notice.deadline.slice(0, 10).split('-');
        expect(quote('deadline')).toMatch(new RegExp(`(?<!\\d)0?${Number(day)}(?!\\d)`));
        expect(quote('deadline')).toMatch(new RegExp(`${year}|\\b${year.slice(2)}\\b`));
      }
      if (notice.location) expect(quote('location').length).toBeGreaterThan(0);
    });

    it('gives evidence for every non-empty field and a reason for every null one', () => {
      const notice = analysis.notice!;
      for (const field of EXPECTED_FIELDS) {
        if (field === 'isNotice' || field === 'experienceRequired' || field === 'castRequired') continue;
        const value = notice[field];
        const empty = value === null || (Array.isArray(value) && value.length === 0);
        if (empty) expect(analysis.missing[field], `${field} has no reason`).toBeTruthy();
        else expect(analysis.evidence[field], `${field} has no evidence`).toBeDefined();
      }
    });
  });
});
