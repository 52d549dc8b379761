import { describe, expect, it } from 'vitest';
import {
  deadlineHistory,
  deadlineShiftHours,
  deriveHistory,
  editHistoryEntry,
  historyOf,
  withStatusStep,
} from '../../lib/tracker/history';
import { makeRecord, NOW } from './helpers';

describe('history', () => {
  it('derives the steps of a record saved before histories existed', () => {
    const r = makeRecord('x', {
      status: 'interview',
      savedAt: '2026-04-01T08:00:00.000Z',
      appliedAt: '2026-04-10T09:00:00.000Z',
      updatedAt: '2026-04-20T10:00:00.000Z',
    });
    expect(deriveHistory(r)).toEqual([
      { status: 'saved', at: '2026-04-01T08:00:00.000Z' },
      { status: 'applied', at: '2026-04-10T09:00:00.000Z' },
      { status: 'interview', at: '2026-04-20T10:00:00.000Z' },
    ]);
    expect(historyOf(makeRecord('y'))).toEqual([{ status: 'saved', at: '2026-04-20T08:00:00.000Z' }]);
  });

  it('prefers the stored history, oldest first', () => {
    const history = [
      { status: 'applied' as const, at: '2026-04-12T00:00:00.000Z' },
      { status: 'saved' as const, at: '2026-04-01T00:00:00.000Z' },
    ];
    expect(historyOf({ ...makeRecord('x', { status: 'applied' }), history }).map((s) => s.status)).toEqual([
      'saved',
      'applied',
    ]);
  });

  it('adds a step on a status change; going back one step removes it', () => {
    const r = makeRecord('x', { savedAt: '2026-04-01T08:00:00.000Z' });
    const applied = withStatusStep(r, 'saved', 'applied', NOW);
    expect(applied).toEqual([
      { status: 'saved', at: '2026-04-01T08:00:00.000Z' },
      { status: 'applied', at: NOW.toISOString() },
    ]);
    const undone = withStatusStep({ ...r, status: 'applied', history: applied }, 'applied', 'saved', NOW);
    expect(undone).toEqual([{ status: 'saved', at: '2026-04-01T08:00:00.000Z' }]);
    expect(withStatusStep(r, 'saved', 'saved', NOW)).toHaveLength(1);
  });

  it('edits a step date and note; refuses the future, bad dates and long notes', () => {
    const steps = [
      { status: 'saved' as const, at: '2026-04-01T08:00:00.000Z' },
      { status: 'applied' as const, at: '2026-04-10T08:00:00.000Z' },
    ];
    const ok = editHistoryEntry(steps, 1, { at: '2026-03-30T08:00:00.000Z', note: ' by e-mail ' }, NOW);
    expect(ok).toEqual({
      ok: true,
      history: [
        { status: 'applied', at: '2026-03-30T08:00:00.000Z', note: 'by e-mail' },
        { status: 'saved', at: '2026-04-01T08:00:00.000Z' },
      ],
    });
    expect(editHistoryEntry(steps, 1, { at: '2027-01-01T00:00:00Z' }, NOW).ok).toBe(false);
    expect(editHistoryEntry(steps, 1, { at: 'soon' }, NOW).ok).toBe(false);
    expect(editHistoryEntry(steps, 1, { note: 'x'.repeat(501) }, NOW).ok).toBe(false);
    expect(editHistoryEntry(steps, 5, {}, NOW).ok).toBe(false);
  });

  it('lists the deadlines a re-published notice had', () => {
    const moved = makeRecord('x', {
      previousDeadline: '2026-05-28T12:00:00+02:00',
      notice: { deadline: '2026-06-04T12:00:00+02:00' },
    });
    expect(deadlineHistory(moved)).toEqual([
      { deadline: '2026-05-28T12:00:00+02:00', current: false },
      { deadline: '2026-06-04T12:00:00+02:00', current: true },
    ]);
    expect(deadlineShiftHours(moved)).toBe(168);
    expect(deadlineHistory(makeRecord('y'))).toHaveLength(1);
    expect(deadlineShiftHours(makeRecord('y'))).toBeNull();
  });
});
