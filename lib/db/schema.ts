/**
 * The "vacancy-lens" IndexedDB database: stores, indexes and the migrations between
 * versions. A migration is never edited once released; a change is a new one at the end.
 */
import type { DBSchema, IDBPDatabase, IDBPObjectStore, IDBPTransaction, StoreNames } from 'idb';
import { deriveHistory } from '../tracker/history';
import { trackedMatchKeys, utcKey } from './match';
import { TRACKED_STATUSES, type TrackedStatus } from './records';

export const DB_NAME = 'vacancy-lens';

/** The single profile record lives under this key. */
export const PROFILE_KEY = 'current';

/**
 * Values are `unknown`: what comes out of the database may have been written by an older
 * version or damaged, so it is validated before use (see validate.ts).
 */
export interface VacancyDbSchema extends DBSchema {
  profile: { key: string; value: unknown };
  notices: {
    key: string;
    value: unknown;
    /** analysedAtUtc: when it was read, as a UTC ISO instant (oldest are evicted first). */
    indexes: { 'by-analysed': string };
  };
  tracked: {
    key: string;
    value: unknown;
    /**
     * by-deadline: UTC ISO instant of the deadline, comparable as text, unlike local times
     * with offsets. by-match: "ref:EPSO/AD/403/24" and "url:https://…" (multiEntry), how a
     * page is recognised as a tracked notice (match.ts).
     */
    indexes: { 'by-deadline': string; 'by-match': string };
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
  /**
   * Tracked records get a version (1 for those written before), bumped on every write so an
   * edit made on a stale copy is detected, and their match keys; analysed notices get the
   * UTC instant they were read, indexed, so the store can be kept to its bounds.
   */
  function versionTrackedAndBoundNotices(_db, transaction) {
    const tracked = transaction.objectStore('tracked');
    tracked.createIndex('by-match', 'matchKeys', { multiEntry: true });
    const notices = transaction.objectStore('notices');
    notices.createIndex('by-analysed', 'analysedAtUtc');
    const work = Promise.all([
      rewriteEach(tracked, (raw) => ({
        ...raw,
        version: typeof raw.version === 'number' ? raw.version : 1,
        matchKeys: trackedMatchKeys(raw.reference, raw.url),
      })),
      rewriteEach(notices, (raw) => ({ ...raw, analysedAtUtc: utcKey(raw.analysedAt) })),
    ]);
    // A failed request aborts the upgrade by itself (the database stays at the old version).
    work.catch(() => undefined);
  },
  /**
   * Tracked records get their history (lib/tracker/history.ts): the steps their dates tell —
   * saved, applied, the current status — written down so later changes add to it.
   */
  function trackedHistory(_db, transaction) {
    const work = rewriteEach(transaction.objectStore('tracked'), (raw) =>
      Array.isArray(raw.history) ? raw : { ...raw, history: historyFromDates(raw) },
    );
    work.catch(() => undefined);
  },
];

/** deriveHistory over a raw stored record (validated on read; anything odd gives no history). */
function historyFromDates(raw: Record<string, unknown>): unknown {
  const { status, savedAt, updatedAt, appliedAt } = raw;
  if (typeof status !== 'string' || typeof savedAt !== 'string' || typeof updatedAt !== 'string')
    return undefined;
  if (!TRACKED_STATUSES.includes(status as TrackedStatus)) return undefined;
  return deriveHistory({
    status: status as TrackedStatus,
    savedAt,
    updatedAt,
    appliedAt: typeof appliedAt === 'string' ? appliedAt : null,
  });
}

/**
 * The rewrites running in an upgrade, by transaction: one upgrade runs several migrations at
 * once (2 → 4), and two cursors rewriting the same store side by side would each write back
 * the copy it read, losing the other's change. Each rewrite starts when the previous one is done.
 */
const rewritesRunning = new WeakMap<object, Promise<void>>();

/** Rewrites every object record of `store` (others, damaged beyond repair, are left as they are). */
function rewriteEach<N extends 'tracked' | 'notices'>(
  store: IDBPObjectStore<VacancyDbSchema, StoreName[], N, 'versionchange'>,
  rewrite: (raw: Record<string, unknown>) => Record<string, unknown>,
): Promise<void> {
  const before = rewritesRunning.get(store.transaction) ?? Promise.resolve();
  const work = before.then(() => rewriteNow(store, rewrite));
  rewritesRunning.set(
    store.transaction,
    work.catch(() => undefined),
  );
  return work;
}

async function rewriteNow<N extends 'tracked' | 'notices'>(
  store: IDBPObjectStore<VacancyDbSchema, StoreName[], N, 'versionchange'>,
  rewrite: (raw: Record<string, unknown>) => Record<string, unknown>,
): Promise<void> {
  let cursor = await store.openCursor();
  while (cursor) {
    const raw: unknown = cursor.value;
    if (typeof raw === 'object' && raw !== null && !Array.isArray(raw))
      await cursor.update(rewrite(raw as Record<string, unknown>));
    cursor = await cursor.continue();
  }
}

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
