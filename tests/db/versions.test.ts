import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import {
  applyBackup,
  listTracked,
  openVacancyDb,
  putTracked,
  updateTracked,
  upsertTracked,
  type TrackedNotice,
  type VacancyDb,
} from '../../lib/db';
import { trackNotice } from '../../lib/tracker';
import { editTracked } from '../../components/tracker/store';
import { makeInput, makeRecord } from '../tracker/helpers';
import { freshDbName } from './helpers';

let db: VacancyDb;
afterEach(() => db?.close());

const AT = new Date('2026-05-02T09:00:00Z');

async function stored(id: string): Promise<TrackedNotice> {
  const record = (await listTracked(db)).value.find((r) => r.id === id);
  if (!record) throw new Error(`no record ${id}`);
  return record;
}

describe('record versions', () => {
  it('bumps the version on every write, whatever version the caller passes', async () => {
    db = await openVacancyDb(freshDbName('versions'));
    const first = await putTracked(db, makeRecord('a'));
    expect(first.version).toBe(1);
    // A caller writing back the copy it read (version 1) still gets 2, then 3.
    expect((await putTracked(db, { ...first, notes: 'x' })).version).toBe(2);
    expect((await putTracked(db, { ...first, notes: 'y' })).version).toBe(3);
    expect((await stored('a')).version).toBe(3);
  });

  it('a restored backup bumps the version of the records it replaces', async () => {
    db = await openVacancyDb(freshDbName('versions-backup'));
    await putTracked(db, makeRecord('a'));
    await putTracked(db, makeRecord('a', { notes: 'second write' }));
    await applyBackup(db, {
      profile: null,
      tracked: [makeRecord('a', { notes: 'from backup' }), makeRecord('b')],
    });
    expect((await stored('a')).version).toBe(3);
    expect((await stored('a')).notes).toBe('from backup');
    expect((await stored('b')).version).toBe(1);
  });
});

describe('saving to the tracker: look-up and write in one transaction', () => {
  it('two saves of the same notice at once give one "added" and one "updated", one record', async () => {
    db = await openVacancyDb(freshDbName('upsert-race'));
    const input = makeInput({ reference: 'EPSO/AD/403/24' }, 'https://eu-careers.europa.eu/x');
    const save = () => upsertTracked(db, (existing) => trackNotice(existing, input, AT));
    const results = await Promise.all([save(), save()]);
    expect(results.map((r) => r.action).sort()).toEqual(['added', 'updated']);
    const { value } = await listTracked(db);
    expect(value.map((r) => [r.id, r.version])).toEqual([['ref-epso-ad-403-24', 2]]);
  });

  it('five saves of one page at once (same address, no reference) keep one record', async () => {
    db = await openVacancyDb(freshDbName('upsert-race-url'));
    const input = makeInput({ reference: null }, 'https://epso.europa.eu/notice#top');
    const results = await Promise.all(
      Array.from({ length: 5 }, () => upsertTracked(db, (existing) => trackNotice(existing, input, AT))),
    );
    expect(results.filter((r) => r.action === 'added')).toHaveLength(1);
    expect((await listTracked(db)).value).toHaveLength(1);
  });

  it('returns the record as written, with its version', async () => {
    db = await openVacancyDb(freshDbName('upsert-result'));
    const input = makeInput({ reference: 'EC/1' });
    const first = await upsertTracked(db, (existing) => trackNotice(existing, input, AT));
    const second = await upsertTracked(db, (existing) => trackNotice(existing, input, AT));
    expect([first.record.version, second.record.version]).toEqual([1, 2]);
    expect(second.record).toEqual(await stored(first.record.id));
  });

  it('writes nothing when the record is invalid', async () => {
    db = await openVacancyDb(freshDbName('upsert-invalid'));
    const input = makeInput({ reference: 'EC/1', deadline: '2026-02-30T12:00:00+01:00' });
    await expect(upsertTracked(db, (existing) => trackNotice(existing, input, AT))).rejects.toThrow();
    expect((await listTracked(db)).value).toEqual([]);
  });
});

describe('editing by field with a version check (the tracker page)', () => {
  const NEW_DEADLINE = '2026-06-30T12:00:00+02:00';
  const NEW_URL = 'https://eu-careers.europa.eu/en/job-opportunities/a-corrected';

  /** The page read version 1; then the notice is saved again elsewhere (deadline and address change). */
  async function pageCopyThenSavedAgain(): Promise<TrackedNotice> {
    db = await openVacancyDb(freshDbName('edit'));
    const pageCopy = await putTracked(db, makeRecord('a'));
    await putTracked(db, {
      ...pageCopy,
      url: NEW_URL,
      notice: { ...pageCopy.notice, deadline: NEW_DEADLINE },
      previousDeadline: pageCopy.notice.deadline,
    });
    return pageCopy;
  }

  it('saves on the current version', async () => {
    db = await openVacancyDb(freshDbName('edit-current'));
    const pageCopy = await putTracked(db, makeRecord('a'));
    const outcome = await editTracked(db, 'a', pageCopy.version, { notes: { from: '', to: 'Call Ana' } }, AT);
    expect(outcome).toMatchObject({ kind: 'saved', record: { notes: 'Call Ana', version: 2 } });
    expect(await stored('a')).toEqual(outcome.kind === 'saved' && outcome.record);
  });

  it('a stale page changing the status does not bring back the old deadline and address (merged)', async () => {
    const pageCopy = await pageCopyThenSavedAgain();
    const outcome = await editTracked(
      db,
      'a',
      pageCopy.version,
      { status: { from: 'saved', to: 'applied' } },
      AT,
    );
    expect(outcome.kind).toBe('merged');
    const now = await stored('a');
    expect([now.status, now.appliedAt, now.notice.deadline, now.url, now.version]).toEqual([
      'applied',
      AT.toISOString(),
      NEW_DEADLINE,
      NEW_URL,
      3,
    ]);
  });

  it('refuses a stale edit of a field that changed elsewhere, and writes nothing (conflict)', async () => {
    db = await openVacancyDb(freshDbName('edit-conflict'));
    const pageCopy = await putTracked(db, makeRecord('a'));
    await putTracked(db, { ...pageCopy, notes: 'Written in another tab' });
    const outcome = await editTracked(db, 'a', pageCopy.version, { notes: { from: '', to: 'Mine' } }, AT);
    expect(outcome).toMatchObject({
      kind: 'conflict',
      fields: ['notes'],
      record: { notes: 'Written in another tab' },
    });
    expect(await stored('a')).toMatchObject({ notes: 'Written in another tab', version: 2 });
  });

  it('refuses a status change the newer copy does not allow', async () => {
    db = await openVacancyDb(freshDbName('edit-refused'));
    const pageCopy = await putTracked(db, makeRecord('a'));
    // Elsewhere: saved → applied → interview. The page still shows "saved" and picks "preparing".
    await putTracked(db, { ...pageCopy, status: 'interview', appliedAt: AT.toISOString() });
    const outcome = await editTracked(
      db,
      'a',
      pageCopy.version,
      { status: { from: 'saved', to: 'preparing' } },
      AT,
    );
    expect(outcome.kind).toBe('conflict');
    expect((await stored('a')).status).toBe('interview');
  });

  it('says when the record was removed meanwhile', async () => {
    db = await openVacancyDb(freshDbName('edit-missing'));
    const outcome = await editTracked(db, 'gone', 1, { notes: { from: '', to: 'x' } }, AT);
    expect(outcome).toEqual({ kind: 'missing' });
  });

  it('updateTracked reads and writes in one transaction: concurrent edits of two fields both land', async () => {
    db = await openVacancyDb(freshDbName('edit-race'));
    const pageCopy = await putTracked(db, makeRecord('a'));
    const [one, two] = await Promise.all([
      editTracked(db, 'a', pageCopy.version, { notes: { from: '', to: 'notes from tab 1' } }, AT),
      editTracked(db, 'a', pageCopy.version, { status: { from: 'saved', to: 'preparing' } }, AT),
    ]);
    expect([one.kind, two.kind]).toEqual(['saved', 'merged']);
    expect(await stored('a')).toMatchObject({ notes: 'notes from tab 1', status: 'preparing', version: 3 });
  });

  it('updateTracked refuses to write another record than the one it read', async () => {
    db = await openVacancyDb(freshDbName('edit-other'));
    await putTracked(db, makeRecord('a'));
    await expect(updateTracked(db, 'a', () => ({ write: makeRecord('b'), result: null }))).rejects.toThrow(
      /cannot write the record "b"/,
    );
    expect((await listTracked(db)).value.map((r) => r.id)).toEqual(['a']);
  });
});
