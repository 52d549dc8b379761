/**
 * Puts what a Europass CV holds into the options form's state. Each section the CV fills
 * (nationalities, diplomas, experience, languages) replaces the one in the form; sections the
 * CV is silent on, and everything Europass has no place for (CAST, clearance, staff status),
 * stay as they were. Unknowns stay empty, so the form asks for them.
 */
import type { EuropassProfile } from '../../lib/profile/europass';
import { newRow, type ProfileFormState } from './form-state';
import { SECTION_TITLES } from './labels';

type Replaced = 'nationalities' | 'diplomas' | 'experience' | 'languages';
const SECTIONS: Replaced[] = ['nationalities', 'diplomas', 'experience', 'languages'];

/** The sections the CV will replace, in form order. */
export function sectionsReplaced(profile: EuropassProfile): string[] {
  return SECTIONS.filter((s) => profile[s].length > 0).map((s) => SECTION_TITLES[s].toLowerCase());
}

function yesNo(value: boolean | null): '' | 'yes' | 'no' {
  return value === null ? '' : value ? 'yes' : 'no';
}

export function applyEuropass(state: ProfileFormState, cv: EuropassProfile): ProfileFormState {
  return {
    ...state,
    nationalities:
      cv.nationalities.length > 0
        ? cv.nationalities.map((code) => ({ ...newRow.nationalities(), code }))
        : state.nationalities,
    diplomas:
      cv.diplomas.length > 0
        ? cv.diplomas.map((d) => ({
            ...newRow.diplomas(),
            level: d.level ?? '',
            field: d.field,
            awarded: d.awarded ?? '',
            recognisedInEU: yesNo(d.recognisedInEU),
          }))
        : state.diplomas,
    experience:
      cv.experience.length > 0
        ? cv.experience.map((e) => ({
            ...newRow.experience(),
            from: e.from,
            to: e.to ?? '',
            ongoing: e.to === null,
            fullTimePercent: String(Math.round(e.fullTimeShare * 100)),
            paid: yesNo(e.paid),
            domains: e.domains.join(', '),
            description: e.description,
          }))
        : state.experience,
    languages:
      cv.languages.length > 0
        ? cv.languages.map((l) => ({
            ...newRow.languages(),
            language: l.language,
            understanding: l.understanding,
            speaking: l.speaking,
            writing: l.writing,
          }))
        : state.languages,
  };
}
