/**
 * Reminders for one notice: the defaults (from the settings), this notice's own choice, or
 * none. The record holds the choice (`reminderOffsets`: null = defaults, [] = off). Only
 * notices the candidate has not applied to yet are reminded.
 */
import { useId, useState } from 'preact/hooks';
import type { ReminderOffset, TrackedNotice } from '../../lib/db';
import { needsReminders, STATUS_LABELS } from '../../lib/tracker';
import { REMINDER_CHOICES } from './ReminderSettings';

export interface NoticeRemindersProps {
  record: TrackedNotice;
  defaults: readonly ReminderOffset[];
  /** Resolves to null when saved, or to the reason it was not. */
  onChange: (offsets: ReminderOffset[] | null) => Promise<string | null>;
}

const key = (o: ReminderOffset) => `${o.amount}${o.unit}`;
export const offsetLabel = (o: ReminderOffset) =>
  `${o.amount} ${o.amount === 1 ? o.unit.replace(/s$/, '') : o.unit} before`;

export function describeOffsets(offsets: readonly ReminderOffset[]): string {
  return offsets.length === 0 ? 'none' : offsets.map(offsetLabel).join(', ');
}

export function NoticeReminders({ record, defaults, onChange }: NoticeRemindersProps) {
  const id = useId();
  const mode =
    record.reminderOffsets === null ? 'default' : record.reminderOffsets.length === 0 ? 'off' : 'custom';
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const chosen = new Set((record.reminderOffsets ?? defaults).map(key));
  // Custom offsets the fixed choices do not list (from a backup) are kept and shown.
  const extra = (record.reminderOffsets ?? []).filter(
    (o) => !REMINDER_CHOICES.some((c) => key(c) === key(o)),
  );

  async function save(offsets: ReminderOffset[] | null) {
    const reason = await onChange(offsets);
    setError(reason);
    setStatus(
      reason !== null
        ? ''
        : offsets === null
          ? 'This notice uses your default reminders.'
          : offsets.length === 0
            ? 'No reminders for this notice.'
            : 'Reminders for this notice saved.',
    );
  }

  return (
    <fieldset class="notice-reminders">
      <legend>Reminders for this notice</legend>
      {!needsReminders(record.status) && (
        <p class="hint">
          None are sent now: the notice is “{STATUS_LABELS[record.status]}”. Reminders are for notices you
          have not applied to yet.
        </p>
      )}
      <div class="notice-reminders__modes">
        <label class="check">
          <input
            type="radio"
            name={`${id}-mode`}
            checked={mode === 'default'}
            onChange={() => void save(null)}
          />
          My defaults ({describeOffsets(defaults)})
        </label>
        <label class="check">
          <input
            type="radio"
            name={`${id}-mode`}
            checked={mode === 'custom'}
            onChange={() => void save(defaults.length > 0 ? [...defaults] : [REMINDER_CHOICES[1]])}
          />
          Choose for this notice
        </label>
        <label class="check">
          <input type="radio" name={`${id}-mode`} checked={mode === 'off'} onChange={() => void save([])} />
          No reminders
        </label>
      </div>
      {mode === 'custom' && (
        <div class="notice-reminders__choices" role="group" aria-label="Remind me">
          {[...REMINDER_CHOICES, ...extra].map((o) => (
            <label key={key(o)} class="check reminder-choice">
              <input
                type="checkbox"
                checked={chosen.has(key(o))}
                onChange={(event) => {
                  const next = new Set(chosen);
                  if (event.currentTarget.checked) next.add(key(o));
                  else next.delete(key(o));
                  void save([...REMINDER_CHOICES, ...extra].filter((c) => next.has(key(c))));
                }}
              />
              {offsetLabel(o)}
            </label>
          ))}
        </div>
      )}
      <p class="hint" role="status">
        {status}
      </p>
      {error !== null && (
        <p class="field-error" role="alert">
          {error}
        </p>
      )}
    </fieldset>
  );
}
