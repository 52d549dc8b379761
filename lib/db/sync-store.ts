/**
 * What sync (lib/sync, entrypoints/background/sync.ts) needs beyond the tracker's own writes: a
 * removal and a profile write that happen only if the record is still what sync last saw, checked
 * in the same transaction, so a change the user made meanwhile is never overwritten (it is synced
 * in the next round instead). Record writes use updateTracked (tracked-store.ts).
 */
import { profileSchema, type Profile } from '../profile/schema';
import { trackedNoticeSchema, type TrackedNotice } from './records';
import { PROFILE_KEY, type VacancyDb } from './schema';
import { abortQuietly } from './tx';
import { validateOne } from './validate';

/** Removes record `id` if `stillSame(current)` holds, in one transaction; whether it was removed. */
export async function deleteTrackedIf(
  db: VacancyDb,
  id: string,
  stillSame: (current: TrackedNotice | null) => boolean,
): Promise<boolean> {
  const tx = db.transaction('tracked', 'readwrite');
  const raw: unknown = await tx.store.get(id);
  const current = validateOne(trackedNoticeSchema, 'tracked', id, raw).value;
  if (raw === undefined || !stillSame(current)) {
    await tx.done;
    return false;
  }
  await Promise.all([tx.store.delete(id), tx.done]);
  return true;
}

/**
 * Writes the profile `change` returns (null: nothing), given the stored one, in one transaction.
 * Throws a ZodError, writing nothing, if the new profile is invalid.
 */
export async function updateProfileIf(
  db: VacancyDb,
  change: (current: Profile | null) => Profile | null,
): Promise<Profile | null> {
  const tx = db.transaction('profile', 'readwrite');
  try {
    const raw: unknown = await tx.store.get(PROFILE_KEY);
    const next = change(validateOne(profileSchema, 'profile', PROFILE_KEY, raw).value);
    if (next === null) {
      await tx.done;
      return null;
    }
    const valid = profileSchema.parse(next);
    await Promise.all([tx.store.put(valid, PROFILE_KEY), tx.done]);
    return valid;
  } catch (error) {
    abortQuietly(tx);
    throw error;
  }
}
