import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import {
  clearNotices,
  listNotices,
  NOTICES_MAX_AGE_DAYS,
  NOTICES_MAX_RECORDS,
  openVacancyDb,
  putNotice,
  putTracked,
  type VacancyDb,
} from '../../lib/db';
import { freshDbName, makeNoticeRecord, makeTracked } from './helpers';

let db: VacancyDb;
afterEach(() => db?.close());

const DAY = 86_400_000;
const T0 = Date.parse('2026-05-01T10:00:00.000Z');

/** A record analysed `minutes` after T0 (a page that changes its reference every 1.5 s writes many). */
function at(id: string, ms: number) {
  return { ...makeNoticeRecord(id), analysedAt: new Date(T0 + ms).toISOString() };
}

async function ids(): Promise<string[]> {
  return (await listNotices(db)).value.map((r) => r.id).sort();
}

describe('analysed notices: bounds and eviction', () => {
  it(`keeps at most ${NOTICES_MAX_RECORDS} records, the most recent, evicting in the same write`, async () => {
    db = await openVacancyDb(freshDbName('notices-cap'));
    expect(NOTICES_MAX_RECORDS).toBe(200);
    // A page that changes its reference on every pushState, every 1.5 s, for a while.
    for (let i = 0; i < NOTICES_MAX_RECORDS + 15; i++)
      await putNotice(db, at(`n${String(i).padStart(3, '0')}`, i * 1500));
    expect(await db.count('notices')).toBe(NOTICES_MAX_RECORDS);
    const kept = await ids();
    expect(kept[0]).toBe('n015');
    expect(kept.at(-1)).toBe('n214');
  });

  it('reports how many records a write evicted', async () => {
    db = await openVacancyDb(freshDbName('notices-evicted'));
    for (let i = 0; i < 3; i++) await putNotice(db, at(`n${i}`, i), { maxRecords: 3 });
    expect(await putNotice(db, at('n3', 3), { maxRecords: 3 })).toEqual({ evicted: 1 });
    expect(await ids()).toEqual(['n1', 'n2', 'n3']);
  });

  it(`drops records read more than ${NOTICES_MAX_AGE_DAYS} days before, unless the notice is in the tracker`, async () => {
    db = await openVacancyDb(freshDbName('notices-age'));
    await putNotice(db, at('old-untracked', 0));
    await putNotice(db, { ...at('old-tracked', 0), url: 'https://epso.europa.eu/notice-b' });
    await putNotice(db, at('recent', 60 * DAY));
    // Saved to the tracker, under another id and with a #fragment on the address.
    await putTracked(db, {
      ...makeTracked('EC/other', null),
      reference: null,
      url: 'https://epso.europa.eu/notice-b#top',
    });
    expect(await ids()).toEqual(['old-tracked', 'old-untracked', 'recent']);

    await putNotice(db, at('today', (NOTICES_MAX_AGE_DAYS + 1) * DAY));
    expect(await ids()).toEqual(['old-tracked', 'recent', 'today']);
  });

  it('recognises a tracked notice by its reference too', async () => {
    db = await openVacancyDb(freshDbName('notices-age-ref'));
    await putNotice(db, at('EPSO/AD/403/24', 0));
    await putTracked(db, makeTracked('epso / ad / 403 / 24', null));
    await putNotice(db, at('today', 100 * DAY));
    expect(await ids()).toEqual(['EPSO/AD/403/24', 'today']);
  });

  it('evicts records whose read instant is damaged first', async () => {
    db = await openVacancyDb(freshDbName('notices-damaged'));
    await db.put('notices', { ...at('damaged', 0), analysedAt: 'yesterday', analysedAtUtc: '' });
    await putNotice(db, at('n1', 1), { maxRecords: 1 });
    expect(await db.getAllKeys('notices')).toEqual(['n1']);
  });

  it('"Clear analysed notices" empties the store and says how many there were; the tracker is kept', async () => {
    db = await openVacancyDb(freshDbName('notices-clear'));
    await putNotice(db, at('a', 0));
    await putNotice(db, at('b', 1));
    await putTracked(db, makeTracked('t', null));
    expect(await clearNotices(db)).toEqual({ removed: 2 });
    expect(await db.count('notices')).toBe(0);
    expect(await db.count('tracked')).toBe(1);
    expect(await clearNotices(db)).toEqual({ removed: 0 });
  });
});
