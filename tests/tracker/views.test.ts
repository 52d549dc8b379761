import { describe, expect, it } from 'vitest';
import type { Overall } from '../../lib/eligibility/types';
import {
  adjacentMove,
  calendarEvents,
  canDrop,
  dayKey,
  deadlineTone,
  eventsByDay,
  gradeText,
  groupByStatus,
  monthGrid,
  nextSort,
  parseSort,
  parseView,
  shiftMonth,
  sortRecords,
} from '../../lib/tracker/views';
import { makeRecord, NOW } from './helpers';

const rec = (id: string, deadline: string | null, extra: Parameters<typeof makeRecord>[1] = {}) =>
  makeRecord(id, { ...extra, notice: { title: id, deadline, ...extra.notice } });

describe('views: preferences', () => {
  it('reads a stored view and sort, falling back to the table by deadline', () => {
    expect(parseView('board')).toBe('board');
    expect(parseView('kanban')).toBe('table');
    expect(parseView(undefined)).toBe('table');
    expect(parseSort({ key: 'grade', direction: 'descending' })).toEqual({
      key: 'grade',
      direction: 'descending',
    });
    expect(parseSort({ key: 'x', direction: 'up' })).toEqual({ key: 'deadline', direction: 'ascending' });
    expect(nextSort({ key: 'deadline', direction: 'ascending' }, 'deadline').direction).toBe('descending');
    expect(nextSort({ key: 'deadline', direction: 'descending' }, 'status')).toEqual({
      key: 'status',
      direction: 'ascending',
    });
  });
});

describe('views: sorting', () => {
  const a = rec('a', '2026-06-10T12:00:00+02:00', { status: 'applied', notice: { grades: ['AST3'] } });
  const b = rec('b', '2026-05-10T12:00:00+02:00', {
    status: 'interview',
    notice: { grades: ['AD7', 'AD5'] },
  });
  const c = rec('c', null, { status: 'saved', notice: { grades: [] } });
  const d = rec('d', '2026-07-01T12:00:00+02:00', { status: 'saved', notice: { grades: ['AD12'] } });
  const verdicts: Record<string, Overall | null> = { a: 'not_eligible', b: 'eligible', c: null, d: 'check' };
  const ids = (list: { id: string }[]) => list.map((r) => r.id);
  const by = (
    key: 'deadline' | 'status' | 'verdict' | 'grade',
    direction: 'ascending' | 'descending' = 'ascending',
  ) => ids(sortRecords([a, b, c, d], { key, direction }, (r) => verdicts[r.id]));

  it('by deadline: soonest first, undated last in both directions', () => {
    expect(by('deadline')).toEqual(['b', 'a', 'd', 'c']);
    expect(by('deadline', 'descending')).toEqual(['d', 'a', 'b', 'c']);
  });
  it('by status in life-cycle order, ties by deadline', () => {
    expect(by('status')).toEqual(['d', 'c', 'a', 'b']);
  });
  it('by verdict: eligible, check, not eligible; no verdict last', () => {
    expect(by('verdict')).toEqual(['b', 'd', 'a', 'c']);
    expect(by('verdict', 'descending')).toEqual(['a', 'd', 'b', 'c']);
  });
  it('by grade: AD before AST, lowest grade first; no grade last', () => {
    expect(by('grade')).toEqual(['b', 'd', 'a', 'c']);
    expect(gradeText(b)).toBe('AD 7, AD 5');
    expect(gradeText(c)).toBe('');
  });
  it('does not change its input', () => {
    const input = [a, b, c, d];
    sortRecords(input, { key: 'grade', direction: 'ascending' }, () => null);
    expect(ids(input)).toEqual(['a', 'b', 'c', 'd']);
  });
});

describe('views: urgency', () => {
  const soon = '2026-05-02T12:00:00+02:00';
  it('amber only while the candidate still has to apply', () => {
    expect(deadlineTone(rec('x', soon), NOW.getTime())).toBe('soon');
    expect(deadlineTone(rec('x', soon, { status: 'preparing' }), NOW.getTime())).toBe('soon');
    for (const status of ['applied', 'withdrawn', 'rejected', 'interview', 'offer'] as const)
      expect(deadlineTone(rec('x', soon, { status }), NOW.getTime())).toBe('calm');
    expect(deadlineTone(rec('x', '2026-04-01T12:00:00+02:00'), NOW.getTime())).toBe('closed');
    expect(deadlineTone(rec('x', '2026-06-30T12:00:00+02:00'), NOW.getTime())).toBe('open');
  });
});

describe('views: board', () => {
  it('groups by status, each column soonest first', () => {
    const groups = groupByStatus([
      rec('late', '2026-07-01T12:00:00+02:00'),
      rec('early', '2026-05-05T12:00:00+02:00'),
      rec('sent', null, { status: 'applied' }),
    ]);
    expect(groups.saved.map((r) => r.id)).toEqual(['early', 'late']);
    expect(groups.applied.map((r) => r.id)).toEqual(['sent']);
    expect(groups.offer).toEqual([]);
  });
  it('keyboard moves go to the nearest allowed column that way', () => {
    expect(adjacentMove('saved', 1)).toBe('preparing');
    expect(adjacentMove('saved', -1)).toBeNull();
    expect(adjacentMove('preparing', 1)).toBe('applied');
    expect(adjacentMove('applied', -1)).toBe('preparing');
    // rejected → right: withdrawn is not allowed from rejected; nothing further.
    expect(adjacentMove('rejected', 1)).toBeNull();
    expect(adjacentMove('rejected', -1)).toBe('interview');
    expect(adjacentMove('withdrawn', -1)).toBe('applied');
  });
  it('a drop is checked against the allowed changes', () => {
    expect(canDrop('saved', 'applied')).toBe(true);
    expect(canDrop('saved', 'interview')).toBe(false);
    expect(canDrop('saved', 'saved')).toBe(false);
  });
});

describe('views: calendar', () => {
  it('places a deadline on its day in the user zone, with its Brussels day beside it', () => {
    // 00:30 Brussels on 5 June = 18:30 on 4 June in New York.
    const r = rec('late-night', '2026-06-05T00:30:00+02:00');
    const events = calendarEvents([r], 'America/New_York', [], NOW);
    const deadline = events.find((e) => e.kind === 'deadline')!;
    expect(deadline.day).toBe('2026-06-04');
    expect(deadline.time).toBe('18:30');
    expect(deadline.brusselsDay).toBe('2026-06-05');
    expect(deadline.brusselsTime).toBe('00:30');
    expect(calendarEvents([r], 'Europe/Brussels', [], NOW).find((e) => e.kind === 'deadline')!.day).toBe(
      '2026-06-05',
    );
  });
  it('adds reminders (own offsets over the defaults) and the steps of the history', () => {
    const r = rec('x', '2026-06-04T12:00:00+02:00', {
      reminderOffsets: [{ amount: 2, unit: 'days' }],
      savedAt: '2026-04-20T08:00:00.000Z',
    });
    const events = calendarEvents([r], 'Europe/Brussels', [{ amount: 7, unit: 'days' }], NOW);
    expect(events.map((e) => `${e.kind}:${e.day}:${e.label}`)).toEqual([
      'step:2026-04-20:Saved',
      'reminder:2026-06-02:Reminder, 2 days before',
      'deadline:2026-06-04:Deadline',
    ]);
    expect(eventsByDay(events).get('2026-06-04')!.length).toBe(1);
  });
  it('builds month grids Monday first, across years', () => {
    const june = monthGrid('2026-06');
    expect(june[0][0]).toBe('2026-06-01'); // a Monday
    expect(june.flat().filter(Boolean).length).toBe(30);
    const feb = monthGrid('2026-02');
    expect(feb[0].slice(0, 6)).toEqual([null, null, null, null, null, null]);
    expect(feb[0][6]).toBe('2026-02-01');
    expect(shiftMonth('2026-01', -1)).toBe('2025-12');
    expect(shiftMonth('2026-12', 1)).toBe('2027-01');
    expect(dayKey(Date.parse('2026-03-29T00:30:00Z'), 'Europe/Brussels')).toBe('2026-03-29');
  });
});
