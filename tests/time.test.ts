import { describe, expect, it } from 'vitest';
import { countdown, formatInstant } from '../lib/time/format';
import { toIsoWithOffset, zonedTimeToInstant, zoneOffsetMinutes } from '../lib/time/zones';

describe('time zones', () => {
  it.each([
    ['Europe/Brussels', 2026, 3, 28, 12, '+01:00'],
    ['Europe/Brussels', 2026, 3, 29, 12, '+02:00'],
    ['Europe/Brussels', 2026, 10, 24, 12, '+02:00'],
    ['Europe/Brussels', 2026, 10, 25, 12, '+01:00'],
    ['Europe/Helsinki', 2026, 1, 15, 12, '+02:00'],
    ['Europe/Lisbon', 2026, 7, 1, 12, '+01:00'],
    ['Europe/Lisbon', 2026, 12, 1, 12, '+00:00'],
  ])('%s %i-%i-%i %i:00 has offset %s', (zone, y, mo, d, h, off) => {
    const i = zonedTimeToInstant({ year: y, month: mo, day: d, hour: h, minute: 0, second: 0 }, zone);
    expect(toIsoWithOffset(i.epochMs, zone).slice(-6)).toBe(off);
    expect(toIsoWithOffset(i.epochMs, zone).slice(11, 13)).toBe(String(h).padStart(2, '0'));
  });

  it('marks a wall time in the spring-forward gap and moves it forward', () => {
    const i = zonedTimeToInstant(
      { year: 2026, month: 3, day: 29, hour: 2, minute: 30, second: 0 },
      'Europe/Brussels',
    );
    expect(i.gap).toBe(true);
    expect(toIsoWithOffset(i.epochMs, 'Europe/Brussels')).toBe('2026-03-29T03:30:00+02:00');
  });

  it('marks an ambiguous wall time at fall-back and takes the earlier instant', () => {
    const i = zonedTimeToInstant(
      { year: 2026, month: 10, day: 25, hour: 2, minute: 30, second: 0 },
      'Europe/Brussels',
    );
    expect(i.ambiguous).toBe(true);
    expect(new Date(i.epochMs).toISOString()).toBe('2026-10-25T00:30:00.000Z');
  });

  it('reads offsets from the time-zone database', () => {
    expect(zoneOffsetMinutes('Europe/Brussels', Date.parse('2026-07-01T00:00:00Z'))).toBe(120);
    expect(zoneOffsetMinutes('Asia/Kolkata', Date.parse('2026-07-01T00:00:00Z'))).toBe(330);
  });
});

describe('formatInstant and countdown', () => {
  const deadline = Date.parse('2026-06-04T12:00:00+02:00');
  it('shows the instant in Brussels and in another zone', () => {
    expect(formatInstant(deadline, 'Europe/Brussels')).toBe('Thu, 4 Jun 2026, 12:00 CEST (UTC+02:00)');
    expect(formatInstant(deadline, 'Asia/Tokyo')).toBe('Thu, 4 Jun 2026, 19:00 (UTC+09:00)');
  });
  it.each([
    ['2026-05-01T10:00:00Z', false, 34, '34 days left'],
    ['2026-06-03T09:00:00Z', false, 1, '1 day 1 h left'],
    ['2026-06-04T08:30:00Z', false, 0, '1 h 30 min left'],
    ['2026-06-04T09:59:00Z', false, 0, '1 min left'],
    ['2026-06-04T10:00:00Z', true, 0, 'closed today'],
    ['2026-06-07T10:00:00Z', true, 0, 'closed 3 days ago'],
  ])('at %s', (now, closed, days, text) => {
    const c = countdown(deadline, Date.parse(now));
    expect(c.closed).toBe(closed);
    expect(c.days).toBe(days);
    expect(c.text).toBe(text);
  });
});
