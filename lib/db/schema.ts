/**
 * The "vacancy-lens" IndexedDB database: stores, indexes and the migrations between
 * versions. A migration is never edited once released; a change is a new one at the end.
 */
import type { DBSchema, IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';

export const DB_NAME = 'vacancy-lens';

/** The single profile record lives under this key. */
export const PROFILE_KEY = 'current';

/**
 * Values are `unknown`: what comes out of the database may have been written by an older
 * version or damaged, so it is validated before use (see validate.ts).
 */
export interface VacancyDbSchema extends DBSchema {
  profile: { key: string; value: unknown };
  notices: { key: string; value: unknown };
  tracked: {
    key: string;
    value: unknown;
    /** UTC ISO instant of the deadline: comparable as text, unlike local times with offsets. */
    indexes: { 'by-deadline': string };
  };
}

export type VacancyDb = IDBPDatabase<VacancyDbSchema>;
export type StoreName = StoreNames<VacancyDbSchema>;
type UpgradeTransaction = IDBPTransaction<VacancyDbSchema, StoreName[], 'versionchange'>;
type Migration = (db: VacancyDb, transaction: UpgradeTransaction) => void;

/** MIGRATIONS[n] upgrades version n to version n + 1. */
export const MIGRATIONS: readonly Migration[] = [
  function createProfileAndNotices(db) {
    db.createObjectStore('profile');
    db.createObjectStore('notices', { keyPath: 'id' });
  },
  function createTracked(db) {
    const tracked = db.createObjectStore('tracked', { keyPath: 'id' });
    // Records without a deadline have deadlineAt null, which is not a key: they are simply
    // left out of the index, as IndexedDB specifies.
    tracked.createIndex('by-deadline', 'deadlineAt');
  },
];

export const DB_VERSION = MIGRATIONS.length;

/** Runs every migration from the stored version up to the requested one, in order. */
export function migrate(
  db: VacancyDb,
  oldVersion: number,
  newVersion: number,
  transaction: UpgradeTransaction,
): void {
  for (let version = oldVersion; version < newVersion; version++) MIGRATIONS[version](db, transaction);
}
