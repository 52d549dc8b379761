/**
 * The application's life cycle: saved → preparing → applied → interview → offer, or
 * rejected / withdrawn. Each status may also go back one step, to undo a wrong click.
 */
import { TRACKED_STATUSES, type TrackedNotice, type TrackedStatus } from '../db/records';

export { TRACKED_STATUSES, type TrackedStatus };

export const STATUS_LABELS: Readonly<Record<TrackedStatus, string>> = {
  saved: 'Saved',
  preparing: 'Preparing',
  applied: 'Applied',
  interview: 'Interview',
  offer: 'Offer',
  rejected: 'Rejected',
  withdrawn: 'Withdrawn',
};

/** Where each status may go. */
export const ALLOWED_STATUS_CHANGES: Readonly<Record<TrackedStatus, readonly TrackedStatus[]>> = {
  saved: ['preparing', 'applied', 'withdrawn'],
  preparing: ['saved', 'applied', 'withdrawn'],
  // Straight to an offer: some selections (e.g. from a CAST database) have no interview.
  applied: ['preparing', 'interview', 'offer', 'rejected', 'withdrawn'],
  interview: ['applied', 'offer', 'rejected', 'withdrawn'],
  // "withdrawn" after an offer is the candidate declining it.
  offer: ['interview', 'rejected', 'withdrawn'],
  // Reserve lists are reopened: a rejected candidate can be called to interview later.
  rejected: ['applied', 'interview'],
  withdrawn: ['saved', 'preparing', 'applied'],
};

/**
 * Statuses in which the candidate still has to apply: only these get reminders. "interview"
 * is left out too: by then the application was sent, a deadline reminder would be noise.
 */
export const STATUSES_TO_REMIND: readonly TrackedStatus[] = ['saved', 'preparing'];

export function canChangeStatus(from: TrackedStatus, to: TrackedStatus): boolean {
  return from === to || ALLOWED_STATUS_CHANGES[from].includes(to);
}

export function needsReminders(status: TrackedStatus): boolean {
  return STATUSES_TO_REMIND.includes(status);
}

export type SetStatusResult = { ok: true; record: TrackedNotice } | { ok: false; reason: string };

/**
 * Moves a record to `status`. The same status is a no-op (the record is returned as is).
 * appliedAt is set the first time the candidate applies and cleared when they go back to
 * saved/preparing (the "applied" was a mistake); later steps keep it as proof.
 *
 * @example
 * setStatus(saved, 'applied', now)   // → { ok: true, record: { …, status: 'applied', appliedAt: now } }
 * setStatus(saved, 'interview', now) // → { ok: false, reason: 'A notice that is "Saved" cannot become …' }
 */
export function setStatus(record: TrackedNotice, status: TrackedStatus, now: Date): SetStatusResult {
  if (record.status === status) return { ok: true, record };
  if (!canChangeStatus(record.status, status)) return { ok: false, reason: refusal(record.status, status) };
  return {
    ok: true,
    record: {
      ...record,
      status,
      appliedAt: nextAppliedAt(record, status, now),
      updatedAt: now.toISOString(),
    },
  };
}

function nextAppliedAt(record: TrackedNotice, status: TrackedStatus, now: Date): string | null {
  if (status === 'saved' || status === 'preparing') return null;
  if (status === 'applied') return record.appliedAt ?? now.toISOString();
  return record.appliedAt;
}

function refusal(from: TrackedStatus, to: TrackedStatus): string {
  const allowed = ALLOWED_STATUS_CHANGES[from].map((s) => `"${STATUS_LABELS[s]}"`).join(', ');
  return `A notice that is "${STATUS_LABELS[from]}" cannot become "${STATUS_LABELS[to]}"; it can become ${allowed}.`;
}
