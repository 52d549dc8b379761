import { trackedNoticeSchema, type TrackedNotice } from './records';
import { trackedMatchKeys } from './match';
import { findSameNotice } from '../tracker/save';
import type { VacancyDb } from './schema';
import { abortQuietly } from './tx';
import { validateAll, validateOne, type Loaded } from './validate';

/** A record as stored: the fields derived for the indexes beside it; reads drop them again. */
export type StoredTracked = TrackedNotice & { deadlineAt: string | null; matchKeys: string[] };

/**
 * Writes a record (insert or replace) and returns it as stored, with its new version.
 * Throws a ZodError if the record is invalid. Reading the stored version and writing happen
 * in one transaction.
 */
export async function putTracked(db: VacancyDb, tracked: TrackedNotice): Promise<TrackedNotice> {
  const { written } = await updateTracked(db, tracked.id, () => ({ write: tracked, result: null }));
  return written!;
}

/**
 * Validates a record (throws a ZodError) and adds what the store needs beside it:
 * deadlineAt and matchKeys are derived, stored only for the indexes; reads drop them again.
 */
export function toStoredTracked(tracked: TrackedNotice): StoredTracked {
  const valid = trackedNoticeSchema.parse(tracked);
  return {
    ...valid,
    deadlineAt: toUtcInstant(valid.notice.deadline),
    matchKeys: trackedMatchKeys(valid.reference ?? valid.notice.reference, valid.url),
  };
}

/**
 * The version a write gets: one more than the stored record's (so whoever read the old one
 * sees that it moved), never less than the incoming one; a new record keeps its own.
 */
export function nextVersion(storedRaw: unknown, incoming: number): number {
  if (storedRaw === undefined) return Math.max(1, incoming);
  const stored = (storedRaw as { version?: unknown } | null)?.version;
  return Math.max(typeof stored === 'number' && Number.isFinite(stored) ? stored + 1 : 1, incoming);
}

/** What a change made inside the transaction decided: the record to write (null: nothing), and a result. */
export interface TrackedChange<R> {
  write: TrackedNotice | null;
  result: R;
}

/**
 * Reads record `id` and writes what `change` returns, in ONE readwrite transaction: no other
 * write can come in between (IndexedDB runs readwrite transactions on a store one at a time).
 * `change` gets the stored record (null when there is none or it is damaged) and must be
 * synchronous. The written record gets the next version.
 */
export async function updateTracked<R>(
  db: VacancyDb,
  id: string,
  change: (current: TrackedNotice | null) => TrackedChange<R>,
): Promise<{ result: R; written: TrackedNotice | null }> {
  const tx = db.transaction('tracked', 'readwrite');
  try {
    const raw: unknown = await tx.store.get(id);
    const { write, result } = change(validateOne(trackedNoticeSchema, 'tracked', id, raw).value);
    if (write === null) {
      await tx.done;
      return { result, written: null };
    }
    if (write.id !== id) throw new Error(`a change to "${id}" cannot write the record "${write.id}"`);
    const stored = toStoredTracked({ ...write, version: nextVersion(raw, write.version) });
    await Promise.all([tx.store.put(stored), tx.done]);
    return { result, written: fromStored(stored) };
  } catch (error) {
    abortQuietly(tx);
    throw error;
  }
}

/**
 * Looks the notice up among every tracked record and writes what `decide` returns, in ONE
 * readwrite transaction: two saves of the same notice at once give one "added" and one
 * "updated", never two records or a lost one. `decide` must be synchronous
 * (lib/tracker trackNotice is).
 */
export async function upsertTracked<R extends { record: TrackedNotice }>(
  db: VacancyDb,
  decide: (existing: readonly TrackedNotice[]) => R,
): Promise<R> {
  const tx = db.transaction('tracked', 'readwrite');
  try {
    const [keys, values] = await Promise.all([tx.store.getAllKeys(), tx.store.getAll()]);
    const existing = validateAll(trackedNoticeSchema, 'tracked', keys, values).value;
    const result = decide(existing);
    const raw = values[keys.indexOf(result.record.id)];
    const stored = toStoredTracked({ ...result.record, version: nextVersion(raw, result.record.version) });
    await Promise.all([tx.store.put(stored), tx.done]);
    return { ...result, record: fromStored(stored) };
  } catch (error) {
    abortQuietly(tx);
    throw error;
  }
}

/** Every valid tracked notice, closing soonest first, those without a deadline last. */
export async function listTracked(db: VacancyDb): Promise<Loaded<TrackedNotice[]>> {
  const tx = db.transaction('tracked');
  const [keys, values] = await Promise.all([tx.store.getAllKeys(), tx.store.getAll(), tx.done]);
  const loaded = validateAll(trackedNoticeSchema, 'tracked', keys, values);
  return { ...loaded, value: loaded.value.sort(byDeadline) };
}

/**
 * The tracked record of this notice (lib/tracker findSameNotice's rules: same reference, else same
 * address), read through the match index: only the candidates are read, not the whole tracker.
 */
export async function findTracked(
  db: VacancyDb,
  reference: string | null,
  url: string,
): Promise<TrackedNotice | null> {
  const keys = trackedMatchKeys(reference, url);
  if (keys.length === 0) return null;
  const tx = db.transaction('tracked');
  const index = tx.store.index('by-match');
  const found = await Promise.all(keys.map((key) => Promise.all([index.getAllKeys(key), index.getAll(key)])));
  await tx.done;
  const candidates = found.flatMap(
    ([ids, values]) => validateAll(trackedNoticeSchema, 'tracked', ids, values).value,
  );
  return findSameNotice(candidates, reference, url);
}

/** Tracked notices closing at or after `after`, soonest first, read through the deadline index. */
export async function listTrackedClosingAfter(db: VacancyDb, after: Date): Promise<Loaded<TrackedNotice[]>> {
  const tx = db.transaction('tracked');
  const index = tx.store.index('by-deadline');
  const [keys, values] = await Promise.all([index.getAllKeys(), index.getAll(), tx.done]);
  const loaded = validateAll(trackedNoticeSchema, 'tracked', keys, values);
  const value = loaded.value.filter((t) => (deadlineMs(t) ?? -Infinity) >= after.getTime());
  return { value, errors: loaded.errors };
}

export async function deleteTracked(db: VacancyDb, id: string): Promise<void> {
  await db.delete('tracked', id);
}

function fromStored(stored: StoredTracked): TrackedNotice {
  const { deadlineAt: _d, matchKeys: _m, ...record } = stored;
  return record;
}

function toUtcInstant(deadline: string | null): string | null {
  return deadline === null ? null : new Date(Date.parse(deadline)).toISOString();
}

function deadlineMs(tracked: TrackedNotice): number | null {
  return tracked.notice.deadline === null ? null : Date.parse(tracked.notice.deadline);
}

/** Soonest deadline first (as instants), undated last, then by when they were saved. */
export function byDeadline(a: TrackedNotice, b: TrackedNotice): number {
  const [da, db] = [deadlineMs(a) ?? Infinity, deadlineMs(b) ?? Infinity];
  return da === db ? a.savedAt.localeCompare(b.savedAt) : da - db;
}
