import { describe, expect, it } from 'vitest';
import { detectNotice, normaliseNotice } from '../../lib/notice';
import { goldenCases, NON_NOTICES_DIR, NOTICES_DIR, plainFiles, SEEDS_DIR } from '../helpers/fixtures';

const detect = (text: string) => detectNotice(normaliseNotice(text).text);

describe('detectNotice', () => {
  const negatives = plainFiles(NON_NOTICES_DIR);

  it('has at least 10 negative pages', () => {
    expect(negatives.length).toBeGreaterThanOrEqual(10);
  });

  it.each(negatives.map((n) => [n.name, n.text]))('is not fooled by %s', (_name, text) => {
    const d = detect(text);
    expect(d.isNotice).toBe(false);
    expect(d.signals.length).toBeGreaterThan(0);
  });

  it.each([...goldenCases(SEEDS_DIR), ...goldenCases(NOTICES_DIR)].map((c) => [c.name, c.text]))(
    'finds %s',
    (_name, text) => {
      expect(detect(text).isNotice).toBe(true);
    },
  );

  it.each([
    ['empty text', ''],
    ['a bare date', 'Deadline: 12/03/2026'],
    [
      'a funding call',
      'Call for proposals HORIZON-CL5-2026. Deadline for submission: 12/03/2026 17:00 Brussels time. Grant agreement preparation follows. Eligibility criteria apply to consortia.',
    ],
    [
      'a private job advert',
      'Senior Java developer. Requirements: 5 years of experience. Deadline: 12/03/2026. Send your CV to jobs@example.com.',
    ],
  ])('rejects %s', (_name, text) => {
    expect(detect(text).isNotice).toBe(false);
  });

  it('accepts a minimal agency notice', () => {
    const text = `VACANCY NOTICE\nProject Officer (AD 6)\nRef.: ECHA/TA/2026/004\nEligibility criteria: a university degree of at least three years.\nDeadline for applications: 15 January 2026 at 12:00 Helsinki time\nTemporary agent 2(f)`;
    expect(detect(text).isNotice).toBe(true);
  });

  it('says why a page is not a notice', () => {
    const d = detect('Our canteen menu for the week.');
    expect(d.isNotice).toBe(false);
    expect(d.signals.at(-1)).toMatch(/^not a notice: no closing date/);
  });
});
