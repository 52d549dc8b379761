/**
 * An application's history: the steps it went through (saved, applied, interview…) with their
 * dates, filled when the status changes (lib/tracker/edit.ts) and editable by the candidate;
 * and the deadlines a re-published notice moved. Pure: records in, entries out.
 */
import type { TrackedNotice, TrackedStatus } from '../db/records';
import { deadlineMs } from './describe';

/** One step: the status the application reached, when, and what the candidate noted. */
export interface HistoryEntry {
  status: TrackedStatus;
  /** ISO 8601 instant. */
  at: string;
  note?: string;
}

/** A record as this module reads it: `history` is optional (records saved before it existed). */
type WithHistory = Pick<TrackedNotice, 'status' | 'savedAt' | 'updatedAt' | 'appliedAt'> & {
  history?: readonly HistoryEntry[] | null;
};

/** Notes on a step are short: a date of interview, a name. */
export const HISTORY_NOTE_MAX = 500;

/**
 * The steps, oldest first. A record without a stored history gets one derived from what it
 * has: saved at savedAt, applied at appliedAt, and its current status at its last update.
 *
 * @example
 * historyOf({ status: 'interview', savedAt: '2026-04-01…', appliedAt: '2026-04-10…', updatedAt: '2026-05-02…' })
 * // → [{ status: 'saved', at: '2026-04-01…' }, { status: 'applied', at: '2026-04-10…' }, { status: 'interview', at: '2026-05-02…' }]
 */
export function historyOf(record: WithHistory): HistoryEntry[] {
  if (record.history && record.history.length > 0) return sortHistory(record.history);
  return deriveHistory(record);
}

/** What a record without a stored history went through, as far as its dates tell. */
export function deriveHistory(record: WithHistory): HistoryEntry[] {
  const entries: HistoryEntry[] = [{ status: 'saved', at: record.savedAt }];
  if (record.appliedAt !== null) entries.push({ status: 'applied', at: record.appliedAt });
  const last = entries[entries.length - 1];
  if (record.status !== last.status && record.status !== 'saved')
    entries.push({ status: record.status, at: laterOf(record.updatedAt, last.at) });
  return entries;
}

/**
 * The history after a status change at `now`: the derived history when none was stored, then
 * the new step. Going back to where the previous step was (undoing a wrong click) removes that
 * last step instead of adding a second one.
 */
export function withStatusStep(
  record: WithHistory,
  from: TrackedStatus,
  to: TrackedStatus,
  now: Date,
): HistoryEntry[] {
  const before = historyOf({ ...record, status: from });
  if (from === to) return before;
  const previous = before[before.length - 2];
  if (before.length >= 2 && previous.status === to && before[before.length - 1].status === from)
    return before.slice(0, -1);
  return [...before, { status: to, at: now.toISOString() }];
}

/** Oldest first; a stable sort, so two steps at the same instant keep their order. */
export function sortHistory(history: readonly HistoryEntry[]): HistoryEntry[] {
  return history
    .map((entry, index) => ({ entry, index }))
    .sort((a, b) => Date.parse(a.entry.at) - Date.parse(b.entry.at) || a.index - b.index)
    .map(({ entry }) => entry);
}

export type HistoryEditResult = { ok: true; history: HistoryEntry[] } | { ok: false; reason: string };

/**
 * Changes the date and note of step `index` (of historyOf's order). The date must be a real
 * instant, not in the future; the note at most HISTORY_NOTE_MAX characters.
 */
export function editHistoryEntry(
  history: readonly HistoryEntry[],
  index: number,
  change: { at?: string; note?: string },
  now: Date,
): HistoryEditResult {
  const entry = history[index];
  if (!entry) return { ok: false, reason: 'This step is no longer in the history.' };
  const at = change.at ?? entry.at;
  const ms = Date.parse(at);
  if (Number.isNaN(ms)) return { ok: false, reason: 'This is not a date.' };
  if (ms > now.getTime() + 60_000) return { ok: false, reason: 'A step cannot be dated in the future.' };
  const note = (change.note ?? entry.note ?? '').trim();
  if (note.length > HISTORY_NOTE_MAX)
    return { ok: false, reason: `A note on a step is at most ${HISTORY_NOTE_MAX} characters.` };
  const next: HistoryEntry = { status: entry.status, at: new Date(ms).toISOString() };
  if (note) next.note = note;
  const edited = history.map((e, i) => (i === index ? next : e));
  return { ok: true, history: sortHistory(edited) };
}

/** The date of the first step in `status`, or null. */
export function stepDate(history: readonly HistoryEntry[], status: TrackedStatus): string | null {
  return history.find((entry) => entry.status === status)?.at ?? null;
}

/** A deadline the notice had, as the tracker saw it: the oldest known first, the current one last. */
export interface DeadlineStep {
  deadline: string | null;
  current: boolean;
}

/**
 * The deadlines the notice had: the one before the last change the reader saw (a notice
 * extended or corrected when re-published) and the current one. Only one step when it never moved.
 */
export function deadlineHistory(
  record: Pick<TrackedNotice, 'previousDeadline'> & { notice: { deadline: string | null } },
): DeadlineStep[] {
  const current: DeadlineStep = { deadline: record.notice.deadline, current: true };
  if (record.previousDeadline === null) return [current];
  return [{ deadline: record.previousDeadline, current: false }, current];
}

/** How far the deadline moved, in whole hours (positive: later), or null when unknown. */
export function deadlineShiftHours(
  record: Pick<TrackedNotice, 'previousDeadline' | 'notice'>,
): number | null {
  if (record.previousDeadline === null) return null;
  const before = Date.parse(record.previousDeadline);
  const after = deadlineMs(record as TrackedNotice);
  if (Number.isNaN(before) || after === null) return null;
  return Math.round((after - before) / 3_600_000);
}

function laterOf(a: string, b: string): string {
  return Date.parse(a) >= Date.parse(b) ? a : b;
}
