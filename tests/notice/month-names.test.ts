/**
 * The month names the reader reads (lib/notice/lang/month-names.ts) are generated from Intl's CLDR data
 * by scripts/gen-months.ts: the table must be current, and the reader must read every name in it.
 */
import { describe, expect, it } from 'vitest';
import { CLDR_MONTH_NAMES } from '../../lib/notice/lang/month-names';
import { cldrMonthNames } from '../../lib/notice/lang/month-names-source';
import { MONTH_READINGS, monthOf } from '../../lib/notice/lang';
import { LANGUAGES } from '../../lib/notice/lang/tables';
import { foldSameLength } from '../../lib/notice/lexicon';

describe('the generated month names', () => {
  it('are what Intl gives on this node (else run npm run gen:months)', () => {
    expect(CLDR_MONTH_NAMES).toEqual(cldrMonthNames());
  });

  it('cover the 24 languages, twelve months each', () => {
    expect(Object.keys(CLDR_MONTH_NAMES).sort()).toEqual(LANGUAGES.map((t) => t.code).sort());
    for (const months of Object.values(CLDR_MONTH_NAMES)) expect(months).toHaveLength(12);
  });

  it('are read as their month in their language', () => {
    // Every long name of three letters or more without a digit (the reader's rule for a key).
    for (const [code, months] of Object.entries(CLDR_MONTH_NAMES))
      months.forEach((names, m) => {
        const key = foldSameLength(names[0].trim()).replace(/\.$/, '');
        if (key.length < 3 || /[\d\s]/.test(key)) return;
        expect(MONTH_READINGS.get(key)?.get(code), `${code} ${names[0]}`).toBe(m + 1);
      });
    expect(monthOf('marca', 'PL')).toBe(3);
    expect(monthOf('maaliskuuta', 'FI')).toBe(3);
    expect(monthOf('σεπτεμβριου', 'EL')).toBe(9);
  });
});
