/** How a tracked notice is named and dated wherever the tracker shows or exports it. */
import type { TrackedNotice } from '../db/records';
import { BRUSSELS, formatInstant } from '../time/format';
import { isValidZone } from '../time/zones';

/** The title, else the reference, else the address: an export never has an empty name. */
export function displayTitle(record: TrackedNotice): string {
  const title = record.notice.title?.trim();
  if (title) return title;
  const reference = (record.reference ?? record.notice.reference)?.trim();
  return reference ? reference : record.url || 'Untitled notice';
}

/** The deadline as epoch milliseconds, or null when the notice has none. */
export function deadlineMs(record: TrackedNotice): number | null {
  if (record.notice.deadline === null) return null;
  const ms = Date.parse(record.notice.deadline);
  return Number.isNaN(ms) ? null : ms;
}

/** The zone the deadline was stated in ("Helsinki time"…), Brussels when unknown. */
export function deadlineZone(record: TrackedNotice): string {
  const zone = record.notice.deadlineZone;
  return zone !== null && isValidZone(zone) ? zone : BRUSSELS;
}

/** "Thu, 4 Jun 2026, 12:00 CEST (UTC+02:00) Brussels time". */
export function formatBrusselsTime(epochMs: number): string {
  return `${formatInstant(epochMs, BRUSSELS)} Brussels time`;
}
