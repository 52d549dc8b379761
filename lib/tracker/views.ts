/**
 * The tracker's three views of the same records — a table, a board by status, a calendar —
 * as pure functions: sorting, grouping, board moves checked against the allowed status
 * changes, and calendar placement by day. The clock and the zones are passed in.
 */
import type { Overall } from '../eligibility/types';
import type { ReminderOffset, TrackedNotice, TrackedStatus } from '../db/records';
import { BRUSSELS } from '../time/format';
import { zoneOffsetMinutes } from '../time/zones';
import { deadlineMs, displayTitle } from './describe';
import { historyOf, type HistoryEntry } from './history';
import { remindersFor, timeLeft } from './reminders';
import { canChangeStatus, needsReminders, STATUS_LABELS, TRACKED_STATUSES } from './status';

export const TRACKER_VIEWS = ['table', 'board', 'calendar'] as const;
export type TrackerView = (typeof TRACKER_VIEWS)[number];

export const TRACKER_VIEW_LABELS: Readonly<Record<TrackerView, string>> = {
  table: 'Table',
  board: 'Board',
  calendar: 'Calendar',
};

/** A stored preference, or the table when it is missing or unknown. */
export function parseView(value: unknown): TrackerView {
  return TRACKER_VIEWS.includes(value as TrackerView) ? (value as TrackerView) : 'table';
}

// ───────────────────────────── table ─────────────────────────────

export const SORT_KEYS = ['deadline', 'status', 'verdict', 'grade'] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export type SortDirection = 'ascending' | 'descending';
export interface TableSort {
  key: SortKey;
  direction: SortDirection;
}

export const DEFAULT_SORT: TableSort = { key: 'deadline', direction: 'ascending' };

export function parseSort(value: unknown): TableSort {
  const v = value as Partial<TableSort> | null;
  return v &&
    SORT_KEYS.includes(v.key as SortKey) &&
    (v.direction === 'ascending' || v.direction === 'descending')
    ? { key: v.key as SortKey, direction: v.direction }
    : DEFAULT_SORT;
}

/** Clicking a column: the same column flips its direction, another starts ascending. */
export function nextSort(current: TableSort, key: SortKey): TableSort {
  return current.key === key
    ? { key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' }
    : { key, direction: 'ascending' };
}

/** Best first: what a candidate can apply to comes before what needs checking, then what is out. */
const VERDICT_ORDER: Readonly<Record<Overall, number>> = {
  eligible: 0,
  check: 1,
  not_eligible: 2,
  closed: 3,
};

/** "AD5" → [0, 5]: function group (AD, AST, SC, CA), then grade number. */
function gradeRank(record: TrackedNotice): number {
  const grades = record.notice.grades ?? [];
  const groups = ['AD', 'AST', 'SC', 'CA'];
  let best = Infinity;
  for (const grade of grades) {
    const m = /^(AD|AST|SC|CA)(\d{1,2})$/.exec(grade);
    if (!m) continue;
    best = Math.min(best, groups.indexOf(m[1]) * 100 + Number(m[2]));
  }
  return best;
}

/** "AD 5–AD 7", "AST 3", or "" when the notice states none. */
export function gradeText(record: TrackedNotice): string {
  const grades = record.notice.grades ?? [];
  if (grades.length === 0) return '';
  const spaced = grades.map((g) => g.replace(/^([A-Z]+)(\d+)$/, '$1 $2'));
  return spaced.length > 2 ? `${spaced[0]}–${spaced[spaced.length - 1]}` : spaced.join(', ');
}

/**
 * Sorted copy. Ties (and records without a value for the key, always last) fall back to the
 * deadline, then to when they were saved, so the order is stable across renders.
 * `verdictOf` gives the verdict as recomputed with the current profile (null: none).
 */
export function sortRecords(
  records: readonly TrackedNotice[],
  sort: TableSort,
  verdictOf: (record: TrackedNotice) => Overall | null,
): TrackedNotice[] {
  const sign = sort.direction === 'ascending' ? 1 : -1;
  const value = (record: TrackedNotice): number => {
    switch (sort.key) {
      case 'deadline':
        return deadlineMs(record) ?? Infinity;
      case 'status':
        return TRACKED_STATUSES.indexOf(record.status);
      case 'verdict': {
        const verdict = verdictOf(record);
        return verdict === null ? Infinity : VERDICT_ORDER[verdict];
      }
      case 'grade':
        return gradeRank(record);
    }
  };
  const keyed = records.map((record) => ({ record, v: value(record), d: deadlineMs(record) ?? Infinity }));
  keyed.sort((a, b) => {
    if (a.v !== b.v) {
      if (a.v === Infinity) return 1;
      if (b.v === Infinity) return -1;
      return (a.v - b.v) * sign;
    }
    if (a.d !== b.d) return a.d === Infinity ? 1 : b.d === Infinity ? -1 : a.d - b.d;
    return a.record.savedAt.localeCompare(b.record.savedAt);
  });
  return keyed.map((k) => k.record);
}

/**
 * The countdown's tone: urgent (amber, then red) only while the candidate still has to
 * apply; once applied, withdrawn, rejected… the deadline is history, not a warning.
 */
export function deadlineTone(record: TrackedNotice, nowMs: number): 'closed' | 'soon' | 'open' | 'calm' {
  const ms = deadlineMs(record);
  if (ms === null) return 'calm';
  if (!needsReminders(record.status)) return 'calm';
  if (ms <= nowMs) return 'closed';
  return ms - nowMs < 3 * 86_400_000 ? 'soon' : 'open';
}

// ───────────────────────────── board ─────────────────────────────

/** The board's columns, in the life cycle's order. */
export const BOARD_COLUMNS: readonly TrackedStatus[] = TRACKED_STATUSES;

/** Records per status, each column soonest deadline first. */
export function groupByStatus(records: readonly TrackedNotice[]): Record<TrackedStatus, TrackedNotice[]> {
  const groups = Object.fromEntries(TRACKED_STATUSES.map((s) => [s, [] as TrackedNotice[]])) as Record<
    TrackedStatus,
    TrackedNotice[]
  >;
  for (const record of sortRecords(records, DEFAULT_SORT, () => null)) groups[record.status].push(record);
  return groups;
}

/**
 * Where a keyboard move goes from `from`: the nearest column in `direction` (-1 left, +1
 * right) that the status may change to, or null when there is none that way.
 */
export function adjacentMove(from: TrackedStatus, direction: -1 | 1): TrackedStatus | null {
  const start = BOARD_COLUMNS.indexOf(from);
  for (let i = start + direction; i >= 0 && i < BOARD_COLUMNS.length; i += direction) {
    const to = BOARD_COLUMNS[i];
    if (canChangeStatus(from, to)) return to;
  }
  return null;
}

/** Whether a card in `from` may be dropped on column `to` (the same column is no move). */
export function canDrop(from: TrackedStatus, to: TrackedStatus): boolean {
  return from !== to && canChangeStatus(from, to);
}

// ───────────────────────────── calendar ─────────────────────────────

/** "2026-06-04": a calendar day, as text that sorts. */
export type DayKey = string;

/** The calendar day `epochMs` falls on in `zone`. */
export function dayKey(epochMs: number, zone: string): DayKey {
  const shifted = new Date(epochMs + zoneOffsetMinutes(zone, epochMs) * 60_000);
  return shifted.toISOString().slice(0, 10);
}

/** "10:00" in `zone`. */
export function timeOfDay(epochMs: number, zone: string): string {
  const shifted = new Date(epochMs + zoneOffsetMinutes(zone, epochMs) * 60_000);
  return shifted.toISOString().slice(11, 16);
}

export type CalendarEventKind = 'deadline' | 'reminder' | 'step';

export interface CalendarEvent {
  kind: CalendarEventKind;
  recordId: string;
  title: string;
  /** Epoch ms of the instant. */
  at: number;
  /** The day in the user's zone: where the event is placed. */
  day: DayKey;
  /** "12:00" in the user's zone. */
  time: string;
  /** Deadlines: the day and time in Brussels, how EU notices state them. */
  brusselsDay?: DayKey;
  brusselsTime?: string;
  /** Steps: which status was reached; reminders: how long before the deadline. */
  label: string;
  status: TrackedStatus;
}

/**
 * Every dated thing of the records, placed on its day in the user's zone: each deadline (with
 * its Brussels day and time beside it, which can be another day), each reminder still to come
 * (the record's own offsets, else `defaultOffsets`), and each step of each history.
 */
export function calendarEvents(
  records: readonly TrackedNotice[],
  userZone: string,
  defaultOffsets: readonly ReminderOffset[],
  now: Date,
): CalendarEvent[] {
  const events: CalendarEvent[] = [];
  for (const record of records) {
    const title = displayTitle(record);
    const base = { recordId: record.id, title, status: record.status };
    const deadline = deadlineMs(record);
    if (deadline !== null)
      events.push({
        ...base,
        kind: 'deadline',
        at: deadline,
        day: dayKey(deadline, userZone),
        time: timeOfDay(deadline, userZone),
        brusselsDay: dayKey(deadline, BRUSSELS),
        brusselsTime: timeOfDay(deadline, BRUSSELS),
        label: 'Deadline',
      });
    for (const reminder of remindersFor(record, defaultOffsets, now))
      events.push({
        ...base,
        kind: 'reminder',
        at: reminder.fireAt,
        day: dayKey(reminder.fireAt, userZone),
        time: timeOfDay(reminder.fireAt, userZone),
        label: `Reminder, ${timeLeft(reminder.offset)} before`,
      });
    for (const step of historyOf(record as TrackedNotice & { history?: HistoryEntry[] })) {
      const at = Date.parse(step.at);
      if (Number.isNaN(at)) continue;
      events.push({
        ...base,
        kind: 'step',
        at,
        day: dayKey(at, userZone),
        time: timeOfDay(at, userZone),
        label: STATUS_LABELS[step.status],
      });
    }
  }
  return events.sort((a, b) => a.at - b.at || KIND_ORDER[a.kind] - KIND_ORDER[b.kind]);
}

const KIND_ORDER: Readonly<Record<CalendarEventKind, number>> = { deadline: 0, reminder: 1, step: 2 };

/** Events by day. */
export function eventsByDay(events: readonly CalendarEvent[]): Map<DayKey, CalendarEvent[]> {
  const days = new Map<DayKey, CalendarEvent[]>();
  for (const event of events) {
    const list = days.get(event.day);
    if (list) list.push(event);
    else days.set(event.day, [event]);
  }
  return days;
}

/** A month, "2026-06". */
export type MonthKey = string;

export function monthOf(day: DayKey): MonthKey {
  return day.slice(0, 7);
}

export function shiftMonth(month: MonthKey, by: number): MonthKey {
  const [y, m] = month.split('-').map(Number);
  const d = new Date(Date.UTC(y, m - 1 + by, 1));
  return d.toISOString().slice(0, 7);
}

/** "June 2026". */
export function monthTitle(month: MonthKey): string {
  const [y, m] = month.split('-').map(Number);
  return new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(y, m - 1, 1)),
  );
}

/**
 * The weeks of `month`, Monday first (as in most of the EU): each week seven days, the days of
 * the months before and after as null.
 */
export function monthGrid(month: MonthKey): (DayKey | null)[][] {
  const [y, m] = month.split('-').map(Number);
  const first = new Date(Date.UTC(y, m - 1, 1));
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  const lead = (first.getUTCDay() + 6) % 7;
  const cells: (DayKey | null)[] = Array.from({ length: lead }, () => null);
  for (let d = 1; d <= days; d++) cells.push(`${month}-${String(d).padStart(2, '0')}`);
  while (cells.length % 7 !== 0) cells.push(null);
  const weeks: (DayKey | null)[][] = [];
  for (let i = 0; i < cells.length; i += 7) weeks.push(cells.slice(i, i + 7));
  return weeks;
}

/** "Thursday 4 June 2026". */
export function dayTitle(day: DayKey): string {
  const [y, m, d] = day.split('-').map(Number);
  return new Intl.DateTimeFormat('en-GB', {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(y, m - 1, d)));
}
