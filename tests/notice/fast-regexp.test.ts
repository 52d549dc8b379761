/**
 * The reader's faster drop-ins for big alternations (lib/notice/regex-trie.ts, the tables of
 * bodies and departments; lib/notice/phrase-regexp.ts, the phrase lists) give exactly the plain
 * regex's matches: same positions, same text, same groups, same lastIndex, match after match.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { matches } from '../helpers/regex-matches';
import { seededRandom } from '../helpers/seeded-random';
import { BODIES, DEPARTMENTS } from '../../lib/notice/bodies';
import { withFlags } from '../../lib/notice/anchored-regexp';
import { ANCHORED_REGEXPS } from '../../lib/notice/detect';
import { trieRegExp } from '../../lib/notice/regex-trie';
import { phraseRegExp } from '../../lib/notice/phrase-regexp';
import { EMAIL, nextEmail } from '../../lib/notice/fields/identity';
import {
  DEADLINE_LABELS,
  DEADLINE_WEAK,
  HEADINGS,
  LAYOUT_LABELS,
  NOTICE_TYPES,
  STAFF_WORDS,
  phrasePattern,
  phraseRegex,
} from '../../lib/notice/lang';
import { foldSameLength } from '../../lib/notice/lexicon';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'notices');

/** Fixture notices (as written and folded) and random strings mixing their pieces with awkward characters. */
function texts(): string[] {
  const out: string[] = [];
  for (const f of readdirSync(FIXTURES)
    .filter((f) => /\.(txt|md)$/.test(f))
    .slice(0, 40)) {
    const t = readFileSync(join(FIXTURES, f), 'utf8');
    out.push(t, foldSameLength(t));
  }
  let seed = 12345;
  const rnd = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
  const palette =
    "aeiouyéèàçßøœabcdfghjklmnpqrstvwxzAEBCDXZ0123456789 \n\t.,;:/-_()[]@'’«»ΑαβγσςабвгдΕ\u00a0\u3000\u2028\ud83d\ude00\ud800";
  const pieces = out.slice();
  for (let k = 0; k < 200; k++) {
    let s = '';
    const n = 20 + Math.floor(rnd() * 400);
    for (let i = 0; i < n; i++) {
      if (rnd() < 0.25) {
        const t = pieces[Math.floor(rnd() * pieces.length)];
        const at = Math.floor(rnd() * t.length);
        s += t.slice(at, at + Math.floor(rnd() * 60));
      } else s += palette[Math.floor(rnd() * palette.length)];
    }
    out.push(s, foldSameLength(s));
  }
  return out;
}

const grouped = (sources: Array<string | null>, flags: string) =>
  new RegExp(sources.map((src) => `(${src ?? '(?!)'})`).join('|'), flags);

describe('trieRegExp', () => {
  const all = texts();
  const cases: RegExp[] = [
    grouped(
      BODIES.map((b) => b.full.source),
      'g',
    ),
    grouped(
      DEPARTMENTS.map((d) => d.full?.source ?? null),
      'g',
    ),
    // Entries that begin with \b or not, share first letters, never match, or begin with a group.
    grouped(['\\bab|\\bac', 'a\\b', null, 'b(?:c|d)?', '\\b(?:x )?y', 'ab'], 'g'),
    grouped(['europ\\p{L}{0,4} (?:union|commission)', 'ευρωπαικ[ηςα]{1,3}\\s', 'европейск'], 'gu'),
  ];
  /**
   * Each name the plain regex finds in the texts, glued after a letter, digit or "_" (no \b there),
   * after letters outside ASCII and after a space (\b there): a name inside a word is no match.
   */
  function glued(re: RegExp): string[] {
    const names = new Set<string>();
    for (const s of all.slice(0, 80))
      for (const m of matches(new RegExp(re.source, 'g'), s)) names.add(JSON.parse(m)[1][0]);
    return [...names]
      .slice(0, 60)
      .map((n) => ['x', '1', '_', 'é', 'ω', 'ß', ' ', '\n'].map((c) => c + n).join(' | '));
  }

  it('keeps every match, group and lastIndex of the plain regex, read globally and once', () => {
    for (const re of cases) {
      for (const flags of [re.flags, re.flags.replace('g', '')]) {
        const plain = new RegExp(re.source, flags);
        const fast = trieRegExp(plain);
        expect(fast).not.toBe(plain);
        for (const s of [...all, ...glued(re), 'ab ac a y x y by bc abx ευρωπαικη αρχη'])
          expect(matches(fast, s), `${re.source.slice(0, 60)} on ${s.slice(0, 40)}`).toEqual(
            matches(plain, s),
          );
      }
    }
  });

  it('leaves alone the regexes it cannot read exactly', () => {
    // A group inside an entry would be numbered otherwise; the i flag; back-references; plain alternations.
    for (const re of [/(a)|(b(c))/g, /(european commission)|(b)/gi, /(a)\1|(b)/g, /a|b/g])
      expect(trieRegExp(re)).toBe(re);
  });
});

describe('phraseRegex', () => {
  const all = texts();
  const lists = [
    DEADLINE_LABELS,
    DEADLINE_WEAK,
    NOTICE_TYPES,
    LAYOUT_LABELS,
    HEADINGS.weLookFor,
    Object.values(STAFF_WORDS).flat(),
    ['a annoncé', 'e.g.', 'z. b.', 'l-iskadenza', "conditions d'admission", 'deadline'],
  ];
  /**
   * The lists' own phrases with other white space between their words (line breaks, runs, U+3000),
   * the next word cut short or changed, a letter glued in front: where a first word and the start of
   * the next are looked up together, they must be found (or not) as the regex finds them.
   */
  const SPACES = [' ', '\n', '  ', '\t\u3000', '\u00a0\n ', ''];
  function phraseTexts(phrases: string[]): string[] {
    const out: string[] = [];
    let k = 0;
    let s = '';
    for (const phrase of phrases.map(foldSameLength)) {
      const words = phrase.split(' ');
      for (let v = 0; v < 4; v++, k++) {
        let t = words[0];
        for (let w = 1; w < words.length; w++) {
          const next =
            v === 2 && w === 1 ? words[w].slice(0, 1) : v === 3 && w === 1 ? `x${words[w]}` : words[w];
          t += SPACES[(k + w) % SPACES.length] + next;
        }
        s += (k % 5 === 0 ? 'a' : k % 5 === 1 ? '1 ' : ' ') + t + (k % 3 === 0 ? 'e ' : '. ');
      }
      if (s.length > 3000) {
        out.push(s);
        s = '';
      }
    }
    out.push(s);
    return out;
  }

  it('gives the plain alternation’s matches, whole-word or not', () => {
    for (const phrases of lists)
      for (const wholeWord of [true, false]) {
        const fast = phraseRegex(phrases, 'gu', wholeWord);
        const plain = new RegExp(
          `(?<![\\p{L}\\p{N}])(?:${phrasePattern(phrases)})${wholeWord ? '(?![\\p{L}\\p{N}])' : ''}`,
          'gu',
        );
        for (const s of [...all, ...phraseTexts(phrases)])
          expect(matches(fast, s), `${phrases[0]} on ${s.slice(0, 40)}`).toEqual(matches(plain, s));
      }
  });

  it('keeps the plain regex where an alternative is no pattern on its own (its regexes are made when first tried)', () => {
    // A group or a class holding "|" is cut by the split into alternatives; "ab(c)d" would be a pattern on its own
    // but its group would be numbered. Each gives the plain regex's matches, and the simple list still does.
    const text = 'xa ab abcd a|b cd ba d ef ac';
    for (const pattern of ['a(?:b|c)|d', 'ab(c)d|ef', 'a[|]b|cd', 'ab|cd|ef']) {
      const fast = phraseRegExp(pattern, '(?![\\p{L}\\p{N}])', 'gu');
      const plain = new RegExp(`(?<![\\p{L}\\p{N}])(?:${pattern})(?![\\p{L}\\p{N}])`, 'gu');
      expect(matches(fast, text), pattern).toEqual(matches(plain, text));
      expect(matches(fast, text).length, pattern).toBeGreaterThan(0);
    }
  });
});

describe('anchoredRegExp', () => {
  // Reference codes, years, levels and labels run together with the awkward characters of texts().
  let seed = 99;
  const rnd = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
  const bits = [
    'abc',
    'xy',
    'ec',
    '/',
    '-',
    '_',
    '2026',
    '1999',
    '20',
    '19',
    '7',
    'ta/',
    '/ad/',
    'fgiii/',
    'epso/',
    'ad/12/26',
    'ref. ',
    'riferimento ',
    'numer referencyjny ',
    'n° de reference ',
    'reference: ',
    'b2',
    'c1',
    'level ',
    'niveau ',
    'cefr',
    ' ',
    '\n',
    'é',
    'Ω',
    '.',
  ];
  const codeTexts = Array.from({ length: 400 }, () => {
    let s = '';
    for (let i = 0, n = 5 + Math.floor(rnd() * 60); i < n; i++) s += bits[Math.floor(rnd() * bits.length)];
    return s;
  });
  const all = [...texts(), ...codeTexts];

  it("gives the plain regex's matches for the reference, code and CEFR patterns of detection, once and match after match", () => {
    expect(ANCHORED_REGEXPS()).toHaveLength(3);
    for (const fast of ANCHORED_REGEXPS()) {
      for (const flags of [
        fast.flags,
        fast.flags.includes('g') ? fast.flags.replace('g', '') : fast.flags + 'g',
      ]) {
        const f = withFlags(fast, flags);
        const p = new RegExp(fast.source, flags);
        for (const s of all)
          expect(
            matches(f, s),
            `${p.source.slice(0, 50)} /${flags} on ${JSON.stringify(s.slice(0, 60))}`,
          ).toEqual(matches(p, s));
      }
    }
  });
});

describe('nextEmail', () => {
  it('finds the addresses the e-mail pattern finds, match after match, from the "@" signs', () => {
    const rnd = seededRandom(5);
    const pieces = [
      'a',
      'B',
      '1',
      '.',
      '_',
      '%',
      '+',
      '-',
      '@',
      '@',
      ' ',
      '\n',
      'é',
      'ex.eu',
      'x@y.eu',
      '..',
      'com',
    ];
    const strings = [
      ...texts().slice(0, 60),
      ...Array.from({ length: 400 }, () =>
        Array.from({ length: 40 }, () => pieces[rnd(pieces.length)]).join(''),
      ),
    ];
    let found = 0;
    for (const s of strings) {
      const plain: string[] = [];
      EMAIL.lastIndex = 0;
      for (let m = EMAIL.exec(s); m; m = EMAIL.exec(s)) plain.push(`${m.index}:${m[0]}`);
      const fast: string[] = [];
      for (let m = nextEmail(s, 0); m; m = nextEmail(s, m.index + m[0].length))
        fast.push(`${m.index}:${m[0]}`);
      expect(fast, JSON.stringify(s)).toEqual(plain);
      found += plain.length;
    }
    expect(found).toBeGreaterThan(100);
  });
});
