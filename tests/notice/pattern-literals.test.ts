import { describe, expect, it } from 'vitest';
import { leadingLiterals, literalPrefix } from '../../lib/notice/pattern-literals';

describe('pattern literals', () => {
  it('reads the literal prefix up to a class, a group or a quantified character', () => {
    expect(literalPrefix('age of')).toBe('age of');
    expect(literalPrefix('ph\\.?d')).toBe('ph');
    expect(literalPrefix('counts? as')).toBe('count');
    expect(literalPrefix('since \\d{4}')).toBe('since ');
    expect(literalPrefix('n.est pas')).toBe('n');
    expect(literalPrefix('[a-z]x')).toBe('');
  });

  it('gives the literals every match begins with, through leading groups', () => {
    expect(leadingLiterals('(?:contract|valid(?:ity)?|counts? as|counted as)|the (?:one|1) year')).toEqual([
      'contract',
      'valid',
      'count',
      'the ',
    ]);
    expect(leadingLiterals('(secondary|tertiary) education')).toEqual(['secondary', 'tertiary']);
  });

  it('gives none where a match may begin with a class, an optional group or a look-around', () => {
    expect(leadingLiterals('\\d+ years')).toBeNull();
    expect(leadingLiterals('years|[0-9]+')).toBeNull();
    expect(leadingLiterals('(?:not )?required')).toBeNull();
    expect(leadingLiterals('(?:a|b)*c')).toBeNull();
    expect(leadingLiterals('(?<![a-z])x')).toBeNull();
    expect(leadingLiterals('(?:|x)y')).toBeNull();
  });
});
