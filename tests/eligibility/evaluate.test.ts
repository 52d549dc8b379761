import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluateEligibility, overallVerdict, type Criterion } from '../../lib/eligibility';
import { noticeFieldsSchema, type NoticeFields } from '../../lib/notice/schema';
import { parseProfile } from '../../lib/profile';
import type { ProfileInput } from '../../lib/profile/schema';
import { criterionOf, makeNotice, makeProfile, NOW } from './helpers';

const FULL_NOTICE = makeNotice({
  castRequired: true,
  experienceYears: 3,
  experienceRequired: true,
  securityClearance: 'EU SECRET',
  underrepresentedStates: ['PT', 'AT'],
});

describe('overall verdict', () => {
  const c = (kind: Criterion['kind'], status: Criterion['status']): Criterion => ({
    id: 'education',
    kind,
    status,
    message: '',
    evidenceField: null,
  });

  it.each<[string, Criterion[], boolean, string]>([
    ['all eligibility met', [c('eligibility', 'met'), c('selection', 'not_met')], false, 'eligible'],
    ['one not met', [c('eligibility', 'met'), c('eligibility', 'not_met')], false, 'not_eligible'],
    [
      'not met beats unknown',
      [c('eligibility', 'unknown'), c('eligibility', 'not_met')],
      false,
      'not_eligible',
    ],
    ['one unknown', [c('eligibility', 'met'), c('eligibility', 'unknown')], false, 'check'],
    ['one attention', [c('eligibility', 'attention')], false, 'check'],
    [
      'selection attention does not matter',
      [c('eligibility', 'met'), c('selection', 'attention')],
      false,
      'eligible',
    ],
    ['closed beats everything', [c('eligibility', 'not_met')], true, 'closed'],
  ])('%s → %s', (_name, criteria, closed, overall) => {
    expect(overallVerdict(criteria, closed)).toBe(overall);
  });
});

describe('evaluateEligibility', () => {
  it('a candidate who meets everything is eligible', () => {
    const result = evaluateEligibility(makeNotice(), makeProfile(), NOW);
    expect(result.overall).toBe('eligible');
    expect(result.criteria.map((x) => [x.id, x.status])).toEqual([
      ['deadline', 'met'],
      ['citizenship', 'met'],
      ['education', 'met'],
      ['languages', 'met'],
    ]);
  });

  it('no profile: every eligibility criterion unknown, overall check', () => {
    const result = evaluateEligibility(FULL_NOTICE, null, NOW);
    expect(result.overall).toBe('check');
    const eligibility = result.criteria.filter((x) => x.kind === 'eligibility' && x.id !== 'deadline');
    expect(eligibility.map((x) => x.id)).toEqual(['citizenship', 'education', 'languages', 'cast']);
    for (const criterion of eligibility) {
      expect(criterion.status).toBe('unknown');
      expect(criterion.message).toContain('Fill in your profile to check this.');
    }
    expect(criterionOf(result, 'experience').status).toBe('unknown');
    expect(criterionOf(result, 'security_clearance').message).toContain('must hold or be able to be cleared');
    expect(result.criteria.map((x) => x.id)).not.toContain('underrepresented');
  });

  it('no profile still says what the notice needs', () => {
    const result = evaluateEligibility(FULL_NOTICE, null, NOW);
    expect(criterionOf(result, 'education').message).toContain(
      'You need a university degree of at least 3 years.',
    );
    expect(criterionOf(result, 'cast').message).toContain('FG IV');
  });

  it('no profile after the deadline → closed', () => {
    expect(evaluateEligibility(FULL_NOTICE, null, new Date('2026-07-01T00:00:00Z')).overall).toBe('closed');
  });

  it.each<[string, Partial<ProfileInput>, string, string]>([
    ['no nationality', { nationalities: [] }, 'citizenship', 'Add your nationality'],
    ['no diplomas', { diplomas: [] }, 'education', 'Add your diplomas'],
    ['no languages', { languages: [] }, 'languages', 'Add your languages'],
  ])('%s → unknown, never a silent pass', (_name, overrides, id, fragment) => {
    const result = evaluateEligibility(makeNotice(), makeProfile(overrides), NOW);
    expect(result.overall).toBe('check');
    expect(criterionOf(result, id as Criterion['id'])).toMatchObject({ status: 'unknown' });
    expect(criterionOf(result, id as Criterion['id']).message).toContain(fragment);
  });

  it('notes an under-represented nationality as a positive selection point', () => {
    const result = evaluateEligibility(FULL_NOTICE, makeProfile({ nationalities: ['ES', 'PT'] }), NOW);
    expect(criterionOf(result, 'underrepresented')).toMatchObject({
      kind: 'selection',
      status: 'met',
      evidenceField: 'underrepresentedStates',
    });
    expect(criterionOf(result, 'underrepresented').message).toContain('including Portugal');
    const other = evaluateEligibility(FULL_NOTICE, makeProfile({ nationalities: ['ES'] }), NOW);
    expect(other.criteria.map((x) => x.id)).not.toContain('underrepresented');
  });

  it('points only at real notice fields', () => {
    const fields = Object.keys(noticeFieldsSchema.shape);
    for (const profile of [makeProfile(), null]) {
      for (const criterion of evaluateEligibility(FULL_NOTICE, profile, NOW).criteria) {
        if (criterion.evidenceField !== null) expect(fields).toContain(criterion.evidenceField);
      }
    }
  });

  it('does not read the clock itself', () => {
    const a = evaluateEligibility(FULL_NOTICE, makeProfile(), NOW);
    const b = evaluateEligibility(FULL_NOTICE, makeProfile(), new Date(NOW.getTime()));
    expect(b).toEqual(a);
  });
});

describe('the example profile against the seed notices', () => {
  const parsed = parseProfile(JSON.parse(readFileSync('seeds/profile.example.json', 'utf8')));
  const seeds = readdirSync('seeds').filter((name) => name.endsWith('.expected.json'));
  const toNotice = (name: string): NoticeFields =>
    noticeFieldsSchema.parse({
      ...JSON.parse(readFileSync(`seeds/${name}`, 'utf8')),
      unit: null,
      domain: null,
      probationMonths: null,
      deadlineZone: 'Europe/Brussels',
      requirements: [],
    });

  it('the example profile is valid', () => {
    expect(parsed.ok).toBe(true);
  });

  it.each(seeds)('%s: eligible a month before its deadline, closed after it', (name) => {
    if (!parsed.ok) throw new Error('invalid example profile');
    const notice = toNotice(name);
    const deadline = Date.parse(notice.deadline!);
    expect(evaluateEligibility(notice, parsed.profile, new Date(deadline - 30 * 86_400_000)).overall).toBe(
      'eligible',
    );
    expect(evaluateEligibility(notice, parsed.profile, new Date(deadline)).overall).toBe('closed');
  });
});
