import { describe, expect, it } from 'vitest';
import { evaluateEligibility } from '../../lib/eligibility';
import type { NoticeFields } from '../../lib/notice/schema';
import type { SecurityClearance } from '../../lib/profile/schema';
import { criterionOf, makeNotice, makeProfile, NOW } from './helpers';

const MUST = 'must hold or be able to be cleared';
const holds = (level: SecurityClearance['level'], expires: string | null = null): SecurityClearance => ({
  level,
  expires,
  willingToBeVetted: true,
});
const none = (willingToBeVetted: boolean): SecurityClearance => ({
  level: null,
  expires: null,
  willingToBeVetted,
});

function evaluate(required: NoticeFields['securityClearance'], clearance: SecurityClearance | null) {
  return evaluateEligibility(
    makeNotice({ securityClearance: required }),
    makeProfile({ securityClearance: clearance }),
    NOW,
  );
}

describe('security clearance (selection, never a hard fail)', () => {
  it.each<[string, NoticeFields['securityClearance'], SecurityClearance | null, string, string]>([
    [
      'holds the level asked',
      'EU SECRET',
      holds('EU SECRET'),
      'met',
      'The post needs EU SECRET; you hold EU SECRET.',
    ],
    [
      'holds a higher level',
      'EU SECRET',
      holds('EU TOP SECRET', '2028-01-01'),
      'met',
      'you hold EU TOP SECRET (valid until 1 January 2028)',
    ],
    [
      'holds a lower level',
      'EU SECRET',
      holds('EU CONFIDENTIAL'),
      'attention',
      'You hold EU CONFIDENTIAL, below EU SECRET.',
    ],
    ['holds nothing, willing', 'EU SECRET', none(true), 'attention', 'willing to be vetted'],
    ['holds nothing, not willing', 'EU TOP SECRET', none(false), 'attention', 'not willing to be vetted'],
    [
      'an expired clearance',
      'EU CONFIDENTIAL',
      holds('EU SECRET', '2025-12-31'),
      'attention',
      'Your EU SECRET clearance expired on 31 December 2025.',
    ],
    ['level not named, holds TOP SECRET', 'unspecified', holds('EU TOP SECRET'), 'met', 'the highest'],
    [
      'level not named, holds SECRET',
      'unspecified',
      holds('EU SECRET'),
      'attention',
      "doesn't name the level",
    ],
    ['level not named, holds nothing', 'unspecified', none(true), 'attention', 'the notice names no level'],
    [
      'clearance not filled in',
      'EU SECRET',
      null,
      'unknown',
      'Say in your profile whether you hold a clearance',
    ],
  ])('%s', (_name, required, clearance, status, fragment) => {
    const result = evaluate(required, clearance);
    const criterion = criterionOf(result, 'security_clearance');
    expect(criterion).toMatchObject({ kind: 'selection', status, evidenceField: 'securityClearance' });
    expect(criterion.message).toContain(fragment);
    if (status !== 'met') expect(criterion.message).toContain(MUST);
    expect(result.overall).toBe('eligible');
  });

  it('names the level in the "must hold" wording', () => {
    expect(criterionOf(evaluate('EU SECRET', none(true)), 'security_clearance').message).toContain(
      'You must hold or be able to be cleared to EU SECRET.',
    );
  });

  it('is absent when the notice asks for none', () => {
    expect(evaluate(null, none(true)).criteria.map((c) => c.id)).not.toContain('security_clearance');
  });
});

describe('security vetting (selection)', () => {
  it.each<[string, SecurityClearance | null, string, string]>([
    ['willing', none(true), 'met', 'willing to be vetted'],
    [
      'already cleared',
      { level: 'EU SECRET', expires: null, willingToBeVetted: false },
      'met',
      'You already hold EU SECRET',
    ],
    ['not willing', none(false), 'attention', 'not willing to be vetted'],
    ['not filled in', null, 'unknown', 'Say in your profile'],
  ])('%s → %s', (_name, clearance, status, fragment) => {
    const result = evaluate('vetting', clearance);
    const criterion = criterionOf(result, 'vetting');
    expect(criterion).toMatchObject({ kind: 'selection', status, evidenceField: 'securityClearance' });
    expect(criterion.message).toContain(fragment);
    expect(result.criteria.map((c) => c.id)).not.toContain('security_clearance');
    expect(result.overall).toBe('eligible');
  });
});
