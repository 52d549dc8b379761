/**
 * The notice and the candidate's tracker (card, popup, viewer): "Save to tracker" for a new
 * notice; "in your tracker since …" for a saved one; and, when this version differs from the
 * saved copy (a deadline moved, requirements corrected), what differs — the tracker has noted it
 * and keeps the saved values until the candidate updates them here. Pure: props in, markup out.
 */
import type { NoticeChange } from '../../lib/db/records';
import type { SavedMatch } from '../../lib/messages';
import { displayValue, fieldLabel } from '../../lib/notice/labels';
import { STATUS_LABELS } from '../../lib/tracker/status';
import { shortInstant } from '../tracker/format';
import { clip } from './evidence';

export interface SavedStateProps {
  /** The same notice in the tracker (null or absent: not saved). */
  tracked?: SavedMatch | null;
  /** Save (or update) the notice; the button is shown only when given. */
  onSave?: () => void;
  /** What happened after the last save. */
  saveStatus?: string;
  userZone: string;
}

/** A change's value as a person reads it. */
function changeText(change: NoticeChange, value: string): string {
  if (value === '') return 'not asked';
  return change.field === 'deadline' ? displayValue('deadline', value) : value;
}

/** "Deadline: saved “…”, now “…”." (card, popup, viewer and tracker say it the same way). */
export function describeChange(change: NoticeChange) {
  return (
    <>
      <strong>{fieldLabel(change.field)}</strong>: saved “
      <bdi>{clip(changeText(change, change.saved), 160)}</bdi>”, now “
      <bdi>{clip(changeText(change, change.seen), 160)}</bdi>”.
    </>
  );
}

export function SavedState({ tracked, onSave, saveStatus, userZone }: SavedStateProps) {
  const status = saveStatus ? (
    <span class="vl-muted" role="status">
      {saveStatus}
    </span>
  ) : null;
  if (!tracked) {
    if (!onSave) return null;
    return (
      <div class="vl-actions">
        <button type="button" class="vl-button vl-button--primary" onClick={onSave}>
          Save to tracker
        </button>
        {status}
      </div>
    );
  }
  const savedMs = Date.parse(tracked.savedAt);
  const since = Number.isNaN(savedMs) ? '' : ` since ${shortInstant(savedMs, userZone)}`;
  const line = (
    <p class="vl-saved">
      <span aria-hidden="true">✓ </span>In your tracker{since} · {STATUS_LABELS[tracked.status]}
    </p>
  );
  if (tracked.changes.length === 0)
    return (
      <div class="vl-saved-state">
        {line}
        {status}
      </div>
    );
  return (
    <div class="vl-saved-state">
      {line}
      <div class="vl-warning" role="note">
        <p class="vl-warning__title">This notice differs from the copy you saved</p>
        <ul class="vl-warning__list">
          {tracked.changes.map((c) => (
            <li key={c.field}>{describeChange(c)}</li>
          ))}
        </ul>
        <p class="vl-warning__text">
          Your tracker keeps the saved values (reminders included) and has noted this version. Update them
          only if this is the official notice.
        </p>
      </div>
      {onSave && (
        <div class="vl-actions">
          <button type="button" class="vl-button vl-button--primary" onClick={onSave}>
            Update the saved copy
          </button>
          {status}
        </div>
      )}
    </div>
  );
}
