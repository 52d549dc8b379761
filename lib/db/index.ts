/** Storage: the only module that imports idb. Every record is validated on read. */
export { openVacancyDb } from './open';
export {
  DB_NAME,
  DB_VERSION,
  MIGRATIONS,
  PROFILE_KEY,
  type VacancyDb,
  type VacancyDbSchema,
  type StoreName,
} from './schema';
export { getProfile, saveProfile } from './profile-store';
export {
  putNotice,
  getNotice,
  listNotices,
  clearNotices,
  NOTICES_MAX_RECORDS,
  NOTICES_MAX_AGE_DAYS,
  type NoticeLimits,
} from './notices-store';
export {
  putTracked,
  updateTracked,
  upsertTracked,
  listTracked,
  listTrackedClosingAfter,
  findTracked,
  deleteTracked,
  type TrackedChange,
} from './tracked-store';
export { applyBackup, readUserData, type UserData } from './backup-store';
export {
  noticeRecordSchema,
  trackedNoticeSchema,
  TRACKED_STATUSES,
  REMINDER_UNITS,
  reminderOffsetSchema,
  SNAPSHOT_MAX_BYTES,
  type NoticeRecord,
  type ReminderOffset,
  type ReminderUnit,
  type TrackedNotice,
  type TrackedStatus,
} from './records';
export type { Loaded, RecordError } from './validate';
