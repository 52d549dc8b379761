/**
 * Analysed notices: what the reader found on pages the user visited, a cache kept by the
 * background. It is bounded (a page that changes its reference on every pushState must not
 * grow it without end, and it must not become a log of every page visited): each write
 * evicts, in the same transaction, the oldest records beyond NOTICES_MAX_RECORDS and those
 * read more than NOTICES_MAX_AGE_DAYS before it, unless that notice is in the tracker.
 */
import { noticeMatchKeys, utcKey } from './match';
import { noticeRecordSchema, type NoticeRecord } from './records';
import type { VacancyDb } from './schema';
import { abortQuietly } from './tx';
import { validateAll, validateOne, type Loaded } from './validate';

export const NOTICES_MAX_RECORDS = 200;
export const NOTICES_MAX_AGE_DAYS = 90;

export interface NoticeLimits {
  maxRecords?: number;
  maxAgeDays?: number;
}

const DAY_MS = 86_400_000;

/**
 * Stores the record and evicts what is beyond the bounds, in ONE transaction; returns how
 * many records were evicted. "Now" is the record's analysedAt (the clock stays with the
 * caller). Throws a ZodError if the record is invalid.
 */
export async function putNotice(
  db: VacancyDb,
  record: NoticeRecord,
  limits: NoticeLimits = {},
): Promise<{ evicted: number }> {
  const valid = noticeRecordSchema.parse(record);
  const maxRecords = limits.maxRecords ?? NOTICES_MAX_RECORDS;
  const cutoff = utcKey(
    new Date(
      Date.parse(valid.analysedAt) - (limits.maxAgeDays ?? NOTICES_MAX_AGE_DAYS) * DAY_MS,
    ).toISOString(),
  );
  const tx = db.transaction(['notices', 'tracked'], 'readwrite');
  const notices = tx.objectStore('notices');
  const tracked = tx.objectStore('tracked').index('by-match');
  const isTracked = async (raw: unknown) => {
    for (const key of noticeMatchKeys(raw)) if ((await tracked.count(key)) > 0) return true;
    return false;
  };
  try {
    await notices.put({ ...valid, analysedAtUtc: utcKey(valid.analysedAt) });
    let count = await notices.count();
    let evicted = 0;
    // Oldest first; everything past the first record that is recent and within the count stays.
    let cursor = await notices.index('by-analysed').openCursor();
    while (cursor) {
      const overCount = count > maxRecords;
      const tooOld = cursor.key < cutoff;
      if (!overCount && !tooOld) break;
      if (overCount || !(await isTracked(cursor.value))) {
        await cursor.delete();
        count -= 1;
        evicted += 1;
      }
      cursor = await cursor.continue();
    }
    await tx.done;
    return { evicted };
  } catch (error) {
    abortQuietly(tx);
    throw error;
  }
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

/** "Clear analysed notices": empties the store in one transaction; returns how many there were. */
export async function clearNotices(db: VacancyDb): Promise<{ removed: number }> {
  const tx = db.transaction('notices', 'readwrite');
  const [removed] = await Promise.all([tx.store.count(), tx.store.clear(), tx.done]);
  return { removed };
}
