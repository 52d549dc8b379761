/**
 * One application's history: its steps with their dates (filled when the status changes,
 * editable here), the verdict when it was saved and now, and the deadlines the notice had when
 * a re-published notice moved it. Pure: props in, markup out.
 */
import { useId, useState } from 'preact/hooks';
import type { TrackedNotice } from '../../lib/db';
import type { Overall } from '../../lib/eligibility/types';
import { VERDICT_LABELS } from '../../lib/notice/labels';
import { formatBrusselsTime, STATUS_LABELS } from '../../lib/tracker';
import {
  deadlineHistory,
  editHistoryEntry,
  historyOf,
  HISTORY_NOTE_MAX,
  type HistoryEntry,
} from '../../lib/tracker/history';
import { describeChange } from '../notice/SavedState';
import { shortInstant } from './format';

export interface HistoryTimelineProps {
  record: TrackedNotice & { history?: HistoryEntry[] | null };
  /** The verdict stored when the notice was saved (null: not recorded then). */
  verdictThen: Overall | null;
  /** Recomputed with the current profile (null: no profile). */
  verdictNow: Overall | null;
  userZone: string;
  nowMs: number;
  /** Resolves to null when saved, or to the reason it was not. */
  onHistory: (history: HistoryEntry[]) => Promise<string | null>;
}

export function HistoryTimeline(props: HistoryTimelineProps) {
  const { record, userZone } = props;
  const id = useId();
  const steps = historyOf(record);
  const deadlines = deadlineHistory(record);
  const [editing, setEditing] = useState<number | null>(null);
  return (
    <section class="history" aria-labelledby={`${id}-title`}>
      <h4 id={`${id}-title`} class="history__title">
        History
      </h4>
      <ol class="history__steps">
        {steps.map((step, index) => (
          <li
            key={`${step.status}-${step.at}-${index}`}
            class={`history__step history__step--${step.status}`}
          >
            {editing === index ? (
              <StepEditor
                steps={steps}
                index={index}
                userZone={userZone}
                nowMs={props.nowMs}
                onCancel={() => setEditing(null)}
                onSave={async (history) => {
                  const reason = await props.onHistory(history);
                  if (reason === null) setEditing(null);
                  return reason;
                }}
              />
            ) : (
              <>
                <span class="history__status">{STATUS_LABELS[step.status]}</span>{' '}
                <time dateTime={step.at}>{shortInstant(Date.parse(step.at), userZone)}</time>
                {step.note && (
                  <span class="history__note">
                    {' '}
                    — <bdi>{step.note}</bdi>
                  </span>
                )}{' '}
                <button type="button" class="link-button" onClick={() => setEditing(index)}>
                  Edit
                  <span class="visually-hidden"> the date and note of “{STATUS_LABELS[step.status]}”</span>
                </button>
              </>
            )}
          </li>
        ))}
      </ol>
      <p class="history__verdicts">
        Verdict when saved:{' '}
        <strong>{props.verdictThen ? VERDICT_LABELS[props.verdictThen] : 'not recorded'}</strong>
        {' · '}
        now, with your current profile:{' '}
        <strong>{props.verdictNow ? VERDICT_LABELS[props.verdictNow] : 'no profile'}</strong>
        {props.verdictThen && props.verdictNow && props.verdictThen !== props.verdictNow && (
          <span class="history__changed"> (changed)</span>
        )}
      </p>
      {(record.sightings ?? []).length > 0 && (
        <div class="history__sightings">
          <p>Seen again with differences from the saved copy (the saved values were kept):</p>
          <ol>
            {[...(record.sightings ?? [])].reverse().map((s) => (
              <li key={s.firstSeen}>
                <time dateTime={s.lastSeen}>{shortInstant(Date.parse(s.lastSeen), userZone)}</time>
                <ul>
                  {s.changes.map((c) => (
                    <li key={c.field}>{describeChange(c)}</li>
                  ))}
                </ul>
              </li>
            ))}
          </ol>
        </div>
      )}
      {deadlines.length > 1 && (
        <div class="history__deadlines">
          <p>The deadline moved when the notice was published again:</p>
          <ol>
            {deadlines.map((d, i) => (
              <li key={i} class={d.current ? 'history__deadline--current' : 'history__deadline--old'}>
                {d.deadline === null ? 'no deadline' : brussels(d.deadline)}
                {d.current ? ' (now)' : ' (before)'}
              </li>
            ))}
          </ol>
        </div>
      )}
    </section>
  );
}

function brussels(iso: string): string {
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? iso : formatBrusselsTime(ms);
}

/** "2026-05-01T09:30" for a datetime-local input, in `zone`. */
function toLocalInput(iso: string, zone: string): string {
  const ms = Date.parse(iso);
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone: zone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(new Date(ms))
      .map((p) => [p.type, p.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`;
}

/** The instant that `local` ("2026-05-01T09:30") is in `zone`. */
function fromLocalInput(local: string, zone: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(local);
  if (!m) return null;
  const guess = Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5]);
  // The zone's offset at that moment: two rounds settle it, also across a clock change.
  let ms = guess;
  for (let i = 0; i < 2; i++) {
    const shown = toLocalInput(new Date(ms).toISOString(), zone);
    const [, y, mo, d, h, mi] = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(shown)!.map(Number);
    ms += guess - Date.UTC(y, mo - 1, d, h, mi);
  }
  return new Date(ms).toISOString();
}

function StepEditor(props: {
  steps: HistoryEntry[];
  index: number;
  userZone: string;
  nowMs: number;
  onCancel: () => void;
  onSave: (history: HistoryEntry[]) => Promise<string | null>;
}) {
  const id = useId();
  const step = props.steps[props.index];
  const [when, setWhen] = useState(toLocalInput(step.at, props.userZone));
  const [note, setNote] = useState(step.note ?? '');
  const [error, setError] = useState<string | null>(null);

  async function save(event: Event) {
    event.preventDefault();
    const at = fromLocalInput(when, props.userZone);
    if (at === null) {
      setError('Give a date and a time.');
      return;
    }
    const result = editHistoryEntry(props.steps, props.index, { at, note }, new Date(props.nowMs));
    if (!result.ok) {
      setError(result.reason);
      return;
    }
    setError(await props.onSave(result.history));
  }

  return (
    <form class="history__editor" onSubmit={(event) => void save(event)}>
      <span class="history__status">{STATUS_LABELS[step.status]}</span>
      <div class="field">
        <label for={`${id}-when`}>Date and time ({props.userZone})</label>
        <input
          type="datetime-local"
          id={`${id}-when`}
          value={when}
          onInput={(event) => setWhen(event.currentTarget.value)}
        />
      </div>
      <div class="field">
        <label for={`${id}-note`}>Note on this step</label>
        <input
          type="text"
          id={`${id}-note`}
          dir="auto"
          maxLength={HISTORY_NOTE_MAX}
          value={note}
          onInput={(event) => setNote(event.currentTarget.value)}
        />
      </div>
      <div class="history__editor-actions">
        <button type="submit" class="button button-primary">
          Save step
        </button>
        <button type="button" class="button button-secondary" onClick={props.onCancel}>
          Cancel
        </button>
      </div>
      {error !== null && (
        <p class="field-error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
