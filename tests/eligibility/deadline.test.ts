import { describe, expect, it } from 'vitest';
import { evaluateEligibility } from '../../lib/eligibility';
import { criterionOf, makeNotice, makeProfile, NOW, work } from './helpers';

/** 2026-06-04T12:00:00+02:00 is 10:00 UTC. */
const DEADLINE_MS = Date.UTC(2026, 5, 4, 10, 0, 0);

describe('deadline', () => {
  it.each([
    ['one millisecond before', -1, 'eligible', 'met'],
    ['at the exact instant', 0, 'closed', 'not_met'],
    ['one millisecond after', 1, 'closed', 'not_met'],
    ['a day after', 86_400_000, 'closed', 'not_met'],
  ])('%s the deadline → %s', (_name, offset, overall, status) => {
    const result = evaluateEligibility(makeNotice(), makeProfile(), new Date(DEADLINE_MS + offset));
    expect(result.overall).toBe(overall);
    expect(criterionOf(result, 'deadline').status).toBe(status);
  });

  it('reads the offset in the notice (winter time, +01:00)', () => {
    const notice = makeNotice({ deadline: '2026-03-23T12:00:00+01:00' });
    expect(evaluateEligibility(notice, makeProfile(), new Date('2026-03-23T10:59:59.999Z')).overall).toBe(
      'eligible',
    );
    expect(evaluateEligibility(notice, makeProfile(), new Date('2026-03-23T11:00:00.000Z')).overall).toBe(
      'closed',
    );
  });

  it('states the closing time as the notice gives it, and the time left', () => {
    const message = criterionOf(evaluateEligibility(makeNotice(), makeProfile(), NOW), 'deadline').message;
    expect(message).toBe('Open until 4 June 2026 at 12:00 Brussels time (UTC+02:00): 34 days left.');
  });

  it.each([
    [DEADLINE_MS - 30 * 60_000, 'less than an hour left'],
    [DEADLINE_MS - 5 * 3_600_000, '5 hours left'],
    [DEADLINE_MS - 3 * 86_400_000, '3 days left'],
  ])('time left at %s: %s', (now, text) => {
    expect(
      criterionOf(evaluateEligibility(makeNotice(), makeProfile(), new Date(now)), 'deadline').message,
    ).toContain(text);
  });

  it('closed wins over every other verdict', () => {
    const result = evaluateEligibility(
      makeNotice(),
      makeProfile({ nationalities: ['US'] }),
      new Date(DEADLINE_MS),
    );
    expect(result.overall).toBe('closed');
    expect(criterionOf(result, 'citizenship').status).toBe('not_met');
  });

  it('no deadline → unknown, overall check, experience counted up to today', () => {
    const notice = makeNotice({ deadline: null, experienceYears: 1, experienceRequired: true });
    const profile = makeProfile({ experience: [work('2025-06-01', null)] });
    const early = evaluateEligibility(notice, profile, new Date('2026-05-30T00:00:00Z'));
    const later = evaluateEligibility(notice, profile, new Date('2026-06-01T00:00:00Z'));
    expect(early.overall).toBe('check');
    expect(criterionOf(early, 'deadline').status).toBe('unknown');
    expect(criterionOf(early, 'experience').status).toBe('not_met');
    expect(criterionOf(later, 'experience').status).toBe('met');
    expect(criterionOf(later, 'experience').message).toContain('up to today (1 June 2026)');
  });

  it('experience is judged on the closing date, not today', () => {
    const notice = makeNotice({ experienceYears: 1, experienceRequired: true });
    const profile = makeProfile({ experience: [work('2025-06-04', null)] });
    const result = evaluateEligibility(notice, profile, new Date('2025-07-01T00:00:00Z'));
    expect(criterionOf(result, 'experience').status).toBe('met');
    expect(criterionOf(result, 'experience').message).toContain('up to the closing date (4 June 2026)');
  });
});
