/**
 * What the options page calls things. One table, so the form, the error summary and the
 * import report use the same words for the same field.
 */
import type { EducationLevel } from '../../lib/notice/schema';
import type { CastFunctionGroup, ClearanceLevel, EuStaffStatus } from '../../lib/profile';

export const EDUCATION_LEVEL_LABELS: Record<EducationLevel, string> = {
  compulsory: 'Compulsory education',
  secondary: 'Secondary diploma giving access to post-secondary',
  post_secondary: 'Post-secondary diploma',
  university_3y: 'University ≥ 3 years',
  university_4y: 'University ≥ 4 years',
  doctorate: 'Doctorate',
};

export const FUNCTION_GROUP_LABELS: Record<CastFunctionGroup, string> = {
  FGI: 'FG I',
  FGII: 'FG II',
  FGIII: 'FG III',
  FGIV: 'FG IV',
};

export const CAST_STATUS_LABELS = { registered: 'Registered', passed: 'Passed' } as const;

export const CLEARANCE_LEVEL_LABELS: Record<ClearanceLevel, string> = {
  'EU CONFIDENTIAL': 'EU CONFIDENTIAL',
  'EU SECRET': 'EU SECRET',
  'EU TOP SECRET': 'EU TOP SECRET',
};

export const EU_STAFF_STATUS_LABELS: Record<EuStaffStatus, string> = {
  none: 'Not EU staff',
  official: 'Official (permanent EU civil servant)',
  temporary_agent: 'Temporary agent',
  contract_agent: 'Contract agent',
  laureate: 'Laureate of an EPSO competition (on a reserve list)',
};

/** Section names, singular, as in "Diploma 2 › Date awarded". */
export const ROW_NOUNS = {
  nationalities: 'Nationality',
  diplomas: 'Diploma',
  experience: 'Experience',
  languages: 'Language',
  cast: 'CAST result',
} as const;

export const FIELD_LABELS = {
  diplomas: {
    level: 'Level',
    field: 'Field of study',
    awarded: 'Date awarded',
    recognisedInEU: 'Recognised in an EU member state',
  },
  experience: {
    from: 'From',
    to: 'To',
    fullTimeShare: 'Full-time share',
    paid: 'Paid',
    domains: 'Domains',
    description: 'Description',
  },
  languages: {
    language: 'Language',
    understanding: 'Understanding',
    speaking: 'Speaking',
    writing: 'Writing',
  },
  cast: { functionGroup: 'Function group', status: 'Status', testDate: 'Test date' },
  securityClearance: {
    level: 'Clearance level',
    expires: 'Expires on',
    willingToBeVetted: 'Willing to be security vetted',
  },
} as const;

export const SECTION_TITLES = {
  nationalities: 'Nationalities',
  diplomas: 'Diplomas',
  experience: 'Professional experience',
  languages: 'Languages',
  cast: 'EPSO CAST results',
  securityClearance: 'Security clearance',
  euStaffStatus: 'EU staff status',
} as const;
