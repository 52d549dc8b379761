import { describe, expect, it } from 'vitest';
import { evaluateEligibility } from '../../lib/eligibility';
import type { NoticeFields } from '../../lib/notice/schema';
import type { Diploma, ExperiencePeriod } from '../../lib/profile/schema';
import { criterionOf, diploma, makeNotice, makeProfile, NOW, work } from './helpers';

function education(notice: NoticeFields, diplomas: Diploma[], experience: ExperiencePeriod[] = []) {
  return criterionOf(evaluateEligibility(notice, makeProfile({ diplomas, experience }), NOW), 'education');
}

describe('education: each alternative of "post-secondary, or secondary + 3 years"', () => {
  const notice = makeNotice({
    functionGroup: 'FGIII',
    education: { level: 'post_secondary', alternative: { level: 'secondary', plusExperienceYears: 3 } },
  });

  it.each<[string, Diploma[], ExperiencePeriod[], string, string]>([
    [
      'a post-secondary diploma',
      [diploma('post_secondary', '2016-06-30')],
      [],
      'met',
      'post-secondary diploma (2016) meets it',
    ],
    [
      'a university degree covers post-secondary',
      [diploma('university_3y', '2016-06-30')],
      [],
      'met',
      'meets it',
    ],
    [
      'a doctorate covers post-secondary',
      [diploma('doctorate', '2016-06-30')],
      [],
      'met',
      'doctorate (2016) meets it',
    ],
    [
      'secondary + 3.5 years after it',
      [diploma('secondary', '2015-07-01')],
      [work('2022-01-01', '2025-06-30')],
      'met',
      "secondary diploma (2015), with the 3 years' experience after it, meets it",
    ],
    [
      'secondary + exactly 3 calendar years',
      [diploma('secondary', '2015-07-01')],
      [work('2023-06-04', '2026-06-03')],
      'met',
      'meets it',
    ],
    [
      'secondary + 2.4 years is short',
      [diploma('secondary', '2015-07-01')],
      [work('2024-01-01', null)],
      'not_met',
      'your highest recognised diploma is secondary (2015) and you have 2.4 years of counted experience after it',
    ],
    [
      'experience before the secondary diploma does not count',
      [diploma('secondary', '2020-07-01')],
      [work('2016-01-01', '2021-12-31')],
      'not_met',
      'you have 1.5 years of counted experience after it',
    ],
    [
      'secondary + 3 years of unpaid work is short',
      [diploma('secondary', '2015-07-01')],
      [work('2020-01-01', '2024-12-31', 1, false)],
      'not_met',
      'you have 0 years',
    ],
    [
      'compulsory education only',
      [diploma('compulsory', '2012-06-30')],
      [],
      'not_met',
      'compulsory education (2012)',
    ],
    [
      'a diploma not recognised in the EU does not count',
      [diploma('post_secondary', '2016-06-30', false)],
      [],
      'not_met',
      "post-secondary diploma (2016) isn't marked as issued or recognised by an EU member state",
    ],
    [
      'a diploma awarded after the closing date does not count',
      [diploma('post_secondary', '2026-07-01')],
      [],
      'not_met',
      'is dated 1 July 2026, after 4 June 2026',
    ],
  ])('%s', (_name, diplomas, experience, status, fragment) => {
    const result = education(notice, diplomas, experience);
    expect(result.status).toBe(status);
    expect(result.message.toLowerCase()).toContain(fragment.toLowerCase());
    expect(result.message).toContain(
      "You need a post-secondary diploma, or a secondary diploma giving access to post-secondary education + 3 years' experience after it.",
    );
    expect(result.evidenceField).toBe('education');
  });
});

describe('education: the legal minimum when the notice is silent', () => {
  const silent = (overrides: Partial<NoticeFields>) => makeNotice({ education: null, ...overrides });
  const ta = (functionGroup: NoticeFields['functionGroup'], grades: string[]) =>
    silent({ staffCategory: 'temporary_agent', functionGroup, grades });

  it.each<[string, NoticeFields, Diploma[], ExperiencePeriod[], string, string]>([
    [
      'CA FG I, compulsory',
      silent({ functionGroup: 'FGI' }),
      [diploma('compulsory', '2010-06-30')],
      [],
      'met',
      'CEOS Art. 82(2)(a)',
    ],
    [
      'CA FG II, post-secondary',
      silent({ functionGroup: 'FGII' }),
      [diploma('post_secondary', '2010-06-30')],
      [],
      'met',
      'CEOS Art. 82(2)(b)',
    ],
    [
      'CA FG III, secondary + 1 year',
      silent({ functionGroup: 'FGIII' }),
      [diploma('secondary', '2020-06-30')],
      [work('2025-01-01', '2025-12-31')],
      'not_met',
      'CEOS Art. 82(2)(b)',
    ],
    [
      'CA FG IV, post-secondary',
      silent({ functionGroup: 'FGIV' }),
      [diploma('post_secondary', '2010-06-30')],
      [],
      'not_met',
      'CEOS Art. 82(2)(c)',
    ],
    [
      'CA FG IV, 3-year degree',
      silent({ functionGroup: 'FGIV' }),
      [diploma('university_3y', '2010-06-30')],
      [],
      'met',
      'FG IV contract agents',
    ],
    [
      'AST, secondary + 4 years',
      ta('AST', ['AST1', 'AST2']),
      [diploma('secondary', '2015-06-30')],
      [work('2016-01-01', '2019-12-31')],
      'met',
      'Staff Regulations Art. 5(3)(a)',
    ],
    [
      'AST/SC, post-secondary',
      silent({ staffCategory: 'official', functionGroup: 'AST/SC', grades: ['SC1'] }),
      [diploma('post_secondary', '2015-06-30')],
      [],
      'met',
      'AST/SC posts',
    ],
    [
      'AD5, 3-year degree',
      ta('AD', ['AD5']),
      [diploma('university_3y', '2015-06-30')],
      [],
      'met',
      'Art. 5(3)(b)',
    ],
    [
      'AD6 read from the grade alone',
      ta(null, ['AD6']),
      [diploma('university_3y', '2015-06-30')],
      [],
      'met',
      'AD6',
    ],
    [
      'AD7, 3-year degree alone',
      ta('AD', ['AD7']),
      [diploma('university_3y', '2015-06-30')],
      [],
      'not_met',
      'Art. 5(3)(c)',
    ],
    [
      'AD7, 3-year degree + 1 year',
      ta('AD', ['AD7']),
      [diploma('university_3y', '2015-06-30')],
      [work('2016-01-01', '2016-12-31')],
      'met',
      "with the 1 year's experience after it",
    ],
    [
      'AD7, 3-year degree + 11 months',
      ta('AD', ['AD7']),
      [diploma('university_3y', '2015-06-30')],
      [work('2016-01-01', '2016-11-30')],
      'not_met',
      'you have 0.9 years',
    ],
    [
      'AD7, 4-year degree',
      ta('AD', ['AD7', 'AD8']),
      [diploma('university_4y', '2015-06-30')],
      [],
      'met',
      'AD7',
    ],
    [
      'AD with no grade, 3-year degree',
      ta('AD', []),
      [diploma('university_3y', '2015-06-30')],
      [],
      'attention',
      'If the post is AD7 or above',
    ],
    [
      'AD with no grade, 4-year degree',
      ta('AD', []),
      [diploma('university_4y', '2015-06-30')],
      [],
      'met',
      'names no grade',
    ],
  ])('%s', (_name, notice, diplomas, experience, status, fragment) => {
    const result = education(notice, diplomas, experience);
    expect(result.status).toBe(status);
    expect(result.message).toContain("The notice doesn't state the education required, so the legal minimum");
    expect(result.message).toContain(fragment);
  });

  it.each<[string, NoticeFields, string]>([
    ['no staff category', silent({ staffCategory: null }), "staff category couldn't be read"],
    [
      'a contract agent with no function group',
      silent({ functionGroup: null }),
      'no contract-agent function group',
    ],
    [
      'a temporary agent with no function group or grade',
      ta(null, []),
      'no function group (AD, AST or AST/SC)',
    ],
    [
      'a seconded national expert',
      silent({ staffCategory: 'seconded_national_expert', functionGroup: null }),
      'seconded national experts',
    ],
    ['a traineeship', silent({ staffCategory: 'trainee', functionGroup: null }), 'traineeships'],
  ])('%s → unknown, with the reason', (_name, notice, reason) => {
    const result = education(notice, [diploma('doctorate', '2015-06-30')]);
    expect(result.status).toBe('unknown');
    expect(result.message).toContain(reason);
  });

  it('points at the field the fallback rests on', () => {
    expect(education(silent({ functionGroup: 'FGIV' }), []).evidenceField).toBe('functionGroup');
    expect(education(ta('AD', ['AD7']), []).evidenceField).toBe('grades');
  });
});

describe('education: missing profile data', () => {
  it('no diplomas → unknown, saying what to fill in', () => {
    const result = education(makeNotice(), []);
    expect(result.status).toBe('unknown');
    expect(result.message).toContain('You need a university degree of at least 3 years.');
    expect(result.message).toContain('Add your diplomas to your profile');
  });

  it('only unrecognised diplomas → not met, and says why', () => {
    const result = education(makeNotice(), [diploma('university_4y', '2019-07-12', false)]);
    expect(result.status).toBe('not_met');
    expect(result.message).toContain('None of your diplomas counts yet.');
    expect(result.message).toContain("isn't marked as issued or recognised");
  });
});
