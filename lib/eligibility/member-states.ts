/** The EU's member states and official languages (DOMAIN.md, "Citizenship" and "Languages"). */

/** ISO 3166-1 alpha-2 (Greece is GR here; profiles and notices normalise EL to GR). */
export const MEMBER_STATES: Readonly<Record<string, string>> = {
  AT: 'Austria',
  BE: 'Belgium',
  BG: 'Bulgaria',
  HR: 'Croatia',
  CY: 'Cyprus',
  CZ: 'Czechia',
  DK: 'Denmark',
  EE: 'Estonia',
  FI: 'Finland',
  FR: 'France',
  DE: 'Germany',
  GR: 'Greece',
  HU: 'Hungary',
  IE: 'Ireland',
  IT: 'Italy',
  LV: 'Latvia',
  LT: 'Lithuania',
  LU: 'Luxembourg',
  MT: 'Malta',
  NL: 'the Netherlands',
  PL: 'Poland',
  PT: 'Portugal',
  RO: 'Romania',
  SK: 'Slovakia',
  SI: 'Slovenia',
  ES: 'Spain',
  SE: 'Sweden',
};

export function isMemberState(code: string): boolean {
  return code in MEMBER_STATES;
}

/** "Portugal" for PT; the bare code for countries outside the EU. */
export function countryName(code: string): string {
  return MEMBER_STATES[code] ?? code;
}

/** The 24 official EU languages (ISO 639-1, upper case) and their English names. */
export const OFFICIAL_LANGUAGES: Readonly<Record<string, string>> = {
  BG: 'Bulgarian',
  CS: 'Czech',
  DA: 'Danish',
  DE: 'German',
  EL: 'Greek',
  EN: 'English',
  ES: 'Spanish',
  ET: 'Estonian',
  FI: 'Finnish',
  FR: 'French',
  GA: 'Irish',
  HR: 'Croatian',
  HU: 'Hungarian',
  IT: 'Italian',
  LT: 'Lithuanian',
  LV: 'Latvian',
  MT: 'Maltese',
  NL: 'Dutch',
  PL: 'Polish',
  PT: 'Portuguese',
  RO: 'Romanian',
  SK: 'Slovak',
  SL: 'Slovenian',
  SV: 'Swedish',
};

export function isOfficialLanguage(code: string): boolean {
  return code in OFFICIAL_LANGUAGES;
}

/** "English" for EN; the bare code for languages that are not official EU languages. */
export function languageName(code: string): string {
  return OFFICIAL_LANGUAGES[code] ?? code;
}
