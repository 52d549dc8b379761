import { describe, expect, it } from 'vitest';
import { evaluateEligibility } from '../../lib/eligibility';
import type { NoticeFields } from '../../lib/notice/schema';
import type { CastResult } from '../../lib/profile/schema';
import { criterionOf, makeNotice, makeProfile, NOW } from './helpers';

const passed = (
  functionGroup: CastResult['functionGroup'],
  testDate: string | null = '2023-03-15',
): CastResult => ({
  functionGroup,
  status: 'passed',
  testDate,
});
const registered = (functionGroup: CastResult['functionGroup']): CastResult => ({
  functionGroup,
  status: 'registered',
  testDate: null,
});

function cast(functionGroup: NoticeFields['functionGroup'], results: CastResult[]) {
  const notice = makeNotice({ castRequired: true, functionGroup });
  return evaluateEligibility(notice, makeProfile({ cast: results }), NOW);
}

describe('CAST', () => {
  it.each<[string, NoticeFields['functionGroup'], CastResult[], string, string]>([
    ['passed in the same group', 'FGIV', [passed('FGIV')], 'met', 'You passed the CAST for FG IV in 2023'],
    [
      'passed in a higher group covers a lower one',
      'FGIII',
      [passed('FGIV')],
      'met',
      'covers its own function group and the lower ones',
    ],
    ['passed FG II covers FG I', 'FGI', [passed('FGII')], 'met', 'You passed the CAST for FG II'],
    [
      'passed in a lower group does not cover a higher one',
      'FGIV',
      [passed('FGIII')],
      'not_met',
      'never a higher one',
    ],
    [
      'registered in the same group suffices to apply',
      'FGIII',
      [registered('FGIII')],
      'met',
      'registration in CAST Permanent suffices at the application stage',
    ],
    [
      'registered in a lower group only',
      'FGIV',
      [registered('FGIII')],
      'not_met',
      'Register in CAST Permanent for FG IV',
    ],
    [
      'registered only in a higher group',
      'FGIII',
      [registered('FGIV')],
      'attention',
      'add FG III to your CAST Permanent application',
    ],
    [
      'a pass more than 10 years old',
      'FGIV',
      [passed('FGIV', '2014-01-10')],
      'attention',
      'more than 10 years old',
    ],
    [
      'an old pass, but registered again',
      'FGIV',
      [passed('FGIV', '2014-01-10'), registered('FGIV')],
      'met',
      'You are registered',
    ],
    [
      'a pass with no date is taken as valid',
      'FGIV',
      [passed('FGIV', null)],
      'met',
      'You passed the CAST for FG IV;',
    ],
    ['no CAST at all', 'FGIV', [], 'not_met', 'Your profile lists no CAST results'],
    [
      'a notice with no contract-agent group',
      'AD',
      [passed('FGIV')],
      'attention',
      'names no contract-agent function group',
    ],
  ])('%s', (_name, group, results, status, fragment) => {
    const result = criterionOf(cast(group, results), 'cast');
    expect(result.status).toBe(status);
    expect(result.kind).toBe('eligibility');
    expect(result.evidenceField).toBe('castRequired');
    expect(result.message).toContain(fragment);
  });

  it('says that registration suffices whenever a registration or none is what the candidate has', () => {
    for (const results of [[registered('FGIV')], []]) {
      expect(criterionOf(cast('FGIV', results), 'cast').message).toContain(
        'Commission calls say that registration in CAST Permanent suffices at the application stage',
      );
    }
  });

  it('is not checked when the notice does not ask for it', () => {
    const result = evaluateEligibility(makeNotice({ castRequired: false }), makeProfile(), NOW);
    expect(result.criteria.map((c) => c.id)).not.toContain('cast');
  });

  it('a missing CAST makes the candidate not eligible', () => {
    expect(cast('FGIV', []).overall).toBe('not_eligible');
    expect(cast('FGIV', [registered('FGIV')]).overall).toBe('eligible');
  });
});
