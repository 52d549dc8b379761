import {
  applyBackup,
  deleteTracked,
  getProfile,
  listTracked,
  putTracked,
  readUserData,
  type RecordError,
  type TrackedNotice,
  type UserData,
  type VacancyDb,
} from '../../lib/db';
import type { Profile } from '../../lib/profile';
import type { Backup } from '../../lib/tracker';

/**
 * What the tracker page needs from storage; the page gets it as a prop, so tests can pass
 * fake-indexeddb (dbTrackerStore) or anything in memory.
 */
export interface TrackerStore {
  /** Every readable record, and the ones that failed validation (shown, never thrown). */
  list(): Promise<{ records: TrackedNotice[]; errors: RecordError[] }>;
  save(record: TrackedNotice): Promise<void>;
  remove(id: string): Promise<void>;
  profile(): Promise<Profile | null>;
  /** All or nothing: an import never half-happens. */
  applyBackup(backup: Backup): Promise<void>;
  /** Profile and records read together (one transaction), for a backup and the import preview. */
  exportData(): Promise<UserData>;
}

/** The tracker in the extension's IndexedDB (lib/db). */
export function dbTrackerStore(db: VacancyDb): TrackerStore {
  return {
    list: async () => {
      const loaded = await listTracked(db);
      return { records: loaded.value, errors: loaded.errors };
    },
    save: (record) => putTracked(db, record),
    remove: (id) => deleteTracked(db, id),
    // A damaged profile record reads as "no profile"; the options page reports it.
    profile: async () => (await getProfile(db)).value,
    applyBackup: (backup) => applyBackup(db, { profile: backup.profile, tracked: backup.tracked }),
    exportData: async () => (await readUserData(db)).value,
  };
}
