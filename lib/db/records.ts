/** What is stored, validated with zod on every write and every read. */
import { z } from 'zod';
import { analysisSchema, evidenceSchema, noticeFieldsSchema } from '../notice/schema';

const timestamp = z.iso.datetime({ offset: true });

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

/**
 * A notice the candidate saved, with a text snapshot: notices disappear from the web.
 * The fields added after version 2 was released have defaults, so records written before
 * them still read (no IndexedDB upgrade is needed: stores and indexes are unchanged).
 */
export const trackedNoticeSchema = z.object({
  id: z.string().min(1),
  reference: z.string().nullable(),
  url: z.string(),
  notice: noticeFieldsSchema,
  evidence: z.record(z.string(), evidenceSchema),
  snapshot: z.string(),
  status: z.enum(TRACKED_STATUSES),
  notes: z.string(),
  savedAt: timestamp,
  updatedAt: timestamp,
  /** The deadline before the last change the reader saw (a notice extended or corrected). */
  previousDeadline: noticeFieldsSchema.shape.deadline.default(null),
  /** When the status first became "applied": the candidate's proof of application. */
  appliedAt: timestamp.nullable().default(null),
  /** null: the tracker's default offsets; [] turns reminders off for this notice. */
  reminderOffsets: z.array(reminderOffsetSchema).nullable().default(null),
});

export type NoticeRecord = z.infer<typeof noticeRecordSchema>;
export type TrackedNotice = z.infer<typeof trackedNoticeSchema>;
export type TrackedStatus = (typeof TRACKED_STATUSES)[number];
export type ReminderOffset = z.infer<typeof reminderOffsetSchema>;
export type ReminderUnit = (typeof REMINDER_UNITS)[number];
