/**
 * Showing an instant to a person: in Brussels time and in their own zone,
 * with a countdown. Pure: the clock and the zone are passed in.
 */
import { zoneOffsetMinutes, formatOffset } from './zones';

export const BRUSSELS = 'Europe/Brussels';

/** "Thu, 4 Jun 2026, 12:00 CEST (UTC+02:00)"; zones without a common abbreviation show the offset only. */
export function formatInstant(epochMs: number, zone: string): string {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: zone,
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZoneName: 'short',
  }).formatToParts(new Date(epochMs));
  const name = parts.find((p) => p.type === 'timeZoneName')?.value ?? '';
  const text = parts
    .filter((p) => p.type !== 'timeZoneName')
    .map((p) => p.value)
    .join('')
    .trim();
  const offset = `UTC${formatOffset(zoneOffsetMinutes(zone, epochMs))}`;
  return /^(?:GMT|UTC)/.test(name) ? `${text} (${offset})` : `${text} ${name} (${offset})`;
}

export interface Countdown {
  closed: boolean;
  /** Whole days left (floor); 0 on the last day. */
  days: number;
  hours: number;
  minutes: number;
  text: string;
}

/** Time left until `deadlineMs` as seen at `nowMs`. */
export function countdown(deadlineMs: number, nowMs: number): Countdown {
  const diff = deadlineMs - nowMs;
  if (diff <= 0) {
    const ago = Math.floor(-diff / 86_400_000);
    return {
      closed: true,
      days: 0,
      hours: 0,
      minutes: 0,
      text: ago === 0 ? 'closed today' : `closed ${ago} day${ago === 1 ? '' : 's'} ago`,
    };
  }
  const days = Math.floor(diff / 86_400_000);
  const hours = Math.floor((diff % 86_400_000) / 3_600_000);
  const minutes = Math.floor((diff % 3_600_000) / 60_000);
  const text =
    days >= 2
      ? `${days} days left`
      : days === 1
        ? `1 day ${hours} h left`
        : hours >= 1
          ? `${hours} h ${minutes} min left`
          : `${minutes} min left`;
  return { closed: false, days, hours, minutes, text };
}
