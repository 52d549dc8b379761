/**
 * Real calendar dates. A pattern like \d{4}-\d{2}-\d{2} lets through "2026-13-01" (which
 * `new Date(…).toISOString()` turns into a RangeError) and "2026-02-30" (which Date.parse
 * silently reads as 2 March). Every schema that carries a date (tracked records, backups,
 * the profile) adds the one refinement below, so they all agree on what a date is.
 */
import type { z } from 'zod';

const DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-](\d{2}):(\d{2}))?)?$/;

/** True for a day that exists: month 1–12, day within that month (29 February in leap years only). */
export function isCalendarDay(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
  return day <= days;
}

/**
 * True when `text` is an ISO 8601 date ("2026-06-04") or date-time ("2026-06-04T12:00:00+02:00",
 * "2026-06-04T10:00:00.000Z") whose every part is in range: a real day, hours 00–23, minutes and
 * seconds 00–59, an offset of at most ±23:59. Anything else (other layouts included) is false.
 *
 * @example
 * isRealDateTime('2026-02-28') // → true
 * isRealDateTime('2026-02-30') // → false (not 2 March)
 * isRealDateTime('2026-13-01T12:00:00+01:00') // → false
 */
export function isRealDateTime(text: string): boolean {
  const m = DATE_TIME.exec(text);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (!isCalendarDay(year, month, day)) return false;
  if (m[4] !== undefined && (Number(m[4]) > 23 || Number(m[5]) > 59)) return false;
  if (m[6] !== undefined && Number(m[6]) > 59) return false;
  if (m[8] !== undefined && (Number(m[8]) > 23 || Number(m[9]) > 59)) return false;
  return m[4] === undefined || Number.isFinite(Date.parse(text));
}

export const NOT_A_REAL_DATE = 'This is not a real date or time (e.g. 2026-02-30 or 2026-13-01).';

/**
 * The shared refinement: `schema` (a string format: z.iso.date(), z.iso.datetime(), a regex…)
 * must also be a real calendar date. It runs only when the format itself passed, so a value
 * gets one message, not two.
 *
 * @example
 * const deadline = realDate(z.string().regex(/^\d{4}-\d{2}-\d{2}T…$/));
 */
export function realDate<S extends z.ZodType<string>>(schema: S, message: string = NOT_A_REAL_DATE) {
  return schema.refine((value) => isRealDateTime(value), {
    error: message,
    when: (payload) => payload.issues.length === 0,
  });
}

/** English month names, for the dates the product writes out ("15 July 2019"). */
export const MONTH_NAMES = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
] as const; // prettier-ignore

/** "15 July 2019" from an ISO date (its first ten characters). */
export function formatDay(isoDate: string): string {
  const [year, month, day] = isoDate.slice(0, 10).split('-').map(Number);
  return `${day} ${MONTH_NAMES[month - 1]} ${year}`;
}
