import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { assignLanguages, effectiveLevel, evaluateEligibility } from '../../lib/eligibility';
import type { LanguageRequirement, NoticeFields } from '../../lib/notice/schema';
import type { LanguageSkill } from '../../lib/profile/schema';
import { criterionOf, lang, makeNotice, makeProfile, NOW } from './helpers';

const ANY_C1_ANY_B2: LanguageRequirement[] = [
  { language: 'any', level: 'C1' },
  { language: 'any', level: 'B2' },
];
const EN_C1_FR_B2: LanguageRequirement[] = [
  { language: 'EN', level: 'C1' },
  { language: 'FR', level: 'B2' },
];

function languages(
  requirements: LanguageRequirement[],
  skills: LanguageSkill[],
  notice: Partial<NoticeFields> = {},
) {
  const profile = makeProfile({ languages: skills });
  return criterionOf(
    evaluateEligibility(makeNotice({ languages: requirements, ...notice }), profile, NOW),
    'languages',
  );
}

describe('languages: CEFR edges, the lowest skill counting', () => {
  it.each<[string, LanguageRequirement[], LanguageSkill[], string, string]>([
    [
      'C1 + B2 exactly',
      ANY_C1_ANY_B2,
      [lang('PT', 'C1'), lang('EN', 'B2')],
      'met',
      'Portuguese (C1) for one official EU language',
    ],
    ['C2 + C2', ANY_C1_ANY_B2, [lang('PT', 'C2'), lang('EN', 'C2')], 'met', 'Met:'],
    [
      'second language B1 is one step short',
      ANY_C1_ANY_B2,
      [lang('PT', 'C2'), lang('EN', 'B1')],
      'not_met',
      'your English (B1) is below B2',
    ],
    [
      'main language B2 is one step short of C1',
      ANY_C1_ANY_B2,
      [lang('PT', 'B2'), lang('EN', 'B2')],
      'not_met',
      'For one official EU language at C1 or better',
    ],
    [
      'B2 understanding and speaking but B1 writing counts as B1',
      ANY_C1_ANY_B2,
      [lang('PT', 'C2'), lang('EN', ['B2', 'B2', 'B1'])],
      'not_met',
      'English counts as B1 because your writing is B1',
    ],
    [
      'C1 main language with B2 speaking counts as B2',
      ANY_C1_ANY_B2,
      [lang('PT', ['C2', 'B2', 'C2']), lang('EN', 'B2')],
      'not_met',
      'Portuguese counts as B2 because your speaking is B2',
    ],
    [
      'two skills lower are both named',
      ANY_C1_ANY_B2,
      [lang('PT', 'C2'), lang('EN', ['C1', 'B1', 'B1'])],
      'not_met',
      'your speaking and writing are B1',
    ],
    [
      'named: English C1 and French B2',
      EN_C1_FR_B2,
      [lang('EN', 'C1'), lang('FR', 'B2')],
      'met',
      'English (C1) for English at C1 or better; French (B2) for French at B2 or better',
    ],
    [
      'named: French only B1',
      EN_C1_FR_B2,
      [lang('EN', 'C2'), lang('FR', 'B1')],
      'not_met',
      'For French at B2 or better: your French (B1) is below B2',
    ],
    [
      'named: English only B2 though French is C1',
      EN_C1_FR_B2,
      [lang('EN', 'B2'), lang('FR', 'C1')],
      'not_met',
      'For English at C1 or better',
    ],
    [
      'named: language missing',
      EN_C1_FR_B2,
      [lang('EN', 'C2'), lang('DE', 'C2')],
      'not_met',
      'your profile lists none of these languages',
    ],
    [
      'a choice "FR|DE" at B2 taken by German',
      [
        { language: 'EN', level: 'C1' },
        { language: 'FR|DE', level: 'B2' },
      ],
      [lang('EN', 'C1'), lang('DE', 'B2')],
      'met',
      'German (B2) for French or German at B2 or better',
    ],
    [
      'a choice "EN|FR|DE" at B2 not met by Italian',
      [
        { language: 'PT', level: 'C1' },
        { language: 'EN|FR|DE', level: 'B2' },
      ],
      [lang('PT', 'C2'), lang('IT', 'C2')],
      'not_met',
      'English, French or German at B2 or better',
    ],
  ])('%s', (_name, requirements, skills, status, fragment) => {
    const result = languages(requirements, skills);
    expect(result.status).toBe(status);
    expect(result.message).toContain(fragment);
  });
});

describe('languages: one language fills one requirement', () => {
  it('the same language cannot fill both "any" slots', () => {
    const result = languages(ANY_C1_ANY_B2, [lang('PT', 'C2')]);
    expect(result.status).toBe('not_met');
    expect(result.message).toContain('For a second, different official EU language at B2 or better');
    expect(result.message).toContain(
      "already counts for one official EU language at C1 or better, and one language can't fill two requirements",
    );
  });

  it('a named language cannot also fill an "any" slot', () => {
    const result = languages(
      [
        { language: 'EN', level: 'C1' },
        { language: 'any', level: 'B2' },
      ],
      [lang('EN', 'C2')],
    );
    expect(result.status).toBe('not_met');
  });

  it('moves a language to the slot only it can fill (a matching, not first come first served)', () => {
    // English is the strongest language, so it is offered to the first slot first; only
    // English can fill the second, so Portuguese must take the first.
    const result = languages(
      [
        { language: 'any', level: 'B2' },
        { language: 'EN', level: 'C1' },
      ],
      [lang('EN', 'C2'), lang('PT', 'B2')],
    );
    expect(result.status).toBe('met');
    expect(result.message).toContain(
      'Portuguese (B2) for one official EU language at B2 or better; English (C2) for English at C1 or better',
    );
  });

  it('a language that is not an official EU language fills no "any" slot', () => {
    const result = languages(ANY_C1_ANY_B2, [lang('RU', 'C2'), lang('EN', 'C1')]);
    expect(result.status).toBe('not_met');
  });

  it('three "any" slots need three different languages', () => {
    const three: LanguageRequirement[] = [...ANY_C1_ANY_B2, { language: 'any', level: 'B1' }];
    expect(languages(three, [lang('PT', 'C2'), lang('EN', 'C1')]).message).toContain(
      'a third, different official EU language',
    );
    expect(languages(three, [lang('PT', 'C2'), lang('EN', 'C1'), lang('ES', 'B1')]).status).toBe('met');
  });
});

describe('languages: missing data and silent notices', () => {
  it('no languages in the profile → unknown, saying what to fill in', () => {
    const result = languages(ANY_C1_ANY_B2, []);
    expect(result.status).toBe('unknown');
    expect(result.message).toContain('Add your languages to your profile');
  });

  it('a silent staff notice falls back to the legal minimum and says so', () => {
    const result = languages([], [lang('PT', 'C2'), lang('EN', 'B2')]);
    expect(result.status).toBe('met');
    expect(result.message).toContain(
      "The notice doesn't state its language requirements, so the legal minimum applies",
    );
    expect(result.evidenceField).toBeNull();
  });

  it('a silent notice for a seconded expert → unknown', () => {
    const result = languages([], [lang('PT', 'C2')], { staffCategory: 'seconded_national_expert' });
    expect(result.status).toBe('unknown');
  });
});

describe('effectiveLevel', () => {
  it.each<[LanguageSkill, string]>([
    [lang('EN', ['C2', 'C1', 'C2']), 'C1'],
    [lang('EN', ['A1', 'C2', 'C2']), 'A1'],
    [lang('EN', ['B2', 'B2', 'B2']), 'B2'],
  ])('%o counts as %s', (skill, level) => {
    expect(effectiveLevel(skill)).toBe(level);
  });
});

describe('assignLanguages', () => {
  /** The largest number of slots that can be filled, by trying every assignment. */
  function bruteForceMaximum(
    slots: number,
    languages: number,
    canFill: (s: number, l: number) => boolean,
  ): number {
    const best = (slot: number, used: Set<number>): number => {
      if (slot === slots) return 0;
      let result = best(slot + 1, used); // leave this slot empty
      for (let l = 0; l < languages; l++) {
        if (used.has(l) || !canFill(slot, l)) continue;
        used.add(l);
        result = Math.max(result, 1 + best(slot + 1, used));
        used.delete(l);
      }
      return result;
    };
    return best(0, new Set());
  }

  it('fills as many slots as any assignment could, never using a language twice', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 4 }),
        fc.integer({ min: 0, max: 5 }),
        fc.array(fc.boolean(), { minLength: 20, maxLength: 20 }),
        (slots, languages, grid) => {
          const canFill = (s: number, l: number) => grid[s * 5 + l];
          const assignment = assignLanguages(slots, languages, canFill);
          const used = assignment.filter((l): l is number => l !== null);
          expect(new Set(used).size).toBe(used.length);
          assignment.forEach((l, s) => l === null || expect(canFill(s, l)).toBe(true));
          expect(used.length).toBe(bruteForceMaximum(slots, languages, canFill));
        },
      ),
    );
  });
});
