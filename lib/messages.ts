/**
 * The one typed contract between the extension's contexts (content script,
 * injected overlay, popup, background). Every message is validated with zod
 * on receipt: a page can't forge a shape the background doesn't expect.
 */
import { z } from 'zod';
import { noticeChangeSchema, TRACKED_STATUSES } from './db/records';
import { analysisSchema, noticeFieldsSchema, type Analysis } from './notice/schema';
import type { Disagreement, VacancyDetailFields } from './sites/eu-careers';

/** The most page text the overlay sends to be read (the reader caps its own input too). */
export const MAX_PAGE_TEXT = 4_000_000;
/** The size of one part of a long text sent to the background (analyse-text-part). */
export const TEXT_PART_CHARS = 256 * 1024;

/** What the overlay learnt about a tab; kept by the background for the popup and the badge. */
export const tabNoticeSchema = z.object({
  url: z.string(),
  analysis: analysisSchema,
  /** Where the card's data came from, and where page and notice disagree. */
  source: z.enum(['page', 'eu-careers', 'pdf']),
  readError: z.string().optional(),
  /** Where an EU Careers page and the notice it links to disagree. */
  disagreements: z.array(z.object({ field: z.string(), page: z.string(), notice: z.string() })).optional(),
  /** Where the requirements came from, or why they could not be read. */
  noticeNote: z.string().optional(),
  /** The text as read, kept with the tab so the popup can save a snapshot too (capped). */
  snapshotText: z.string().max(600_000).optional(),
});
export type TabNotice = z.infer<typeof tabNoticeSchema>;

const pageFieldSchema = z.object({
  label: z.string().max(500),
  value: z.string().max(5000),
  href: z.string().max(4096).optional(),
  datetime: z.string().max(100).optional(),
});

const listingCellSchema = z.object({
  text: z.string().max(5000),
  href: z.string().max(4096).optional(),
  datetime: z.string().max(100).optional(),
});

export const requestSchema = z.discriminatedUnion('type', [
  /** Content script → background: the page uses deadline wording; inject the overlay here. */
  z.object({ type: z.literal('gate-passed'), url: z.string() }),
  /** Overlay → background: this tab shows a notice (or stopped showing one). */
  z.object({ type: z.literal('notice-found'), notice: tabNoticeSchema }),
  z.object({ type: z.literal('notice-absent'), url: z.string() }),
  /**
   * Viewer → background: eligibility of a notice against the stored profile, and whether it is in the
   * tracker. With `url` (the notice was opened there), a difference from the saved copy is noted.
   */
  z.object({ type: z.literal('evaluate'), notice: noticeFieldsSchema, url: z.string().max(4096).optional() }),
  /** Popup → background: what is known about a tab. */
  z.object({ type: z.literal('get-tab-state'), tabId: z.number().int() }),
  /** Popup → background: re-check a tab after a host permission was granted. */
  z.object({ type: z.literal('enable-site'), tabId: z.number().int(), origin: z.string() }),
  /**
   * Overlay → background: an EU Careers detail page's label/value pairs, read (and its official notice
   * fetched and compared) here, so the overlay carries no reader. Answers EuCareersDetailAnswer. The
   * fetch follows lib/fetch-policy.ts (https, EU hosts or sites the user enabled, no private addresses);
   * only the reading comes back.
   */
  z.object({
    type: z.literal('eu-careers-detail'),
    pairs: z.array(pageFieldSchema).max(500),
  }),
  /** Overlay → background: a listing table's headers and cells; answers each row's note (listingNotes). */
  z.object({
    type: z.literal('eu-careers-listing'),
    headers: z.array(z.string().max(500)).max(50),
    rows: z.array(z.object({ cells: z.array(listingCellSchema).max(50) })).max(2000),
  }),
  /** Overlay, viewer → background: read a page's (or a PDF's) text off the page's main thread. */
  z.object({
    type: z.literal('analyse-text'),
    text: z.string().max(MAX_PAGE_TEXT),
    format: z.enum(['text', 'html', 'markdown', 'page']),
    force: z.boolean(),
    /** The text follows the parts this sender sent before (analyse-text-part), which come first. */
    continued: z.boolean().optional(),
  }),
  /**
   * Overlay, viewer → background: one part of a long text, sent ahead of its analyse-text (a megabyte sent
   * in one message is one long task on the page's main thread; parts of 256 kB are several short ones).
   */
  z.object({ type: z.literal('analyse-text-part'), text: z.string().max(TEXT_PART_CHARS) }),
  /** Card page (extension origin, framed by the overlay) → background: what to show, for its token. */
  z.object({ type: z.literal('card-state'), token: z.string().min(16).max(64) }),
  /** Card page → background: save the notice its tab shows (the background's copy, not the page's). */
  z.object({ type: z.literal('save-tab-notice'), token: z.string().min(16).max(64) }),
  /** Popup → background: save the notice of a tab (the background's copy). */
  z.object({ type: z.literal('save-tab'), tabId: z.number().int() }),
  /** Popup → background: forget that the card was hidden on this tab's notice, and show it again. */
  z.object({ type: z.literal('show-card-again'), tabId: z.number().int() }),
  /** Popup → background: stop running on a site the user enabled earlier. */
  z.object({ type: z.literal('disable-site'), origin: z.string().url() }),
  /** Overlay, popup, viewer → background: save a notice to the tracker (or update it). */
  z.object({ type: z.literal('save-notice'), notice: tabNoticeSchema, snapshotText: z.string() }),
  /** Tracker page → background: records changed; reschedule the reminders. */
  z.object({ type: z.literal('tracker-changed') }),
  /** Popup → background: the next deadlines in the tracker. */
  z.object({ type: z.literal('upcoming'), limit: z.number().int().min(1).max(20) }),
  /** Any page → background: open the tracker page. */
  z.object({ type: z.literal('open-tracker') }),
  /** Any page → background: open the options page (the welcome page's quick profile when there is no profile yet). */
  z.object({ type: z.literal('open-options') }),
  /** Tracker page → background: forget every analysed notice (lib/db clearNotices); answers ClearedNotices. */
  z.object({ type: z.literal('clear-analysed-notices') }),
  /** Tracker page → background: the state of sync between browsers (answers lib/sync SyncStatus). */
  z.object({ type: z.literal('sync-status') }),
  /** Tracker page → background: turn sync on or off; off may also remove the copy in the browser account. */
  z.object({
    type: z.literal('sync-set-enabled'),
    enabled: z.boolean(),
    removeSynced: z.boolean().optional(),
  }),
  /** Tracker page → background: keep the value shown for a sync conflict (lib/sync resolveConflict). */
  z.object({
    type: z.literal('sync-resolve'),
    entry: z.string().min(1).max(600),
    field: z.string().min(1).max(64),
  }),
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
  /** The same notice in the tracker, and where this version differs from the saved copy. */
  tracked: z
    .object({
      id: z.string(),
      status: z.enum(TRACKED_STATUSES),
      savedAt: z.string(),
      changes: z.array(noticeChangeSchema),
    })
    .nullable()
    .optional(),
});
export type SavedMatch = NonNullable<z.infer<typeof evaluationSchema>['tracked']>;
export type Evaluation = z.infer<typeof evaluationSchema>;

export const tabStateSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('none') }),
  z.object({ kind: z.literal('notice'), notice: tabNoticeSchema, evaluation: evaluationSchema }),
]);
export type TabState = z.infer<typeof tabStateSchema>;

export type SaveResult =
  | {
      ok: true;
      action: 'added' | 'updated';
      deadlineChanged: null | { from: string | null; to: string | null };
      /** The record as saved (no differences left). */
      tracked?: SavedMatch;
    }
  | { ok: false; error: string };

export interface Upcoming {
  id: string;
  title: string;
  reference: string | null;
  deadline: string;
  status: string;
}

/** An EU Careers detail page read in the background (lib/sites/eu-careers), with its official notice. */
export type EuCareersDetailAnswer =
  | { ok: false; reason: string }
  | {
      ok: true;
      fields: VacancyDetailFields;
      evidence: Partial<Record<keyof VacancyDetailFields, { label: string; value: string }>>;
      /** The notice behind "Link to vacancy"; null when the page links none. */
      fetched: FetchedNotice | null;
      disagreements: Disagreement[];
    };

/** The official notice behind a site page, read in the background: only the reading comes back. */
export type FetchedNotice =
  | { kind: 'analysis'; analysis: Analysis; url: string }
  | { kind: 'pdf'; url: string }
  | { kind: 'error'; message: string };

/** What the card page shows: the tab's notice and its verdict. Only ever sent to extension pages. */
export const cardStateSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('none') }),
  z.object({
    kind: z.literal('notice'),
    tabId: z.number().int(),
    notice: tabNoticeSchema,
    evaluation: evaluationSchema,
  }),
]);
export type CardState = z.infer<typeof cardStateSchema>;

/** Card page → overlay (tabs.sendMessage, checked against the sender's URL by the overlay). */
export type CardToOverlay =
  { type: 'card-size'; height: number } | { type: 'card-evidence'; field: string } | { type: 'card-dismiss' };

/** Parses an incoming message; null for anything that is not ours or is malformed. */
export function parseRequest(message: unknown): Request | null {
  const r = requestSchema.safeParse(message);
  return r.success ? r.data : null;
}

/**
 * Who may send what. A content script runs in a page the extension does not trust (its text is
 * hostile, and it runs on every permitted site); extension pages (popup, card, viewer, tracker,
 * options) are ours. Anything that reads the profile or writes the tracker is for extension pages.
 */
export type SenderKind = 'content' | 'extension-page';

const SENDERS: Record<Request['type'], readonly SenderKind[]> = {
  'gate-passed': ['content'],
  'notice-found': ['content'],
  'notice-absent': ['content'],
  'analyse-text': ['content', 'extension-page'],
  'analyse-text-part': ['content', 'extension-page'],
  'eu-careers-detail': ['content'],
  'eu-careers-listing': ['content'],
  evaluate: ['extension-page'],
  'get-tab-state': ['extension-page'],
  'enable-site': ['extension-page'],
  'disable-site': ['extension-page'],
  'card-state': ['extension-page'],
  'save-tab-notice': ['extension-page'],
  'save-tab': ['extension-page'],
  'show-card-again': ['extension-page'],
  'save-notice': ['extension-page'],
  'tracker-changed': ['extension-page'],
  upcoming: ['extension-page'],
  'open-tracker': ['extension-page'],
  'open-options': ['extension-page'],
  'clear-analysed-notices': ['extension-page'],
  'sync-status': ['extension-page'],
  'sync-set-enabled': ['extension-page'],
  'sync-resolve': ['extension-page'],
};

/** The answer to 'clear-analysed-notices'. */
export type ClearedNotices = { ok: true; removed: number } | { ok: false; error: string };

export interface MessageSenderLike {
  id?: string;
  url?: string;
  tab?: { id?: number };
  frameId?: number;
}

function schemeOf(url: string): string {
  const at = url.indexOf(':');
  return at < 0 ? '' : url.slice(0, at).toLowerCase();
}

/** Whether `url` is this extension's page `path` (e.g. '/card.html'), by scheme and path. */
export function isExtensionPage(url: string | undefined, extensionOrigin: string, path: string): boolean {
  if (!url) return false;
  try {
    const u = new URL(url);
    return schemeOf(u.href) === schemeOf(extensionOrigin) && u.pathname === path;
  } catch {
    return false;
  }
}

/** What kind of context sent a message; null for anything that is not this extension. */
export function senderKind(
  sender: MessageSenderLike,
  extensionId: string,
  extensionOrigin: string,
): SenderKind | null {
  if (sender.id !== extensionId) return null;
  // By scheme, not by the whole origin: frames of web-accessible pages may carry a per-session id.
  if (sender.url && schemeOf(sender.url) === schemeOf(extensionOrigin)) return 'extension-page';
  return sender.tab?.id !== undefined ? 'content' : null;
}

/** Whether a message of this type may come from this kind of sender. */
export function senderAllowed(type: Request['type'], kind: SenderKind | null): boolean {
  return kind !== null && (SENDERS[type] as readonly string[]).includes(kind);
}
