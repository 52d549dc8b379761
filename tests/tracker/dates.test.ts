/** Dates are real calendar dates wherever records, backups and the profile carry them (lib/time/calendar.ts). */
import { describe, expect, it } from 'vitest';
import { trackedNoticeSchema } from '../../lib/db';
import { parseProfile } from '../../lib/profile';
import { isCalendarDay, isRealDateTime } from '../../lib/time/calendar';
import { makeBackup, parseBackupText } from '../../lib/tracker';
import { makeProfile } from '../eligibility/helpers';
import { makeRecord, NOW } from './helpers';

describe('isRealDateTime', () => {
  it.each([
    '2026-02-28',
    '2028-02-29',
    '2000-02-29',
    '2026-12-31T23:59:59+01:00',
    '2026-06-04T12:00:00+02:00',
    '2026-05-01T10:00:00.000Z',
    '2026-05-01T10:00Z',
  ])('accepts %s', (text) => expect(isRealDateTime(text)).toBe(true));

  it.each([
    '2026-02-29',
    '2026-02-30',
    '2100-02-29',
    '2026-13-01',
    '2026-00-10',
    '2026-04-31',
    '2026-04-00',
    '2026-13-01T12:00:00+01:00',
    '2026-02-30T12:00:00+01:00',
    '2026-06-04T24:00:00+02:00',
    '2026-06-04T12:60:00+02:00',
    '2026-06-04T12:00:61+02:00',
    '2026-06-04T12:00:00+24:00',
    '04/06/2026',
    '',
  ])('refuses %s', (text) => expect(isRealDateTime(text)).toBe(false));

  it('knows leap years', () => {
    expect([1900, 2000, 2024, 2026].map((y) => isCalendarDay(y, 2, 29))).toEqual([false, true, true, false]);
  });
});

describe('tracked records and backups refuse dates that do not exist', () => {
  const withDeadline = (deadline: string) => {
    const record = makeRecord('a');
    return { ...record, notice: { ...record.notice, deadline } };
  };

  it.each(['2026-13-01T12:00:00+01:00', '2026-02-30T12:00:00+01:00', '2026-06-04T25:00:00+02:00'])(
    'a deadline of %s',
    (deadline) => {
      expect(trackedNoticeSchema.safeParse(withDeadline(deadline)).success).toBe(false);
      expect(trackedNoticeSchema.safeParse({ ...makeRecord('b'), previousDeadline: deadline }).success).toBe(
        false,
      );
    },
  );

  it('a saved or applied date of 2026-02-30', () => {
    expect(
      trackedNoticeSchema.safeParse({ ...makeRecord('a'), savedAt: '2026-02-30T10:00:00Z' }).success,
    ).toBe(false);
    expect(
      trackedNoticeSchema.safeParse({ ...makeRecord('a'), appliedAt: '2026-02-30T10:00:00Z' }).success,
    ).toBe(false);
  });

  it('a backup with 2026-13-01 is refused with a reason, no RangeError; 2026-02-30 is not read as 2 March', () => {
    for (const deadline of ['2026-13-01T12:00:00+01:00', '2026-02-30T12:00:00+01:00']) {
      const text = JSON.stringify(makeBackup(null, [withDeadline(deadline)], NOW));
      const result = parseBackupText(text);
      expect(result.ok).toBe(false);
      expect(!result.ok && result.errors.map((e) => e.path)).toEqual(['tracked.0.notice.deadline']);
      expect(!result.ok && result.errors[0].message).toMatch(/not a real date/);
    }
  });

  it('a backup made on 2026-02-30', () => {
    const backup = { ...makeBackup(null, [], NOW), exportedAt: '2026-02-30T10:00:00.000Z' };
    expect(parseBackupText(JSON.stringify(backup)).ok).toBe(false);
  });

  it('a profile with a diploma awarded on 2026-02-30, one message for the field', () => {
    const profile = makeProfile();
    const parsed = parseProfile({
      ...profile,
      diplomas: [{ level: 'university_4y', field: 'Law', awarded: '2026-02-30', recognisedInEU: true }],
    });
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.errors.filter((e) => e.path === 'diplomas.0.awarded')).toHaveLength(1);
  });
});
