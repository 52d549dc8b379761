import {
  applyBackup,
  deleteTracked,
  getProfile,
  listTracked,
  readUserData,
  updateTracked,
  type RecordError,
  type TrackedNotice,
  type UserData,
  type VacancyDb,
} from '../../lib/db';
import { listTrackedFirst } from '../../lib/db/tracked-first';
import type { Profile } from '../../lib/profile';
import { applyEdit, type Backup, type EditOutcome, type TrackedEdit } from '../../lib/tracker';

/**
 * What the tracker page needs from storage; the page gets it as a prop, so tests can pass
 * fake-indexeddb (dbTrackerStore) or anything in memory.
 */
export interface TrackerStore {
  /** Every readable record, and the ones that failed validation (shown, never thrown). */
  list(): Promise<{ records: TrackedNotice[]; errors: RecordError[] }>;
  /** The first `count` records by deadline, for a quick first screen (optional). */
  listFirst?(count: number): Promise<{ records: TrackedNotice[]; errors: RecordError[] }>;
  /**
   * The only way the page changes a record: the fields the user changed, with the version
   * the page read (lib/tracker/edit.ts). Saved, merged into a newer copy, or refused as a
   * conflict; the outcome carries the record as stored now.
   */
  update(id: string, baseVersion: number, edit: TrackedEdit, now: Date): Promise<EditOutcome>;
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
    listFirst: async (count) => {
      const loaded = await listTrackedFirst(db, count);
      return { records: loaded.value, errors: loaded.errors };
    },
    update: (id, baseVersion, edit, now) => editTracked(db, id, baseVersion, edit, now),
    remove: (id) => deleteTracked(db, id),
    // A damaged profile record reads as "no profile"; the options page reports it.
    profile: async () => (await getProfile(db)).value,
    applyBackup: (backup) => applyBackup(db, { profile: backup.profile, tracked: backup.tracked }),
    exportData: async () => (await readUserData(db)).value,
  };
}

/** applyEdit inside the transaction that re-reads the record (lib/db updateTracked). */
export async function editTracked(
  db: VacancyDb,
  id: string,
  baseVersion: number,
  edit: TrackedEdit,
  now: Date,
): Promise<EditOutcome> {
  const { result, written } = await updateTracked(db, id, (current) => {
    const outcome = applyEdit(current, baseVersion, edit, now);
    const write = outcome.kind === 'saved' || outcome.kind === 'merged' ? outcome.record : null;
    return { write, result: outcome };
  });
  return written !== null && (result.kind === 'saved' || result.kind === 'merged')
    ? { ...result, record: written }
    : result;
}
