import { describe, expect, it } from 'vitest';
import { trackedNoticeSchema } from '../../lib/db';
import { SIGHTINGS_MAX } from '../../lib/db/records';
import { noteSighting, noticeChanges, pendingChanges, trackNotice } from '../../lib/tracker';
import { makeNotice } from '../eligibility/helpers';
import { makeInput, makeRecord, NOW } from './helpers';

const URL_A = 'https://eu-careers.europa.eu/en/job-opportunities/n1';
const later = (ms: number) => new Date(NOW.getTime() + ms);

describe('noticeChanges: where a notice seen again differs from the saved copy', () => {
  it('the same instant written in another zone is no change; a later deadline is', () => {
    const saved = makeNotice({ deadline: '2026-06-04T12:00:00+02:00' });
    expect(noticeChanges(saved, makeNotice({ deadline: '2026-06-04T10:00:00+00:00' }))).toEqual([]);
    expect(noticeChanges(saved, makeNotice({ deadline: '2026-06-11T12:00:00+02:00' }))).toEqual([
      { field: 'deadline', saved: '2026-06-04T12:00:00+02:00', seen: '2026-06-11T12:00:00+02:00' },
    ]);
  });

  it('a value the reader did not find this time is not a change', () => {
    const saved = makeNotice({ grades: ['AD5', 'AD6', 'AD7'], experienceYears: 3 });
    const seen = makeNotice({
      deadline: null,
      grades: [],
      education: null,
      languages: [],
      experienceYears: null,
      location: null,
    });
    expect(noticeChanges(saved, seen)).toEqual([]);
  });

  it('requirements: grades, languages (in any order), education, experience, clearance, and CAST newly asked', () => {
    const saved = makeNotice({
      grades: ['AD5', 'AD6', 'AD7'],
      languages: [
        { language: 'EN', level: 'C1' },
        { language: 'FR', level: 'B2' },
      ],
      experienceYears: 3,
      securityClearance: 'EU SECRET',
    });
    const reordered = makeNotice({
      ...saved,
      languages: [
        { language: 'FR', level: 'B2' },
        { language: 'EN', level: 'C1' },
      ],
    });
    expect(noticeChanges(saved, reordered)).toEqual([]);
    const seen = makeNotice({
      ...saved,
      grades: ['AD6', 'AD7', 'AD8'],
      languages: [{ language: 'EN', level: 'C2' }],
      education: { level: 'university_4y', alternative: null },
      experienceYears: 5,
      castRequired: true,
    });
    const changes = noticeChanges(saved, seen);
    expect(changes.map((c) => c.field)).toEqual([
      'grades',
      'education',
      'experienceYears',
      'languages',
      'castRequired',
    ]);
    expect(changes[0]).toEqual({ field: 'grades', saved: 'AD 5–7', seen: 'AD 6–8' });
    expect(changes[2]).toEqual({ field: 'experienceYears', saved: '3 years', seen: '5 years' });
    expect(changes[4]).toEqual({ field: 'castRequired', saved: '', seen: 'required' });
    // "CAST required" then not found now: the reader cannot tell "dropped" from "missed", so no change.
    expect(noticeChanges({ ...saved, castRequired: true }, saved)).toEqual([]);
  });
});

describe('noteSighting: recorded beside the saved copy, never over it', () => {
  const record = makeRecord('n1');
  const moved = makeNotice({ reference: 'EC/2026/n1', deadline: '2026-06-18T12:00:00+02:00' });

  it('keeps the saved deadline, evidence and reminders, and records what was seen, where and when', () => {
    const next = noteSighting(record, moved, URL_A, NOW)!;
    expect(next.notice).toEqual(record.notice);
    expect(next.evidence).toEqual(record.evidence);
    expect(next.reminderOffsets).toEqual(record.reminderOffsets);
    expect(next.sightings).toEqual([
      {
        firstSeen: NOW.toISOString(),
        lastSeen: NOW.toISOString(),
        url: URL_A,
        changes: [
          { field: 'deadline', saved: '2026-06-04T12:00:00+02:00', seen: '2026-06-18T12:00:00+02:00' },
        ],
      },
    ]);
    expect(trackedNoticeSchema.safeParse(next).success).toBe(true);
    expect(pendingChanges(next)?.changes.map((c) => c.field)).toEqual(['deadline']);
  });

  it('nothing to write when nothing differs, or the same difference is seen again within the hour at the same address', () => {
    expect(noteSighting(record, makeNotice({ reference: 'EC/2026/n1' }), URL_A, NOW)).toBeNull();
    const once = noteSighting(record, moved, URL_A, NOW)!;
    expect(noteSighting(once, moved, URL_A, later(10 * 60_000))).toBeNull();
    const refreshed = noteSighting(once, moved, URL_A, later(2 * 3_600_000))!;
    expect(refreshed.sightings).toHaveLength(1);
    expect(refreshed.sightings![0].firstSeen).toBe(NOW.toISOString());
    expect(refreshed.sightings![0].lastSeen).toBe(later(2 * 3_600_000).toISOString());
  });

  it('new differences are added; at most SIGHTINGS_MAX kept, the latest', () => {
    let current = record;
    for (let i = 1; i <= SIGHTINGS_MAX + 3; i++) {
      const seen = makeNotice({
        reference: 'EC/2026/n1',
        deadline: `2026-07-${String(i).padStart(2, '0')}T12:00:00+02:00`,
      });
      current = noteSighting(current, seen, URL_A, later(i * 1000))!;
    }
    expect(current.sightings).toHaveLength(SIGHTINGS_MAX);
    expect(current.sightings!.at(-1)!.changes[0].seen).toBe('2026-07-13T12:00:00+02:00');
    expect(trackedNoticeSchema.safeParse(current).success).toBe(true);
  });

  it('once the candidate saves that version, nothing is pending; the sighting stays as history', () => {
    const seen = noteSighting(record, moved, URL_A, NOW)!;
    const saved = trackNotice([seen], makeInput(moved, URL_A), later(60_000));
    expect(saved.action).toBe('updated');
    expect(saved.record.notice.deadline).toBe('2026-06-18T12:00:00+02:00');
    expect(saved.record.sightings).toHaveLength(1);
    expect(pendingChanges(saved.record)).toBeNull();
  });

  it('hostile text in a seen value is stored as text, cut to its limit, and still a valid record', () => {
    const seen = makeNotice({
      reference: 'EC/2026/n1',
      location: `<img src=x onerror=alert(1)>${'x'.repeat(400)}`,
    });
    const next = noteSighting(record, seen, URL_A, NOW)!;
    const change = next.sightings![0].changes[0];
    expect(change.field).toBe('location');
    expect(change.seen.startsWith('<img src=x onerror=alert(1)>')).toBe(true);
    expect(change.seen.length).toBeLessThanOrEqual(300);
    expect(trackedNoticeSchema.safeParse(next).success).toBe(true);
  });
});
