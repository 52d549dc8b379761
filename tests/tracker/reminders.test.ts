import { describe, expect, it } from 'vitest';
import type { ReminderOffset, TrackedStatus } from '../../lib/db';
import { reminderInstant, reminderSchedule, type Reminder } from '../../lib/tracker';
import { makeRecord, NOW } from './helpers';

const iso = (reminders: Reminder[]) => reminders.map((r) => new Date(r.fireAt).toISOString());

describe('reminderSchedule', () => {
  it('gives 7 days, 1 day and 3 hours before each open deadline, soonest first', () => {
    const a = makeRecord('a'); // 2026-06-04 12:00 CEST = 10:00Z
    const b = makeRecord('b', { notice: { title: 'Legal Officer', deadline: '2026-06-01T12:00:00+02:00' } });
    const reminders = reminderSchedule([a, b], undefined, NOW);
    expect(reminders.map((r) => [new Date(r.fireAt).toISOString(), r.label, r.id])).toEqual([
      ['2026-05-25T10:00:00.000Z', '7 days left: Legal Officer', 'b#7d'],
      ['2026-05-28T10:00:00.000Z', '7 days left: IT Officer', 'a#7d'],
      ['2026-05-31T10:00:00.000Z', '1 day left: Legal Officer', 'b#1d'],
      ['2026-06-01T07:00:00.000Z', '3 hours left: Legal Officer', 'b#3h'],
      ['2026-06-03T10:00:00.000Z', '1 day left: IT Officer', 'a#1d'],
      ['2026-06-04T07:00:00.000Z', '3 hours left: IT Officer', 'a#3h'],
    ]);
    expect(reminders.every((r) => r.recordId === r.id.split('#')[0])).toBe(true);
  });

  it.each<TrackedStatus>(['applied', 'interview', 'offer', 'rejected', 'withdrawn'])(
    'gives none once the notice is %s',
    (status) => {
      expect(reminderSchedule([makeRecord('a', { status })], undefined, NOW)).toEqual([]);
    },
  );

  it.each<TrackedStatus>(['saved', 'preparing'])('reminds while the notice is %s', (status) => {
    expect(reminderSchedule([makeRecord('a', { status })], undefined, NOW)).toHaveLength(3);
  });

  it('gives none for a closed notice or one without a deadline', () => {
    const closed = makeRecord('closed', { notice: { deadline: '2026-04-30T12:00:00+02:00' } });
    const undated = makeRecord('undated', { notice: { deadline: null } });
    expect(reminderSchedule([closed, undated], undefined, NOW)).toEqual([]);
  });

  it('leaves out reminders already past, and one due exactly now', () => {
    // Closes 2026-05-03 12:00 CEST: the 7-day reminder was on 26 April.
    const soon = makeRecord('soon', { notice: { deadline: '2026-05-03T12:00:00+02:00' } });
    expect(iso(reminderSchedule([soon], undefined, NOW))).toEqual([
      '2026-05-02T10:00:00.000Z',
      '2026-05-03T07:00:00.000Z',
    ]);
    const dueNow = new Date('2026-05-02T10:00:00Z');
    expect(iso(reminderSchedule([soon], undefined, dueNow))).toEqual(['2026-05-03T07:00:00.000Z']);
  });

  it("uses the record's own offsets over the defaults; [] turns them off", () => {
    const own = makeRecord('own', {
      reminderOffsets: [
        { amount: 2, unit: 'days' },
        { amount: 30, unit: 'minutes' },
      ],
    });
    const off = makeRecord('off', { reminderOffsets: [] });
    const reminders = reminderSchedule([own, off], [{ amount: 1, unit: 'hours' }], NOW);
    expect(reminders.map((r) => [new Date(r.fireAt).toISOString(), r.label.split(':')[0], r.id])).toEqual([
      ['2026-06-02T10:00:00.000Z', '2 days left', 'own#2d'],
      ['2026-06-04T09:30:00.000Z', '30 minutes left', 'own#30min'],
    ]);
  });

  it('uses the offsets passed in for records without their own, once each', () => {
    const reminders = reminderSchedule(
      [makeRecord('a')],
      [
        { amount: 1, unit: 'hours' },
        { amount: 1, unit: 'hours' },
      ],
      NOW,
    );
    expect(reminders.map((r) => r.label)).toEqual(['1 hour left: IT Officer']);
  });

  it('names a notice without a title by its reference', () => {
    const untitled = makeRecord('a', { notice: { title: null } });
    expect(reminderSchedule([untitled], [{ amount: 1, unit: 'days' }], NOW)[0].label).toBe(
      '1 day left: EC/2026/a',
    );
  });
});

/**
 * "1 day before" = the same wall-clock time the day before, in the deadline's zone. In 2026
 * the EU clocks go back on Sunday 25 October (03:00 CEST → 02:00 CET) and forward on
 * Sunday 29 March (02:00 CET → 03:00 CEST).
 */
describe('reminders across a daylight-saving change', () => {
  const DAY = { amount: 1, unit: 'days' } as const;
  const closing = (deadline: string, zone = 'Europe/Brussels') =>
    makeRecord('dst', { notice: { deadline, deadlineZone: zone } });
  const at = (deadline: string, offset: ReminderOffset = DAY, zone = 'Europe/Brussels') =>
    new Date(reminderInstant(Date.parse(deadline), offset, zone)).toISOString();

  it('deadline Monday 26 Oct 12:00 Brussels → Sunday 25 Oct 12:00 Brussels = 11:00Z (both after the change: 24 h)', () => {
    const [reminder] = reminderSchedule([closing('2026-10-26T12:00:00+01:00')], [DAY], NOW);
    expect(new Date(reminder.fireAt).toISOString()).toBe('2026-10-25T11:00:00.000Z');
    expect(Date.parse('2026-10-26T11:00:00Z') - reminder.fireAt).toBe(24 * 3_600_000);
  });

  it('deadline Sunday 25 Oct 12:00 CET → Saturday 24 Oct 12:00 CEST = 10:00Z: 25 real hours', () => {
    expect(at('2026-10-25T12:00:00+01:00')).toBe('2026-10-24T10:00:00.000Z');
  });

  it('deadline Monday 26 Oct 12:00 CET, 7 days → Monday 19 Oct 12:00 CEST = 10:00Z: 7 × 24 + 1 hours', () => {
    expect(at('2026-10-26T12:00:00+01:00', { amount: 7, unit: 'days' })).toBe('2026-10-19T10:00:00.000Z');
  });

  it('deadline Sunday 29 Mar 12:00 CEST → Saturday 28 Mar 12:00 CET = 11:00Z: 23 real hours', () => {
    expect(at('2026-03-29T12:00:00+02:00')).toBe('2026-03-28T11:00:00.000Z');
  });

  it('hours are exact: 3 hours before 02:30 CET on 25 Oct is 3 real hours', () => {
    // 2026-10-25 02:30+01:00 = 01:30Z; three real hours earlier is 22:30Z on the 24th.
    expect(at('2026-10-25T02:30:00+01:00', { amount: 3, unit: 'hours' })).toBe('2026-10-24T22:30:00.000Z');
  });

  it('a day before a time the clocks skip falls after the jump (law-like, as zonedTimeToInstant)', () => {
    // 30 Mar 02:30 CEST → 29 Mar 02:30 does not exist in Brussels; it resolves to 03:30 CEST = 01:30Z.
    expect(at('2026-03-30T02:30:00+02:00')).toBe('2026-03-29T01:30:00.000Z');
  });

  it('a day before a repeated time takes the earlier of the two', () => {
    // 26 Oct 02:30 CET → 25 Oct 02:30 happens twice; the first is 02:30 CEST = 00:30Z.
    expect(at('2026-10-26T02:30:00+01:00')).toBe('2026-10-25T00:30:00.000Z');
  });

  it("follows the deadline's own zone: Helsinki changes at the same instant as Brussels", () => {
    // 25 Oct 12:00 EET (10:00Z) → 24 Oct 12:00 EEST (09:00Z).
    const [reminder] = reminderSchedule(
      [closing('2026-10-25T12:00:00+02:00', 'Europe/Helsinki')],
      [DAY],
      NOW,
    );
    expect(new Date(reminder.fireAt).toISOString()).toBe('2026-10-24T09:00:00.000Z');
  });

  it('falls back to Brussels when the stated zone is unknown', () => {
    const [reminder] = reminderSchedule([closing('2026-10-25T12:00:00+01:00', 'Mars/Olympus')], [DAY], NOW);
    expect(new Date(reminder.fireAt).toISOString()).toBe('2026-10-24T10:00:00.000Z');
  });

  it('crosses month and year ends', () => {
    expect(at('2027-01-01T00:30:00+01:00', { amount: 7, unit: 'days' })).toBe('2026-12-24T23:30:00.000Z');
    expect(at('2026-03-01T12:00:00+01:00')).toBe('2026-02-28T11:00:00.000Z');
  });
});
