/**
 * The options form's own state and its conversion to and from a profile. Pure: no DOM, no
 * storage. Inputs hold strings (what a form control holds); `toProfileInput` turns them into
 * the JSON shape `parseProfile` validates, so every rule and message stays in lib/profile.
 */
import { effectiveLevel } from '../../lib/eligibility/levels';
import type { CefrLevel, EducationLevel } from '../../lib/notice/schema';
import {
  parseProfile,
  type CastFunctionGroup,
  type ClearanceLevel,
  type EuStaffStatus,
  type FieldError,
  type Profile,
} from '../../lib/profile';
import { FIELD_LABELS, ROW_NOUNS, SECTION_TITLES } from './labels';

/** A yes/no question nobody has answered yet is '' (never silently "no"). */
export type YesNo = '' | 'yes' | 'no';

interface Row {
  /** Stable identity for rendering; not part of the profile. */
  key: string;
}

export interface NationalityRow extends Row {
  code: string;
}

export interface DiplomaRow extends Row {
  level: EducationLevel | '';
  field: string;
  awarded: string;
  recognisedInEU: YesNo;
}

export interface ExperienceRow extends Row {
  from: string;
  to: string;
  ongoing: boolean;
  /** Percent, as typed: "100", "60", "12.5". The profile stores a share (0.6). */
  fullTimePercent: string;
  paid: YesNo;
  /** Comma-separated, as typed. */
  domains: string;
  description: string;
}

export interface LanguageRow extends Row {
  language: string;
  understanding: CefrLevel | '';
  speaking: CefrLevel | '';
  writing: CefrLevel | '';
}

export interface CastRow extends Row {
  functionGroup: CastFunctionGroup | '';
  status: 'registered' | 'passed' | '';
  testDate: string;
}

export interface SecurityState {
  /** '' not answered, 'none' no clearance. */
  level: ClearanceLevel | 'none' | '';
  expires: string;
  willingToBeVetted: YesNo;
}

export interface ProfileFormState {
  nationalities: NationalityRow[];
  diplomas: DiplomaRow[];
  experience: ExperienceRow[];
  languages: LanguageRow[];
  cast: CastRow[];
  security: SecurityState;
  euStaffStatus: EuStaffStatus;
}

export type RowSection = 'nationalities' | 'diplomas' | 'experience' | 'languages' | 'cast';

let keyCounter = 0;
function nextKey(): string {
  keyCounter += 1;
  return `row-${keyCounter}`;
}

export const newRow = {
  nationalities: (): NationalityRow => ({ key: nextKey(), code: '' }),
  diplomas: (): DiplomaRow => ({ key: nextKey(), level: '', field: '', awarded: '', recognisedInEU: '' }),
  experience: (): ExperienceRow => ({
    key: nextKey(),
    from: '',
    to: '',
    ongoing: false,
    fullTimePercent: '100',
    paid: '',
    domains: '',
    description: '',
  }),
  languages: (): LanguageRow => ({
    key: nextKey(),
    language: '',
    understanding: '',
    speaking: '',
    writing: '',
  }),
  cast: (): CastRow => ({ key: nextKey(), functionGroup: '', status: '', testDate: '' }),
} satisfies Record<RowSection, () => Row>;

export function emptyFormState(): ProfileFormState {
  return {
    nationalities: [],
    diplomas: [],
    experience: [],
    languages: [],
    cast: [],
    security: { level: '', expires: '', willingToBeVetted: '' },
    euStaffStatus: 'none',
  };
}

function yesNo(value: boolean): YesNo {
  return value ? 'yes' : 'no';
}

/** 0.6 → "60" (rounded, so 0.6 * 100 does not show as 60.00000000000001). */
function toPercent(share: number): string {
  return String(Math.round(share * 100 * 1000) / 1000);
}

export function toFormState(profile: Profile): ProfileFormState {
  const clearance = profile.securityClearance;
  return {
    nationalities: profile.nationalities.map((code) => ({ key: nextKey(), code })),
    diplomas: profile.diplomas.map((d) => ({
      key: nextKey(),
      level: d.level,
      field: d.field,
      awarded: d.awarded,
      recognisedInEU: yesNo(d.recognisedInEU),
    })),
    experience: profile.experience.map((e) => ({
      key: nextKey(),
      from: e.from,
      to: e.to ?? '',
      ongoing: e.to === null,
      fullTimePercent: toPercent(e.fullTimeShare),
      paid: yesNo(e.paid),
      domains: e.domains.join(', '),
      description: e.description,
    })),
    languages: profile.languages.map((l) => ({
      key: nextKey(),
      language: l.language,
      understanding: l.understanding,
      speaking: l.speaking,
      writing: l.writing,
    })),
    cast: profile.cast.map((c) => ({
      key: nextKey(),
      functionGroup: c.functionGroup,
      status: c.status,
      testDate: c.testDate ?? '',
    })),
    security:
      clearance === null
        ? { level: '', expires: '', willingToBeVetted: '' }
        : {
            level: clearance.level ?? 'none',
            expires: clearance.expires ?? '',
            willingToBeVetted: yesNo(clearance.willingToBeVetted),
          },
    euStaffStatus: profile.euStaffStatus,
  };
}

/** Empty means "not answered": undefined, so the schema says "Required." */
function required(value: string): string | undefined {
  return value.trim() === '' ? undefined : value;
}

function optionalDate(value: string): string | null {
  return value.trim() === '' ? null : value;
}

function toBoolean(value: YesNo): boolean | undefined {
  return value === '' ? undefined : value === 'yes';
}

/** "60" → 0.6, "60,5" → 0.605; "" → undefined (required); junk → NaN (rejected by the schema). */
function toShare(percent: string): number | undefined {
  const text = percent.trim().replace(',', '.').replace(/%$/, '').trim();
  if (text === '') return undefined;
  return Number(text) / 100;
}

function splitDomains(text: string): string[] {
  return text
    .split(',')
    .map((d) => d.trim())
    .filter((d) => d !== '');
}

function clearanceLevel(s: SecurityState): ClearanceLevel | null | undefined {
  if (s.level === 'none') return null;
  if (s.level === '') return s.expires.trim() === '' ? null : undefined;
  return s.level;
}

/** The JSON that parseProfile validates. Not validated here. */
export function toProfileInput(state: ProfileFormState): Record<string, unknown> {
  const s = state.security;
  const securityUntouched = s.level === '' && s.expires.trim() === '' && s.willingToBeVetted === '';
  return {
    nationalities: state.nationalities.map((n) => required(n.code)),
    diplomas: state.diplomas.map((d) => ({
      level: required(d.level),
      // The field of study is not an eligibility rule: optional, stored as "" when not given.
      field: d.field.trim(),
      awarded: required(d.awarded),
      recognisedInEU: toBoolean(d.recognisedInEU),
    })),
    experience: state.experience.map((e) => ({
      from: required(e.from),
      to: e.ongoing ? null : required(e.to),
      fullTimeShare: toShare(e.fullTimePercent),
      paid: toBoolean(e.paid),
      domains: splitDomains(e.domains),
      description: e.description.trim(),
    })),
    languages: state.languages.map((l) => ({
      language: required(l.language),
      understanding: required(l.understanding),
      speaking: required(l.speaking),
      writing: required(l.writing),
    })),
    cast: state.cast.map((c) => ({
      functionGroup: required(c.functionGroup),
      status: required(c.status),
      testDate: optionalDate(c.testDate),
    })),
    // Not filled in at all stays null ("unknown"), which is different from "no clearance".
    // The level may stay empty (the form says so): then no clearance is held, unless an expiry
    // date was given, which only makes sense with a level, so the level is asked for.
    securityClearance: securityUntouched
      ? null
      : {
          level: clearanceLevel(s),
          expires: s.level === 'none' ? null : optionalDate(s.expires),
          willingToBeVetted: toBoolean(s.willingToBeVetted),
        },
    euStaffStatus: state.euStaffStatus,
  };
}

export type FormValidation = { ok: true; profile: Profile } | { ok: false; errors: FieldError[] };

/**
 * Validates the form with lib/profile's schema. The only rewording: the form asks for a
 * percentage where the profile stores a share, so the share messages are put in percent.
 */
export function validateForm(state: ProfileFormState): FormValidation {
  const result = parseProfile(toProfileInput(state));
  if (result.ok) return result;
  return {
    ok: false,
    errors: result.errors.map((error) =>
      /\.fullTimeShare$/.test(error.path) && error.message !== 'Required.'
        ? { ...error, message: 'Write a percentage above 0 and at most 100, e.g. 100 or 50.' }
        : error,
    ),
  };
}

/**
 * The form field an error belongs to: "experience.0.domains.2" → "experience.0.domains"
 * (the domains are one text box). Returns null for errors about the whole profile.
 */
export function fieldKeyOf(path: string): string | null {
  const parts = path === '' ? [] : path.split('.');
  const [section] = parts;
  if (section === undefined) return null;
  if (section === 'securityClearance') return parts.slice(0, 2).join('.');
  if (section === 'euStaffStatus') return section;
  if (section in ROW_NOUNS) return parts.length >= 2 ? parts.slice(0, 3).join('.') : null;
  return null;
}

/** The DOM id of a field's control: "diplomas.0.awarded" → "profile-diplomas-0-awarded". */
export function fieldId(fieldKey: string): string {
  return `profile-${fieldKey.replace(/\./g, '-')}`;
}

/** Messages grouped by field key, for the inline messages. */
export function errorsByField(errors: readonly FieldError[]): Map<string, string[]> {
  const byField = new Map<string, string[]>();
  for (const error of errors) {
    const key = fieldKeyOf(error.path);
    if (key === null) continue;
    byField.set(key, [...(byField.get(key) ?? []), error.message]);
  }
  return byField;
}

/**
 * Where an error is, for people: "diplomas.1.awarded" → "Diploma 2 › Date awarded".
 * Unknown paths (from a hand-edited import file) are shown as they are.
 */
export function describePath(path: string): string {
  if (path === '') return 'Profile';
  const [section, index, field] = path.split('.');
  if (section === 'euStaffStatus') return SECTION_TITLES.euStaffStatus;
  if (section === 'securityClearance') {
    const labels: Record<string, string> = FIELD_LABELS.securityClearance;
    return index === undefined
      ? SECTION_TITLES.securityClearance
      : `${SECTION_TITLES.securityClearance} › ${labels[index] ?? index}`;
  }
  if (section in ROW_NOUNS) {
    const name = section as RowSection;
    if (index === undefined || !/^\d+$/.test(index)) return SECTION_TITLES[name];
    const row = `${ROW_NOUNS[name]} ${Number(index) + 1}`;
    if (field === undefined) return row;
    const labels: Record<string, string> = name === 'nationalities' ? {} : FIELD_LABELS[name];
    return `${row} › ${labels[field] ?? field}`;
  }
  return path;
}

/** EPSO counts the lowest of understanding, speaking and writing; null until all three are set. */
export function effectiveLevelOf(
  row: Pick<LanguageRow, 'understanding' | 'speaking' | 'writing'>,
): CefrLevel | null {
  const { understanding, speaking, writing } = row;
  if (understanding === '' || speaking === '' || writing === '') return null;
  return effectiveLevel({ language: '', understanding, speaking, writing });
}

/** What the user typed, without row keys: equal fingerprints mean nothing to save. */
export function fingerprint(state: ProfileFormState): string {
  return JSON.stringify(state, (name, value: unknown) => (name === 'key' ? undefined : value));
}
