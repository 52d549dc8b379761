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

    it('quotes its evidence exactly from the original text', () => {
      for (const [field, ev] of Object.entries(analysis.evidence)) {
        expect(c.text.slice(ev.start, ev.end), field).toBe(ev.quote);
        expect(ev.quote.length, field).toBeGreaterThan(0);
      }
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
