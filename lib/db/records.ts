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

/** A notice the candidate saved, with a text snapshot: notices disappear from the web. */
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
});

export type NoticeRecord = z.infer<typeof noticeRecordSchema>;
export type TrackedNotice = z.infer<typeof trackedNoticeSchema>;
export type TrackedStatus = (typeof TRACKED_STATUSES)[number];
