/**
 * EU Careers deadlines: Brussels wall-clock text and UTC datetime attributes. Expected UTC
 * instants worked out by hand: Brussels is UTC+1 in winter and UTC+2 from 01:00 UTC on the
 * last Sunday of March (29/03/2026, 28/03/2027) to 01:00 UTC on the last Sunday of October
 * (25/10/2026).
 */
import { describe, expect, it } from 'vitest';
import { readDatetimeAttribute, readDeadlineCell, readDeadlineText } from '../../lib/sites/site-deadline';

describe('readDeadlineText', () => {
  it.each([
    ['12/08/2026 - 23:59 (Brussels time)', '2026-08-12T21:59:00.000Z'],
    ['13/10/2026 - 12:00', '2026-10-13T10:00:00.000Z'],
    ['5/11/2026 – 12:00', '2026-11-05T11:00:00.000Z'],
    ['05/11/2026, 12:00', '2026-11-05T11:00:00.000Z'],
    ['05/11/2026 12:00 (Brussels local time)', '2026-11-05T11:00:00.000Z'],
    ['24/10/2026 - 12:00', '2026-10-24T10:00:00.000Z'],
    ['26/10/2026 - 12:00 CET', '2026-10-26T11:00:00.000Z'],
    // "CEST" on a winter date still means Brussels legal time (as the notice reader does).
    ['26/10/2026 - 12:00 (CEST)', '2026-10-26T11:00:00.000Z'],
    ['29/03/2026 - 01:59', '2026-03-29T00:59:00.000Z'],
    ['29/03/2026 - 03:00', '2026-03-29T01:00:00.000Z'],
    ['28/03/2027 - 12:00', '2027-03-28T10:00:00.000Z'],
    ['15/01/2027 - 23:59', '2027-01-15T22:59:00.000Z'],
    ['  12/08/2026\u00a0-\u00a023:59  ', '2026-08-12T21:59:00.000Z'],
  ])('%j → %s', (text, utc) => {
    const r = readDeadlineText(text);
    expect(r.ok && new Date(r.epochMs).toISOString()).toBe(utc);
  });

  it.each([
    ['12/08/2026', '"12/08/2026" is not in the form DD/MM/YYYY - HH:MM (Brussels time)'],
    [
      '12 August 2026 - 23:59',
      '"12 August 2026 - 23:59" is not in the form DD/MM/YYYY - HH:MM (Brussels time)',
    ],
    ['2026-08-12 23:59', '"2026-08-12 23:59" is not in the form DD/MM/YYYY - HH:MM (Brussels time)'],
    [
      '12/08/2026 - 23:59 (Helsinki time)',
      '"12/08/2026 - 23:59 (Helsinki time)" is not in the form DD/MM/YYYY - HH:MM (Brussels time)',
    ],
    ['31/09/2026 - 12:00', '"31/09/2026 - 12:00" is not a valid date and time'],
    ['12/13/2026 - 12:00', '"12/13/2026 - 12:00" is not a valid date and time'],
    ['12/08/2026 - 24:00', '"12/08/2026 - 24:00" is not a valid date and time'],
    ['29/03/2026 - 02:30', '"29/03/2026 - 02:30" does not exist in Brussels (the clocks change that night)'],
    ['25/10/2026 - 02:30', '"25/10/2026 - 02:30" happens twice in Brussels (the clocks change that night)'],
  ])('%j is refused', (text, reason) => {
    expect(readDeadlineText(text)).toEqual({ ok: false, reason });
  });
});

describe('readDatetimeAttribute', () => {
  it.each([
    ['2026-10-13T10:00:00Z', '2026-10-13T10:00:00.000Z'],
    ['2026-10-13T10:00Z', '2026-10-13T10:00:00.000Z'],
    ['2026-10-13T12:00:00+02:00', '2026-10-13T10:00:00.000Z'],
    ['2026-10-13T10:00:00.000Z', '2026-10-13T10:00:00.000Z'],
  ])('%s → %s', (attr, utc) => {
    const r = readDatetimeAttribute(attr);
    expect(r.ok && new Date(r.epochMs).toISOString()).toBe(utc);
  });

  it.each(['2026-10-13T10:00:00', '2026-10-13', '13/10/2026 - 12:00', 'soon'])(
    '%j (no zone) is refused',
    (attr) => {
      expect(readDatetimeAttribute(attr).ok).toBe(false);
    },
  );
});

describe('readDeadlineCell', () => {
  it('gives the Brussels ISO form with the offset of that date', () => {
    expect(readDeadlineCell('13/10/2026 - 12:00', '2026-10-13T10:00:00Z', 'datetime')).toEqual({
      kind: 'ok',
      iso: '2026-10-13T12:00:00+02:00',
      epochMs: Date.parse('2026-10-13T10:00:00Z'),
      checked: true,
    });
    expect(readDeadlineCell('', '2026-11-05T11:00:00Z', 'text')).toMatchObject({
      iso: '2026-11-05T12:00:00+01:00',
      checked: false,
    });
  });

  it('prefers the requested source when both agree within the minute', () => {
    expect(readDeadlineCell('13/10/2026 - 12:00', '2026-10-13T10:00:30Z', 'text').iso).toBe(
      '2026-10-13T12:00:00+02:00',
    );
    expect(readDeadlineCell('13/10/2026 - 12:00', '2026-10-13T10:00:30Z', 'datetime').iso).toBe(
      '2026-10-13T12:00:30+02:00',
    );
  });

  it('refuses both when they disagree, e.g. a winter offset used on a summer date', () => {
    const r = readDeadlineCell('13/10/2026 - 12:00', '2026-10-13T11:00:00Z', 'datetime');
    expect(r.kind).toBe('disagree');
    expect(r.iso).toBeNull();
  });

  it('says when there is nothing to read', () => {
    expect(readDeadlineCell('  ', undefined, 'text')).toEqual({
      kind: 'empty',
      iso: null,
      reason: 'the deadline is empty',
    });
  });
});
