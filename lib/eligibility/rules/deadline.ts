/**
 * The closing instant. Applications close AT the deadline: from that exact instant on the
 * notice is closed. The string carries its own UTC offset, so no time-zone data is needed.
 */
import { criterion } from '../criterion';
import { formatDate } from '../dates';
import type { Criterion, RuleContext } from '../types';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

export function deadlineInstant(deadline: string | null): number | null {
  if (deadline === null) return null;
  const instant = Date.parse(deadline);
  return Number.isNaN(instant) ? null : instant;
}

export function isClosed(deadline: string | null, now: Date): boolean {
  const instant = deadlineInstant(deadline);
  return instant !== null && now.getTime() >= instant;
}

export function checkDeadline(ctx: RuleContext): Criterion {
  const { deadline, deadlineZone } = ctx.notice;
  const instant = deadlineInstant(deadline);
  if (deadline === null || instant === null) {
    return criterion(
      'deadline',
      'eligibility',
      'unknown',
      'No closing date could be read from the notice; check it there. Experience and diplomas are counted up to today.',
      'deadline',
    );
  }
  const when = describeDeadline(deadline, deadlineZone);
  if (ctx.now.getTime() >= instant) {
    return criterion(
      'deadline',
      'eligibility',
      'not_met',
      `Closed: applications closed on ${when}.`,
      'deadline',
    );
  }
  return criterion(
    'deadline',
    'eligibility',
    'met',
    `Open until ${when}: ${timeLeft(instant - ctx.now.getTime())}.`,
    'deadline',
  );
}

/** "4 June 2026 at 12:00 Brussels time (UTC+02:00)", read from the notice's own local time. */
function describeDeadline(deadline: string, zone: string | null): string {
  const time = deadline.slice(11, 16);
  const offset = deadline.slice(19);
  const place = zone ? ` ${zone.split('/').pop()!.replace(/_/g, ' ')} time` : '';
  return `${formatDate(deadline)} at ${time}${place} (UTC${offset})`;
}

function timeLeft(ms: number): string {
  if (ms < HOUR) return 'less than an hour left';
  if (ms < 2 * DAY) return `${Math.floor(ms / HOUR)} hours left`;
  return `${Math.floor(ms / DAY)} days left`;
}
