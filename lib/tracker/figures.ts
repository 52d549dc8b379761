/**
 * The figures a candidate wants at a glance: deadlines coming up, applications per status
 * and per month, eligible or not among the saved notices. Pure: records, verdicts and the
 * clock in, numbers out (components/tracker/Figures.tsx draws them).
 */
import type { Overall } from '../eligibility/types';
import type { TrackedNotice, TrackedStatus } from '../db/records';
import { deadlineMs } from './describe';
import { historyOf, stepDate, type HistoryEntry } from './history';
import { needsReminders, TRACKED_STATUSES } from './status';
import { dayKey, shiftMonth, type MonthKey } from './views';

export interface MonthCount {
  month: MonthKey;
  saved: number;
  applied: number;
}

export interface TrackerFigures {
  /** Deadlines still to come within 7 and 30 days, of notices not yet applied to. */
  next7: number;
  next30: number;
  perStatus: { status: TrackedStatus; count: number }[];
  /** The last `months` months, oldest first: notices saved and applications sent in each. */
  perMonth: MonthCount[];
  /** Verdicts with the current profile; `unknown`: no profile, or not checkable. */
  verdicts: Record<Overall | 'unknown', number>;
  total: number;
}

const DAY_MS = 86_400_000;

/**
 * @example
 * trackerFigures(records, (r) => verdicts.get(r.id) ?? null, now, 'Europe/Warsaw')
 * // → { next7: 1, next30: 3, perStatus: [{ status: 'saved', count: 4 }, …], perMonth: [...6 months], … }
 */
export function trackerFigures(
  records: readonly TrackedNotice[],
  verdictOf: (record: TrackedNotice) => Overall | null,
  nowMs: number,
  userZone: string,
  months = 6,
): TrackerFigures {
  let next7 = 0;
  let next30 = 0;
  const perStatus = new Map<TrackedStatus, number>(TRACKED_STATUSES.map((s) => [s, 0]));
  const verdicts: Record<Overall | 'unknown', number> = {
    eligible: 0,
    not_eligible: 0,
    check: 0,
    closed: 0,
    unknown: 0,
  };
  const thisMonth = dayKey(nowMs, userZone).slice(0, 7);
  const monthKeys = Array.from({ length: months }, (_, i) => shiftMonth(thisMonth, i - months + 1));
  const perMonth = new Map<MonthKey, MonthCount>(
    monthKeys.map((m) => [m, { month: m, saved: 0, applied: 0 }]),
  );

  for (const record of records) {
    const deadline = deadlineMs(record);
    if (deadline !== null && deadline > nowMs && needsReminders(record.status)) {
      if (deadline - nowMs <= 7 * DAY_MS) next7++;
      if (deadline - nowMs <= 30 * DAY_MS) next30++;
    }
    perStatus.set(record.status, (perStatus.get(record.status) ?? 0) + 1);
    verdicts[verdictOf(record) ?? 'unknown']++;

    const saved = perMonth.get(monthIn(record.savedAt, userZone));
    if (saved) saved.saved++;
    const history = historyOf(record as TrackedNotice & { history?: HistoryEntry[] });
    const applied = stepDate(history, 'applied') ?? record.appliedAt;
    if (applied !== null) {
      const month = perMonth.get(monthIn(applied, userZone));
      if (month) month.applied++;
    }
  }
  return {
    next7,
    next30,
    perStatus: TRACKED_STATUSES.map((status) => ({ status, count: perStatus.get(status) ?? 0 })),
    perMonth: monthKeys.map((m) => perMonth.get(m)!),
    verdicts,
    total: records.length,
  };
}

function monthIn(iso: string, zone: string): MonthKey {
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? '' : dayKey(ms, zone).slice(0, 7);
}

/** "Jun" for "2026-06". */
export function shortMonth(month: MonthKey): string {
  const [y, m] = month.split('-').map(Number);
  return new Intl.DateTimeFormat('en-GB', { month: 'short', timeZone: 'UTC' }).format(
    new Date(Date.UTC(y, m - 1, 1)),
  );
}
