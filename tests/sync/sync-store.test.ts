import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import {
  getProfile,
  listTracked,
  openVacancyDb,
  putTracked,
  saveProfile,
  type VacancyDb,
} from '../../lib/db';
import { deleteTrackedIf, updateProfileIf } from '../../lib/db/sync-store';
import { parseRequest, senderAllowed } from '../../lib/messages';
import { freshDbName } from '../db/helpers';
import { exampleProfile, makeRecord } from './helpers';

let db: VacancyDb | undefined;
afterEach(() => {
  db?.close();
  db = undefined;
});

describe('lib/db sync-store', () => {
  it('removes a record only while it is what sync last saw', async () => {
    db = await openVacancyDb(freshDbName('sync'));
    await putTracked(db, makeRecord('a'));
    expect(await deleteTrackedIf(db, 'a', (r) => r?.notes === 'changed')).toBe(false);
    expect((await listTracked(db)).value).toHaveLength(1);
    expect(await deleteTrackedIf(db, 'a', (r) => r?.notes === '')).toBe(true);
    expect((await listTracked(db)).value).toHaveLength(0);
    expect(await deleteTrackedIf(db, 'missing', () => true)).toBe(false);
  });

  it('writes the profile only when the change says so, and never an invalid one', async () => {
    db = await openVacancyDb(freshDbName('sync'));
    const profile = exampleProfile();
    await saveProfile(db, profile);
    expect(await updateProfileIf(db, () => null)).toBeNull();
    const written = await updateProfileIf(db, (current) => ({ ...current!, nationalities: ['BE'] }));
    expect(written?.nationalities).toEqual(['BE']);
    await expect(
      updateProfileIf(db, (current) => ({ ...current!, nationalities: ['BE', 'BE'] })),
    ).rejects.toThrow();
    expect((await getProfile(db)).value?.nationalities).toEqual(['BE']);
  });
});

describe('sync messages', () => {
  it('are typed and accepted from extension pages only', () => {
    for (const message of [
      { type: 'sync-status' },
      { type: 'sync-set-enabled', enabled: true },
      { type: 'sync-resolve', entry: 'r1:a', field: 'n' },
    ]) {
      const req = parseRequest(message);
      expect(req).not.toBeNull();
      expect(senderAllowed(req!.type, 'extension-page')).toBe(true);
      expect(senderAllowed(req!.type, 'content')).toBe(false);
    }
    expect(parseRequest({ type: 'sync-set-enabled' })).toBeNull();
  });
});
