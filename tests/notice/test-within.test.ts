import { describe, expect, it } from 'vitest';
import { seededRandom } from '../helpers/seeded-random';
import { buildContext, testWithin } from '../../lib/notice/context';
import { identity } from '../../lib/notice/text-map';

// The patterns the reader checks windows with, in the forms that matter: word boundaries inside
// and at the edges, alternatives that overlap, a negated class, a quantified gap.
const PATTERNS = [
  /\bsecondary (?:education|diploma)|enseignement secondaire|sekundar/,
  /\b(?:contract|counts? as|ph\.?d|since \d{4})\b|\bthe (?:one|1) year\b/,
  /\b(?:not|no)\b[^.;]{0,25}\b(?:required|needed)\b/,
  /\b(?:ab|aba|ba)\b/,
  // No literal every match begins with (a class, an optional group): scanned with the pattern itself.
  /\b\d{1,4} years?\b/,
  /(?:not )?required\b/,
];
const WORDS = [
  'secondary',
  'education',
  'sekundar',
  'contract',
  'subcontract',
  'counts',
  'as',
  'phd',
  'ph.d',
  'since',
  '2019',
  'the',
  'one',
  '1',
  'year',
  'years',
  'not',
  'no',
  'required',
  'needed',
  'ab',
  'aba',
  'ba',
  'abab',
  '.',
  ';',
  'x',
  'enseignement',
  'secondaire',
];

describe('testWithin', () => {
  it('answers as the pattern does on the slice, windows cutting words included', () => {
    const rnd = seededRandom(7);
    for (let t = 0; t < 200; t++) {
      const text = Array.from({ length: 5 + rnd(40) }, () => WORDS[rnd(WORDS.length)]).join(
        rnd(3) ? ' ' : '\n',
      );
      const ctx = buildContext(identity(text));
      for (const re of PATTERNS)
        for (let k = 0; k < 30; k++) {
          const start = rnd(text.length + 1);
          const end = start + rnd(text.length - start + 1);
          expect(testWithin(ctx, re, start, end), `${re} on ${JSON.stringify(text.slice(start, end))}`).toBe(
            re.test(ctx.folded.slice(start, end)),
          );
        }
    }
  });

  it('refuses a pattern whose anchors or look-arounds would read past the window', () => {
    const ctx = buildContext(identity('a b c'));
    expect(() => testWithin(ctx, /^a/, 0, 3)).toThrow(/unsupported/);
    expect(() => testWithin(ctx, /a(?![a-z])/, 0, 3)).toThrow(/unsupported/);
    expect(testWithin(ctx, /[^x]b/, 0, 3)).toBe(true);
  });
});
