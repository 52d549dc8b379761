/**
 * A notice's name and reference repeated as a running head on every page (issue 9): the reader keeps
 * it where it first stands, so the reference is read; other running heads still go. Texts of our own.
 */
import { describe, expect, it } from 'vitest';
import { analyseNotice, normaliseNotice } from '../../lib/notice';

const page = (n: number) =>
  [
    'Ανακοίνωση κενής θέσης — XYZ/AD/321/31 — Διευθυντής',
    `Official Journal of the Imaginary Union ${n}`,
    `Κείμενο της σελίδας ${n} για τα καθήκοντα του διευθυντή και τις απαιτήσεις της θέσης.`,
  ].join('\n\n');

describe('running heads', () => {
  const text = [1, 2, 3].map(page).join('\n\n');

  it('keeps the first line that names the notice and its reference', () => {
    const n = normaliseNotice(text).text;
    expect(n.match(/XYZ\/AD\/321\/31/g)).toHaveLength(1);
    expect(n).not.toContain('Official Journal of the Imaginary Union');
    expect(analyseNotice(text, { force: true }).notice?.reference).toBe('XYZ/AD/321/31');
  });
});

describe('lines said twice', () => {
  const twice = (line: string) =>
    `Vacancy notice for a data officer\n\n${line}\n\nThe post is in Parma.\n\n${line}\n\nApply online.`;

  it('drops a page count repeated on two pages', () => {
    for (const footer of [
      'Page 1 of 2',
      'Notice EFSA/T/AST4/2026/003 – 1/2',
      'EFSA/T/AST4/2026/003 – Procurement',
    ])
      expect(normaliseNotice(twice(footer)).text, footer).not.toContain(footer.slice(0, 10));
  });

  it('keeps a deadline said twice: its slashed date is not a page count', () => {
    const n = normaliseNotice(twice('Closing date: 19/03/2027')).text;
    expect(n.match(/Closing date: 19\/03\/2027/g)).toHaveLength(2);
  });
});
