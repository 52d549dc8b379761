/**
 * trieAlternation (lib/notice/regex-trie.ts) rewrites an alternation as a trie of its literal
 * characters: the regex must keep every match of the plain alternation (same position, same text),
 * for random alternations of awkward pieces (escaped characters written two ways, quantified
 * characters, classes, groups, empty alternatives) and for the reader's own phrase lists over notices.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { matches } from '../helpers/regex-matches';
import { seededRandom } from '../helpers/seeded-random';
import {
  DEADLINE_LABELS,
  DEADLINE_WEAK,
  FUNCTION_GROUP_WORDS,
  NOTICE_TYPES,
  phrasePattern,
} from '../../lib/notice/lang';
import { COUNTRY_NAMES, NUMBER_WORDS, foldSameLength } from '../../lib/notice/lexicon';
import { guardedAlternation, trieAlternation, trieRegex } from '../../lib/notice/regex-trie';

describe('trieAlternation', () => {
  const rnd = seededRandom(2026);
  const PIECES = [
    'a',
    'b',
    'ab',
    'ba',
    '\\/', // an escaped character, and the same one written plainly
    '/',
    '\\.',
    '.',
    'a?',
    'b+',
    'a{2}',
    '\\d',
    '(?:a|b)',
    '\\b', // a boundary before the first character, or elsewhere
    '\\ba',
    '(?!)', // never matches, alone or in a group
    '(?:(?!)|b)',
    '(?:ab|a)?', // optional groups, greedy and lazy: spread with and without them, in the regex's order
    '(?:b|ba)??',
    '(?:a(?:b|)|\\/)',
    '[ab]',
    ' ',
    'é',
    'ς',
  ];
  const alternative = () => Array.from({ length: rnd(4) }, () => PIECES[rnd(PIECES.length)]).join('');
  const TEXT = 'ab/. 1éς';
  const extra = ['/ab', '/z /a', '1b ab', '.. a.', ' abc', 'xabc'];
  const texts = Array.from({ length: 40 }, () =>
    Array.from({ length: 60 }, () => TEXT[rnd(TEXT.length)]).join(''),
  );

  it('keeps every match of random alternations', () => {
    let rewritten = 0;
    // The same character written two ways must stay one group: "/a" comes before "\/ab" here.
    const special = [
      '(?!)|(?!)',
      '(?:(?!))|a',
      '\\bax|a|\\babc',
      '\\/z|/a|\\/ab',
      'ab|\\d|a|\\db|ba',
      '|a|ab',
      'a|\\.|b|\\.\\.|a\\.',
    ];
    for (let k = 0; k < 600 + special.length; k++) {
      const pattern = special[k - 600] ?? Array.from({ length: 2 + rnd(10) }, alternative).join('|');
      const flags = rnd(2) ? 'g' : 'gu';
      const trie = trieAlternation(pattern, flags);
      if (trie !== pattern) rewritten++;
      const plain = new RegExp(pattern, flags);
      const fast = new RegExp(trie, flags);
      for (const s of [...texts, ...extra])
        expect(matches(fast, s), `${pattern} → ${trie} on ${s}`).toEqual(matches(plain, s));
    }
    expect(rewritten).toBeGreaterThan(100);
  });

  it('trieRegex rewrites the groups without captures of a pattern with captures, keeping every group', () => {
    const all = (re: RegExp, s: string) => {
      const out: string[] = [];
      re.lastIndex = 0;
      for (let n = 0, m = re.exec(s); m && n < 5000; m = re.exec(s), n++) {
        out.push(JSON.stringify([m.index, ...m]));
        if (m[0].length === 0) re.lastIndex++;
      }
      return out;
    };
    let rewritten = 0;
    for (let k = 0; k < 300; k++) {
      const p1 = Array.from({ length: 2 + rnd(6) }, alternative).join('|');
      const p2 = Array.from({ length: 2 + rnd(6) }, alternative).join('|');
      const source = `(${alternative()})(?:${p1})|\\b(?:${p2})(${alternative()}|b)|(?<![a/])(?:${p1})`;
      const flags = rnd(2) ? 'g' : 'gu';
      const plain = new RegExp(source, flags);
      const fast = trieRegex(plain);
      if (fast !== plain) rewritten++;
      for (const s of [...texts, ...extra]) expect(all(fast, s), `${source} on ${s}`).toEqual(all(plain, s));
    }
    expect(rewritten).toBeGreaterThan(100);
  });

  it('leaves alone what it cannot rewrite exactly: capturing groups, back-references, the i flag', () => {
    for (const [pattern, flags] of [
      ['ab|(a)c|ad', 'g'],
      ['ab|(?<x>a)c', 'g'],
      ['(?:a)\\1|ab|ac', 'g'],
      ['ab|ac|Ad', 'gi'],
    ])
      expect(trieAlternation(pattern, flags)).toBe(pattern);
    expect(trieAlternation('deadline|date limite|delai', 'g')).toBe('d(?:e(?:adline|lai)|ate limite)');
  });

  const dir = join(import.meta.dirname, '..', 'fixtures', 'notices');
  const notices = readdirSync(dir)
    .filter((f) => /\.(txt|md)$/.test(f))
    .slice(0, 30)
    .map((f) => foldSameLength(readFileSync(join(dir, f), 'utf8')));
  const lists = [
    phrasePattern(DEADLINE_LABELS),
    phrasePattern(DEADLINE_WEAK),
    phrasePattern(NOTICE_TYPES),
    `fg|function(?:al|ing)? group|gf|${phrasePattern(FUNCTION_GROUP_WORDS)}`,
    `\\d{1,2}(?:[.,]5)?|${Object.keys(NUMBER_WORDS).join('|')}`,
    Object.keys(COUNTRY_NAMES)
      .map((k) => k.replace(/ /g, '\\s+'))
      .join('|'),
  ];

  it("keeps the matches of the reader's phrase lists over notices", () => {
    for (const pattern of lists) {
      const trie = trieAlternation(pattern, 'gu');
      expect(trie).not.toBe(pattern);
      for (const re of [`\\b(?:${pattern})`, `(?:${pattern})\\s*x`])
        for (const s of notices)
          expect(matches(new RegExp(re.replace(pattern, trie), 'gu'), s)).toEqual(
            matches(new RegExp(re, 'gu'), s),
          );
    }
  });

  it('moves a look behind after the first character without changing a match', () => {
    const letters = ['a', 'é', 'ς', 'д', '1', '_', ' ', '\n', '\ud835\udc00', '-'];
    for (const cls of ['[\\p{L}]', '[\\p{L}\\p{N}]', '[\\p{L}\\p{N}/]'])
      for (const pattern of [...lists, 'ab|\\d|ac', 'ab|ac|ba']) {
        const guarded = guardedAlternation(cls, pattern, 'gu');
        const plain = `(?<!${cls})(?:${pattern})`;
        // Each notice, and each with letters, digits and others glued before its words.
        for (const s of notices
          .slice(0, 10)
          .flatMap((n) => [n, ...letters.map((l) => n.replace(/ /g, ` ${l}`))]))
          expect(matches(new RegExp(guarded, 'gu'), s), `${cls} ${pattern.slice(0, 30)}`).toEqual(
            matches(new RegExp(plain, 'gu'), s),
          );
        for (const s of texts)
          expect(matches(new RegExp(guarded, 'gu'), s)).toEqual(matches(new RegExp(plain, 'gu'), s));
      }
    expect(guardedAlternation('[\\p{L}]', 'deadline|date', 'gu')).toBe(
      '(?:d(?<![\\p{L}][^])(?:eadline|ate))',
    );
  });
});
