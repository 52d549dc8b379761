/**
 * Calendar export: one RFC 5545 VEVENT per dated notice, at the exact instant of the
 * deadline (in UTC, so no VTIMEZONE is needed and every calendar shows it in its own zone),
 * with one VALARM per reminder still to come.
 */
import type { ReminderOffset, TrackedNotice } from '../db/records';
import { stripBidiControls } from './bidi';
import { deadlineMs, displayTitle, formatBrusselsTime } from './describe';
import { DEFAULT_REMINDER_OFFSETS, remindersFor } from './reminders';
import { STATUS_LABELS } from './status';
import { utf8Length } from './utf8';

export interface IcsOptions {
  now: Date;
  /** PRODID, e.g. "-//Vacancy Lens//Deadline tracker 0.1.0//EN". */
  productId: string;
  /** Reminder offsets for records without their own (as reminderSchedule). */
  offsets?: readonly ReminderOffset[];
}

/**
 * A VCALENDAR with CRLF line endings and lines folded at 75 octets. Notices without a
 * deadline are left out: an event needs a time.
 *
 * Alarms: each TRIGGER is the exact duration between the deadline and the instant
 * reminderSchedule computes, so calendar and extension remind at the same moment. With
 * DTSTART in UTC, "-P1D" is 24 real hours, so across a clock change the trigger of a
 * "1 day" reminder reads "-PT23H" or "-P1DT1H": the same wall-clock time the day before.
 */
export function toIcs(records: readonly TrackedNotice[], options: IcsOptions): string {
  const offsets = options.offsets ?? DEFAULT_REMINDER_OFFSETS;
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${escapeText(options.productId)}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    ...records.flatMap((record) => eventLines(record, offsets, options.now)),
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join('\r\n') + '\r\n';
}

function eventLines(record: TrackedNotice, offsets: readonly ReminderOffset[], now: Date): string[] {
  const deadline = deadlineMs(record);
  if (deadline === null) return [];
  const title = displayTitle(record);
  const url = httpUrl(record.url);
  const alarms = remindersFor(record, offsets, now).flatMap((reminder) => [
    'BEGIN:VALARM',
    'ACTION:DISPLAY',
    `DESCRIPTION:${escapeText(reminder.label)}`,
    `TRIGGER:${formatDuration(reminder.fireAt - deadline)}`,
    'END:VALARM',
  ]);
  return [
    'BEGIN:VEVENT',
    `UID:${uidFor(record.id)}`,
    `DTSTAMP:${formatUtc(now.getTime())}`,
    `LAST-MODIFIED:${formatUtc(Date.parse(record.updatedAt))}`,
    `DTSTART:${formatUtc(deadline)}`,
    `SUMMARY:${escapeText(`Deadline: ${title}`)}`,
    `DESCRIPTION:${escapeText(describe(record, deadline, url))}`,
    ...(url === null ? [] : [`URL:${url}`]),
    // A deadline is a moment, not a meeting: it must not mark the candidate as busy.
    'TRANSP:TRANSPARENT',
    ...alarms,
    'END:VEVENT',
  ];
}

function describe(record: TrackedNotice, deadline: number, url: string | null): string {
  const { reference, institution } = record.notice;
  const previous = record.previousDeadline === null ? NaN : Date.parse(record.previousDeadline);
  return [
    reference && `Reference: ${reference}`,
    institution && `Institution: ${institution}`,
    `Deadline: ${formatBrusselsTime(deadline)}`,
    !Number.isNaN(previous) && `Deadline changed; it was ${formatBrusselsTime(previous)}`,
    `Status: ${STATUS_LABELS[record.status]}`,
    url ?? record.url,
  ]
    .filter(Boolean)
    .join('\n');
}

/**
 * Stable across exports, so re-importing updates the event instead of adding a second one.
 * Ids are made of a few safe characters; anything else is written as %xxxx (injective).
 */
export function uidFor(recordId: string): string {
  const safe = recordId.replace(
    /[^A-Za-z0-9._-]/g,
    (c) => `%${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  return `${safe}@vacancy-lens`;
}

/** The address as a URI value, or null when it is not http(s) (it then stays in DESCRIPTION only). */
function httpUrl(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : null;
  } catch {
    return null;
  }
}

/** RFC 5545 DATE-TIME in UTC: 20260604T100000Z. */
export function formatUtc(epochMs: number): string {
  return new Date(epochMs)
    .toISOString()
    .replace(/\.\d{3}/, '')
    .replace(/[-:]/g, '');
}

/** RFC 5545 DURATION, e.g. -P7D, -P1DT1H, -PT3H, -PT1H30M (hours, minutes, seconds in that order). */
export function formatDuration(ms: number): string {
  const sign = ms < 0 ? '-' : '';
  let seconds = Math.round(Math.abs(ms) / 1000);
  const days = Math.floor(seconds / 86_400);
  seconds -= days * 86_400;
  const [h, m, s] = [Math.floor(seconds / 3600), Math.floor((seconds % 3600) / 60), seconds % 60];
  // dur-hour requires dur-minute before dur-second: "T1H0M30S", never "T1H30S".
  let time = '';
  if (h > 0) time = `${h}H${m > 0 || s > 0 ? `${m}M` : ''}${s > 0 ? `${s}S` : ''}`;
  else if (m > 0) time = `${m}M${s > 0 ? `${s}S` : ''}`;
  else if (s > 0) time = `${s}S`;
  if (days === 0 && time === '') return 'PT0S';
  return `${sign}P${days > 0 ? `${days}D` : ''}${time ? `T${time}` : ''}`;
}

/**
 * TEXT value: backslash, semicolon, comma and newline escaped (RFC 5545 §3.3.11); other
 * control characters are not allowed in TEXT and are dropped, and so are bidi controls
 * (bidi.ts); lone surrogates, which cannot be written as UTF-8, become U+FFFD.
 */
export function escapeText(value: string): string {
  return stripBidiControls(value)
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD')
    .replace(/\r\n?/g, '\n')
    .replace(/[\u0000-\u0008\u000B-\u001F\u007F]/g, '') // eslint-disable-line no-control-regex
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\n/g, '\\n');
}

/**
 * Folds a content line into lines of at most 75 octets of UTF-8 (the leading space of a
 * continuation counts), never inside a character (§3.1).
 */
export function foldLine(line: string): string {
  const out: string[] = [];
  let current = '';
  let bytes = 0;
  for (const char of line) {
    const size = utf8Length(char);
    if (bytes + size > 75) {
      out.push(current);
      current = ' ';
      bytes = 1;
    }
    current += char;
    bytes += size;
  }
  out.push(current);
  return out.join('\r\n');
}
