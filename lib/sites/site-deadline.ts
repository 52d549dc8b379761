/**
 * EU Careers deadlines as exact instants. The site shows Brussels wall-clock time
 * ("12/08/2026 - 23:59 (Brussels time)") and, inside a <time> element, the same instant in
 * UTC ("2026-08-12T21:59:00Z"). Both are read; when both are there they must name the same
 * minute, otherwise neither is trusted: a deadline off by an hour is worse than none.
 * The format is read strictly: a new format means the site changed, and we say so.
 */
import { toIsoWithOffset, zonedTimeToInstant } from '../time/zones';

export const SITE_ZONE = 'Europe/Brussels';

type Reading = { ok: true; epochMs: number } | { ok: false; reason: string };

/** "12/08/2026 - 23:59", optionally followed by "(Brussels time)", "Brussels time", "CET" or "CEST". */
const TEXT_RE =
  /^(\d{1,2})\/(\d{1,2})\/(\d{4})\s*(?:[-–—,]\s*)?(\d{1,2}):(\d{2})\s*(?:\(\s*(?:brussels(?: local)? time|cet|cest)\s*\)|brussels(?: local)? time|cet|cest)?$/i;

/** An instant with an explicit zone: "2026-08-12T21:59:00Z", "…+02:00". */
const DATETIME_RE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?(?:Z|[+-]\d{2}:\d{2})$/;

function cleanText(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Visible text, read as Brussels legal time on that date (CET and CEST both mean Brussels time). */
export function readDeadlineText(text: string): Reading {
  const t = cleanText(text);
  const m = TEXT_RE.exec(t);
  if (!m) return { ok: false, reason: `"${t}" is not in the form DD/MM/YYYY - HH:MM (Brussels time)` };
  const [day, month, year, hour, minute] = [+m[1], +m[2], +m[3], +m[4], +m[5]];
  const monthDays = month >= 1 && month <= 12 ? new Date(Date.UTC(year, month, 0)).getUTCDate() : 0;
  if (day < 1 || day > monthDays || hour > 23 || minute > 59)
    return { ok: false, reason: `"${t}" is not a valid date and time` };
  const instant = zonedTimeToInstant({ year, month, day, hour, minute, second: 0 }, SITE_ZONE);
  if (instant.gap || instant.ambiguous)
    return {
      ok: false,
      reason: `"${t}" ${instant.gap ? 'does not exist' : 'happens twice'} in Brussels (the clocks change that night)`,
    };
  return { ok: true, epochMs: instant.epochMs };
}

/** A `datetime` attribute; it must carry its zone ("Z" or an offset). */
export function readDatetimeAttribute(value: string): Reading {
  const v = value.trim();
  const ms = DATETIME_RE.test(v) ? Date.parse(v) : NaN;
  if (Number.isNaN(ms))
    return { ok: false, reason: `the datetime attribute "${v}" is not a date-time with a time zone` };
  return { ok: true, epochMs: ms };
}

export type DeadlineCell =
  | { kind: 'ok'; iso: string; epochMs: number; checked: boolean }
  | { kind: 'empty' | 'unreadable_text' | 'unreadable_datetime' | 'disagree'; iso: null; reason: string };

const MINUTE = 60_000;

/** "2026-08-12T21:59:00Z" → "2026-08-12T23:59:00+02:00" (Brussels legal time on that date). */
export function brusselsIso(epochMs: number): string {
  return toIsoWithOffset(epochMs, SITE_ZONE);
}

/**
 * Reads a deadline from its visible text and its datetime attribute. `prefer` picks the
 * source of the instant when both agree (to the minute); they agree or nothing is returned.
 */
export function readDeadlineCell(
  text: string,
  datetime: string | undefined,
  prefer: 'text' | 'datetime',
): DeadlineCell {
  const visible = cleanText(text);
  const fromText = visible ? readDeadlineText(visible) : null;
  const fromAttr = datetime !== undefined && datetime.trim() !== '' ? readDatetimeAttribute(datetime) : null;
  if (fromText && !fromText.ok) return { kind: 'unreadable_text', iso: null, reason: fromText.reason };
  if (fromAttr && !fromAttr.ok) return { kind: 'unreadable_datetime', iso: null, reason: fromAttr.reason };
  if (fromText && fromAttr) {
    const diff = Math.abs(fromText.epochMs - fromAttr.epochMs);
    if (diff >= MINUTE) {
      const minutes = Math.round(diff / MINUTE);
      return {
        kind: 'disagree',
        iso: null,
        reason:
          `the visible deadline "${visible}" (${brusselsIso(fromText.epochMs)} in Brussels) and the page's ` +
          `datetime attribute "${datetime!.trim()}" (${brusselsIso(fromAttr.epochMs)} in Brussels) differ by ` +
          `${minutes} minute${minutes === 1 ? '' : 's'}; neither is used — check the official notice`,
      };
    }
    const epochMs = prefer === 'text' ? fromText.epochMs : fromAttr.epochMs;
    return { kind: 'ok', iso: brusselsIso(epochMs), epochMs, checked: true };
  }
  const only = fromText ?? fromAttr;
  if (only && only.ok)
    return { kind: 'ok', iso: brusselsIso(only.epochMs), epochMs: only.epochMs, checked: false };
  return { kind: 'empty', iso: null, reason: 'the deadline is empty' };
}
