import { describe, expect, it } from 'vitest';
import { LANGUAGES, MONTH_READINGS, monthOf } from '../../lib/notice/lang';
import { findDate } from '../../lib/notice/lang/dates';
import { foldSameLength } from '../../lib/notice/lexicon';

const date = (text: string, lang: string | null = null) => {
  const f = foldSameLength(text);
  const d = findDate(f, 0, f.length, () => lang);
  return d && `${d.year}-${d.month}-${d.day}`;
};

describe('language tables', () => {
  it('cover the 24 official languages', () => {
    expect(LANGUAGES.map((t) => t.code).sort()).toEqual(
      'BG CS DA DE EL EN ES ET FI FR GA HR HU IT LT LV MT NL PL PT RO SK SL SV'.split(' '),
    );
    for (const t of LANGUAGES) {
      expect(t.deadline.length, t.code).toBeGreaterThan(0);
      expect(Object.keys(t.staff).length, t.code).toBeGreaterThanOrEqual(4);
      for (const h of Object.values(t.headings)) expect(h.length, t.code).toBeGreaterThan(0);
    }
  });

  it('take month names from CLDR, twelve per language', () => {
    for (const t of LANGUAGES) {
      const months = new Set<number>();
      for (const readings of MONTH_READINGS.values())
        if (readings.has(t.code)) months.add(readings.get(t.code)!);
      expect(months.size, t.code).toBe(12);
    }
  });

  it('keep every reading of a name that differs between languages', () => {
    expect(monthOf('listopada', 'PL')).toBe(11);
    expect(monthOf('listopada', 'HR')).toBe(10);
    expect(monthOf('listopada', null)).toBeNull();
    expect(monthOf('marca', null)).toBe(3);
  });
});

describe('written dates', () => {
  it.each([
    ['15 March 2026', '2026-3-15'],
    ['March 15th, 2026', '2026-3-15'],
    ['15 mars 2026', '2026-3-15'],
    ['1er avril 2026', '2026-4-1'],
    ['15. März 2026', '2026-3-15'],
    ['15 marca 2026 r.', '2026-3-15'],
    ['15 de marzo de 2026', '2026-3-15'],
    ['15 de março de 2026', '2026-3-15'],
    ['15 maart 2026', '2026-3-15'],
    ['15.3.2026 klo 12.00', '2026-3-15'],
    ['15. maaliskuuta 2026', '2026-3-15'],
    ['2026 m. kovo 15 d.', '2026-3-15'],
    ['2026. március 15.', '2026-3-15'],
    ['2026. gada 15. marts', '2026-3-15'],
    ['15. märts 2026', '2026-3-15'],
    ['15 Μαρτίου 2026', '2026-3-15'],
    ['15 март 2026 г.', '2026-3-15'],
    ["15 ta' Marzu 2026", '2026-3-15'],
    ['15 Márta 2026', '2026-3-15'],
    ['15. ožujka 2026.', '2026-3-15'],
    ['15. března 2026', '2026-3-15'],
    ['15 martie 2026', '2026-3-15'],
    ['15 mars 2026 kl. 12.00', '2026-3-15'],
    ['3 sept. 2026', '2026-9-3'],
  ])('%s', (text, expected) => {
    expect(date(text)).toBe(expected);
  });

  it('reads an ambiguous month only when the language is known', () => {
    expect(date('15 listopada 2026')).toBeNull();
    expect(date('15 listopada 2026', 'PL')).toBe('2026-11-15');
    expect(date('15. listopada 2026.', 'HR')).toBe('2026-10-15');
  });

  it('is linear on long runs of digits and spaces', () => {
    const s = `${'1 '.repeat(200_000)}${'12.'.repeat(100_000)}`;
    const t0 = performance.now();
    findDate(s, 0, s.length, () => null);
    expect(performance.now() - t0).toBeLessThan(3000);
  });
});

describe('folding', () => {
  it('leaves no capital letter of ASCII, so that a lower-case pattern over folded text is the case-insensitive one', () => {
    // Every code unit of the BMP (surrogates paired with a fixed partner), and the odd ones out of
    // lower-casing: İ grows, the Kelvin and Ångström signs fold to ASCII letters.
    let all = '';
    for (let c = 0; c < 0x10000; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      all += String.fromCharCode(c);
    }
    const texts = [all, `${all}İ`, 'EPSO/AD/123 Open COMPETITION', 'Concours GÉNÉRAL \u212a\u212b İ'];
    for (const t of texts) {
      const f = foldSameLength(t);
      expect(f.length).toBe(t.length);
      expect(/[A-Z]/.test(f)).toBe(false);
      // The competition wording, with and without the i flag, over the folded text.
      const ci = /\bEPSO\/|\bopen competition\b|\bconcours general\b/gi;
      const lower = /\bepso\/|\bopen competition\b|\bconcours general\b/g;
      expect([...f.matchAll(lower)].map((m) => m.index)).toEqual([...f.matchAll(ci)].map((m) => m.index));
    }
  });
});
