/**
 * Professional experience as EU selection boards count it (DOMAIN.md, "Professional
 * experience"): only after the diploma giving access to the post, overlapping periods once,
 * part-time pro rata, unpaid work not at all, a completed doctorate for up to 3 years, and
 * everything judged on the closing date.
 */
import type { ExperiencePeriod } from '../profile/schema';
import { addYears, dayNumber, daysToYears } from './dates';

/** A completed doctorate counts as at most this many years of experience. */
export const DOCTORATE_CREDIT_YEARS = 3;

export interface ExperienceOptions {
  /** ISO date of the qualifying diploma: experience from this day on counts. null: no lower bound. */
  after: string | null;
  /** ISO date, inclusive: the closing date, or today when the notice has none. */
  until: string;
  /** ISO date a completed doctorate was awarded; it counts for up to 3 years before that day. */
  doctorateAwarded?: string | null;
}

export interface ExperienceCount {
  /** Full-time-equivalent days counted, doctorate included. */
  days: number;
  years: number;
  /** Of `days`, those credited for the doctorate (time not already counted as work). */
  doctorateDays: number;
  /** Full-time-equivalent days of paid work before the qualifying diploma, left out. */
  daysBeforeDiploma: number;
  /** Periods left out because they were unpaid. */
  unpaidPeriods: number;
  /** Paid part-time periods that were counted pro rata. */
  partTimePeriods: number;
}

/** A half-open run of days [start, end) worked at a share of full time. */
interface Segment {
  start: number;
  end: number;
  share: number;
}

/**
 * Counts experience in years.
 *
 * @example
 * countExperienceYears(
 *   [{ from: '2020-01-01', to: '2021-12-31', fullTimeShare: 0.5, paid: true, domains: [], description: '' }],
 *   { after: '2019-07-01', until: '2026-06-04' },
 * ) // → about 1 (two years at half time)
 */
export function countExperienceYears(periods: ExperiencePeriod[], options: ExperienceOptions): number {
  return measureExperience(periods, options).years;
}

/** Like countExperienceYears, with the details the messages explain. */
export function measureExperience(periods: ExperiencePeriod[], options: ExperienceOptions): ExperienceCount {
  const windowStart = options.after === null ? -Infinity : dayNumber(options.after);
  const windowEnd = dayNumber(options.until) + 1;
  const paid = periods.filter((period) => period.paid);
  const segments = paid.map((period) => toSegment(period, options.until));

  const counted = sumDays(
    clip(segments, windowStart, windowEnd),
    doctorateWindow(options, windowStart, windowEnd),
  );
  const before = sumDays(clip(segments, -Infinity, Math.min(windowStart, windowEnd)), null);

  return {
    days: counted.days,
    years: daysToYears(counted.days),
    doctorateDays: counted.doctorateDays,
    daysBeforeDiploma: before.days,
    unpaidPeriods: periods.length - paid.length,
    partTimePeriods: paid.filter((period) => period.fullTimeShare < 1 && overlaps(period, options)).length,
  };
}

/** Profile dates are inclusive; an ongoing job runs to the day eligibility is judged on. */
function toSegment(period: ExperiencePeriod, until: string): Segment {
  return {
    start: dayNumber(period.from),
    end: dayNumber(period.to ?? until) + 1,
    share: period.fullTimeShare,
  };
}

function clip(segments: Segment[], start: number, end: number): Segment[] {
  return segments
    .map((segment) => ({
      ...segment,
      start: Math.max(segment.start, start),
      end: Math.min(segment.end, end),
    }))
    .filter((segment) => segment.end > segment.start);
}

function overlaps(period: ExperiencePeriod, options: ExperienceOptions): boolean {
  const [segment] = clip(
    [toSegment(period, options.until)],
    options.after === null ? -Infinity : dayNumber(options.after),
    dayNumber(options.until) + 1,
  );
  return segment !== undefined;
}

/**
 * The doctorate counts for the (up to) 3 years before its award, but not before the
 * qualifying diploma (a doctorate starts after it) and only if completed by the closing date.
 */
function doctorateWindow(options: ExperienceOptions, windowStart: number, windowEnd: number): Segment | null {
  const awarded = options.doctorateAwarded;
  if (!awarded || dayNumber(awarded) >= windowEnd) return null;
  const start = Math.max(dayNumber(addYears(awarded, -DOCTORATE_CREDIT_YEARS)), windowStart);
  const end = dayNumber(awarded);
  return end > start ? { start, end, share: 1 } : null;
}

/**
 * Sweeps the day line. On each day, work counts at the sum of the shares of the jobs held
 * then, capped at one full day: overlapping periods are counted once, and two half-time
 * jobs held together make one full-time day. Doctorate days fill what work left uncounted.
 */
function sumDays(segments: Segment[], doctorate: Segment | null): { days: number; doctorateDays: number } {
  const boundaries = [...new Set(segments.flatMap((s) => [s.start, s.end]).concat(edges(doctorate)))].sort(
    (a, b) => a - b,
  );
  let days = 0;
  let doctorateDays = 0;
  for (let i = 0; i + 1 < boundaries.length; i++) {
    const [start, end] = [boundaries[i], boundaries[i + 1]];
    const work = Math.min(1, shareDuring(segments, start));
    const inDoctorate = doctorate !== null && start >= doctorate.start && start < doctorate.end;
    const extra = inDoctorate ? 1 - work : 0;
    days += (end - start) * (work + extra);
    doctorateDays += (end - start) * extra;
  }
  return { days, doctorateDays };
}

function edges(segment: Segment | null): number[] {
  return segment ? [segment.start, segment.end] : [];
}

/** The share of full time worked on `day`, summed over every job active that day. */
function shareDuring(segments: Segment[], day: number): number {
  return segments.filter((s) => s.start <= day && day < s.end).reduce((sum, s) => sum + s.share, 0);
}
