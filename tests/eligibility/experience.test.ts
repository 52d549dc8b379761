import { describe, expect, it } from 'vitest';
import { evaluateEligibility } from '../../lib/eligibility';
import type { NoticeFields } from '../../lib/notice/schema';
import type { Diploma, ExperiencePeriod } from '../../lib/profile/schema';
import { criterionOf, diploma, makeNotice, makeProfile, NOW, work } from './helpers';

function evaluate(notice: Partial<NoticeFields>, diplomas: Diploma[], experience: ExperiencePeriod[]) {
  return evaluateEligibility(makeNotice(notice), makeProfile({ diplomas, experience }), NOW);
}

const REQUIRED_5 = { experienceYears: 5, experienceRequired: true };
const ASSET_3 = { experienceYears: 3, experienceRequired: false };
const GRADUATE_2015 = [diploma('university_3y', '2015-07-01')];

describe('experience (selection)', () => {
  it.each<[string, Partial<NoticeFields>, Diploma[], ExperiencePeriod[], string, string]>([
    [
      '6 years against 5 required',
      REQUIRED_5,
      GRADUATE_2015,
      [work('2020-01-01', null)],
      'met',
      'You have 6.4 years counted',
    ],
    [
      '3 years against 5 required',
      REQUIRED_5,
      GRADUATE_2015,
      [work('2023-01-01', null)],
      'not_met',
      'requires at least 5 years',
    ],
    [
      '1 year against 3 as an asset',
      ASSET_3,
      GRADUATE_2015,
      [work('2025-01-01', null)],
      'attention',
      'an asset, not a requirement',
    ],
    [
      'work before the qualifying diploma is left out',
      REQUIRED_5,
      [diploma('university_3y', '2023-07-01')],
      [work('2015-01-01', null)],
      'not_met',
      'Work before that diploma is not counted (8.5 years)',
    ],
    [
      'part-time counted pro rata',
      REQUIRED_5,
      GRADUATE_2015,
      [work('2016-01-01', '2025-12-31', 0.5)],
      'met',
      'Part-time work is counted pro rata',
    ],
    [
      'overlapping jobs counted once',
      REQUIRED_5,
      GRADUATE_2015,
      [work('2022-01-01', null), work('2022-01-01', null)],
      'not_met',
      'You have 4.4 years',
    ],
    [
      'unpaid work left out',
      REQUIRED_5,
      GRADUATE_2015,
      [work('2016-01-01', null, 1, false)],
      'not_met',
      '1 unpaid period is not counted',
    ],
    [
      'a doctorate counts up to 3 years',
      REQUIRED_5,
      [diploma('university_4y', '2016-06-30'), diploma('doctorate', '2021-06-30')],
      [work('2021-07-01', '2023-06-30')],
      'met',
      'It includes 3 years for your doctorate',
    ],
    [
      'a doctorate that is the qualifying diploma is not also experience',
      { ...REQUIRED_5, education: { level: 'doctorate', alternative: null } },
      [diploma('doctorate', '2021-06-30')],
      [work('2021-07-01', '2024-06-30')],
      'not_met',
      'You have 3 years counted from your doctorate (2021)',
    ],
  ])('%s', (_name, notice, diplomas, experience, status, fragment) => {
    const result = evaluate(notice, diplomas, experience);
    const criterion = criterionOf(result, 'experience');
    expect(criterion).toMatchObject({ kind: 'selection', status, evidenceField: 'experienceYears' });
    expect(criterion.message).toContain(fragment);
  });

  it('never turns eligible into not eligible', () => {
    const result = evaluate(REQUIRED_5, GRADUATE_2015, [work('2025-01-01', null)]);
    expect(criterionOf(result, 'experience').status).toBe('not_met');
    expect(result.overall).toBe('eligible');
  });

  it('does not count again the years an education alternative uses', () => {
    const notice = {
      functionGroup: 'FGIII' as const,
      education: {
        level: 'post_secondary' as const,
        alternative: { level: 'secondary' as const, plusExperienceYears: 3 },
      },
      experienceYears: 3,
      experienceRequired: true,
    };
    const secondaryOnly = evaluate(notice, [diploma('secondary', '2015-07-01')], [work('2021-06-01', null)]);
    expect(criterionOf(secondaryOnly, 'education').status).toBe('met');
    expect(criterionOf(secondaryOnly, 'experience').status).toBe('not_met');
    expect(criterionOf(secondaryOnly, 'experience').message).toContain('You have 2 years counted');
    expect(criterionOf(secondaryOnly, 'experience').message).toContain(
      'leaves out the 3 years your education route already uses',
    );
  });

  it('takes the route that leaves the most experience', () => {
    const notice = {
      functionGroup: 'FGIII' as const,
      education: {
        level: 'post_secondary' as const,
        alternative: { level: 'secondary' as const, plusExperienceYears: 3 },
      },
      experienceYears: 5,
      experienceRequired: true,
    };
    // From secondary (2010): 16 years - 3 = 13; from post-secondary (2024): 2 years.
    const result = evaluate(
      notice,
      [diploma('secondary', '2010-07-01'), diploma('post_secondary', '2024-07-01')],
      [work('2010-07-01', null)],
    );
    expect(criterionOf(result, 'experience').status).toBe('met');
  });

  it.each<[string, Diploma[], ExperiencePeriod[], string]>([
    ['no experience in the profile', GRADUATE_2015, [], 'Add your work experience'],
    [
      'no qualifying diploma',
      [diploma('secondary', '2010-07-01')],
      [work('2011-01-01', null)],
      'none could be found',
    ],
  ])('%s → unknown', (_name, diplomas, experience, fragment) => {
    const criterion = criterionOf(evaluate(REQUIRED_5, diplomas, experience), 'experience');
    expect(criterion.status).toBe('unknown');
    expect(criterion.message).toContain(fragment);
  });

  it('is absent when the notice asks for no experience', () => {
    const result = evaluate({ experienceYears: null }, GRADUATE_2015, [work('2020-01-01', null)]);
    expect(result.criteria.map((c) => c.id)).not.toContain('experience');
  });
});
