import { getProfile, saveProfile, type Loaded, type VacancyDb } from '../../lib/db';
import type { Profile } from '../../lib/profile';

/** What the options page needs from storage; the page gets it as a prop. */
export interface ProfileStore {
  load(): Promise<Loaded<Profile | null>>;
  save(profile: Profile): Promise<void>;
}

/** The profile in the extension's IndexedDB (lib/db). */
export function dbProfileStore(db: VacancyDb): ProfileStore {
  return {
    load: () => getProfile(db),
    save: (profile) => saveProfile(db, profile),
  };
}
