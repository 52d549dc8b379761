/** The content script's gate (lib/notice/gate.ts) is generated from the language tables: it must be current. */
import { describe, expect, it } from 'vitest';
import { hasDeadlineWording as fullGate, QUICK_GATE_PATTERN } from '../../lib/notice/detect';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { GATE_FOLDS, GATE_PATTERN, hasDeadlineWording } from '../../lib/notice/gate';
import { caseFolds, GateMatcher } from '../../lib/notice/gate-matcher';

describe('the generated gate', () => {
  it('is the pattern detect.ts builds from the language tables (else run npm run gen:gate)', () => {
    expect(GATE_PATTERN).toBe(QUICK_GATE_PATTERN);
  });

  it.each([
    'Deadline for applications: 4 June 2026',
    'Date limite de dépôt des candidatures : 4 juin 2026',
    'Bewerbungsfrist: 4. Juni 2026',
    'Termin składania zgłoszeń: 4 czerwca 2026',
    'Plazo de presentación de candidaturas: 4 de junio de 2026',
  ])('agrees with the full gate on %s', (text) => {
    expect(hasDeadlineWording(text)).toBe(fullGate(text));
  });

  it('stays silent on ordinary text', () => {
    expect(hasDeadlineWording('Carbonnade flamande: beef, beer, onions, mustard, bread.')).toBe(false);
  });
});

describe('the gate matcher', () => {
  const regex = new RegExp(GATE_PATTERN, 'i');
  const phrases = GATE_PATTERN.split('|').map((p) =>
    p
      .replace(/\[\\s-\]\+/g, ' ')
      .replace(/\[(.)[^\]]*\]/g, '$1')
      .replace(/\\(.)/g, '$1'),
  );
  // Characters where case-insensitive matching is easy to get wrong, and white space the pattern allows.
  const tricky = [
    'ſ',
    'K',
    'ς',
    'σ',
    'Σ',
    'İ',
    'ı',
    'µ',
    'Μ',
    'ẞ',
    'ß',
    'Ω',
    'ǅ',
    'É',
    'Ή',
    '\u00a0',
    '\u2028',
    '\t',
    '-',
    '--',
    ' \n ',
  ];
  let seed = 7;
  const rnd = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)];
  const mutate = (p: string) =>
    [...p]
      .map((ch) => {
        const r = rnd();
        if (r < 0.2) return ch.toUpperCase();
        if (r < 0.25) return pick(tricky);
        if (r < 0.27) return '';
        if (ch === ' ' && r < 0.4) return pick(['\u00a0', '\t', '-', '  ', '\u3000', ' - ']);
        return ch;
      })
      .join('');
  const texts = [
    ...phrases.flatMap((p) => [p, p.toUpperCase(), mutate(p), mutate(p), `x${mutate(p)}y`, p.slice(0, -1)]),
    ...Array.from({ length: 300 }, () =>
      Array.from({ length: 8 }, () => (rnd() < 0.5 ? pick(tricky) : mutate(pick(phrases).slice(0, 6)))).join(
        '',
      ),
    ),
    ...readdirSync(join(import.meta.dirname, '..', 'fixtures', 'non-notices')).map((f) =>
      readFileSync(join(import.meta.dirname, '..', 'fixtures', 'non-notices', f), 'utf8'),
    ),
  ];

  it('answers what the case-insensitive regex answers', () => {
    let yes = 0;
    for (const t of texts) {
      const expected = regex.test(t);
      if (expected) yes++;
      expect(hasDeadlineWording(t), JSON.stringify(t.slice(0, 80))).toBe(expected);
    }
    // Both answers occur often enough for the comparison to mean something.
    expect(yes).toBeGreaterThan(texts.length / 4);
    expect(texts.length - yes).toBeGreaterThan(texts.length / 10);
  });

  it('answers the same when its automaton keeps only a few states (it starts afresh, mid-text)', () => {
    const small = new GateMatcher(GATE_PATTERN, GATE_FOLDS, 3);
    for (const t of texts) expect(small.test(t), JSON.stringify(t.slice(0, 80))).toBe(regex.test(t));
  });

  it('finds a phrase at the end of a long text of phrase beginnings, and none when it is cut', () => {
    // Every phrase's beginning, glued and spaced, then one whole phrase: many states, one answer.
    const prefixes = phrases.map((p) => p.slice(0, Math.max(1, p.length - 2))).join(' - ');
    for (const p of [phrases[0], phrases[phrases.length - 1], 'Closing  date', 'DATE\u00a0LIMITE']) {
      const t = `${prefixes} ${p}`;
      expect(hasDeadlineWording(t)).toBe(regex.test(t));
      expect(hasDeadlineWording(t)).toBe(true);
    }
    expect(hasDeadlineWording(prefixes)).toBe(regex.test(prefixes));
  });

  it('builds its whole trie from the pattern (the trie is otherwise built as pages reach into it)', () => {
    const full = new GateMatcher(GATE_PATTERN, GATE_FOLDS);
    const nodes = full.expandAll();
    expect(nodes).toBeGreaterThan(GATE_PATTERN.split('|').length);
    for (const t of texts) expect(full.test(t)).toBe(regex.test(t));
    expect(() => new GateMatcher('ab|a[bé]c', ['Aa', 'Bb', 'Cc']).expandAll()).toThrow(/no case class/);
  });

  it('splits a pattern with "|" in a set or escaped at its alternatives only', () => {
    const m = new GateMatcher('x[|y]z|w\\|v', ['|', 'Vv', 'Ww', 'Xx', 'Yy', 'Zz']);
    const re = /x[|y]z|w\|v/i;
    for (const t of ['x|z', 'XYZ', 'w|v', 'xz', 'w', 'v', 'y]z', 'a W|V b'])
      expect(m.test(t), t).toBe(re.test(t));
  });

  it('carries the case classes gen-gate computes for the pattern', () => {
    expect(GATE_FOLDS).toEqual(caseFolds(GATE_PATTERN));
  });
});
