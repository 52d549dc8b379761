import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import {
  deleteTracked,
  listTracked,
  listTrackedClosingAfter,
  openVacancyDb,
  putTracked,
  type VacancyDb,
} from '../../lib/db';
import { freshDbName, makeTracked } from './helpers';

let db: VacancyDb;
afterEach(() => db?.close());

describe('tracked store', () => {
  it('round-trips a tracked notice, without the derived index field', async () => {
    db = await openVacancyDb(freshDbName('tracked'));
    const tracked = makeTracked('EC/2026/DIGIT/1', '2026-06-04T12:00:00+02:00');
    await putTracked(db, tracked);
    expect(await listTracked(db)).toEqual({ value: [tracked], errors: [] });
  });

  it('lists soonest deadline first (compared as instants), undated last', async () => {
    db = await openVacancyDb(freshDbName('tracked-order'));
    // 12:00 in Brussels (10:00 UTC) closes before 11:30 in Lisbon (10:30 UTC), though "11:30" < "12:00" as text.
    await putTracked(db, makeTracked('lisbon-half-past-eleven', '2026-06-04T11:30:00+01:00'));
    await putTracked(db, makeTracked('brussels-noon', '2026-06-04T12:00:00+02:00'));
    await putTracked(db, makeTracked('no-deadline', null));
    await putTracked(db, makeTracked('march', '2026-03-23T12:00:00+01:00'));
    const { value } = await listTracked(db);
    expect(value.map((t) => t.id)).toEqual([
      'march',
      'brussels-noon',
      'lisbon-half-past-eleven',
      'no-deadline',
    ]);
  });

  it('reads deadlines through the by-deadline index', async () => {
    db = await openVacancyDb(freshDbName('tracked-index'));
    await putTracked(db, makeTracked('past', '2026-03-23T12:00:00+01:00'));
    await putTracked(db, makeTracked('later', '2026-09-01T12:00:00+02:00'));
    await putTracked(db, makeTracked('sooner', '2026-06-04T12:00:00+02:00'));
    await putTracked(db, makeTracked('undated', null));
    expect(await db.countFromIndex('tracked', 'by-deadline')).toBe(3);
    const { value } = await listTrackedClosingAfter(db, new Date('2026-05-01T00:00:00Z'));
    expect(value.map((t) => t.id)).toEqual(['sooner', 'later']);
  });

  it('deletes', async () => {
    db = await openVacancyDb(freshDbName('tracked-delete'));
    await putTracked(db, makeTracked('a', null));
    await putTracked(db, makeTracked('b', null));
    await deleteTracked(db, 'a');
    expect((await listTracked(db)).value.map((t) => t.id)).toEqual(['b']);
  });

  it('skips and reports a corrupt record; the rest load', async () => {
    db = await openVacancyDb(freshDbName('tracked-corrupt'));
    await putTracked(db, makeTracked('ok', '2026-06-04T12:00:00+02:00'));
    await db.put('tracked', { ...makeTracked('bad-status', null), status: 'maybe', deadlineAt: null });
    const { value, errors } = await listTracked(db);
    expect(value.map((t) => t.id)).toEqual(['ok']);
    expect(errors).toEqual([
      { store: 'tracked', key: 'bad-status', issues: [{ path: 'status', message: expect.any(String) }] },
    ]);
  });

  it('reads a record stored before previousDeadline, appliedAt and reminderOffsets existed', async () => {
    db = await openVacancyDb(freshDbName('tracked-legacy'));
    // As version 2 wrote it when released: none of the three fields.
    const {
      previousDeadline: _p,
      appliedAt: _a,
      reminderOffsets: _r,
      ...released
    } = makeTracked('old', null);
    await db.put('tracked', { ...released, deadlineAt: null });
    const { value, errors } = await listTracked(db);
    expect(errors).toEqual([]);
    expect(value).toEqual([{ ...released, previousDeadline: null, appliedAt: null, reminderOffsets: null }]);
  });

  it('round-trips the tracker fields', async () => {
    db = await openVacancyDb(freshDbName('tracked-fields'));
    const tracked = {
      ...makeTracked('t', '2026-06-11T12:00:00+02:00'),
      status: 'applied' as const,
      previousDeadline: '2026-06-04T12:00:00+02:00',
      appliedAt: '2026-05-02T09:00:00.000Z',
      reminderOffsets: [{ amount: 2, unit: 'days' as const }],
    };
    await putTracked(db, tracked);
    expect((await listTracked(db)).value).toEqual([tracked]);
  });

  it.each([
    ['a reminder offset of 0', { reminderOffsets: [{ amount: 0, unit: 'days' }] }],
    ['a reminder offset in weeks', { reminderOffsets: [{ amount: 1, unit: 'weeks' }] }],
    ['a previous deadline without an offset', { previousDeadline: '2026-06-04T12:00:00' }],
    ['an appliedAt that is not an instant', { appliedAt: 'Monday' }],
  ])('refuses %s', async (_name, change) => {
    db = await openVacancyDb(freshDbName('tracked-bad-field'));
    await expect(putTracked(db, { ...makeTracked('x', null), ...change } as never)).rejects.toThrow();
  });

  it('refuses to store an invalid record', async () => {
    db = await openVacancyDb(freshDbName('tracked-invalid'));
    await expect(putTracked(db, { ...makeTracked('x', null), savedAt: 'now' })).rejects.toThrow();
  });
});
