import { describe, expect, it } from 'vitest';
import type { TrackedStatus } from '../../lib/db';
import { ALLOWED_STATUS_CHANGES, canChangeStatus, setStatus, TRACKED_STATUSES } from '../../lib/tracker';
import { makeRecord } from './helpers';

const NOW = new Date('2026-05-20T14:00:00Z');
const EARLIER = '2026-05-02T09:00:00.000Z';

describe('status changes', () => {
  it.each<[TrackedStatus, TrackedStatus]>([
    ['saved', 'preparing'],
    ['saved', 'applied'],
    ['saved', 'withdrawn'],
    ['preparing', 'applied'],
    ['preparing', 'saved'],
    ['applied', 'interview'],
    ['applied', 'offer'],
    ['applied', 'rejected'],
    ['applied', 'preparing'],
    ['interview', 'offer'],
    ['interview', 'rejected'],
    ['offer', 'withdrawn'],
    ['rejected', 'interview'],
    ['withdrawn', 'preparing'],
  ])('allows %s → %s', (from, to) => {
    const result = setStatus(makeRecord('a', { status: from }), to, NOW);
    expect(result).toMatchObject({ ok: true, record: { status: to, updatedAt: NOW.toISOString() } });
  });

  it.each<[TrackedStatus, TrackedStatus]>([
    ['saved', 'interview'],
    ['saved', 'offer'],
    ['saved', 'rejected'],
    ['preparing', 'interview'],
    ['interview', 'saved'],
    ['offer', 'saved'],
    ['rejected', 'saved'],
    ['withdrawn', 'offer'],
  ])('refuses %s → %s and says what is possible', (from, to) => {
    const record = makeRecord('a', { status: from });
    const result = setStatus(record, to, NOW);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(/cannot become .* it can become "/);
  });

  it('treats the same status as a no-op that keeps updatedAt', () => {
    const record = makeRecord('a', { status: 'applied', appliedAt: EARLIER });
    expect(setStatus(record, 'applied', NOW)).toEqual({ ok: true, record });
  });

  it('every status can reach every other through allowed steps (no dead ends)', () => {
    for (const from of TRACKED_STATUSES) {
      const reached = new Set<TrackedStatus>([from]);
      // Breadth-first: the set grows while we walk it, and a Set iterates over added items too.
      for (const status of reached) ALLOWED_STATUS_CHANGES[status].forEach((next) => reached.add(next));
      expect([...reached].sort()).toEqual([...TRACKED_STATUSES].sort());
    }
  });

  it('canChangeStatus agrees with setStatus', () => {
    for (const from of TRACKED_STATUSES)
      for (const to of TRACKED_STATUSES)
        expect(setStatus(makeRecord('a', { status: from }), to, NOW).ok).toBe(canChangeStatus(from, to));
  });
});

describe('appliedAt', () => {
  it('is set when the candidate applies', () => {
    const result = setStatus(makeRecord('a', { status: 'preparing' }), 'applied', NOW);
    expect(result.ok && result.record.appliedAt).toBe(NOW.toISOString());
  });

  it('is kept through interview, offer, rejection and withdrawal', () => {
    let record = makeRecord('a', { status: 'applied', appliedAt: EARLIER });
    for (const status of ['interview', 'offer', 'withdrawn'] as const) {
      const result = setStatus(record, status, NOW);
      if (!result.ok) throw new Error(result.reason);
      record = result.record;
      expect(record.appliedAt).toBe(EARLIER);
    }
  });

  it('keeps the first date when the candidate is called back from "rejected"', () => {
    const result = setStatus(makeRecord('a', { status: 'rejected', appliedAt: EARLIER }), 'applied', NOW);
    expect(result.ok && result.record.appliedAt).toBe(EARLIER);
  });

  it('is cleared when "applied" is undone', () => {
    const result = setStatus(makeRecord('a', { status: 'applied', appliedAt: EARLIER }), 'preparing', NOW);
    expect(result.ok && result.record.appliedAt).toBeNull();
  });
});
