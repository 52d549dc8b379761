/**
 * The write planner's clock: sync storage refuses writes beyond 120 a minute and 1,800 an hour
 * (Chromium MAX_WRITE_OPERATIONS_PER_MINUTE / _PER_HOUR, quota.ts), each set, remove or clear call
 * counting one whatever it carries. The engine batches a whole round into at most one remove and one
 * set; this says when the next round may write, staying under half of each figure.
 */
import { SYNC_BUDGET } from './quota';

export const MINUTE_MS = 60_000;
export const HOUR_MS = 3_600_000;

export interface RateLimits {
  writesPerMinute: number;
  writesPerHour: number;
}

/** The write times worth keeping (the last hour's). */
export function pruneWriteLog(log: readonly number[], now: number): number[] {
  return log.filter((t) => t > now - HOUR_MS && t <= now).sort((a, b) => a - b);
}

/**
 * The earliest time at or after `now` when `ops` writes fit in both windows (each window counts the
 * writes in the span that ends at that time), given the times of the earlier writes.
 */
export function nextWriteTime(
  log: readonly number[],
  now: number,
  ops: number,
  limits: RateLimits = SYNC_BUDGET,
): number {
  if (ops <= 0) return now;
  if (ops > limits.writesPerMinute || ops > limits.writesPerHour) return Infinity;
  const times = pruneWriteLog(log, now);
  const fits = (at: number) =>
    times.filter((t) => t > at - MINUTE_MS).length + ops <= limits.writesPerMinute &&
    times.filter((t) => t > at - HOUR_MS).length + ops <= limits.writesPerHour;
  // A window frees a slot just as a past write leaves it: those are the only times worth trying.
  const candidates = [now, ...times.map((t) => t + MINUTE_MS), ...times.map((t) => t + HOUR_MS)]
    .filter((at) => at >= now)
    .sort((a, b) => a - b);
  return candidates.find(fits) ?? Infinity;
}
