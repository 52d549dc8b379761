/**
 * The quick profile on the welcome page: the options form's own state, shown a few questions
 * at a time. It starts with one empty row where almost everyone has one (a nationality, a
 * diploma, a job, two languages, a CAST result), so answering needs no "Add" click, and rows
 * left untouched are dropped when saving instead of being reported as missing.
 */
import { emptyFormState, newRow, type ProfileFormState } from './form-state';

/** A new job row on the quick form: the question is about paid work, and most people still hold it. */
export function quickExperienceRow(): ProfileFormState['experience'][number] {
  return { ...newRow.experience(), ongoing: true, paid: 'yes' };
}

/** Adds the starter rows to the sections that are empty. */
export function withStarterRows(state: ProfileFormState): ProfileFormState {
  return {
    ...state,
    nationalities: state.nationalities.length > 0 ? state.nationalities : [newRow.nationalities()],
    diplomas: state.diplomas.length > 0 ? state.diplomas : [newRow.diplomas()],
    experience: state.experience.length > 0 ? state.experience : [quickExperienceRow()],
    languages: state.languages.length > 0 ? state.languages : [newRow.languages(), newRow.languages()],
    cast: state.cast.length > 0 ? state.cast : [newRow.cast()],
  };
}

export function quickFormState(): ProfileFormState {
  return withStarterRows(emptyFormState());
}

/** Rows nobody typed into (defaults aside) are not part of the profile. */
export function dropEmptyRows(state: ProfileFormState): ProfileFormState {
  return {
    ...state,
    nationalities: state.nationalities.filter((n) => n.code !== ''),
    diplomas: state.diplomas.filter(
      (d) => d.level !== '' || d.field.trim() !== '' || d.awarded !== '' || d.recognisedInEU !== '',
    ),
    experience: state.experience.filter(
      (e) => e.from !== '' || e.to !== '' || e.description.trim() !== '' || e.domains.trim() !== '',
    ),
    languages: state.languages.filter(
      (l) => l.language !== '' || l.understanding !== '' || l.speaking !== '' || l.writing !== '',
    ),
    cast: state.cast.filter((c) => c.functionGroup !== '' || c.status !== '' || c.testDate !== ''),
  };
}
