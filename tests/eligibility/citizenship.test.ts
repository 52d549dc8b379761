import { describe, expect, it } from 'vitest';
import { evaluateEligibility } from '../../lib/eligibility';
import type { NoticeFields } from '../../lib/notice/schema';
import { parseProfile } from '../../lib/profile';
import { criterionOf, makeNotice, makeProfile, NOW } from './helpers';

function citizenship(nationalities: string[], notice: Partial<NoticeFields> = {}) {
  return criterionOf(
    evaluateEligibility(makeNotice(notice), makeProfile({ nationalities }), NOW),
    'citizenship',
  );
}

describe('citizenship', () => {
  it.each<[string, string[], Partial<NoticeFields>, string, string]>([
    ['a member state national', ['PT'], {}, 'met', 'You are a national of Portugal, an EU member state.'],
    ['a dual national with one EU nationality', ['US', 'IE'], {}, 'met', 'Ireland'],
    ['a non-EU national', ['US'], {}, 'not_met', 'Your nationality: US.'],
    [
      'a non-EU national from the EEA',
      ['NO'],
      {},
      'not_met',
      'Only nationals of one of the 27 EU member states',
    ],
    [
      'a non-EU national, unknown category',
      ['CH'],
      { staffCategory: null },
      'not_met',
      'Staff Regulations Art. 28(a)',
    ],
    [
      'a non-EU national applying for a traineeship',
      ['UA'],
      { staffCategory: 'trainee' },
      'attention',
      'its own rules',
    ],
    ['no nationality given', [], {}, 'unknown', 'Add your nationality to your profile.'],
  ])('%s', (_name, nationalities, notice, status, fragment) => {
    const result = citizenship(nationalities, notice);
    expect(result.status).toBe(status);
    expect(result.message).toContain(fragment);
  });

  it('"EL" in a profile is Greece', () => {
    const parsed = parseProfile({ nationalities: ['EL'] });
    expect(parsed.ok && parsed.profile.nationalities).toEqual(['GR']);
    expect(citizenship(['GR']).message).toContain('Greece');
  });

  it('a non-EU national is not eligible', () => {
    expect(evaluateEligibility(makeNotice(), makeProfile({ nationalities: ['US'] }), NOW).overall).toBe(
      'not_eligible',
    );
  });
});
