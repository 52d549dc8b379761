/** Hand-built notices and profiles for the rule tests (not produced by the extractor). */
import { noticeFieldsSchema, type NoticeFields } from '../../lib/notice/schema';
import {
  profileSchema,
  type Diploma,
  type ExperiencePeriod,
  type LanguageSkill,
  type Profile,
  type ProfileInput,
} from '../../lib/profile/schema';
import type { CefrLevel } from '../../lib/notice/schema';
import type { Criterion, CriterionId, EligibilityResult } from '../../lib/eligibility';

/** A plain FG IV contract-agent call, open until 4 June 2026 noon Brussels time. */
export function makeNotice(overrides: Partial<NoticeFields> = {}): NoticeFields {
  return noticeFieldsSchema.parse({
    isNotice: true,
    title: 'IT Officer',
    reference: 'EC/2026/TEST/1',
    institution: 'European Commission',
    department: 'DG DIGIT',
    location: 'Brussels',
    staffCategory: 'contract_agent',
    contractArticles: ['3b'],
    functionGroup: 'FGIV',
    grades: [],
    deadline: '2026-06-04T12:00:00+02:00',
    education: { level: 'university_3y', alternative: null },
    experienceYears: null,
    experienceRequired: false,
    languages: [
      { language: 'any', level: 'C1' },
      { language: 'any', level: 'B2' },
    ],
    securityClearance: null,
    castRequired: false,
    firstContractYears: null,
    underrepresentedStates: [],
    contactEmail: null,
    unit: null,
    domain: null,
    probationMonths: null,
    deadlineZone: 'Europe/Brussels',
    requirements: [],
    ...overrides,
  });
}

/** Before the default deadline. */
export const NOW = new Date('2026-05-01T10:00:00Z');

/** A Portuguese graduate (2015) with PT C2 and EN C1, and nothing else filled in. */
export function makeProfile(overrides: Partial<ProfileInput> = {}): Profile {
  return profileSchema.parse({
    nationalities: ['PT'],
    diplomas: [diploma('university_3y', '2015-07-01')],
    experience: [],
    languages: [lang('PT', 'C2'), lang('EN', 'C1')],
    cast: [],
    securityClearance: null,
    euStaffStatus: 'none',
    ...overrides,
  });
}

export function diploma(level: Diploma['level'], awarded: string, recognisedInEU = true): Diploma {
  return { level, field: 'Test studies', awarded, recognisedInEU };
}

export function work(from: string, to: string | null, fullTimeShare = 1, paid = true): ExperiencePeriod {
  return { from, to, fullTimeShare, paid, domains: [], description: 'work' };
}

/** One level for all three skills, or [understanding, speaking, writing]. */
export function lang(language: string, level: CefrLevel | [CefrLevel, CefrLevel, CefrLevel]): LanguageSkill {
  const [understanding, speaking, writing] = Array.isArray(level) ? level : [level, level, level];
  return { language, understanding, speaking, writing };
}

export function criterionOf(result: EligibilityResult, id: CriterionId): Criterion {
  const found = result.criteria.find((c) => c.id === id);
  if (!found) throw new Error(`no "${id}" criterion in ${result.criteria.map((c) => c.id).join(', ')}`);
  return found;
}
