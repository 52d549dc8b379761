import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import {
  getNotice,
  listNotices,
  openVacancyDb,
  putNotice,
  type NoticeRecord,
  type VacancyDb,
} from '../../lib/db';
import { freshDbName, makeNoticeRecord } from './helpers';

let db: VacancyDb;
afterEach(() => db?.close());

describe('notices store', () => {
  it('round-trips an analysed notice', async () => {
    db = await openVacancyDb(freshDbName('notices'));
    const record = makeNoticeRecord('EC-2026-1');
    await putNotice(db, record);
    expect(await getNotice(db, 'EC-2026-1')).toEqual({ value: record, errors: [] });
  });

  it('returns null for an id it does not hold', async () => {
    db = await openVacancyDb(freshDbName('notices-missing'));
    expect(await getNotice(db, 'nope')).toEqual({ value: null, errors: [] });
  });

  it('lists every notice and replaces one saved under the same id', async () => {
    db = await openVacancyDb(freshDbName('notices-list'));
    await putNotice(db, makeNoticeRecord('b'));
    await putNotice(db, makeNoticeRecord('a'));
    await putNotice(db, { ...makeNoticeRecord('a'), url: null });
    const { value, errors } = await listNotices(db);
    expect(errors).toEqual([]);
    expect(value.map((r) => [r.id, r.url])).toEqual([
      ['a', null],
      ['b', 'https://eu-careers.europa.eu/en/job-opportunities/b'],
    ]);
  });

  it('keeps a page that was analysed as not a notice', async () => {
    db = await openVacancyDb(freshDbName('notices-null'));
    const record: NoticeRecord = {
      ...makeNoticeRecord('x'),
      analysis: { ...makeNoticeRecord('x').analysis, notice: null },
    };
    await putNotice(db, record);
    expect((await getNotice(db, 'x')).value?.analysis.notice).toBeNull();
  });

  it('skips and reports a corrupt record; the rest load', async () => {
    db = await openVacancyDb(freshDbName('notices-corrupt'));
    await putNotice(db, makeNoticeRecord('good-1'));
    await db.put('notices', { id: 'broken', url: 42, analysis: { notice: { deadline: 'tomorrow' } } });
    await putNotice(db, makeNoticeRecord('good-2'));

    const { value, errors } = await listNotices(db);
    expect(value.map((r) => r.id)).toEqual(['good-1', 'good-2']);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ store: 'notices', key: 'broken' });
    expect(errors[0].issues.map((i) => i.path)).toContain('url');

    expect(await getNotice(db, 'broken')).toMatchObject({ value: null, errors: [{ key: 'broken' }] });
  });

  it('refuses to store an invalid record', async () => {
    db = await openVacancyDb(freshDbName('notices-invalid'));
    await expect(putNotice(db, { ...makeNoticeRecord('x'), analysedAt: 'yesterday' })).rejects.toThrow();
  });
});
