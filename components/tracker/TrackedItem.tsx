/**
 * One saved notice: what it is, when it closes (Brussels and the user's zone, time left), the
 * verdict against the current profile, the candidate's status and notes, and what can be done
 * with it. Pure: props in, markup out. Notice text and notes are hostile input: text only.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useId, useMemo, useRef, useState } from 'preact/hooks';
import type { TrackedNotice, TrackedStatus } from '../../lib/db';
import { evaluateEligibility, type EligibilityResult } from '../../lib/eligibility';
import type { Profile } from '../../lib/profile';
import {
  ALLOWED_STATUS_CHANGES,
  displayTitle,
  formatBrusselsTime,
  STATUS_LABELS,
  stripBidiControls,
  TRACKED_STATUSES,
  pendingChanges,
} from '../../lib/tracker';
import { formatInstant } from '../../lib/time/format';
import { CriteriaList } from '../notice/CriteriaList';
import { describeChange } from '../notice/SavedState';
import { DeadlineBlock } from '../notice/DeadlineBlock';
import { clip, type EvidenceLinks } from '../notice/evidence';
import { NotStated } from '../notice/Value';
import { VerdictBadge } from '../notice/VerdictBadge';

export interface TrackedItemProps {
  record: TrackedNotice;
  /** null: no profile yet, so no verdict. */
  profile: Profile | null;
  nowMs: number;
  userZone: string;
  /** Resolve to null when saved, or to the reason it was not. */
  onStatus: (status: TrackedStatus) => Promise<string | null>;
  onNotes: (notes: string) => Promise<string | null>;
  onShowSnapshot: () => void;
  /** Only offered when the notice has a deadline. */
  onCalendar: () => void;
  onRemove: () => void;
  /** No urgency colour on the time left: the candidate no longer has to apply (applied, withdrawn…). */
  calm?: boolean;
  /** After the status and notes: the notice's reminders and history. */
  children?: ComponentChildren;
}

/** No evidence links here: the notice page is not open beside the tracker. */
const NO_LINKS: EvidenceLinks = { evidence: {}, where: 'notice' };

type NotesState =
  { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved' } | { kind: 'failed'; message: string };

export function TrackedItem(props: TrackedItemProps) {
  const { record, profile, nowMs, userZone } = props;
  const id = useId();
  const titleId = `${id}-title`;
  const title = displayTitle(record);
  const shortTitle = clip(title, 80);
  // Notice text is isolated wherever it is shown (<bdi>): a right-to-left override in a title
  // stays inside it. An attribute cannot hold <bdi>, so there the controls are removed.
  const plainShortTitle = stripBidiControls(shortTitle);
  const href = webAddress(record.url);

  return (
    <li class="tracker-item">
      <article class="tracker-item__body" aria-labelledby={titleId}>
        <h3 id={titleId} class="tracker-item__title">
          <bdi>{clip(title, 300)}</bdi>
        </h3>
        <dl class="tracker-facts">
          <div class="tracker-facts__row">
            <dt>Reference</dt>
            <dd>{textOrNotStated(record.reference ?? record.notice.reference)}</dd>
          </div>
          <div class="tracker-facts__row">
            <dt>Institution</dt>
            <dd>{textOrNotStated(record.notice.institution)}</dd>
          </div>
          <div class="tracker-facts__row">
            <dt>Saved</dt>
            <dd>{safeFormat(Date.parse(record.savedAt), userZone)}</dd>
          </div>
        </dl>

        <div class="tracker-item__columns">
          <div class="vl-card vl-card--embedded tracker-item__deadline">
            <p class="tracker-item__label">Deadline</p>
            <DeadlineBlock
              deadline={record.notice.deadline}
              deadlineZone={record.notice.deadlineZone}
              note={record.evidence.deadline?.note}
              nowMs={nowMs}
              userZone={userZone}
              links={NO_LINKS}
              calm={props.calm}
            />
            <DeadlineChanged record={record} />
            <SeenChanged record={record} userZone={userZone} />
          </div>
          <div class="vl-card vl-card--embedded tracker-item__verdict">
            <p class="tracker-item__label">Can you apply?</p>
            <Verdict record={record} profile={profile} nowMs={nowMs} />
          </div>
        </div>

        <div class="tracker-item__columns">
          <StatusField record={record} userZone={userZone} onStatus={props.onStatus} />
          <NotesField record={record} onNotes={props.onNotes} />
        </div>

        {props.children}

        <ul class="tracker-actions" aria-label={`Actions for ${plainShortTitle}`}>
          <li>
            {href ? (
              <a class="button button-secondary" href={href} target="_blank" rel="noopener noreferrer">
                Open the notice
                <span class="visually-hidden">
                  {' '}
                  “<bdi>{shortTitle}</bdi>” (opens in a new tab)
                </span>
              </a>
            ) : (
              <span class="tracker-actions__none">No web address saved</span>
            )}
          </li>
          <li>
            <button type="button" class="button button-secondary" onClick={props.onShowSnapshot}>
              Saved copy
              <span class="visually-hidden">
                {' '}
                of “<bdi>{shortTitle}</bdi>”
              </span>
            </button>
          </li>
          {record.notice.deadline !== null && (
            <li>
              <button type="button" class="button button-secondary" onClick={props.onCalendar}>
                Calendar (.ics)
                <span class="visually-hidden">
                  {' '}
                  for “<bdi>{shortTitle}</bdi>”
                </span>
              </button>
            </li>
          )}
          <li>
            <button type="button" class="button button-quiet" onClick={props.onRemove}>
              Remove
              <span class="visually-hidden">
                {' '}
                “<bdi>{shortTitle}</bdi>”
              </span>
            </button>
          </li>
        </ul>
      </article>
    </li>
  );
}

function textOrNotStated(text: string | null) {
  return text?.trim() ? <bdi class="tracker-value">{clip(text, 240)}</bdi> : <NotStated />;
}

/**
 * Only http(s) addresses become links: a record restored from a backup file could carry a
 * javascript: or data: address.
 */
export function webAddress(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : null;
  } catch {
    return null;
  }
}

function safeFormat(ms: number, zone: string): string {
  if (Number.isNaN(ms)) return 'unknown';
  try {
    return formatInstant(ms, zone);
  } catch {
    return new Date(ms).toISOString();
  }
}

function brusselsOrNone(deadline: string | null): string {
  if (deadline === null) return 'no deadline';
  const ms = Date.parse(deadline);
  return Number.isNaN(ms) ? deadline : formatBrusselsTime(ms);
}

/** The reader saw the deadline move (a notice extended or corrected) when the notice was saved again. */
function DeadlineChanged({ record }: { record: TrackedNotice }) {
  if (record.previousDeadline === null) return null;
  return (
    <p class="tracker-changed">
      <strong>
        <span aria-hidden="true">⚠ </span>Deadline changed:
      </strong>{' '}
      from <span class="tracker-changed__from">{brusselsOrNone(record.previousDeadline)}</span> to{' '}
      <span class="tracker-changed__to">{brusselsOrNone(record.notice.deadline)}</span>.
    </p>
  );
}

/**
 * The notice was seen again (its page or PDF) differing from the saved copy: what differed, when
 * and where. The saved values stay (a page must not rewrite the tracker); the card on the notice
 * offers to update them.
 */
function SeenChanged({ record, userZone }: { record: TrackedNotice; userZone: string }) {
  const pending = pendingChanges(record);
  if (!pending) return null;
  const { sighting, changes } = pending;
  const href = webAddress(sighting.url);
  return (
    <div class="tracker-changed tracker-seen" role="note">
      <p>
        <strong>
          <span aria-hidden="true">⚠ </span>The notice differs from your saved copy
        </strong>{' '}
        (seen {safeFormat(Date.parse(sighting.lastSeen), userZone)}
        {href ? (
          <>
            {' '}
            at{' '}
            <a href={href} target="_blank" rel="noopener noreferrer">
              <bdi>{clip(sighting.url, 80)}</bdi>
            </a>
          </>
        ) : null}
        ):
      </p>
      <ul>
        {changes.map((c) => (
          <li key={c.field}>{describeChange(c)}</li>
        ))}
      </ul>
      <p class="vl-muted">
        The saved values and reminders are unchanged. To take the new ones, open the notice and choose “Update
        the saved copy” on its card.
      </p>
    </div>
  );
}

function Verdict({
  record,
  profile,
  nowMs,
}: {
  record: TrackedNotice;
  profile: Profile | null;
  nowMs: number;
}) {
  // Recomputed with today's profile and clock: the verdict saved with the notice may be stale.
  const result = useMemo<EligibilityResult | null>(() => {
    if (profile === null) return null;
    try {
      return evaluateEligibility(record.notice, profile, new Date(nowMs));
    } catch {
      return null;
    }
  }, [record.notice, profile, nowMs]);
  if (profile === null) return <p class="vl-muted">No verdict: your profile is empty.</p>;
  if (result === null) return <p class="vl-muted">Your eligibility could not be checked for this notice.</p>;
  return (
    <>
      <VerdictBadge overall={result.overall} />
      <details class="tracker-criteria">
        <summary>Criterion by criterion</summary>
        <CriteriaList criteria={result.criteria} headingLevel={4} links={NO_LINKS} />
      </details>
    </>
  );
}

function StatusField({
  record,
  userZone,
  onStatus,
}: {
  record: TrackedNotice;
  userZone: string;
  onStatus: TrackedItemProps['onStatus'];
}) {
  const id = useId();
  const [error, setError] = useState<string | null>(null);
  // The current status first in life-cycle order, with only the changes allowed from it.
  const choices = TRACKED_STATUSES.filter(
    (status) => status === record.status || ALLOWED_STATUS_CHANGES[record.status].includes(status),
  );

  // The status as stored now: after a refused change the page may have read a newer copy.
  const stored = useRef(record.status);
  stored.current = record.status;

  async function change(event: Event) {
    const select = event.currentTarget as HTMLSelectElement;
    const reason = await onStatus(select.value as TrackedStatus);
    setError(reason);
    // A refused or failed change: show the status that is actually stored.
    if (reason !== null) select.value = stored.current;
  }

  return (
    <div class="field tracker-status">
      <label for={`${id}-status`}>Status</label>
      <select id={`${id}-status`} value={record.status} onChange={change}>
        {choices.map((status) => (
          <option key={status} value={status}>
            {STATUS_LABELS[status]}
          </option>
        ))}
      </select>
      {record.appliedAt !== null && (
        <p class="hint">You applied on {safeFormat(Date.parse(record.appliedAt), userZone)}.</p>
      )}
      {error !== null && (
        <p class="field-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}

function NotesField({ record, onNotes }: { record: TrackedNotice; onNotes: TrackedItemProps['onNotes'] }) {
  const id = useId();
  const [draft, setDraft] = useState(record.notes);
  const [state, setState] = useState<NotesState>({ kind: 'idle' });
  // The notes last known to be stored: an outside change (a restored backup) replaces the
  // draft only when the user has not typed anything since.
  const stored = useRef(record.notes);
  useEffect(() => {
    if (record.notes === stored.current) return;
    setDraft((current) => (current === stored.current ? record.notes : current));
    stored.current = record.notes;
  }, [record.notes]);

  async function save() {
    if (draft === record.notes || state.kind === 'saving') return;
    setState({ kind: 'saving' });
    const reason = await onNotes(draft);
    setState(reason === null ? { kind: 'saved' } : { kind: 'failed', message: reason });
  }

  const dirty = draft !== record.notes;
  return (
    <div class="field tracker-notes">
      <label for={`${id}-notes`}>Notes</label>
      <textarea
        id={`${id}-notes`}
        dir="auto"
        rows={3}
        value={draft}
        aria-describedby={`${id}-notes-hint`}
        onInput={(event) => {
          setDraft(event.currentTarget.value);
          if (state.kind === 'saved') setState({ kind: 'idle' });
        }}
        onBlur={() => void save()}
      />
      <div class="tracker-notes__actions">
        <button type="button" class="button button-secondary" onClick={() => void save()}>
          Save notes
        </button>
        <p id={`${id}-notes-hint`} class="hint" role="status">
          {state.kind === 'saving'
            ? 'Saving…'
            : state.kind === 'saved' && !dirty
              ? 'Notes saved.'
              : 'Saved when you leave the box.'}
        </p>
      </div>
      {state.kind === 'failed' && (
        <p class="field-error" role="alert">
          {state.message}
        </p>
      )}
    </div>
  );
}
