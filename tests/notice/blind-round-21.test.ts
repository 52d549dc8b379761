/**
 * Blind round 21 (session 10): the general rules its misses asked for, each on a text of our own with the
 * same structure and trap, read with detection bypassed.
 */
import { describe, expect, it } from 'vitest';
import { analyseNotice } from '../../lib/notice';

const read = (text: string) => analyseNotice(text, { force: true }).notice!;

describe('blind round 21', () => {
  it('reads the post before "and establishment of a reserve list", never a run of labels', () => {
    expect(
      read(
        'Expiration Date\n\n03 Mar 2031\nVacancy Notice for the post of Head of Finance and establishment of a reserve list\nPublication: External Reference: XYZ/2031/1/AD/HoF Starting date: As soon as possible\n1. Who we are',
      ).title,
    ).toBe('Head of Finance');
  });

  it('cuts the category after a dash written without its space', () => {
    expect(
      read('EEA Job Vacancy\n\nHead of Data Group –Temporary Agent (AD9)\n\nThe Agency is recruiting.').title,
    ).toBe('Head of Data Group');
  });

  it("does not read the European Economic Area as the Environment Agency, nor an act's number as the reference", () => {
    const n = read(
      'Requirements\nOnly diplomas awarded by EU Member State authorities or EEA authorities or recognised by the relevant EEA Member State authorities count.\nThe Authority applies its Financial Regulation (XYZ/MB/31/07 – written procedure).',
    );
    expect(n.institution).toBeNull();
    expect(n.reference).toBeNull();
  });

  it('reads the Romanian job site label "Locatie:"', () => {
    expect(
      read('Joburi\n\nBank Expert\n\n(job inactiv)\n\nLocatie: Paris\n\nData adaugarii: 2031-03-05').location,
    ).toBe('Paris');
  });
});
