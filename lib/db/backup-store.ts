/** Reading and restoring everything the candidate owns (profile + tracked notices) at once. */
import { profileSchema, type Profile } from '../profile/schema';
import { trackedNoticeSchema, type TrackedNotice } from './records';
import { PROFILE_KEY, type VacancyDb } from './schema';
import { toStoredTracked, byDeadline, nextVersion } from './tracked-store';
import { validateAll, validateOne, type Loaded } from './validate';

/** What a backup holds; lib/tracker/backup.ts wraps it with a format marker and a version. */
export interface UserData {
  profile: Profile | null;
  tracked: TrackedNotice[];
}

/** Profile and tracked notices read in ONE transaction, so an export is a consistent copy. */
export async function readUserData(db: VacancyDb): Promise<Loaded<UserData>> {
  const tx = db.transaction(['profile', 'tracked']);
  const trackedStore = tx.objectStore('tracked');
  const [rawProfile, keys, values] = await Promise.all([
    tx.objectStore('profile').get(PROFILE_KEY),
    trackedStore.getAllKeys(),
    trackedStore.getAll(),
    tx.done,
  ]);
  const profile = validateOne(profileSchema, 'profile', PROFILE_KEY, rawProfile);
  const tracked = validateAll(trackedNoticeSchema, 'tracked', keys, values);
  return {
    value: { profile: profile.value, tracked: tracked.value.sort(byDeadline) },
    errors: [...profile.errors, ...tracked.errors],
  };
}

/**
 * Writes a backup's profile (when it has one) and every tracked notice in ONE transaction:
 * all or nothing. Records are put by id: one with the same id is replaced, the others are
 * kept (a restore never deletes). Everything is validated before the transaction opens;
 * an invalid record throws a ZodError and nothing is written. A replaced record gets the
 * next version, so a tracker page still showing the old copy cannot write over it.
 */
export async function applyBackup(db: VacancyDb, data: UserData): Promise<void> {
  const profile = data.profile === null ? null : profileSchema.parse(data.profile);
  const tracked = data.tracked.map(toStoredTracked);
  const tx = db.transaction(['profile', 'tracked'], 'readwrite');
  const store = tx.objectStore('tracked');
  const writes: Promise<unknown>[] = [];
  try {
    const stored = await Promise.all(tracked.map((record) => store.get(record.id)));
    if (profile !== null) writes.push(tx.objectStore('profile').put(profile, PROFILE_KEY));
    tracked.forEach((record, i) =>
      writes.push(store.put({ ...record, version: nextVersion(stored[i], record.version) })),
    );
  } catch (error) {
    // A request that throws (e.g. DataCloneError) does not abort the transaction by itself:
    // without this, the writes already queued would commit.
    try {
      tx.abort();
    } catch {
      // A failed read has aborted it already.
    }
    await Promise.allSettled([...writes, tx.done]);
    throw error;
  }
  // A request that fails later aborts the transaction (its error is not prevented).
  await Promise.all([...writes, tx.done]);
}
