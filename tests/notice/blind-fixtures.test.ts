/**
 * Blind fixtures (session 13): fifteen complete notices of our own in thirteen languages (Official Journal
 * notices with footnotes, agency PDFs turned to text, EU Careers pages in Markdown, web pages in HTML), written
 * with their expected values by helpers who never saw the reader. The three it reads right in every field are
 * golden cases (`tests/fixtures/notices/*-f35.*`); the other twelve are scored here as a set, so that a change
 * that loses a field they read fails, and one that gains a field raises the count below (a ratchet). Their
 * misses are the reader's known gaps in those languages: requirements said in words (education, experience,
 * language levels), first-contract lengths, contract articles, Greek text.
 */
import { describe, expect, it } from 'vitest';
import { analyseNotice, EXPECTED_FIELDS } from '../../lib/notice';
import { BLIND_F35_DIR, goldenCases } from '../helpers/fixtures';

const cases = goldenCases(BLIND_F35_DIR);
/** Fields read right over the twelve, at the last change (of 240). */
const RIGHT = 202;

describe('blind fixtures of session 13', () => {
  it('has the twelve', () => expect(cases).toHaveLength(12));

  it('detects every one as a notice', () => {
    for (const c of cases) expect(analyseNotice(c.text).detection.isNotice, c.name).toBe(true);
  });

  it(`reads at least ${RIGHT} of their fields right`, () => {
    let right = 0;
    const misses: string[] = [];
    for (const c of cases) {
      const notice = analyseNotice(c.text).notice!;
      for (const field of EXPECTED_FIELDS) {
        if (!(field in c.expected)) continue;
        const got = JSON.stringify(notice[field] ?? null);
        if (got === JSON.stringify(c.expected[field])) right++;
        else misses.push(`${c.name} ${field}: expected ${JSON.stringify(c.expected[field])}, got ${got}`);
      }
    }
    expect(right, misses.join('\n')).toBeGreaterThanOrEqual(RIGHT);
  });
});
