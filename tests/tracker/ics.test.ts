import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { reminderSchedule, toIcs } from '../../lib/tracker';
import { formatDuration, foldLine } from '../../lib/tracker/ics';
import { utf8Length } from '../../lib/tracker/utf8';
import { makeRecord, NOW } from './helpers';

const PRODUCT = '-//Vacancy Lens//Deadline tracker 0.1.0//EN';
const HOSTILE = 'Comma, semicolon; back\\slash\nnewline <script>';

/** Parses with ical.js, a real calendar library: what a calendar would read. */
function parse(ics: string): ICAL.Component {
  return new ICAL.Component(ICAL.parse(ics));
}

function events(ics: string): ICAL.Component[] {
  return parse(ics).getAllSubcomponents('vevent');
}

function text(component: ICAL.Component, name: string): string {
  return String(component.getFirstPropertyValue(name));
}

function instant(component: ICAL.Component, name: string): string {
  return (component.getFirstPropertyValue(name) as ICAL.Time).toJSDate().toISOString();
}

function triggers(event: ICAL.Component): string[] {
  return event.getAllSubcomponents('valarm').map((alarm) => String(alarm.getFirstPropertyValue('trigger')));
}

describe('toIcs', () => {
  const record = makeRecord('EPSO-1', {
    reference: 'EPSO/AD/403/24',
    notice: { reference: 'EPSO/AD/403/24', title: 'Policy Officer', institution: 'European Commission' },
    url: 'https://eu-careers.europa.eu/en/job-opportunities/policy-officer-epso-ad-403-24',
  });
  const ics = toIcs([record], { now: NOW, productId: PRODUCT });

  it('is a VCALENDAR with CRLF line endings, every line at most 75 octets', () => {
    expect(
      ics.startsWith(
        'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Vacancy Lens//Deadline tracker 0.1.0//EN\r\n',
      ),
    ).toBe(true);
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of ics.split('\r\n')) expect(utf8Length(line)).toBeLessThanOrEqual(75);
  });

  it('puts the deadline at its exact instant, in UTC', () => {
    expect(ics).toContain('\r\nDTSTART:20260604T100000Z\r\n');
    const [event] = events(ics);
    expect(instant(event, 'dtstart')).toBe('2026-06-04T10:00:00.000Z');
    expect((event.getFirstPropertyValue('dtstart') as ICAL.Time).zone?.tzid).toBe('UTC');
  });

  it('has a stable UID, DTSTAMP = now, the summary, a description and the link', () => {
    const [event] = events(ics);
    expect(text(event, 'uid')).toBe('EPSO-1@vacancy-lens');
    expect(instant(event, 'dtstamp')).toBe(NOW.toISOString());
    expect(text(event, 'summary')).toBe('Deadline: Policy Officer');
    expect(text(event, 'url')).toBe(record.url);
    expect(text(event, 'description').split('\n')).toEqual([
      'Reference: EPSO/AD/403/24',
      'Institution: European Commission',
      'Deadline: Thu, 4 Jun 2026, 12:00 CEST (UTC+02:00) Brussels time',
      'Status: Saved',
      record.url,
    ]);
    expect(text(event, 'transp')).toBe('TRANSPARENT');
  });

  it('keeps the same UID in a later export and a different one per record', () => {
    const later = toIcs([makeRecord('other'), record], {
      now: new Date('2026-05-20T00:00:00Z'),
      productId: PRODUCT,
    });
    expect(events(later).map((e) => text(e, 'uid'))).toEqual(['other@vacancy-lens', 'EPSO-1@vacancy-lens']);
  });

  it('has an alarm before the deadline for each reminder', () => {
    const [event] = events(ics);
    expect(triggers(event)).toEqual(['-P7D', '-P1D', '-PT3H']);
    const alarm = event.getAllSubcomponents('valarm')[1];
    expect(text(alarm, 'action')).toBe('DISPLAY');
    expect(text(alarm, 'description')).toBe('1 day left: Policy Officer');
    const seconds = (alarm.getFirstPropertyValue('trigger') as ICAL.Duration).toSeconds();
    expect(seconds).toBe(-86_400);
  });

  it('fires its alarms at the instants reminderSchedule gives, across a clock change', () => {
    // Sunday 25 Oct 2026 12:00 CET: the 1-day alarm is Saturday 12:00 CEST, 25 real hours before.
    const dst = makeRecord('dst', { notice: { deadline: '2026-10-25T12:00:00+01:00' } });
    const [event] = events(toIcs([dst], { now: NOW, productId: PRODUCT }));
    expect(triggers(event)).toEqual(['-P7DT1H', '-P1DT1H', '-PT3H']);
    const start = (event.getFirstPropertyValue('dtstart') as ICAL.Time).toJSDate().getTime();
    const fired = event
      .getAllSubcomponents('valarm')
      .map((a) => start + (a.getFirstPropertyValue('trigger') as ICAL.Duration).toSeconds() * 1000);
    expect(fired).toEqual(reminderSchedule([dst], undefined, NOW).map((r) => r.fireAt));
  });

  it('has no alarms for a notice applied to, closed, or already inside every offset', () => {
    const applied = makeRecord('applied', { status: 'applied' });
    const closed = makeRecord('closed', { notice: { deadline: '2026-04-01T12:00:00+02:00' } });
    const list = events(toIcs([applied, closed], { now: NOW, productId: PRODUCT }));
    expect(list.map((e) => triggers(e))).toEqual([[], []]);
    expect(list.map((e) => instant(e, 'dtstart'))).toEqual([
      '2026-06-04T10:00:00.000Z',
      '2026-04-01T10:00:00.000Z',
    ]);
  });

  it('leaves out a notice without a deadline', () => {
    const ics2 = toIcs([makeRecord('undated', { notice: { deadline: null } }), record], {
      now: NOW,
      productId: PRODUCT,
    });
    expect(events(ics2).map((e) => text(e, 'uid'))).toEqual(['EPSO-1@vacancy-lens']);
  });

  it('is a valid empty calendar for no records', () => {
    const empty = parse(toIcs([], { now: NOW, productId: PRODUCT }));
    expect(empty.name).toBe('vcalendar');
    expect(empty.getAllSubcomponents('vevent')).toEqual([]);
  });

  it('mentions a changed deadline', () => {
    const moved = makeRecord('m', { previousDeadline: '2026-05-28T12:00:00+02:00' });
    const [event] = events(toIcs([moved], { now: NOW, productId: PRODUCT }));
    expect(text(event, 'description')).toContain(
      'Deadline changed; it was Thu, 28 May 2026, 12:00 CEST (UTC+02:00) Brussels time',
    );
  });
});

describe('toIcs with hostile text', () => {
  const hostile = makeRecord('h', {
    reference: 'REF;1,2\\3',
    notice: { title: HOSTILE, reference: 'REF;1,2\\3', institution: 'Agency\r\nBEGIN:VALARM' },
    url: 'javascript:alert(1)',
  });
  const ics = toIcs([hostile], { now: NOW, productId: PRODUCT });

  it('escapes commas, semicolons, backslashes and newlines in TEXT values', () => {
    expect(ics).toContain('SUMMARY:Deadline: Comma\\, semicolon\\; back\\\\slash\\nnewline <script>\r\n');
    const [event] = events(ics);
    expect(text(event, 'summary')).toBe(`Deadline: ${HOSTILE}`);
    expect(text(event, 'description')).toContain(
      'Reference: REF;1,2\\3\nInstitution: Agency\nBEGIN:VALARM\n',
    );
  });

  it('cannot inject properties or components', () => {
    const [event] = events(ics);
    expect(event.getAllSubcomponents('valarm')).toHaveLength(3); // only ours
    expect(ics.split('\r\n').filter((line) => line.startsWith('BEGIN:'))).toEqual([
      'BEGIN:VCALENDAR',
      'BEGIN:VEVENT',
      'BEGIN:VALARM',
      'BEGIN:VALARM',
      'BEGIN:VALARM',
    ]);
  });

  it('writes no URL property for an address that is not http(s)', () => {
    expect(events(ics)[0].getFirstPropertyValue('url')).toBeNull();
  });

  it('drops control characters other than line breaks', () => {
    const bell = makeRecord('b', { notice: { title: 'Bell\u0007 and NUL\u0000 here' } });
    const [event] = events(toIcs([bell], { now: NOW, productId: PRODUCT }));
    expect(text(event, 'summary')).toBe('Deadline: Bell and NUL here');
  });

  it('writes the UID of an odd id safely and stably', () => {
    const odd = makeRecord('a b;c/é', {});
    const ics2 = toIcs([odd], { now: NOW, productId: PRODUCT });
    expect(text(events(ics2)[0], 'uid')).toBe('a%0020b%003bc%002f%00e9@vacancy-lens');
  });
});

describe('line folding', () => {
  it('folds a 300-character title into lines of at most 75 octets that unfold to the original', () => {
    const title = Array.from({ length: 40 }, (_, i) => `Word${String(i).padStart(2, '0')}, `)
      .join('')
      .slice(0, 300);
    expect(title).toHaveLength(300);
    const ics = toIcs([makeRecord('long', { notice: { title } })], { now: NOW, productId: PRODUCT });
    const lines = ics.split('\r\n');
    const start = lines.findIndex((l) => l.startsWith('SUMMARY:'));
    const continuation = lines.slice(start + 1).findIndex((l) => !l.startsWith(' '));
    expect(continuation).toBeGreaterThanOrEqual(4); // 300 chars + escapes need at least 5 lines
    for (const line of lines) expect(utf8Length(line)).toBeLessThanOrEqual(75);
    expect(text(events(ics)[0], 'summary')).toBe(`Deadline: ${title}`);
  });

  it('never splits a multi-byte character', () => {
    const title = 'Fonctionnaire «Économie» – ' + 'ÄÖÜ€🇪🇺'.repeat(40);
    const ics = toIcs([makeRecord('utf8', { notice: { title } })], { now: NOW, productId: PRODUCT });
    const bytes = Buffer.from(ics, 'utf8');
    // Decoding each physical line on its own gives no replacement character: no split sequence.
    for (const line of bytes.toString('utf8').split('\r\n')) {
      expect(utf8Length(line)).toBeLessThanOrEqual(75);
      expect(Buffer.from(line, 'utf8').toString('utf8')).toBe(line);
      expect(line).not.toMatch(/^[\uDC00-\uDFFF]|[\uD800-\uDBFF]$/);
    }
    expect(text(events(ics)[0], 'summary')).toBe(`Deadline: ${title}`);
  });

  it('foldLine leaves a short line alone and counts the leading space', () => {
    expect(foldLine('A'.repeat(75))).toBe('A'.repeat(75));
    expect(foldLine('A'.repeat(76))).toBe(`${'A'.repeat(75)}\r\n A`);
    expect(
      foldLine('A'.repeat(75 + 74 + 1))
        .split('\r\n')
        .map((l) => l.length),
    ).toEqual([75, 75, 2]);
  });
});

describe('formatDuration', () => {
  it.each([
    [-7 * 86_400_000, '-P7D'],
    [-86_400_000, '-P1D'],
    [-25 * 3_600_000, '-P1DT1H'],
    [-23 * 3_600_000, '-PT23H'],
    [-3 * 3_600_000, '-PT3H'],
    [-90 * 60_000, '-PT1H30M'],
    [-(3_600_000 + 30_000), '-PT1H0M30S'],
    [-30_000, '-PT30S'],
    [0, 'PT0S'],
  ])('%d ms → %s, which ical.js reads back', (ms, expected) => {
    expect(formatDuration(ms)).toBe(expected);
    expect(ICAL.Duration.fromString(expected).toSeconds()).toBe(ms / 1000);
  });
});
