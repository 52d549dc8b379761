import { profileSchema, type Profile } from '../profile/schema';
import { PROFILE_KEY, type VacancyDb } from './schema';
import { validateOne, type Loaded } from './validate';

export async function getProfile(db: VacancyDb): Promise<Loaded<Profile | null>> {
  return validateOne(profileSchema, 'profile', PROFILE_KEY, await db.get('profile', PROFILE_KEY));
}

/** Throws a ZodError if the profile is invalid: callers validate with parseProfile first. */
export async function saveProfile(db: VacancyDb, profile: Profile): Promise<void> {
  await db.put('profile', profileSchema.parse(profile), PROFILE_KEY);
}
