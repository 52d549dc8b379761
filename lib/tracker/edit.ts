/**
 * Editing a tracked record by field, with a version check, so a page holding an old copy
 * never writes it back over a newer save (a deadline or an address would silently revert).
 * The page sends only what the user changed, each field as { from, to } (what it showed and
 * what the user chose), with the version it read. Applied inside the transaction that
 * re-reads the record (lib/db updateTracked):
 *
 * - same version: the change is applied;
 * - the version moved, but none of the edited fields changed elsewhere (the notice was saved
 *   again, another field was edited in another tab): the change is applied to the newer
 *   record, which keeps everything else — "merged", and the page says so;
 * - the version moved and one of the edited fields changed elsewhere to something else:
 *   nothing is written — "conflict"; the page shows the newer record and says so.
 */
import type { ReminderOffset, TrackedNotice, TrackedStatus } from '../db/records';
import { sameJson } from './backup';
import { withStatusStep, type HistoryEntry } from './history';
import { setStatus } from './status';

export interface FieldChange<T> {
  from: T;
  to: T;
}

/** The fields the tracker page edits. */
export interface TrackedEdit {
  status?: FieldChange<TrackedStatus>;
  notes?: FieldChange<string>;
  reminderOffsets?: FieldChange<ReminderOffset[] | null>;
  /** The steps with their dates and notes, as the candidate corrected them (lib/tracker/history.ts). */
  history?: FieldChange<HistoryEntry[] | null>;
}

export type EditableField = keyof TrackedEdit;

export const EDITABLE_FIELD_LABELS: Readonly<Record<EditableField, string>> = {
  status: 'status',
  notes: 'notes',
  reminderOffsets: 'reminders',
  history: 'history',
};

export type EditOutcome =
  /** Written on the copy the page had. */
  | { kind: 'saved'; record: TrackedNotice }
  /** Written on a newer copy (changed elsewhere, in other fields); `record` is that newer copy, edited. */
  | { kind: 'merged'; record: TrackedNotice }
  /** Not written: these fields changed elsewhere too. `record` is the newer stored copy. */
  | { kind: 'conflict'; record: TrackedNotice; fields: EditableField[] }
  /** Not written: the stored record does not allow it (a status change from its current status). */
  | { kind: 'refused'; record: TrackedNotice; reason: string }
  /** Not written: nothing changes (every field already holds its new value). */
  | { kind: 'unchanged'; record: TrackedNotice }
  /** Not written: the record was removed (or damaged) meanwhile. */
  | { kind: 'missing' };

/**
 * @example
 * applyEdit(stored, 3, { notes: { from: '', to: 'Call Ana' } }, now)
 * // stored.version 3 → { kind: 'saved', record: { …stored, notes: 'Call Ana', version: 4 } }
 * // stored.version 4, notes still '' → { kind: 'merged', … }; notes now 'Sent' → { kind: 'conflict', fields: ['notes'] }
 */
export function applyEdit(
  stored: TrackedNotice | null,
  baseVersion: number,
  edit: TrackedEdit,
  now: Date,
): EditOutcome {
  if (stored === null) return { kind: 'missing' };
  const moved = stored.version !== baseVersion;
  const fields = (Object.keys(edit) as EditableField[]).filter((field) => edit[field] !== undefined);
  if (moved) {
    const conflicts = fields.filter((field) => {
      const change = edit[field]!;
      const here = stored[field] ?? null;
      return !sameJson(here, change.from) && !sameJson(here, change.to);
    });
    if (conflicts.length > 0) return { kind: 'conflict', record: stored, fields: conflicts };
  }
  let record = stored;
  for (const field of fields) {
    const to = edit[field]!.to;
    if (sameJson(record[field] ?? null, to)) continue;
    if (field === 'status') {
      const from = record.status;
      const result = setStatus(record, to as TrackedStatus, now);
      if (!result.ok) return { kind: 'refused', record: stored, reason: result.reason };
      // Each status change is a step of the history, dated now (editable afterwards).
      record = { ...result.record, history: withStatusStep(record, from, to as TrackedStatus, now) };
    } else if (field === 'history') {
      record = {
        ...record,
        history: (to as HistoryEntry[] | null) ?? undefined,
        updatedAt: now.toISOString(),
      };
    } else {
      record = { ...record, [field]: to, updatedAt: now.toISOString() };
    }
  }
  if (record === stored) return { kind: 'unchanged', record: stored };
  return { kind: moved ? 'merged' : 'saved', record: { ...record, version: stored.version + 1 } };
}
