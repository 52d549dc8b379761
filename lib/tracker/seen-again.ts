/**
 * A saved notice seen again (its page or its PDF opened later): where this version differs from
 * the saved copy — a deadline extended, a grade range or a language requirement corrected.
 *
 * The page is not trusted to change the candidate's tracker: any page can claim a saved
 * reference. So a difference is recorded as a sighting beside the saved copy (what was seen,
 * where, when) and shown by the card and the tracker; the saved values change only when the
 * candidate saves this version again, in extension UI.
 *
 * A value the reader did not find this time is not a change (the page shows less, or the reader
 * missed it): only two values that both exist and differ are.
 *
 * Pure: records and reader output in, records out; the clock is passed in.
 */
import type { NoticeChange, NoticeChangeField, Sighting, TrackedNotice } from '../db/records';
import { NOTICE_CHANGE_FIELDS, SIGHTINGS_MAX } from '../db/records';
import { describeEducation, describeLanguages, displayValue, formatGrades } from '../notice/labels';
import type { NoticeFields } from '../notice/schema';

/** The part of a notice compared: the saved copy's fields or the reader's. */
type Compared = Pick<NoticeFields, NoticeChangeField>;

/** A stored value is at most this long (the value of one field, as a person reads it). */
const VALUE_MAX = 300;

/** A sighting with the same differences, at the same address, is refreshed at most this often. */
const REFRESH_MS = 60 * 60 * 1000;

/**
 * A field's value as stored in a change: deadlines as the ISO instant (shown in Brussels and the
 * user's time by the UI), the rest as a person reads them; null when the notice did not give it.
 */
export function changeValue(field: NoticeChangeField, notice: Compared): string | null {
  let text: string | null;
  switch (field) {
    case 'deadline':
      text = notice.deadline;
      break;
    case 'grades':
      text = notice.grades.length ? formatGrades(notice.grades) : null;
      break;
    case 'education':
      text = notice.education ? describeEducation(notice.education) : null;
      break;
    case 'languages':
      text = notice.languages.length
        ? describeLanguages(
            [...notice.languages].sort((a, b) => languageKey(a).localeCompare(languageKey(b))),
          )
        : null;
      break;
    case 'experienceYears':
      text = notice.experienceYears === null ? null : `${notice.experienceYears} years`;
      break;
    case 'castRequired':
      // "false" is also what the reader says when it finds no CAST wording: only "required" counts.
      text = notice.castRequired ? 'required' : null;
      break;
    case 'staffCategory':
    case 'functionGroup':
    case 'location':
    case 'securityClearance': {
      const value = notice[field];
      text = value === null ? null : displayValue(field, value);
      break;
    }
  }
  return text === null ? null : text.length > VALUE_MAX ? `${text.slice(0, VALUE_MAX - 1)}…` : text;
}

const languageKey = (l: { language: string; level: string }) => `${l.language} ${l.level}`;

function sameValue(field: NoticeChangeField, a: string, b: string): boolean {
  return field === 'deadline' ? Date.parse(a) === Date.parse(b) : a === b;
}

/**
 * Where `seen` differs from the saved copy, field by field (in NOTICE_CHANGE_FIELDS order).
 *
 * @example
 * noticeChanges({ …saved, deadline: '2027-01-12T12:00:00+01:00' }, { …seen, deadline: '2027-01-19T12:00:00+01:00' })
 * // → [{ field: 'deadline', saved: '2027-01-12T12:00:00+01:00', seen: '2027-01-19T12:00:00+01:00' }]
 */
export function noticeChanges(saved: Compared, seen: Compared): NoticeChange[] {
  const out: NoticeChange[] = [];
  for (const field of NOTICE_CHANGE_FIELDS) {
    const before = changeValue(field, saved);
    const now = changeValue(field, seen);
    if (field === 'castRequired') {
      // Only "now asks for CAST" is news: the reader cannot tell "not required" from "not found".
      if (before === null && now !== null) out.push({ field, saved: '', seen: now });
      continue;
    }
    if (before === null || now === null || sameValue(field, before, now)) continue;
    out.push({ field, saved: before, seen: now });
  }
  return out;
}

function sameChanges(a: readonly NoticeChange[], b: readonly NoticeChange[]): boolean {
  return (
    a.length === b.length &&
    a.every((c, i) => c.field === b[i].field && c.saved === b[i].saved && c.seen === b[i].seen)
  );
}

/**
 * The record with this sighting noted, or null when there is nothing to write (no difference, or
 * the same differences seen at the same address within the last hour). The same differences seen
 * again refresh the last sighting; new ones are added, the oldest dropped beyond SIGHTINGS_MAX.
 * Nothing of the saved copy (deadline, requirements, reminders) changes.
 */
export function noteSighting(
  record: TrackedNotice,
  seen: Compared,
  url: string,
  now: Date,
): TrackedNotice | null {
  const changes = noticeChanges(record.notice, seen);
  if (changes.length === 0) return null;
  const sightings = record.sightings ?? [];
  const last = sightings[sightings.length - 1];
  const at = now.toISOString();
  const address = url.length > 2048 ? url.slice(0, 2048) : url;
  if (last && sameChanges(last.changes, changes)) {
    if (last.url === address && now.getTime() - Date.parse(last.lastSeen) < REFRESH_MS) return null;
    const refreshed: Sighting = { ...last, lastSeen: at, url: address };
    return { ...record, sightings: [...sightings.slice(0, -1), refreshed] };
  }
  const added: Sighting = { firstSeen: at, lastSeen: at, url: address, changes };
  return { ...record, sightings: [...sightings, added].slice(-SIGHTINGS_MAX) };
}

/**
 * The differences of the last sighting that the saved copy still has (the candidate has not saved
 * that version since): what the tracker flags as "changed on the notice".
 */
export function pendingChanges(record: Pick<TrackedNotice, 'notice' | 'sightings'>): {
  sighting: Sighting;
  changes: NoticeChange[];
} | null {
  const last = record.sightings?.[record.sightings.length - 1];
  if (!last) return null;
  const changes = last.changes.filter((c) => {
    const current = changeValue(c.field, record.notice);
    if (c.field === 'castRequired') return current === null;
    return current !== null && sameValue(c.field, current, c.saved) && !sameValue(c.field, current, c.seen);
  });
  return changes.length ? { sighting: last, changes } : null;
}
