/**
 * The compact table: one line per saved notice (about twenty per screen), sortable by
 * deadline, status, verdict and grade. A row's details (deadline in every zone, verdict
 * criterion by criterion, status, notes, history, reminders) open beneath it. Pure: props in,
 * markup out; notice text is isolated with <bdi>.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { TrackedNotice } from '../../lib/db';
import type { Overall } from '../../lib/eligibility/types';
import { VERDICT_LABELS } from '../../lib/notice/labels';
import { countdown } from '../../lib/time/format';
import { deadlineMs, displayTitle, pendingChanges, STATUS_LABELS } from '../../lib/tracker';
import { deadlineTone, gradeText, type SortKey, type TableSort } from '../../lib/tracker/views';
import { shortDeadline } from './format';
import { clip } from '../notice/evidence';

export interface TableViewProps {
  records: readonly TrackedNotice[];
  sort: TableSort;
  onSort: (key: SortKey) => void;
  verdictOf: (record: TrackedNotice) => Overall | null;
  nowMs: number;
  userZone: string;
  /** Ids whose details are open. */
  expanded: ReadonlySet<string>;
  onToggle: (id: string) => void;
  /** The details of one notice (TrackedItem and its history). */
  details: (record: TrackedNotice) => ComponentChildren;
}

const COLUMNS: { key: SortKey | null; label: string }[] = [
  { key: null, label: 'Notice' },
  { key: 'deadline', label: 'Deadline' },
  { key: null, label: 'Time left' },
  { key: 'status', label: 'Status' },
  { key: 'verdict', label: 'Verdict' },
  { key: 'grade', label: 'Grade' },
];

export const VERDICT_ICONS: Readonly<Record<Overall, string>> = {
  eligible: '✓',
  not_eligible: '✗',
  check: '!',
  closed: '⊘',
};

/**
 * Rows drawn at once; the rest follow in later tasks of ROWS_PER_TASK each, so the first
 * screen (about twenty rows) shows without waiting for hundreds of rows below it.
 */
export const FIRST_ROWS = 40;
const ROWS_PER_TASK = 150;

export function TableView(props: TableViewProps) {
  const { sort, nowMs, userZone } = props;
  const [limit, setLimit] = useState(FIRST_ROWS);
  useEffect(() => {
    if (limit >= props.records.length) return;
    const timer = setTimeout(() => setLimit((n) => n + ROWS_PER_TASK), 0);
    return () => clearTimeout(timer);
  }, [limit, props.records.length]);
  const records = limit >= props.records.length ? props.records : props.records.slice(0, limit);
  return (
    <div class="tracker-table-wrap">
      <table class="tracker-table">
        <caption class="visually-hidden">
          Your saved notices, sorted by {sort.key} ({sort.direction}). Column headers sort the table.
          {records.length < props.records.length &&
            ` Showing the first ${records.length} of ${props.records.length}.`}
        </caption>
        <thead>
          <tr>
            {COLUMNS.map((column) => (
              <th
                key={column.label}
                scope="col"
                class={`tracker-table__${column.label.toLowerCase().replace(' ', '-')}`}
                aria-sort={column.key === sort.key ? sort.direction : undefined}
              >
                {column.key === null ? (
                  column.label
                ) : (
                  <button type="button" class="tracker-table__sort" onClick={() => props.onSort(column.key!)}>
                    {column.label}
                    <span aria-hidden="true" class="tracker-table__arrow">
                      {column.key === sort.key ? (sort.direction === 'ascending' ? ' ▲' : ' ▼') : ' ↕'}
                    </span>
                  </button>
                )}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {records.map((record) => {
            const open = props.expanded.has(record.id);
            const verdict = props.verdictOf(record);
            const title = displayTitle(record);
            const detailsId = `details-${record.id}`;
            return [
              <tr
                key={record.id}
                class={`tracker-row${open ? ' tracker-row--open' : ''}`}
                data-id={record.id}
              >
                <th scope="row" class="tracker-table__notice">
                  <button
                    type="button"
                    class="tracker-row__toggle"
                    aria-expanded={open}
                    aria-controls={open ? detailsId : undefined}
                    onClick={() => props.onToggle(record.id)}
                  >
                    <span aria-hidden="true" class="tracker-row__chevron">
                      {open ? '▾' : '▸'}
                    </span>
                    <bdi class="tracker-row__title">{clip(title, 90)}</bdi>
                  </button>
                  {(record.reference ?? record.notice.reference) && (
                    <>
                      {' '}
                      <span class="tracker-row__ref">
                        <bdi>{clip((record.reference ?? record.notice.reference)!, 40)}</bdi>
                      </span>
                    </>
                  )}
                </th>
                <td class="tracker-table__deadline">
                  <DeadlineCell record={record} userZone={userZone} />
                  {pendingChanges(record) && (
                    <span class="tracker-row__seen">
                      <span aria-hidden="true">⚠ </span>changed on the notice
                    </span>
                  )}
                </td>
                <td class="tracker-table__time-left">
                  <TimeLeft record={record} nowMs={nowMs} />
                </td>
                <td class="tracker-table__status">
                  <span class={`status-pill status-pill--${record.status}`}>
                    {STATUS_LABELS[record.status]}
                  </span>
                </td>
                <td class="tracker-table__verdict">
                  {verdict === null ? (
                    <span class="vl-muted">—</span>
                  ) : (
                    <span class={`verdict-pill verdict-pill--${verdict}`}>
                      <span aria-hidden="true">{VERDICT_ICONS[verdict]} </span>
                      {VERDICT_LABELS[verdict]}
                    </span>
                  )}
                </td>
                <td class="tracker-table__grade">{gradeText(record) || <span class="vl-muted">—</span>}</td>
              </tr>,
              open && (
                <tr key={`${record.id}-details`} class="tracker-details-row">
                  <td colSpan={COLUMNS.length} id={detailsId}>
                    {props.details(record)}
                  </td>
                </tr>
              ),
            ];
          })}
        </tbody>
      </table>
    </div>
  );
}

/** "4 Jun 2026, 12:00 Brussels", and the user's own time when it differs. */
export function DeadlineCell({ record, userZone }: { record: TrackedNotice; userZone: string }) {
  const ms = deadlineMs(record);
  if (ms === null) return <span class="vl-muted">No deadline</span>;
  return <>{shortDeadline(ms, userZone)}</>;
}

/** The time left, amber only while the candidate still has to apply. */
export function TimeLeft({ record, nowMs }: { record: TrackedNotice; nowMs: number }) {
  const ms = deadlineMs(record);
  if (ms === null) return <span class="vl-muted">—</span>;
  const tone = deadlineTone(record, nowMs);
  return <span class={`time-left time-left--${tone}`}>{countdown(ms, nowMs).text}</span>;
}
