/**
 * The deadline tracker's logic: saving notices, their status, reminders and exports
 * (calendar, CSV, backup). Pure: records in, records or text out; the clock is passed in.
 * Storage is lib/db (putTracked, listTracked, readUserData, applyBackup).
 */
export {
  trackNotice,
  findSameNotice,
  normaliseReference,
  normaliseUrl,
  capSnapshot,
  SNAPSHOT_MAX_BYTES,
} from './save';
export type { TrackInput, TrackResult } from './save';
export {
  setStatus,
  canChangeStatus,
  needsReminders,
  ALLOWED_STATUS_CHANGES,
  STATUSES_TO_REMIND,
  STATUS_LABELS,
  TRACKED_STATUSES,
  type SetStatusResult,
  type TrackedStatus,
} from './status';
export {
  reminderSchedule,
  remindersFor,
  reminderInstant,
  timeLeft,
  DEFAULT_REMINDER_OFFSETS,
} from './reminders';
export type { Reminder } from './reminders';
export { toIcs, type IcsOptions } from './ics';
export { toCsv, CSV_HEADER, type CsvOptions } from './csv';
export {
  makeBackup,
  parseBackup,
  parseBackupText,
  planImport,
  BACKUP_FORMAT,
  BACKUP_VERSION,
  BACKUP_MAX_BYTES,
  backupTooLargeMessage,
  type Backup,
  type ImportPlan,
  type ParseBackupResult,
} from './backup';
export { displayTitle, deadlineMs, deadlineZone, formatBrusselsTime } from './describe';
export { stripBidiControls } from './bidi';
export {
  applyEdit,
  EDITABLE_FIELD_LABELS,
  type EditableField,
  type EditOutcome,
  type FieldChange,
  type TrackedEdit,
} from './edit';
export { noticeChanges, noteSighting, pendingChanges, changeValue } from './seen-again';
