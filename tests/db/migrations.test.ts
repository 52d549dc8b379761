import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import {
  DB_VERSION,
  MIGRATIONS,
  getProfile,
  listNotices,
  listTracked,
  openVacancyDb,
  PROFILE_KEY,
  putTracked,
} from '../../lib/db';
import { makeProfile } from '../eligibility/helpers';
import { freshDbName, makeNoticeRecord, makeTracked } from './helpers';

/** Version 1 as released: written out by hand, not through the code under test. */
async function createVersion1(
  name: string,
  records: { profile: unknown; notices: unknown[] },
): Promise<void> {
  const v1 = await openDB(name, 1, {
    upgrade(db) {
      db.createObjectStore('profile');
      db.createObjectStore('notices', { keyPath: 'id' });
    },
  });
  await v1.put('profile', records.profile, PROFILE_KEY);
  for (const notice of records.notices) await v1.put('notices', notice);
  v1.close();
}

describe('database versions', () => {
  it('is at version 4', () => {
    expect(DB_VERSION).toBe(4);
  });

  it('creates every store and index when opened for the first time', async () => {
    const db = await openVacancyDb(freshDbName('fresh'));
    expect(db.version).toBe(4);
    expect([...db.objectStoreNames].sort()).toEqual(['notices', 'profile', 'tracked']);
    expect([...db.transaction('tracked').store.indexNames].sort()).toEqual(['by-deadline', 'by-match']);
    expect([...db.transaction('notices').store.indexNames]).toEqual(['by-analysed']);
    db.close();
  });

  it('upgrades version 1 to 4, keeping every record', async () => {
    const name = freshDbName('upgrade');
    const profile = makeProfile({ nationalities: ['PT', 'FR'] });
    const notices = [
      makeNoticeRecord('n1'),
      makeNoticeRecord('n2'),
      { id: 'corrupt-before-upgrade', url: 7 },
    ];
    await createVersion1(name, { profile, notices });

    const db = await openVacancyDb(name);
    expect(db.version).toBe(4);
    expect(await getProfile(db)).toEqual({ value: profile, errors: [] });
    const loaded = await listNotices(db);
    expect(loaded.value).toEqual([notices[0], notices[1]]);
    expect(loaded.errors.map((e) => e.key)).toEqual(['corrupt-before-upgrade']);
    expect(await db.count('notices')).toBe(3); // the corrupt one is kept, only skipped on read

    await putTracked(db, makeTracked('t1', '2026-06-04T12:00:00+02:00'));
    expect((await listTracked(db)).value.map((t) => t.id)).toEqual(['t1']);
    expect(await db.countFromIndex('tracked', 'by-deadline')).toBe(1);
    db.close();
  });

  it('upgrades version 2 to 4: tracked records get version 1, match keys and their history, notices their read instant', async () => {
    const name = freshDbName('upgrade-3');
    // Version 2 as released, written by hand.
    const v2 = await openDB(name, 2, {
      upgrade(db) {
        db.createObjectStore('profile');
        db.createObjectStore('notices', { keyPath: 'id' });
        db.createObjectStore('tracked', { keyPath: 'id' }).createIndex('by-deadline', 'deadlineAt');
      },
    });
    const { version: _v, ...released } = makeTracked('EPSO/AD/1', '2026-06-04T12:00:00+02:00');
    await v2.put('tracked', { ...released, deadlineAt: '2026-06-04T10:00:00.000Z' });
    await v2.put('tracked', { id: 'damaged', status: 'lost' });
    await v2.put('notices', { ...makeNoticeRecord('n1'), analysedAt: '2026-05-01T12:00:00+02:00' });
    v2.close();

    const db = await openVacancyDb(name);
    expect(db.version).toBe(4);
    const { value, errors } = await listTracked(db);
    expect(value).toEqual([
      { ...released, version: 1, history: [{ status: 'saved', at: released.savedAt }] },
    ]);
    expect(errors.map((e) => e.key)).toEqual(['damaged']);
    expect(await db.get('tracked', 'damaged')).toMatchObject({ version: 1, matchKeys: [] });
    expect(await db.getAllKeysFromIndex('tracked', 'by-match', 'ref:EPSO/AD/1')).toEqual(['EPSO/AD/1']);
    expect(await db.getAllKeysFromIndex('tracked', 'by-match', `url:${released.url}`)).toEqual(['EPSO/AD/1']);
    expect(await db.getAllKeysFromIndex('notices', 'by-analysed', '2026-05-01T10:00:00.000Z')).toEqual([
      'n1',
    ]);
    db.close();
  });

  it('upgrades version 3 to 4: tracked records get the history their dates tell', async () => {
    const name = freshDbName('upgrade-4');
    const v3 = await openDB(name, 3, {
      upgrade(db, _old, _new, transaction) {
        for (let v = 0; v < 3; v++) MIGRATIONS[v](db as never, transaction as never);
      },
    });
    const interview = {
      ...makeTracked('t-int', '2026-06-04T12:00:00+02:00'),
      status: 'interview',
      savedAt: '2026-04-01T08:00:00.000Z',
      appliedAt: '2026-04-10T08:00:00.000Z',
      updatedAt: '2026-04-20T08:00:00.000Z',
    };
    await v3.put('tracked', { ...interview, deadlineAt: '2026-06-04T10:00:00.000Z', matchKeys: [] });
    const kept = [{ status: 'saved', at: '2026-04-02T00:00:00.000Z', note: 'mine' }];
    await v3.put('tracked', {
      ...makeTracked('t-own', null),
      history: kept,
      deadlineAt: null,
      matchKeys: [],
    });
    await v3.put('tracked', { id: 'damaged', status: 'lost' });
    v3.close();

    const db = await openVacancyDb(name);
    expect(db.version).toBe(4);
    const { value, errors } = await listTracked(db);
    expect(value.find((r) => r.id === 't-int')!.history).toEqual([
      { status: 'saved', at: '2026-04-01T08:00:00.000Z' },
      { status: 'applied', at: '2026-04-10T08:00:00.000Z' },
      { status: 'interview', at: '2026-04-20T08:00:00.000Z' },
    ]);
    // A history already there is left as it is.
    expect(value.find((r) => r.id === 't-own')!.history).toEqual(kept);
    expect(errors.map((e) => e.key)).toEqual(['damaged']);
    db.close();
  });

  it('does not migrate again when reopened', async () => {
    const name = freshDbName('reopen');
    const first = await openVacancyDb(name);
    await putTracked(first, makeTracked('t1', null));
    first.close();
    const second = await openVacancyDb(name);
    expect((await listTracked(second)).value.map((t) => t.id)).toEqual(['t1']);
    second.close();
  });

  it('steps aside when a newer version wants to open', async () => {
    const name = freshDbName('blocking');
    const current = await openVacancyDb(name);
    const newer = await openDB(name, DB_VERSION + 1);
    expect(newer.version).toBe(DB_VERSION + 1);
    newer.close();
    current.close();
  });
});
