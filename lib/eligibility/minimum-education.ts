/**
 * The education a post requires: the notice's own statement, or, when it is silent, the
 * legal minimum for its staff category (DOMAIN.md, "Minimum education").
 */
import type { NoticeFields } from '../notice/schema';
import type { EducationPath } from './types';

export interface EducationRequirement {
  /** Alternatives: meeting any one is enough. */
  paths: EducationPath[];
  /** Why this requirement applies when the notice does not state it; null when it does. */
  fallbackReason: string | null;
  evidenceField: keyof NoticeFields | null;
  /**
   * A stricter requirement that applies to part of the posts the notice may cover: an AD
   * notice with no grade may be AD7 or above, which needs more than AD5–AD6.
   */
  stricter: { paths: EducationPath[]; reason: string } | null;
}

export type EducationLookup = { requirement: EducationRequirement } | { unknownReason: string };

const POST_SECONDARY_OR_SECONDARY_PLUS_3: EducationPath[] = [
  { level: 'post_secondary', plusExperienceYears: 0 },
  { level: 'secondary', plusExperienceYears: 3 },
];
const UNIVERSITY_3Y: EducationPath[] = [{ level: 'university_3y', plusExperienceYears: 0 }];
const UNIVERSITY_4Y_OR_3Y_PLUS_1: EducationPath[] = [
  { level: 'university_4y', plusExperienceYears: 0 },
  { level: 'university_3y', plusExperienceYears: 1 },
];

const SILENT = "The notice doesn't state the education required, so the legal minimum";

export function requiredEducation(notice: NoticeFields): EducationLookup {
  if (notice.education) return { requirement: fromNotice(notice) };
  switch (notice.staffCategory) {
    case 'contract_agent':
      return contractAgentMinimum(notice);
    case 'official':
    case 'temporary_agent':
      return staffRegulationsMinimum(notice);
    case null:
      return {
        unknownReason:
          "The notice doesn't state the education required, and its staff category couldn't be read, so the legal minimum can't be worked out.",
      };
    default:
      return {
        unknownReason: `The notice doesn't state the education required, and there is no general legal minimum to fall back on for ${categoryWords(notice.staffCategory)}.`,
      };
  }
}

function fromNotice(notice: NoticeFields): EducationRequirement {
  const { level, alternative } = notice.education!;
  const paths: EducationPath[] = [{ level, plusExperienceYears: 0 }];
  if (alternative)
    paths.push({ level: alternative.level, plusExperienceYears: alternative.plusExperienceYears });
  return { paths, fallbackReason: null, evidenceField: 'education', stricter: null };
}

/** CEOS Art. 82(2). */
function contractAgentMinimum(notice: NoticeFields): EducationLookup {
  const byGroup: Partial<Record<string, [EducationPath[], string]>> = {
    FGI: [[{ level: 'compulsory', plusExperienceYears: 0 }], 'FG I contract agents (CEOS Art. 82(2)(a))'],
    FGII: [POST_SECONDARY_OR_SECONDARY_PLUS_3, 'FG II contract agents (CEOS Art. 82(2)(b))'],
    FGIII: [POST_SECONDARY_OR_SECONDARY_PLUS_3, 'FG III contract agents (CEOS Art. 82(2)(b))'],
    FGIV: [UNIVERSITY_3Y, 'FG IV contract agents (CEOS Art. 82(2)(c))'],
  };
  const found = notice.functionGroup ? byGroup[notice.functionGroup] : undefined;
  if (!found) {
    return {
      unknownReason:
        "The notice doesn't state the education required, and no contract-agent function group (FG I–IV) could be read, so the legal minimum can't be worked out.",
    };
  }
  return { requirement: fallback(found[0], `${SILENT} for ${found[1]} applies.`, 'functionGroup') };
}

/** Staff Regulations Art. 5(3), which applies to temporary agents too. */
function staffRegulationsMinimum(notice: NoticeFields): EducationLookup {
  const group = notice.functionGroup ?? groupFromGrades(notice.grades);
  if (group === 'AST' || group === 'AST/SC') {
    return {
      requirement: fallback(
        POST_SECONDARY_OR_SECONDARY_PLUS_3,
        `${SILENT} for ${group} posts (Staff Regulations Art. 5(3)(a)) applies.`,
        'functionGroup',
      ),
    };
  }
  if (group === 'AD') return { requirement: administratorMinimum(notice.grades) };
  return {
    unknownReason:
      "The notice doesn't state the education required, and no function group (AD, AST or AST/SC) could be read, so the legal minimum can't be worked out.",
  };
}

/** Art. 5(3)(b) for AD5–AD6, (c) for AD7 and above; the lowest grade offered decides. */
function administratorMinimum(grades: string[]): EducationRequirement {
  const adGrades = grades.filter((grade) => grade.startsWith('AD')).map((grade) => Number(grade.slice(2)));
  if (adGrades.length === 0) {
    return {
      ...fallback(
        UNIVERSITY_3Y,
        `${SILENT} for AD5–AD6 (Staff Regulations Art. 5(3)(b)) applies; the notice names no grade.`,
        'functionGroup',
      ),
      stricter: {
        paths: UNIVERSITY_4Y_OR_3Y_PLUS_1,
        reason:
          "If the post is AD7 or above, you'd need a 4-year degree, or a 3-year degree + 1 year's experience (Art. 5(3)(c)).",
      },
    };
  }
  const lowest = Math.min(...adGrades);
  return lowest <= 6
    ? fallback(UNIVERSITY_3Y, `${SILENT} for AD${lowest} (Staff Regulations Art. 5(3)(b)) applies.`, 'grades')
    : fallback(
        UNIVERSITY_4Y_OR_3Y_PLUS_1,
        `${SILENT} for AD${lowest} (Staff Regulations Art. 5(3)(c)) applies.`,
        'grades',
      );
}

function fallback(
  paths: EducationPath[],
  reason: string,
  evidenceField: keyof NoticeFields,
): EducationRequirement {
  return { paths, fallbackReason: reason, evidenceField, stricter: null };
}

function groupFromGrades(grades: string[]): string | null {
  if (grades.some((grade) => grade.startsWith('SC'))) return 'AST/SC';
  if (grades.some((grade) => grade.startsWith('AST'))) return 'AST';
  if (grades.some((grade) => grade.startsWith('AD'))) return 'AD';
  return null;
}

function categoryWords(category: NonNullable<NoticeFields['staffCategory']>): string {
  const words: Record<string, string> = {
    seconded_national_expert: 'seconded national experts',
    trainee: 'traineeships',
    other: 'this kind of post',
  };
  return words[category] ?? category;
}
