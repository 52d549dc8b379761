/**
 * What things are called when a notice and a verdict are shown to a person: the CLI summary
 * and the extension's card and popup use these tables, so both say the same thing the same way.
 * Pure: no DOM, no Preact.
 */
import { BRUSSELS, formatInstant } from '../time/format';
import type { CriterionId, CriterionKind, CriterionStatus, Overall } from '../eligibility/types';
import type {
  Education,
  EducationLevel,
  FieldName,
  FunctionGroup,
  LanguageRequirement,
  StaffCategory,
} from './schema';

export const STAFF_CATEGORY_LABELS: Record<StaffCategory, string> = {
  contract_agent: 'Contract agent',
  temporary_agent: 'Temporary agent',
  official: 'Official',
  seconded_national_expert: 'Seconded national expert',
  trainee: 'Trainee',
  other: 'Other',
};

/** Lower case: they are used inside sentences ("a post-secondary diploma, or …"). */
export const EDUCATION_LEVEL_LABELS: Record<EducationLevel, string> = {
  compulsory: 'compulsory education',
  secondary: 'secondary diploma',
  post_secondary: 'post-secondary diploma',
  university_3y: 'university degree (≥ 3 years)',
  university_4y: 'university degree (≥ 4 years)',
  doctorate: 'doctorate',
};

/** As notices write them ("FG III"); the data keeps the compact code ("FGIII"). */
export const FUNCTION_GROUP_LABELS: Record<FunctionGroup, string> = {
  FGI: 'FG I',
  FGII: 'FG II',
  FGIII: 'FG III',
  FGIV: 'FG IV',
  AD: 'AD',
  AST: 'AST',
  'AST/SC': 'AST/SC',
};

export const VERDICT_LABELS: Record<Overall, string> = {
  eligible: 'Eligible',
  not_eligible: 'Not eligible',
  check: 'Check',
  closed: 'Closed',
};

/** Never shown alone: always beside STATUS_LABELS, so the status does not rest on a symbol or a colour. */
export const STATUS_SYMBOLS: Record<CriterionStatus, string> = {
  met: '✓',
  not_met: '✗',
  attention: '!',
  unknown: '?',
};

export const STATUS_LABELS: Record<CriterionStatus, string> = {
  met: 'Met',
  not_met: 'Not met',
  attention: 'Check',
  unknown: 'Unknown',
};

export const CRITERION_KIND_HEADINGS: Record<CriterionKind, string> = {
  eligibility: "Eligibility (the notice's hard rules)",
  selection: 'Selection criteria',
};

export const CRITERION_LABELS: Record<CriterionId, string> = {
  deadline: 'Deadline',
  citizenship: 'Citizenship',
  education: 'Education',
  languages: 'Languages',
  cast: 'EPSO CAST',
  experience: 'Professional experience',
  security_clearance: 'Security clearance',
  vetting: 'Security vetting',
  underrepresented: 'Under-represented nationality',
};

/** Names of the notice fields, as in "Show where 'Deadline' comes from". */
export const FIELD_LABELS: Record<FieldName, string> = {
  isNotice: 'Vacancy notice',
  title: 'Title',
  reference: 'Reference',
  institution: 'Institution',
  department: 'Department',
  location: 'Place',
  staffCategory: 'Staff category',
  contractArticles: 'Contract article',
  functionGroup: 'Function group',
  grades: 'Grades',
  deadline: 'Deadline',
  education: 'Education',
  experienceYears: 'Experience',
  experienceRequired: 'Experience',
  languages: 'Languages',
  securityClearance: 'Security clearance',
  castRequired: 'EPSO CAST',
  firstContractYears: 'First contract',
  underrepresentedStates: 'Under-represented member states',
  contactEmail: 'Contact',
  unit: 'Unit',
  domain: 'Domain',
  probationMonths: 'Probation',
  deadlineZone: 'Deadline time zone',
  requirements: 'Requirements',
};

/** The label of a field name that may come from outside (a message, a stored record). */
export function fieldLabel(field: string): string {
  return Object.hasOwn(FIELD_LABELS, field) ? FIELD_LABELS[field as FieldName] : field;
}

/** "Art. 3a, 3b"; "" when the notice names none. */
export function formatContractArticles(articles: readonly string[]): string {
  return articles.length ? `Art. ${articles.join(', ')}` : '';
}

/**
 * Grades as a person reads them: runs of three or more collapse into a range.
 *
 * @example
 * formatGrades(['AST1', 'AST2', 'AST3', 'AST4']) // → 'AST 1–4'
 * formatGrades(['CA13', 'CA14', 'CA16'])         // → 'CA 13, 14, 16'
 */
export function formatGrades(grades: readonly string[]): string {
  const byPrefix = new Map<string, number[]>();
  for (const grade of grades) {
    const match = /^([A-Z]+)(\d+)$/.exec(grade);
    if (!match) continue;
    const numbers = byPrefix.get(match[1]) ?? [];
    numbers.push(Number(match[2]));
    byPrefix.set(match[1], numbers);
  }
  const groups: string[] = [];
  for (const [prefix, numbers] of byPrefix) {
    const sorted = [...new Set(numbers)].sort((a, b) => a - b);
    const runs: string[] = [];
    for (let i = 0; i < sorted.length;) {
      let j = i;
      while (j + 1 < sorted.length && sorted[j + 1] === sorted[j] + 1) j += 1;
      if (j - i >= 2) runs.push(`${sorted[i]}–${sorted[j]}`);
      else for (let k = i; k <= j; k += 1) runs.push(String(sorted[k]));
      i = j + 1;
    }
    groups.push(`${prefix} ${runs.join(', ')}`);
  }
  return groups.join('; ');
}

/** "post-secondary diploma, or secondary diploma + 3 years' experience". */
export function describeEducation(education: Education): string {
  const main = EDUCATION_LEVEL_LABELS[education.level];
  const alt = education.alternative;
  return alt
    ? `${main}, or ${EDUCATION_LEVEL_LABELS[alt.level]} + ${alt.plusExperienceYears} years' experience`
    : main;
}

/** "any EU language C1; FR or DE B2"; "" when the notice names none. */
export function describeLanguages(languages: readonly LanguageRequirement[]): string {
  return languages
    .map((l) => `${l.language === 'any' ? 'any EU language' : l.language.replace(/\|/g, ' or ')} ${l.level}`)
    .join('; ');
}

/** A field's value as a person reads it: deadlines in Brussels time, vocabularies by their labels. */
export function displayValue(field: string, value: string): string {
  // Only a real ISO instant is reformatted: Date.parse accepts far too much (hostile text included).
  if (field === 'deadline' && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:\d{2})$/.test(value))
    return `${formatInstant(Date.parse(value), BRUSSELS)} Brussels time`;
  if (field === 'staffCategory' && value in STAFF_CATEGORY_LABELS)
    return STAFF_CATEGORY_LABELS[value as StaffCategory];
  if (field === 'functionGroup' && value in FUNCTION_GROUP_LABELS)
    return FUNCTION_GROUP_LABELS[value as FunctionGroup];
  return value;
}
