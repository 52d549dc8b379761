/**
 * Exact instants from local wall-clock times, using the platform's time-zone
 * database (Intl), never a hard-coded offset: summer/winter time is whatever
 * the law in force says for that date.
 */

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(zone: string): Intl.DateTimeFormat {
  let f = formatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(zone, f);
  }
  return f;
}

export function isValidZone(zone: string): boolean {
  try {
    formatterFor(zone);
    return true;
  } catch {
    return false;
  }
}

/** Offset of `zone` from UTC at the instant `epochMs`, in minutes (east positive). */
export function zoneOffsetMinutes(zone: string, epochMs: number): number {
  const parts = formatterFor(zone).formatToParts(new Date(epochMs));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const asUtc = Date.UTC(
    get('year'),
    get('month') - 1,
    get('day'),
    get('hour'),
    get('minute'),
    get('second'),
  );
  return Math.round((asUtc - Math.floor(epochMs / 1000) * 1000) / 60000);
}

export interface LocalDateTime {
  year: number;
  month: number; // 1-12
  day: number;
  hour: number;
  minute: number;
  second: number;
}

export interface ZonedInstant {
  epochMs: number;
  offsetMinutes: number;
  /** The wall time does not exist (spring-forward gap) or is ambiguous (fall-back). */
  gap: boolean;
  ambiguous: boolean;
}

/** The instant at which the clocks of `zone` show `local`. */
export function zonedTimeToInstant(local: LocalDateTime, zone: string): ZonedInstant {
  const wall = Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute, local.second);
  // Two candidate offsets: the ones in force a day before and a day after.
  const candidates = new Set([
    zoneOffsetMinutes(zone, wall - 86_400_000),
    zoneOffsetMinutes(zone, wall + 86_400_000),
  ]);
  const matches: ZonedInstant[] = [];
  for (const off of candidates) {
    const epochMs = wall - off * 60_000;
    if (zoneOffsetMinutes(zone, epochMs) === off)
      matches.push({ epochMs, offsetMinutes: off, gap: false, ambiguous: false });
  }
  if (matches.length === 0) {
    // Spring-forward gap: the clocks skip this time; use the later offset, as the law does.
    const off = Math.max(...candidates);
    const epochMs = wall - Math.min(...candidates) * 60_000;
    return { epochMs, offsetMinutes: off, gap: true, ambiguous: false };
  }
  matches.sort((a, b) => a.epochMs - b.epochMs);
  return { ...matches[0], ambiguous: matches.length > 1 };
}

function pad(n: number, width = 2): string {
  return String(Math.abs(n)).padStart(width, '0');
}

export function formatOffset(offsetMinutes: number): string {
  const sign = offsetMinutes < 0 ? '-' : '+';
  return `${sign}${pad(Math.trunc(Math.abs(offsetMinutes) / 60))}:${pad(Math.abs(offsetMinutes) % 60)}`;
}

/** ISO 8601 local time with offset: 2026-06-04T12:00:00+02:00. */
export function toIsoWithOffset(epochMs: number, zone: string): string {
  const off = zoneOffsetMinutes(zone, epochMs);
  const d = new Date(epochMs + off * 60_000);
  return (
    `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}` +
    `T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}${formatOffset(off)}`
  );
}
