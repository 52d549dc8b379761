/**
 * The one typed contract between the extension's contexts (content script,
 * injected overlay, popup, background). Every message is validated with zod
 * on receipt: a page can't forge a shape the background doesn't expect.
 */
import { z } from 'zod';
import { analysisSchema, noticeFieldsSchema } from './notice/schema';

/** What the overlay learnt about a tab; kept by the background for the popup and the badge. */
export const tabNoticeSchema = z.object({
  url: z.string(),
  analysis: analysisSchema,
  /** Where the card's data came from, and where page and notice disagree. */
  source: z.enum(['page', 'eu-careers', 'pdf']),
  readError: z.string().optional(),
  /** The text as read, kept with the tab so the popup can save a snapshot too (capped). */
  snapshotText: z.string().max(600_000).optional(),
});
export type TabNotice = z.infer<typeof tabNoticeSchema>;

export const requestSchema = z.discriminatedUnion('type', [
  /** Content script → background: the page uses deadline wording; inject the overlay here. */
  z.object({ type: z.literal('gate-passed'), url: z.string() }),
  /** Overlay → background: this tab shows a notice (or stopped showing one). */
  z.object({ type: z.literal('notice-found'), notice: tabNoticeSchema }),
  z.object({ type: z.literal('notice-absent'), url: z.string() }),
  /** Overlay → background: eligibility of a notice against the stored profile. */
  z.object({ type: z.literal('evaluate'), notice: noticeFieldsSchema }),
  /** Popup → background: what is known about a tab. */
  z.object({ type: z.literal('get-tab-state'), tabId: z.number().int() }),
  /** Popup → background: re-check a tab after a host permission was granted. */
  z.object({ type: z.literal('enable-site'), tabId: z.number().int(), origin: z.string() }),
  /** Overlay → background: fetch the official notice a site page links to (host permissions apply). */
  z.object({ type: z.literal('fetch-notice'), url: z.string().url() }),
  /** Overlay → background: the candidate's CAST results, for annotating listing rows. */
  z.object({ type: z.literal('get-cast') }),
  /** Overlay, popup, viewer → background: save a notice to the tracker (or update it). */
  z.object({ type: z.literal('save-notice'), notice: tabNoticeSchema, snapshotText: z.string() }),
  /** Tracker page → background: records changed; reschedule the reminders. */
  z.object({ type: z.literal('tracker-changed') }),
  /** Popup → background: the next deadlines in the tracker. */
  z.object({ type: z.literal('upcoming'), limit: z.number().int().min(1).max(20) }),
  /** Any page → background: open the tracker page. */
  z.object({ type: z.literal('open-tracker') }),
  /** Any page → background: open the options page. */
  z.object({ type: z.literal('open-options') }),
]);
export type Request = z.infer<typeof requestSchema>;

const criterionSchema = z.object({
  id: z.string(),
  kind: z.enum(['eligibility', 'selection']),
  status: z.enum(['met', 'not_met', 'attention', 'unknown']),
  message: z.string(),
  evidenceField: z.string().nullable(),
});
export const eligibilitySchema = z.object({
  overall: z.enum(['eligible', 'not_eligible', 'check', 'closed']),
  criteria: z.array(criterionSchema),
});

export const evaluationSchema = z.object({
  hasProfile: z.boolean(),
  eligibility: eligibilitySchema.nullable(),
  /** Profile records that failed validation (reported, not fatal). */
  profileErrors: z.array(z.string()),
});
export type Evaluation = z.infer<typeof evaluationSchema>;

export const tabStateSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('none') }),
  z.object({ kind: z.literal('notice'), notice: tabNoticeSchema, evaluation: evaluationSchema }),
]);
export type TabState = z.infer<typeof tabStateSchema>;

export type ResponseFor<R extends Request> = R extends { type: 'gate-passed' }
  ? { injected: boolean }
  : R extends { type: 'notice-found' } | { type: 'evaluate' }
    ? Evaluation
    : R extends { type: 'get-tab-state' }
      ? TabState
      : R extends { type: 'enable-site' }
        ? { ok: boolean; error?: string }
        : R extends { type: 'fetch-notice' }
          ? FetchedNotice
          : R extends { type: 'get-cast' }
            ? { castGroups: string[]; castPassed: boolean[] } | null
            : R extends { type: 'save-notice' }
              ? SaveResult
              : R extends { type: 'upcoming' }
                ? Upcoming[]
                : { ok: true };

export type SaveResult =
  | {
      ok: true;
      action: 'added' | 'updated';
      deadlineChanged: null | { from: string | null; to: string | null };
    }
  | { ok: false; error: string };

export interface Upcoming {
  id: string;
  title: string;
  reference: string | null;
  deadline: string;
  status: string;
}

export type FetchedNotice =
  { kind: 'text'; text: string; contentType: string } | { kind: 'pdf' } | { kind: 'error'; message: string };

/** Parses an incoming message; null for anything that is not ours or is malformed. */
export function parseRequest(message: unknown): Request | null {
  const r = requestSchema.safeParse(message);
  return r.success ? r.data : null;
}
