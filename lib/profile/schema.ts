/**
 * The candidate profile. Messages are written for people: the options form shows them
 * beside the field they belong to.
 */
import { z } from 'zod';
import { CEFR_LEVELS, EDUCATION_LEVELS } from '../notice/schema';
import { realDate } from '../time/calendar';
import { COUNTRY_ALIASES, COUNTRY_CODES, LANGUAGE_CODES } from './codes';

export const CAST_FUNCTION_GROUPS = ['FGI', 'FGII', 'FGIII', 'FGIV'] as const;
export const CAST_STATUSES = ['registered', 'passed'] as const;
export const CLEARANCE_LEVELS = ['EU CONFIDENTIAL', 'EU SECRET', 'EU TOP SECRET'] as const;
export const EU_STAFF_STATUSES = [
  'none',
  'official',
  'temporary_agent',
  'contract_agent',
  'laureate',
] as const;

/** "Required." when the field is absent, otherwise the specific message. */
function message(whenInvalid: string) {
  return (issue: { input?: unknown }) => (issue.input === undefined ? 'Required.' : whenInvalid);
}

function oneOf(values: readonly string[]): string {
  return `Choose one of: ${values.join(', ')}.`;
}

/** The shared rule for dates (lib/time/calendar.ts): a day that exists, never 2026-02-30. */
const isoDate = realDate(
  z.iso.date({ error: message('Use a real date written like 2019-07-15.') }),
  'Use a real date written like 2019-07-15.',
);
const cefrLevel = z.enum(CEFR_LEVELS, { error: message('Choose a CEFR level: A1, A2, B1, B2, C1 or C2.') });

/** Accepts lower case and the EU's own codes (EL, UK); stores ISO 3166-1 alpha-2. */
export const nationalitySchema = z
  .string({ error: message('Write a two-letter country code, e.g. PT.') })
  .transform((raw) => raw.trim().toUpperCase())
  .transform((code) => COUNTRY_ALIASES[code] ?? code)
  .refine((code) => COUNTRY_CODES.has(code), {
    error: (issue) => `"${String(issue.input)}" is not an ISO 3166-1 country code (e.g. PT, DE, GR).`,
  });

export const diplomaSchema = z.object({
  level: z.enum(EDUCATION_LEVELS, { error: message(oneOf(EDUCATION_LEVELS)) }),
  field: z.string({ error: message('Write the field of study.') }).trim(),
  awarded: isoDate,
  recognisedInEU: z.boolean({
    error: message('Say whether the diploma was issued or recognised by an EU member state.'),
  }),
});

export const experiencePeriodSchema = z
  .object({
    from: isoDate,
    /** null while the job is ongoing. */
    to: isoDate.nullable(),
    fullTimeShare: z
      .number({ error: message('Write the share of full time as a number, e.g. 1 or 0.5.') })
      .gt(0, { error: 'The share of full time must be more than 0.' })
      .max(1, { error: 'The share of full time cannot be more than 1 (full time).' }),
    paid: z.boolean({ error: message('Say whether the work was paid.') }),
    domains: z.array(z.string().trim(), { error: message('List the domains as text.') }).default([]),
    description: z.string({ error: message('Describe the work in a few words.') }).default(''),
  })
  .refine((period) => period.to === null || period.to >= period.from, {
    error: 'The end date is before the start date.',
    path: ['to'],
  });

export const languageSkillSchema = z.object({
  language: z
    .string({ error: message('Write a two-letter language code, e.g. EN.') })
    .transform((raw) => raw.trim().toUpperCase())
    .refine((code) => LANGUAGE_CODES.has(code), {
      error: (issue) => `"${String(issue.input)}" is not an ISO 639-1 language code (e.g. EN, FR, EL).`,
    }),
  understanding: cefrLevel,
  speaking: cefrLevel,
  writing: cefrLevel,
});

export const castResultSchema = z.object({
  functionGroup: z.enum(CAST_FUNCTION_GROUPS, { error: message(oneOf(CAST_FUNCTION_GROUPS)) }),
  status: z.enum(CAST_STATUSES, { error: message('Choose "registered" or "passed".') }),
  testDate: isoDate.nullable().default(null),
});

export const securityClearanceSchema = z.object({
  level: z
    .enum(CLEARANCE_LEVELS, { error: message(`${oneOf(CLEARANCE_LEVELS)} Or leave it empty.`) })
    .nullable(),
  expires: isoDate.nullable().default(null),
  willingToBeVetted: z.boolean({ error: message('Say whether you are willing to be security vetted.') }),
});

/**
 * Sections default to empty: a half-filled profile is still saved, and the eligibility
 * check says what is missing instead of guessing.
 */
export const profileSchema = z
  .object(
    {
      nationalities: z.array(nationalitySchema, { error: message('List your nationalities.') }).default([]),
      diplomas: z.array(diplomaSchema, { error: message('List your diplomas.') }).default([]),
      experience: z
        .array(experiencePeriodSchema, { error: message('List your work experience.') })
        .default([]),
      languages: z.array(languageSkillSchema, { error: message('List your languages.') }).default([]),
      cast: z.array(castResultSchema, { error: message('List your EPSO CAST results.') }).default([]),
      /** null: not filled in yet (different from "no clearance"). */
      securityClearance: securityClearanceSchema.nullable().default(null),
      euStaffStatus: z.enum(EU_STAFF_STATUSES, { error: message(oneOf(EU_STAFF_STATUSES)) }).default('none'),
    },
    {
      error:
        'A profile is a set of sections (nationalities, diplomas, experience, languages, …); this is not one.',
    },
  )
  .superRefine((profile, ctx) => {
    reportDuplicates(profile.nationalities, ['nationalities'], 'is listed twice', ctx);
    reportDuplicates(
      profile.languages.map((skill) => skill.language),
      ['languages'],
      'is listed twice; keep one entry per language',
      ctx,
      'language',
    );
  });

/** Duplicates would make a language look like two and let it fill two requirements. */
function reportDuplicates(
  values: string[],
  basePath: string[],
  problem: string,
  ctx: z.RefinementCtx,
  leaf?: string,
): void {
  const seen = new Set<string>();
  values.forEach((value, index) => {
    if (seen.has(value)) {
      ctx.addIssue({
        code: 'custom',
        message: `${value} ${problem}.`,
        path: leaf ? [...basePath, index, leaf] : [...basePath, index],
      });
    }
    seen.add(value);
  });
}

export type Profile = z.output<typeof profileSchema>;
export type ProfileInput = z.input<typeof profileSchema>;
export type Diploma = z.output<typeof diplomaSchema>;
export type ExperiencePeriod = z.output<typeof experiencePeriodSchema>;
export type LanguageSkill = z.output<typeof languageSkillSchema>;
export type CastResult = z.output<typeof castResultSchema>;
export type SecurityClearance = z.output<typeof securityClearanceSchema>;
export type ClearanceLevel = (typeof CLEARANCE_LEVELS)[number];
export type CastFunctionGroup = (typeof CAST_FUNCTION_GROUPS)[number];
export type EuStaffStatus = (typeof EU_STAFF_STATUSES)[number];
