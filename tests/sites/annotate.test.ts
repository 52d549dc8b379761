/**
 * annotateListingRow: time left, closed, and whether the candidate's CAST covers a
 * contract-agent row. A pass covers its function group and the lower ones; a registration
 * only its own (DOMAIN.md, "EPSO CAST Permanent"). AD/AST rows need the notice.
 */
import { describe, expect, it } from 'vitest';
import {
  annotateListingRow,
  castSummaryOf,
  type CastSummary,
  type ListingRow,
} from '../../lib/sites/eu-careers';
import type { CastFunctionGroup } from '../../lib/profile/schema';

const NOW = Date.parse('2026-09-01T08:00:00Z');

type Row = Pick<ListingRow, 'deadline' | 'functionGroup' | 'grade'>;
const FG2: Row = { grade: 'FG II', functionGroup: 'FGII', deadline: '2026-10-13T12:00:00+02:00' };
const FG3: Row = { grade: 'FG III', functionGroup: 'FGIII', deadline: '2026-11-05T12:00:00+01:00' };
const FG4: Row = { grade: 'FG IV', functionGroup: 'FGIV', deadline: '2026-10-26T12:00:00+01:00' };
const AD7: Row = { grade: 'AD 7', functionGroup: 'AD', deadline: '2026-09-30T23:59:00+02:00' };
const AST3: Row = { grade: 'AST 3', functionGroup: 'AST', deadline: '2027-01-15T23:59:00+01:00' };
const CLOSED_AD6: Row = { grade: 'AD 6', functionGroup: 'AD', deadline: '2026-08-20T12:00:00+02:00' };
const CLOSED_FG3: Row = { ...FG3, deadline: '2026-08-20T12:00:00+02:00' };
const NO_GRADE: Row = { grade: null, functionGroup: null, deadline: '2026-12-01T12:00:00+01:00' };
const FG3_NO_DEADLINE: Row = { ...FG3, deadline: null };

const cast = (...entries: Array<[CastFunctionGroup, 'passed' | 'registered']>): CastSummary => ({
  castGroups: entries.map(([g]) => g),
  castPassed: entries.map(([, s]) => s === 'passed'),
});

// Days left from 2026-09-01T08:00Z: to 05/11 11:00Z = 65 d 3 h; to 26/10 11:00Z = 55 d 3 h;
// to 13/10 10:00Z = 42 d 2 h; to 30/09 21:59Z = 29 d 13 h; to 01/12 11:00Z = 91 d 3 h;
// to 15/01/2027 22:59Z = 136 d 14 h.
describe('annotateListingRow', () => {
  it.each<[string, Row, CastSummary | null, number | null, boolean | null, 'yes' | 'no' | 'unknown', string]>(
    [
      [
        'FG IV passed covers FG III',
        FG3,
        cast(['FGIV', 'passed']),
        65,
        false,
        'yes',
        'Your CAST pass in FG IV covers FG III: a pass covers its own function group and the lower ones.',
      ],
      [
        'FG IV passed covers FG II',
        FG2,
        cast(['FGIV', 'passed']),
        42,
        false,
        'yes',
        'Your CAST pass in FG IV covers FG II: a pass covers its own function group and the lower ones.',
      ],
      [
        'FG III passed covers FG III',
        FG3,
        cast(['FGIII', 'passed']),
        65,
        false,
        'yes',
        'You passed the CAST for FG III.',
      ],
      [
        'FG III registered does not cover FG IV',
        FG4,
        cast(['FGIII', 'registered']),
        55,
        false,
        'no',
        'Your CAST (FG III, registered) is for a lower function group than FG IV; a CAST never covers a higher group.',
      ],
      [
        'FG III registered covers its own FG III',
        FG3,
        cast(['FGIII', 'registered']),
        65,
        false,
        'yes',
        'You are registered in CAST Permanent for FG III.',
      ],
      [
        'FG IV registered does not cover FG III (registration covers only its own group)',
        FG3,
        cast(['FGIV', 'registered']),
        65,
        false,
        'no',
        'You are registered for FG IV, not FG III: a registration covers only its own function group (a pass would cover the lower ones). Add FG III to your CAST Permanent application.',
      ],
      [
        'FG II passed does not cover FG III',
        FG3,
        cast(['FGII', 'passed']),
        65,
        false,
        'no',
        'Your CAST (FG II, passed) is for a lower function group than FG III; a CAST never covers a higher group.',
      ],
      [
        'FG II passed + FG IV registered: neither covers FG III',
        FG3,
        cast(['FGII', 'passed'], ['FGIV', 'registered']),
        65,
        false,
        'no',
        'You are registered for FG IV, not FG III: a registration covers only its own function group (a pass would cover the lower ones). Add FG III to your CAST Permanent application.',
      ],
      [
        'FG II registered + FG IV passed: the pass covers FG III',
        FG3,
        cast(['FGII', 'registered'], ['FGIV', 'passed']),
        65,
        false,
        'yes',
        'Your CAST pass in FG IV covers FG III: a pass covers its own function group and the lower ones.',
      ],
      [
        'no CAST results at all',
        FG4,
        cast(),
        55,
        false,
        'no',
        'Your profile lists no CAST results; contract-agent posts in FG IV are filled from CAST Permanent (some agencies run their own selection: see the notice).',
      ],
      [
        'no profile',
        FG3,
        null,
        65,
        false,
        'unknown',
        'Fill in your CAST results in your profile to check this.',
      ],
      [
        'AD row: grade eligibility needs the notice',
        AD7,
        cast(['FGIV', 'passed']),
        29,
        false,
        'unknown',
        'AD 7: whether you can apply depends on the education and experience the notice asks for at this grade; open the notice to check.',
      ],
      [
        'AST row: grade eligibility needs the notice',
        AST3,
        null,
        136,
        false,
        'unknown',
        'AST 3: whether you can apply depends on the education and experience the notice asks for at this grade; open the notice to check.',
      ],
      [
        'row without a grade',
        NO_GRADE,
        cast(['FGIV', 'passed']),
        91,
        false,
        'unknown',
        'The listing names no function group; open the notice to check.',
      ],
      [
        'FG III row without a deadline: coverage still answered',
        FG3_NO_DEADLINE,
        cast(['FGIII', 'passed']),
        null,
        null,
        'yes',
        'You passed the CAST for FG III.',
      ],
    ],
  )('%s', (_name, row, profile, daysLeft, closed, fits, reason) => {
    expect(annotateListingRow(row, profile, NOW)).toEqual({ daysLeft, closed, fits, reason });
  });

  it.each([
    ['an AD row', CLOSED_AD6],
    ['an FG III row that the CAST would cover', CLOSED_FG3],
  ])('a closed row (%s) does not fit, whatever the CAST', (_name, row) => {
    const a = annotateListingRow(row, cast(['FGIV', 'passed']), NOW);
    // 20/08/2026 12:00 CEST = 10:00Z, 11 days 22 hours before NOW.
    expect(a).toEqual({
      daysLeft: 0,
      closed: true,
      fits: 'no',
      reason: 'Applications closed on Thu, 20 Aug 2026, 12:00 CEST (UTC+02:00) (closed 11 days ago).',
    });
  });

  it('is closed from the deadline instant itself, open one minute before', () => {
    const deadlineMs = Date.parse(FG3.deadline!);
    expect(annotateListingRow(FG3, null, deadlineMs).closed).toBe(true);
    expect(annotateListingRow(FG3, null, deadlineMs - 60_000)).toMatchObject({ closed: false, daysLeft: 0 });
  });

  it('takes the CAST results from a profile', () => {
    const profile = {
      cast: [
        { functionGroup: 'FGIV' as const, status: 'passed' as const, testDate: '2023-03-15' },
        { functionGroup: 'FGII' as const, status: 'registered' as const, testDate: null },
      ],
    };
    expect(castSummaryOf(profile)).toEqual({ castGroups: ['FGIV', 'FGII'], castPassed: [true, false] });
    expect(castSummaryOf(null)).toBeNull();
    expect(annotateListingRow(FG3, castSummaryOf(profile), NOW).fits).toBe('yes');
  });
});
