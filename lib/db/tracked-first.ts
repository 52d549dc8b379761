/**
 * The first records of the tracker by deadline, read through the deadline index: enough for
 * the tracker page's first screen while the whole list (every record, each validated) is
 * still being read. With hundreds of saved notices the whole read takes a few hundred
 * milliseconds, most of it copying the notices' saved text out of IndexedDB.
 */
import { trackedNoticeSchema, type TrackedNotice } from './records';
import type { VacancyDb } from './schema';
import { byDeadline } from './tracked-store';
import { validateAll, type Loaded } from './validate';

/** At most `count` records, soonest deadline first (undated ones are not in the index: none here). */
export async function listTrackedFirst(db: VacancyDb, count: number): Promise<Loaded<TrackedNotice[]>> {
  const tx = db.transaction('tracked');
  const index = tx.store.index('by-deadline');
  const [keys, values] = await Promise.all([
    index.getAllKeys(undefined, count),
    index.getAll(undefined, count),
    tx.done,
  ]);
  const loaded = validateAll(trackedNoticeSchema, 'tracked', keys, values);
  return { ...loaded, value: loaded.value.sort(byDeadline) };
}
