import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { getProfile, openVacancyDb, PROFILE_KEY, saveProfile, type VacancyDb } from '../../lib/db';
import { makeProfile } from '../eligibility/helpers';
import { freshDbName } from './helpers';

let db: VacancyDb;
afterEach(() => db?.close());

describe('profile store', () => {
  it('is empty at first', async () => {
    db = await openVacancyDb(freshDbName('profile-empty'));
    expect(await getProfile(db)).toEqual({ value: null, errors: [] });
  });

  it('round-trips the profile', async () => {
    db = await openVacancyDb(freshDbName('profile'));
    const profile = makeProfile({ nationalities: ['GR'] });
    await saveProfile(db, profile);
    expect(await getProfile(db)).toEqual({ value: profile, errors: [] });
  });

  it('keeps a single record: saving again replaces it', async () => {
    db = await openVacancyDb(freshDbName('profile-replace'));
    await saveProfile(db, makeProfile({ nationalities: ['PT'] }));
    await saveProfile(db, makeProfile({ nationalities: ['AT'] }));
    expect(await db.count('profile')).toBe(1);
    expect((await getProfile(db)).value?.nationalities).toEqual(['AT']);
  });

  it('reports a corrupt profile instead of returning it', async () => {
    db = await openVacancyDb(freshDbName('profile-corrupt'));
    await db.put('profile', { nationalities: 'PT', diplomas: [{ level: 'masters' }] }, PROFILE_KEY);
    const loaded = await getProfile(db);
    expect(loaded.value).toBeNull();
    expect(loaded.errors).toHaveLength(1);
    expect(loaded.errors[0]).toMatchObject({ store: 'profile', key: PROFILE_KEY });
    expect(loaded.errors[0].issues.map((i) => i.path)).toContain('nationalities');
  });

  it('refuses to save an invalid profile', async () => {
    db = await openVacancyDb(freshDbName('profile-invalid'));
    const invalid = { ...makeProfile(), nationalities: ['XX'] };
    await expect(saveProfile(db, invalid)).rejects.toThrow();
    expect(await db.count('profile')).toBe(0);
  });
});
