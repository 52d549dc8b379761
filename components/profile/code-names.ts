/**
 * Country and language names for the pickers: the codes come from lib/profile, the names
 * from the runtime's own ICU data (Intl.DisplayNames), so no name table is shipped.
 */
import { COUNTRY_CODES, LANGUAGE_CODES } from '../../lib/profile/codes';
import { MEMBER_STATES, OFFICIAL_LANGUAGES } from '../../lib/eligibility/member-states';

export interface CodeOption {
  code: string;
  name: string;
}

export interface CodeGroups {
  /** EU member states / official EU languages, listed first because they matter most here. */
  eu: CodeOption[];
  other: CodeOption[];
}

function displayName(kind: 'region' | 'language', code: string): string {
  try {
    const name = new Intl.DisplayNames(['en'], { type: kind, fallback: 'code' }).of(
      kind === 'language' ? code.toLowerCase() : code,
    );
    return name && name.toUpperCase() !== code ? name : code;
  } catch {
    return code;
  }
}

function group(codes: Iterable<string>, isEu: (code: string) => boolean, kind: 'region' | 'language') {
  const options = [...codes]
    .map((code) => ({ code, name: displayName(kind, code) }))
    .sort((a, b) => a.name.localeCompare(b.name, 'en'));
  return { eu: options.filter((o) => isEu(o.code)), other: options.filter((o) => !isEu(o.code)) };
}

let countries: CodeGroups | undefined;
let languages: CodeGroups | undefined;

export function countryOptions(): CodeGroups {
  countries ??= group(COUNTRY_CODES, (code) => code in MEMBER_STATES, 'region');
  return countries;
}

export function languageOptions(): CodeGroups {
  languages ??= group(LANGUAGE_CODES, (code) => code in OFFICIAL_LANGUAGES, 'language');
  return languages;
}

/** "Portugal (PT)". */
export function countryLabel(code: string): string {
  return `${displayName('region', code)} (${code})`;
}

/** "Portuguese (PT)". */
export function languageLabel(code: string): string {
  return `${displayName('language', code)} (${code})`;
}
