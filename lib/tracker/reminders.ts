/**
 * When to remind the candidate of a deadline.
 *
 * "1 day before" means the same wall-clock time on the calendar day before, in the zone the
 * deadline was stated in (Brussels unless the notice said otherwise): a deadline of 12:00 on
 * a Monday reminds at 12:00 on the Sunday, even when the clocks changed in between (then the
 * gap is 23 or 25 real hours, not 24). That is what a person means by "a day before".
 * Hours and minutes are exact durations: "3 hours before" is always 3 real hours.
 */
import type { ReminderOffset, TrackedNotice } from '../db/records';
import { zonedTimeToInstant, zoneOffsetMinutes, type LocalDateTime } from '../time/zones';
import { deadlineMs, deadlineZone, displayTitle } from './describe';
import { needsReminders } from './status';

export const DEFAULT_REMINDER_OFFSETS: readonly ReminderOffset[] = [
  { amount: 7, unit: 'days' },
  { amount: 1, unit: 'days' },
  { amount: 3, unit: 'hours' },
];

export interface Reminder {
  /** Stable per record and offset ("ref-x#1d"): a scheduler can replace or clear it by name. */
  id: string;
  recordId: string;
  /** Epoch milliseconds. */
  fireAt: number;
  /** "1 day left: IT Officer". */
  label: string;
  offset: ReminderOffset;
}

/**
 * Every reminder still to come, soonest first. A record's own `reminderOffsets` win over
 * `offsets`. Nothing for notices without a deadline, already closed, or whose status no
 * longer needs reminders (see STATUSES_TO_REMIND), and nothing at or before `now`.
 *
 * @example
 * reminderSchedule([itOfficerClosing4June12h], undefined, new Date('2026-05-01T10:00:00Z'))
 * // → [{ fireAt: Date.parse('2026-05-28T10:00:00Z'), label: '7 days left: IT Officer', … }, …1 day, …3 hours]
 */
export function reminderSchedule(
  records: readonly TrackedNotice[],
  offsets: readonly ReminderOffset[] = DEFAULT_REMINDER_OFFSETS,
  now: Date,
): Reminder[] {
  return records.flatMap((record) => remindersFor(record, offsets, now)).sort((a, b) => a.fireAt - b.fireAt);
}

/** The reminders of one record still to come (see reminderSchedule). */
export function remindersFor(
  record: TrackedNotice,
  offsets: readonly ReminderOffset[],
  now: Date,
): Reminder[] {
  const deadline = deadlineMs(record);
  if (deadline === null || deadline <= now.getTime() || !needsReminders(record.status)) return [];
  const zone = deadlineZone(record);
  const seen = new Set<string>();
  const reminders: Reminder[] = [];
  for (const offset of record.reminderOffsets ?? offsets) {
    const id = `${record.id}#${offsetKey(offset)}`;
    const fireAt = reminderInstant(deadline, offset, zone);
    if (seen.has(id) || fireAt <= now.getTime()) continue;
    seen.add(id);
    reminders.push({
      id,
      recordId: record.id,
      fireAt,
      label: `${timeLeft(offset)} left: ${displayTitle(record)}`,
      offset,
    });
  }
  return reminders;
}

/** The instant `offset` before `deadline` (epoch ms); days are calendar days in `zone`. */
export function reminderInstant(deadline: number, offset: ReminderOffset, zone: string): number {
  if (offset.unit === 'hours') return deadline - offset.amount * 3_600_000;
  if (offset.unit === 'minutes') return deadline - offset.amount * 60_000;
  const wall = wallClock(deadline, zone);
  // Date.UTC rolls day 0, -1… over into the previous month and year.
  const dayBefore = new Date(Date.UTC(wall.year, wall.month - 1, wall.day - offset.amount));
  const local = {
    ...wall,
    year: dayBefore.getUTCFullYear(),
    month: dayBefore.getUTCMonth() + 1,
    day: dayBefore.getUTCDate(),
  };
  // A wall time the clocks skip or repeat (02:00–03:00 on a change night) resolves as
  // zonedTimeToInstant does: the earlier of two, the later offset in a gap.
  return zonedTimeToInstant(local, zone).epochMs;
}

/** "7 days", "1 day", "3 hours", "1 minute". */
export function timeLeft(offset: ReminderOffset): string {
  const singular = offset.unit.slice(0, -1);
  return `${offset.amount} ${offset.amount === 1 ? singular : offset.unit}`;
}

function offsetKey(offset: ReminderOffset): string {
  return `${offset.amount}${offset.unit === 'minutes' ? 'min' : offset.unit[0]}`;
}

/** What the clocks of `zone` show at `epochMs`. */
function wallClock(epochMs: number, zone: string): LocalDateTime {
  const shifted = new Date(epochMs + zoneOffsetMinutes(zone, epochMs) * 60_000);
  return {
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
    hour: shifted.getUTCHours(),
    minute: shifted.getUTCMinutes(),
    second: shifted.getUTCSeconds(),
  };
}
