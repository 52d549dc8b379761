import { trackedNoticeSchema, type TrackedNotice } from './records';
import type { VacancyDb } from './schema';
import { validateAll, type Loaded } from './validate';

/** Throws a ZodError if the record is invalid. */
export async function putTracked(db: VacancyDb, tracked: TrackedNotice): Promise<void> {
  await db.put('tracked', toStoredTracked(tracked));
}

/**
 * Validates a record (throws a ZodError) and adds what the store needs beside it:
 * deadlineAt is derived, stored only for the index; reads drop it again.
 */
export function toStoredTracked(tracked: TrackedNotice): TrackedNotice & { deadlineAt: string | null } {
  const valid = trackedNoticeSchema.parse(tracked);
  return { ...valid, deadlineAt: toUtcInstant(valid.notice.deadline) };
}

/** Every valid tracked notice, closing soonest first, those without a deadline last. */
export async function listTracked(db: VacancyDb): Promise<Loaded<TrackedNotice[]>> {
  const tx = db.transaction('tracked');
  const [keys, values] = await Promise.all([tx.store.getAllKeys(), tx.store.getAll(), tx.done]);
  const loaded = validateAll(trackedNoticeSchema, 'tracked', keys, values);
  return { ...loaded, value: loaded.value.sort(byDeadline) };
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
