/**
 * Calendar arithmetic on ISO dates as whole UTC days: the rules count days, and a date
 * written in a profile is a calendar day, not an instant in any time zone.
 */
import { formatDay } from '../time/calendar';

const MS_PER_DAY = 86_400_000;

/**
 * A year of experience is 365.25 days on average. Requirements are compared with
 * `meetsYears`, which accepts any span of N calendar years (365 days for a common year).
 */
export const DAYS_PER_YEAR = 365.25;

/** Days since 1970-01-01 for an ISO date (YYYY-MM-DD). */
export function dayNumber(isoDate: string): number {
  const [year, month, day] = isoDate.slice(0, 10).split('-').map(Number);
  return Date.UTC(year, month - 1, day) / MS_PER_DAY;
}

/** The UTC calendar date of an instant. */
export function isoDateOfInstant(instant: Date): string {
  return instant.toISOString().slice(0, 10);
}

/** The same calendar day `years` earlier or later (29 February rolls to 1 March). */
export function addYears(isoDate: string, years: number): string {
  const [year, month, day] = isoDate.slice(0, 10).split('-').map(Number);
  return new Date(Date.UTC(year + years, month - 1, day)).toISOString().slice(0, 10);
}

/**
 * True when `days` of experience amount to `years`. floor(N × 365.25) is the length of the
 * shortest run of N calendar years, so a full calendar year always counts as one year.
 */
export function meetsYears(days: number, years: number): boolean {
  return days >= Math.floor(years * DAYS_PER_YEAR);
}

export function daysToYears(days: number): number {
  return days / DAYS_PER_YEAR;
}

/**
 * "2.4 years". Rounded when the requirement is met, rounded down when it is not, so a
 * message never says "3.0 years" about a candidate who is a few days short of 3.
 */
export function formatYears(days: number, roundDown = false): string {
  const tenths = daysToYears(days) * 10;
  const value = (roundDown ? Math.floor(tenths + 1e-9) : Math.round(tenths)) / 10;
  const text = Number.isInteger(value) ? String(value) : value.toFixed(1);
  return `${text} ${value === 1 ? 'year' : 'years'}`;
}

/** "15 July 2019". */
export const formatDate = formatDay;

/** The year of an ISO date, for short mentions like "secondary (2015)". */
export function yearOf(isoDate: string): string {
  return isoDate.slice(0, 4);
}
