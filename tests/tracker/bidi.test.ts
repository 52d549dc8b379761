/** Bidi controls in notice text never reach CSV, .ics or notifications (lib/tracker/bidi.ts). */
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { stripBidiControls, toCsv, toIcs } from '../../lib/tracker';
import { csvCell } from '../../lib/tracker/csv';
import { makeRecord, NOW } from './helpers';

const CONTROLS = [
  '\u202A',
  '\u202B',
  '\u202C',
  '\u202D',
  '\u202E',
  '\u2066',
  '\u2067',
  '\u2068',
  '\u2069',
  '\u200E',
  '\u200F',
  '\u061C',
];
const ANY_CONTROL = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/;
const TITLE = 'IT Officer \u202Efdp.exe\u202C (AD5)';

describe('stripBidiControls', () => {
  it.each(CONTROLS.map((c) => [`U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`, c]))(
    'removes %s',
    (_name, control) => expect(stripBidiControls(`a${control}b${control}`)).toBe('ab'),
  );

  it('keeps everything else, right-to-left letters and joiners included', () => {
    const text = 'Officier — Zoë 🇪🇺 עברית العربية a\u200Db\u200Cc\u00A0d';
    expect(stripBidiControls(text)).toBe(text);
  });
});

describe('exports carry no bidi control', () => {
  const record = makeRecord('r', {
    notice: { title: TITLE, institution: '\u2067European\u2069 Agency' },
    notes: 'call \u200Fback',
  });

  it('CSV: no control in any cell', () => {
    const csv = toCsv([record], { bom: false });
    expect(ANY_CONTROL.test(csv)).toBe(false);
    expect(csv).toContain('IT Officer fdp.exe (AD5)');
  });

  it('CSV: an override cannot hide a formula from the neutraliser', () => {
    expect(csvCell('\u202E=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvCell('\u2066@SUM(A1)')).toBe("'@SUM(A1)");
  });

  it('.ics: no control in the calendar, summary and alarms readable', () => {
    const ics = toIcs([record], { now: NOW, productId: '-//Test//EN' });
    expect(ANY_CONTROL.test(ics)).toBe(false);
    const [event] = new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent');
    expect(String(event.getFirstPropertyValue('summary'))).toBe('Deadline: IT Officer fdp.exe (AD5)');
    const alarms = event
      .getAllSubcomponents('valarm')
      .map((a) => String(a.getFirstPropertyValue('description')));
    expect(alarms.length).toBeGreaterThan(0);
    for (const description of alarms) expect(ANY_CONTROL.test(description)).toBe(false);
  });
});
