/** Eligibility of a candidate for a notice: one rule per criterion, in rules/. */
export { evaluateEligibility, overallVerdict } from './evaluate';
export {
  countExperienceYears,
  measureExperience,
  DOCTORATE_CREDIT_YEARS,
  type ExperienceCount,
  type ExperienceOptions,
} from './experience-years';
export { meetsYears, DAYS_PER_YEAR } from './dates';
export { requiredEducation, type EducationRequirement, type EducationLookup } from './minimum-education';
export { assignLanguages } from './language-matching';
export { effectiveLevel } from './levels';
export type {
  Criterion,
  CriterionId,
  CriterionKind,
  CriterionStatus,
  EligibilityResult,
  Overall,
  EducationPath,
  QualifyingDiploma,
} from './types';
