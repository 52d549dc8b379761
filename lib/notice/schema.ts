/**
 * The notice fields: names and value vocabularies (see seeds/SCHEMA.md and
 * tests/fixtures/CONVENTIONS.md). This file is the contract between the reader,
 * the eligibility engine, storage and the UI; every boundary validates with it.
 */
import { z } from 'zod';

export const STAFF_CATEGORIES = [
  'contract_agent',
  'temporary_agent',
  'official',
  'seconded_national_expert',
  'trainee',
  'other',
] as const;
export const EDUCATION_LEVELS = [
  'compulsory',
  'secondary',
  'post_secondary',
  'university_3y',
  'university_4y',
  'doctorate',
] as const;
export const CLEARANCE_VALUES = [
  'vetting',
  'unspecified',
  'EU CONFIDENTIAL',
  'EU SECRET',
  'EU TOP SECRET',
] as const;
export const CEFR_LEVELS = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2'] as const;
export const FUNCTION_GROUPS = ['FGI', 'FGII', 'FGIII', 'FGIV', 'AD', 'AST', 'AST/SC'] as const;

export const staffCategorySchema = z.enum(STAFF_CATEGORIES);
export const educationLevelSchema = z.enum(EDUCATION_LEVELS);
export const cefrLevelSchema = z.enum(CEFR_LEVELS);
export const functionGroupSchema = z.enum(FUNCTION_GROUPS);

export const educationSchema = z.object({
  level: educationLevelSchema,
  alternative: z.object({ level: educationLevelSchema, plusExperienceYears: z.number().min(0) }).nullable(),
});

/** "any" or ISO 639-1 upper case, or a choice "FR|DE". */
export const languageRequirementSchema = z.object({
  language: z.string().regex(/^(any|[A-Z]{2}(\|[A-Z]{2})*)$/),
  level: cefrLevelSchema,
});

export const requirementSchema = z.object({
  text: z.string(),
  kind: z.enum(['essential', 'asset', 'unspecified']),
  start: z.number().int().min(0),
  end: z.number().int().min(0),
});

/** Exactly the fields of seeds/*.expected.json, plus the extras the UI shows. */
export const noticeFieldsSchema = z.object({
  isNotice: z.boolean(),
  title: z.string().nullable(),
  reference: z.string().nullable(),
  institution: z.string().nullable(),
  department: z.string().nullable(),
  location: z.string().nullable(),
  staffCategory: staffCategorySchema.nullable(),
  contractArticles: z.array(z.string().regex(/^[0-9][a-z]$/)),
  functionGroup: functionGroupSchema.nullable(),
  grades: z.array(z.string().regex(/^(AD|AST|SC|CA)\d{1,2}$/)),
  /** ISO 8601 local time with the offset in force at the stated place. */
  deadline: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/)
    .nullable(),
  education: educationSchema.nullable(),
  experienceYears: z.number().min(0).nullable(),
  experienceRequired: z.boolean(),
  languages: z.array(languageRequirementSchema),
  securityClearance: z.enum(CLEARANCE_VALUES).nullable(),
  castRequired: z.boolean(),
  firstContractYears: z.number().min(0).nullable(),
  underrepresentedStates: z.array(z.string().regex(/^[A-Z]{2}$/)),
  contactEmail: z.string().nullable(),
  // Extras (not in expected.json).
  unit: z.string().nullable(),
  domain: z.string().nullable(),
  probationMonths: z.number().min(0).nullable(),
  /** IANA zone the deadline was read in, e.g. "Europe/Brussels". */
  deadlineZone: z.string().nullable(),
  requirements: z.array(requirementSchema),
});

export type NoticeFields = z.infer<typeof noticeFieldsSchema>;
export type StaffCategory = z.infer<typeof staffCategorySchema>;
export type EducationLevel = z.infer<typeof educationLevelSchema>;
export type CefrLevel = z.infer<typeof cefrLevelSchema>;
export type FunctionGroup = z.infer<typeof functionGroupSchema>;
export type Education = z.infer<typeof educationSchema>;
export type LanguageRequirement = z.infer<typeof languageRequirementSchema>;
export type Requirement = z.infer<typeof requirementSchema>;

/** The fields compared by the golden tests (exactly those of expected.json). */
export const EXPECTED_FIELDS = [
  'isNotice',
  'title',
  'reference',
  'institution',
  'department',
  'location',
  'staffCategory',
  'contractArticles',
  'functionGroup',
  'grades',
  'deadline',
  'education',
  'experienceYears',
  'experienceRequired',
  'languages',
  'securityClearance',
  'castRequired',
  'firstContractYears',
  'underrepresentedStates',
  'contactEmail',
] as const;
export type FieldName = keyof NoticeFields;

/** Where a value came from: offsets into the ORIGINAL text (not the normalised one). */
export const evidenceSchema = z.object({
  start: z.number().int().min(0),
  end: z.number().int().min(0),
  quote: z.string(),
  page: z.number().int().min(1).optional(),
  note: z.string().optional(),
});
export type Evidence = z.infer<typeof evidenceSchema>;

export const detectionSchema = z.object({
  isNotice: z.boolean(),
  score: z.number(),
  signals: z.array(z.string()),
  /** The same signals as data: name, family, weight and the text that carried it. */
  weights: z
    .array(z.object({ signal: z.string(), family: z.string(), weight: z.number(), quote: z.string() }))
    .optional(),
});
export type Detection = z.infer<typeof detectionSchema>;

export const analysisSchema = z.object({
  notice: noticeFieldsSchema.nullable(),
  evidence: z.record(z.string(), evidenceSchema),
  /** Why a field is null / empty when the reader could not decide. */
  missing: z.record(z.string(), z.string()),
  detection: detectionSchema,
});
export type Analysis = z.infer<typeof analysisSchema>;
