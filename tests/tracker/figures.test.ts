import { describe, expect, it } from 'vitest';
import { trackerFigures } from '../../lib/tracker/figures';
import { makeRecord, NOW } from './helpers';

describe('figures', () => {
  const records = [
    makeRecord('in3days', { notice: { deadline: '2026-05-04T12:00:00+02:00' } }),
    makeRecord('in20days', { notice: { deadline: '2026-05-21T12:00:00+02:00' }, status: 'preparing' }),
    makeRecord('in60days', { notice: { deadline: '2026-06-30T12:00:00+02:00' } }),
    // Applied: its deadline is no longer something to act on.
    makeRecord('applied', {
      notice: { deadline: '2026-05-03T12:00:00+02:00' },
      status: 'applied',
      savedAt: '2026-03-02T08:00:00.000Z',
      appliedAt: '2026-03-15T08:00:00.000Z',
    }),
    makeRecord('closed', { notice: { deadline: '2026-04-03T12:00:00+02:00' } }),
  ];
  const verdicts: Record<string, 'eligible' | 'not_eligible' | 'check' | 'closed' | null> = {
    in3days: 'eligible',
    in20days: 'not_eligible',
    in60days: 'eligible',
    applied: 'check',
    closed: 'closed',
  };

  it('counts deadlines to come in 7 and 30 days, per status, per month and per verdict', () => {
    const f = trackerFigures(records, (r) => verdicts[r.id], NOW.getTime(), 'Europe/Brussels', 3);
    expect(f.next7).toBe(1);
    expect(f.next30).toBe(2);
    expect(f.perStatus.find((s) => s.status === 'saved')!.count).toBe(3);
    expect(f.perStatus.find((s) => s.status === 'applied')!.count).toBe(1);
    expect(f.perMonth).toEqual([
      { month: '2026-03', saved: 1, applied: 1 },
      { month: '2026-04', saved: 4, applied: 0 },
      { month: '2026-05', saved: 0, applied: 0 },
    ]);
    expect(f.verdicts).toEqual({ eligible: 2, not_eligible: 1, check: 1, closed: 1, unknown: 0 });
    expect(f.total).toBe(5);
  });

  it('counts every verdict as unknown without a profile', () => {
    const f = trackerFigures(records, () => null, NOW.getTime(), 'Europe/Brussels');
    expect(f.verdicts.unknown).toBe(5);
    expect(f.perMonth).toHaveLength(6);
  });
});
