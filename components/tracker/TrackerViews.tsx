/**
 * The saved notices in the view the user chose — table, board or calendar (remembered by the
 * entrypoint) — with the figures at a glance above them. The verdicts are computed once here
 * with the current profile and shared by the views, the sorting and the figures. A notice's
 * details open beneath its row in the table, in a dialog from the board and the calendar.
 * Pure: props in, markup out.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { ReminderOffset, TrackedNotice, TrackedStatus } from '../../lib/db';
import { evaluateEligibility } from '../../lib/eligibility';
import type { Overall } from '../../lib/eligibility/types';
import type { Profile } from '../../lib/profile';
import { displayTitle } from '../../lib/tracker';
import { trackerFigures } from '../../lib/tracker/figures';
import {
  nextSort,
  sortRecords,
  TRACKER_VIEW_LABELS,
  TRACKER_VIEWS,
  type MonthKey,
  type TableSort,
  type TrackerView,
} from '../../lib/tracker/views';
import { clip } from '../notice/evidence';
import { BoardView } from './BoardView';
import { CalendarView } from './CalendarView';
import { Figures } from './Figures';
import { TableView } from './TableView';

export interface TrackerViewsProps {
  /** Every record (the figures count them all). */
  records: readonly TrackedNotice[];
  /** The records the filters leave. */
  shown: readonly TrackedNotice[];
  profile: Profile | null;
  nowMs: number;
  userZone: string;
  view: TrackerView;
  onView: (view: TrackerView) => void;
  sort: TableSort;
  onSort: (sort: TableSort) => void;
  reminderDefaults: readonly ReminderOffset[];
  /** Only the first records are read yet: the figures wait for the whole list. */
  partial?: boolean;
  /** Resolves to null when saved, or to the reason it was not. */
  onMove: (id: string, status: TrackedStatus) => Promise<string | null>;
  /** A notice's details: the full item, its history, its reminders. */
  details: (record: TrackedNotice, verdictNow: Overall | null) => ComponentChildren;
  /** Beside the view switch: the filters. */
  controls?: ComponentChildren;
  /** Between the switch and the view: count, messages. */
  children?: ComponentChildren;
}

/** Verdicts with the current profile, by record id (null: no profile, or not checkable). */
export function useVerdicts(
  records: readonly TrackedNotice[],
  profile: Profile | null,
  nowMs: number,
): Map<string, Overall | null> {
  // Recomputed when the clock crosses a minute, not on every render.
  const minute = Math.floor(nowMs / 60_000);
  return useMemo(() => {
    const verdicts = new Map<string, Overall | null>();
    const now = new Date(minute * 60_000);
    for (const record of records) {
      if (profile === null) {
        verdicts.set(record.id, null);
        continue;
      }
      try {
        verdicts.set(record.id, evaluateEligibility(record.notice, profile, now).overall);
      } catch {
        verdicts.set(record.id, null);
      }
    }
    return verdicts;
  }, [records, profile, minute]);
}

export function TrackerViews(props: TrackerViewsProps) {
  const { records, shown, nowMs, userZone, view } = props;
  const verdicts = useVerdicts(records, props.profile, nowMs);
  const verdictOf = (record: TrackedNotice) => verdicts.get(record.id) ?? null;
  const figures = useMemo(
    () => trackerFigures(records, verdictOf, nowMs, userZone),
    [records, verdicts, Math.floor(nowMs / 60_000), userZone],
  );
  const sorted = useMemo(
    () => (view === 'table' ? sortRecords(shown, props.sort, verdictOf) : shown),
    [shown, props.sort, verdicts, view],
  );
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const [dialogId, setDialogId] = useState<string | null>(null);
  const [month, setMonth] = useState<MonthKey | null>(null);
  const dialogRecord = dialogId === null ? null : (records.find((r) => r.id === dialogId) ?? null);

  return (
    <>
      {props.partial ? (
        <div class="tracker-figures" aria-hidden="true">
          {['Deadlines to come', 'Per status', 'Per month', 'Eligible or not'].map((title) => (
            <div key={title} class="figure">
              <p class="figure__title">{title}</p>
            </div>
          ))}
        </div>
      ) : (
        <Figures figures={figures} hasProfile={props.profile !== null} />
      )}
      <div class="tracker-views-bar">
        <div class="view-switch" role="group" aria-label="Show your saved notices as">
          {TRACKER_VIEWS.map((v) => (
            <button
              key={v}
              type="button"
              class={`view-switch__button${v === view ? ' view-switch__button--current' : ''}`}
              aria-pressed={v === view}
              onClick={() => props.onView(v)}
            >
              {TRACKER_VIEW_LABELS[v]}
            </button>
          ))}
        </div>
        {props.controls}
      </div>
      {props.children}
      {shown.length > 0 && view === 'table' && (
        <TableView
          records={sorted}
          sort={props.sort}
          onSort={(key) => props.onSort(nextSort(props.sort, key))}
          verdictOf={verdictOf}
          nowMs={nowMs}
          userZone={userZone}
          expanded={expanded}
          onToggle={(id) => {
            const next = new Set(expanded);
            if (next.has(id)) next.delete(id);
            else next.add(id);
            setExpanded(next);
          }}
          details={(record) => props.details(record, verdictOf(record))}
        />
      )}
      {shown.length > 0 && view === 'board' && (
        <BoardView
          records={shown}
          verdictOf={verdictOf}
          nowMs={nowMs}
          userZone={userZone}
          onMove={props.onMove}
          onOpen={setDialogId}
        />
      )}
      {shown.length > 0 && view === 'calendar' && (
        <CalendarView
          records={shown}
          userZone={userZone}
          nowMs={nowMs}
          defaultOffsets={props.reminderDefaults}
          month={month}
          onMonth={setMonth}
          onOpen={setDialogId}
        />
      )}
      <DetailsDialog record={dialogRecord} onClose={() => setDialogId(null)}>
        {dialogRecord && props.details(dialogRecord, verdictOf(dialogRecord))}
      </DetailsDialog>
    </>
  );
}

function DetailsDialog({
  record,
  onClose,
  children,
}: {
  record: TrackedNotice | null;
  onClose: () => void;
  children: ComponentChildren;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const returnTo = useRef<HTMLElement | null>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (record !== null && !dialog.open) {
      returnTo.current = document.activeElement as HTMLElement | null;
      if (typeof dialog.showModal === 'function') dialog.showModal();
      else dialog.setAttribute('open', '');
    } else if (record === null && dialog.open) {
      dialog.close();
      returnTo.current?.focus();
    }
  }, [record]);
  return (
    <dialog ref={ref} class="details-dialog" aria-labelledby="details-dialog-title" onClose={onClose}>
      {record !== null && (
        <>
          <div class="snapshot-dialog__head">
            <h2 id="details-dialog-title" class="snapshot-dialog__title">
              <bdi>{clip(displayTitle(record), 200)}</bdi>
            </h2>
            <button type="button" class="button button-secondary" onClick={onClose}>
              Close
            </button>
          </div>
          {children}
        </>
      )}
    </dialog>
  );
}
