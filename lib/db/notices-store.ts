import { noticeRecordSchema, type NoticeRecord } from './records';
import type { VacancyDb } from './schema';
import { validateAll, validateOne, type Loaded } from './validate';

/** Throws a ZodError if the record is invalid. */
export async function putNotice(db: VacancyDb, record: NoticeRecord): Promise<void> {
  await db.put('notices', noticeRecordSchema.parse(record));
}

export async function getNotice(db: VacancyDb, id: string): Promise<Loaded<NoticeRecord | null>> {
  return validateOne(noticeRecordSchema, 'notices', id, await db.get('notices', id));
}

/** Every valid analysed notice, in key order; corrupt records are reported in `errors`. */
export async function listNotices(db: VacancyDb): Promise<Loaded<NoticeRecord[]>> {
  const tx = db.transaction('notices');
  const [keys, values] = await Promise.all([tx.store.getAllKeys(), tx.store.getAll(), tx.done]);
  return validateAll(noticeRecordSchema, 'notices', keys, values);
}
