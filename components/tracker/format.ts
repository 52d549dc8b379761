/** Short dates for the compact views (the details show the full instant in every zone). */
import { BRUSSELS } from '../../lib/time/format';

const cache = new Map<string, Intl.DateTimeFormat>();

function formatter(zone: string, withYear: boolean): Intl.DateTimeFormat {
  const key = `${zone}|${withYear}`;
  let format = cache.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat('en-GB', {
      timeZone: zone,
      day: 'numeric',
      month: 'short',
      year: withYear ? 'numeric' : undefined,
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    cache.set(key, format);
  }
  return format;
}

function safe(ms: number, zone: string, withYear: boolean): string {
  try {
    return formatter(zone, withYear).format(new Date(ms));
  } catch {
    return new Date(ms).toISOString();
  }
}

/**
 * "4 Jun 2026, 12:00 Brussels" — and the user's own time after it when their zone shows
 * another one: "· 06:00 your time", with the day when that differs too.
 */
export function shortDeadline(ms: number, userZone: string): string {
  const brussels = safe(ms, BRUSSELS, true);
  if (userZone === BRUSSELS) return `${brussels} Brussels`;
  const own = safe(ms, userZone, true);
  if (own === brussels) return `${brussels} Brussels`;
  const [bDay] = brussels.split(', ');
  const [oDay, oTime] = own.split(', ');
  return `${brussels} Brussels · ${oDay === bDay ? oTime : `${oDay}, ${oTime}`} your time`;
}

/** "4 Jun 2026, 09:30" in the user's zone. */
export function shortInstant(ms: number, zone: string): string {
  return safe(ms, zone, true);
}
