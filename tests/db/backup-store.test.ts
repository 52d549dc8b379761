import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  applyBackup,
  listTracked,
  openVacancyDb,
  PROFILE_KEY,
  putTracked,
  readUserData,
  saveProfile,
  type TrackedNotice,
  type VacancyDb,
} from '../../lib/db';
import { makeBackup, parseBackup } from '../../lib/tracker';
import { makeProfile } from '../eligibility/helpers';
import { freshDbName, makeTracked } from './helpers';

const NOW = new Date('2026-05-01T10:00:00Z');
const profileHere = makeProfile({ nationalities: ['DE'] });
const profileInBackup = makeProfile({ nationalities: ['PT', 'FR'] });

let db: VacancyDb;
afterEach(() => {
  vi.restoreAllMocks();
  db?.close();
});

/** A database holding a profile and two tracked notices, "a" and "b". */
async function seeded(label: string): Promise<VacancyDb> {
  const opened = await openVacancyDb(freshDbName(label));
  await saveProfile(opened, profileHere);
  await putTracked(opened, makeTracked('a', '2026-06-04T12:00:00+02:00'));
  await putTracked(opened, { ...makeTracked('b', null), notes: 'kept' });
  return opened;
}

/** Everything stored, raw (not through the validating readers). */
async function contents(database: VacancyDb): Promise<unknown> {
  return { profile: await database.get('profile', PROFILE_KEY), tracked: await database.getAll('tracked') };
}

function backupWith(tracked: TrackedNotice[], profile = profileInBackup) {
  return makeBackup(profile, tracked, NOW);
}

describe('applyBackup', () => {
  it('restores profile and tracked notices into an empty database (round trip)', async () => {
    const source = await seeded('backup-source');
    const exported = await readUserData(source);
    source.close();
    expect(exported.errors).toEqual([]);
    const file = JSON.stringify(makeBackup(exported.value.profile, exported.value.tracked, NOW));

    const parsed = parseBackup(JSON.parse(file));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    db = await openVacancyDb(freshDbName('backup-target'));
    await applyBackup(db, parsed.backup);
    expect(await readUserData(db)).toEqual(exported);
    expect(await db.countFromIndex('tracked', 'by-deadline')).toBe(1); // the index is kept up
  });

  it('replaces records with the same id and keeps the others', async () => {
    db = await seeded('backup-merge');
    const changedA = { ...makeTracked('a', '2026-06-11T12:00:00+02:00'), status: 'applied' as const };
    await applyBackup(db, backupWith([changedA, makeTracked('c', null)]));
    const { value } = await readUserData(db);
    expect(value.profile).toEqual(profileInBackup);
    expect(value.tracked.map((t) => [t.id, t.status, t.notes])).toEqual([
      ['a', 'applied', ''],
      ['b', 'saved', 'kept'],
      ['c', 'saved', ''],
    ]);
  });

  it('leaves the profile alone when the backup has none', async () => {
    db = await seeded('backup-no-profile');
    await applyBackup(db, makeBackup(null, [makeTracked('c', null)], NOW));
    expect((await readUserData(db)).value.profile).toEqual(profileHere);
  });

  it('writes nothing when a record is invalid (checked before the transaction)', async () => {
    db = await seeded('backup-invalid');
    const before = await contents(db);
    const invalid = { ...makeTracked('c', null), status: 'maybe' } as unknown as TrackedNotice;
    await expect(applyBackup(db, backupWith([makeTracked('d', null), invalid]))).rejects.toThrow();
    expect(await contents(db)).toEqual(before);
  });

  it.each<[string, unknown]>([
    ['bad JSON shape', { format: 'vacancy-lens-backup', version: 1, tracked: 'all of them' }],
    ['a wrong format marker', { ...backupWith([makeTracked('c', null)]), format: 'someone-elses-backup' }],
    ['a future version', { ...backupWith([makeTracked('c', null)]), version: 2 }],
    [
      'one invalid record among valid ones',
      {
        ...backupWith([makeTracked('c', null), makeTracked('d', null)]),
        tracked: [makeTracked('c', null), { id: 'd' }],
      },
    ],
  ])('an import of a backup with %s is refused and leaves the store unchanged', async (_name, file) => {
    db = await seeded('backup-corrupt');
    const before = await contents(db);
    // The import as the options page will do it: parse, and apply only a valid backup.
    const parsed = parseBackup(JSON.parse(JSON.stringify(file)));
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.errors.length).toBeGreaterThan(0);
    if (parsed.ok) await applyBackup(db, parsed.backup);
    expect(await contents(db)).toEqual(before);
  });

  it('rolls back everything when a write throws in the middle of the transaction', async () => {
    db = await seeded('backup-throw');
    const before = await contents(db);
    const put = IDBObjectStore.prototype.put;
    let trackedPuts = 0;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args) {
      // The profile and the first record are already queued when the second record fails.
      if (this.name === 'tracked' && ++trackedPuts === 2)
        throw new DOMException('Disk full.', 'QuotaExceededError');
      return put.apply(this, args);
    });
    const backup = backupWith([makeTracked('c', null), makeTracked('d', null), makeTracked('e', null)]);
    await expect(applyBackup(db, backup)).rejects.toThrow('Disk full.');
    expect(trackedPuts).toBe(2);
    vi.restoreAllMocks();
    expect(await contents(db)).toEqual(before);
  });

  it('rolls back everything when a write fails asynchronously', async () => {
    db = await seeded('backup-async');
    const before = await contents(db);
    const put = IDBObjectStore.prototype.put;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args) {
      // "add" of an existing key fails later, with a ConstraintError on the request.
      if (this.name === 'tracked' && (args[0] as { id: string }).id === 'a') return this.add(args[0]);
      return put.apply(this, args);
    });
    const backup = backupWith([makeTracked('c', null), makeTracked('a', null), makeTracked('d', null)]);
    await expect(applyBackup(db, backup)).rejects.toMatchObject({ name: 'ConstraintError' });
    vi.restoreAllMocks();
    expect(await contents(db)).toEqual(before);
  });
});

describe('readUserData', () => {
  it('reads profile and tracked notices (soonest first), reporting corrupt records', async () => {
    db = await seeded('read-all');
    await db.put('tracked', { id: 'broken', status: 'maybe' });
    const { value, errors } = await readUserData(db);
    expect(value.profile).toEqual(profileHere);
    expect(value.tracked.map((t) => t.id)).toEqual(['a', 'b']);
    expect(errors.map((e) => [e.store, e.key])).toEqual([['tracked', 'broken']]);
    expect((await listTracked(db)).value).toEqual(value.tracked);
  });

  it('is empty for a new database', async () => {
    db = await openVacancyDb(freshDbName('read-all-empty'));
    expect(await readUserData(db)).toEqual({ value: { profile: null, tracked: [] }, errors: [] });
  });
});
