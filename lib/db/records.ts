/** What is stored, validated with zod on every write and every read. */
import { z } from 'zod';
import { analysisSchema, evidenceSchema, noticeFieldsSchema } from '../notice/schema';
import { realDate } from '../time/calendar';
import { utf8Length } from '../tracker/utf8';

const timestamp = realDate(z.iso.datetime({ offset: true }));

/** The notice's deadline, as the reader writes it, and a day that exists (not 2026-02-30). */
const deadline = realDate(noticeFieldsSchema.shape.deadline.unwrap()).nullable();

/** IndexedDB holds far more, but a record must stay quick to read, list and back up. */
export const SNAPSHOT_MAX_BYTES = 500_000;

/** A snapshot of at most SNAPSHOT_MAX_BYTES of UTF-8 (the length check first: it is cheap). */
const snapshot = z
  .string()
  .max(SNAPSHOT_MAX_BYTES, {
    error: `The saved copy of the notice is larger than ${SNAPSHOT_MAX_BYTES / 1000} kB.`,
  })
  .refine((text) => utf8Length(text) <= SNAPSHOT_MAX_BYTES, {
    error: `The saved copy of the notice is larger than ${SNAPSHOT_MAX_BYTES / 1000} kB.`,
    when: (payload) => payload.issues.length === 0,
  });

/** An analysed notice: what the reader found on a page, keyed by an id the caller chooses. */
export const noticeRecordSchema = z.object({
  id: z.string().min(1),
  url: z.string().nullable(),
  analysis: analysisSchema,
  analysedAt: timestamp,
});

export const TRACKED_STATUSES = [
  'saved',
  'preparing',
  'applied',
  'interview',
  'offer',
  'rejected',
  'withdrawn',
] as const;

/** Units of a reminder offset; "days" are calendar days in the deadline's zone (lib/tracker/reminders.ts). */
export const REMINDER_UNITS = ['days', 'hours', 'minutes'] as const;

/** "7 days before the deadline", "3 hours before". A year is the longest useful offset. */
export const reminderOffsetSchema = z.object({
  amount: z
    .number()
    .int()
    .min(1)
    .max(366 * 24 * 60),
  unit: z.enum(REMINDER_UNITS),
});

/** The verdicts a record can hold (lib/eligibility's Overall). */
export const VERDICTS = ['eligible', 'not_eligible', 'check', 'closed'] as const;

/** One step of an application: the status it reached, when, and the candidate's note. */
export const historyEntrySchema = z.object({
  status: z.enum(TRACKED_STATUSES),
  at: timestamp,
  note: z.string().max(500).optional(),
});

/** The fields compared when a saved notice is seen again (lib/tracker/seen-again.ts). */
export const NOTICE_CHANGE_FIELDS = [
  'deadline',
  'staffCategory',
  'functionGroup',
  'grades',
  'location',
  'education',
  'experienceYears',
  'languages',
  'castRequired',
  'securityClearance',
] as const;

/** One field where the notice seen again differs from the saved copy ("" saved: not stated then). */
export const noticeChangeSchema = z.object({
  field: z.enum(NOTICE_CHANGE_FIELDS),
  saved: z.string().max(300),
  seen: z.string().max(300),
});

/** A saved notice seen again with differences: where, when first and last, and what differed. */
export const sightingSchema = z.object({
  firstSeen: timestamp,
  lastSeen: timestamp,
  url: z.string().max(2048),
  changes: z.array(noticeChangeSchema).min(1).max(NOTICE_CHANGE_FIELDS.length),
});

/** The sightings a record keeps (the latest ones). */
export const SIGHTINGS_MAX = 10;

/**
 * A notice the candidate saved, with a text snapshot: notices disappear from the web.
 * The fields added after version 2 was released have defaults, so records written before
 * them still read (and backup files made before them still import).
 */
export const trackedNoticeSchema = z.object({
  id: z.string().min(1),
  reference: z.string().nullable(),
  url: z.string(),
  notice: noticeFieldsSchema.extend({ deadline }),
  evidence: z.record(z.string(), evidenceSchema),
  snapshot,
  status: z.enum(TRACKED_STATUSES),
  notes: z.string(),
  savedAt: timestamp,
  updatedAt: timestamp,
  /** The deadline before the last change the reader saw (a notice extended or corrected). */
  previousDeadline: deadline.default(null),
  /** When the status first became "applied": the candidate's proof of application. */
  appliedAt: timestamp.nullable().default(null),
  /** null: the tracker's default offsets; [] turns reminders off for this notice. */
  reminderOffsets: z.array(reminderOffsetSchema).nullable().default(null),
  /**
   * Bumped by lib/db on every write of the record (database version 3 gave existing records
   * 1). A page that edits a record says which version it read, so it cannot write back a
   * stale copy over a newer save (lib/tracker/edit.ts).
   */
  version: z.number().int().min(1).default(1),
  /**
   * The steps of the application with their dates (lib/tracker/history.ts): appended when the
   * status changes, editable. Missing on records and backups made before it (database version
   * 4 filled it in for stored records); the tracker then derives it from savedAt and appliedAt.
   */
  history: z.array(historyEntrySchema).max(200).optional(),
  /** The verdict when the notice was first saved, to compare with the one the current profile gives. */
  verdictAtSave: z.enum(VERDICTS).nullable().optional(),
  /**
   * The notice seen again (page or PDF) with a different deadline or requirements: noted here,
   * never written over the saved values (a page must not rewrite the tracker); saving that
   * version again is the candidate's choice. Missing on records made before it.
   */
  sightings: z.array(sightingSchema).max(SIGHTINGS_MAX).optional(),
});

export type NoticeRecord = z.infer<typeof noticeRecordSchema>;
export type TrackedNotice = z.infer<typeof trackedNoticeSchema>;
export type TrackedStatus = (typeof TRACKED_STATUSES)[number];
export type ReminderOffset = z.infer<typeof reminderOffsetSchema>;
export type ReminderUnit = (typeof REMINDER_UNITS)[number];
export type StoredHistoryEntry = z.infer<typeof historyEntrySchema>;
export type NoticeChange = z.infer<typeof noticeChangeSchema>;
export type NoticeChangeField = NoticeChange['field'];
export type Sighting = z.infer<typeof sightingSchema>;
