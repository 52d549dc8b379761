/** What the settings panel shows about sync (the background's answer to 'sync-status'). */
import type { Conflict } from './engine';
import type { LocalOnlyReason } from './pack';
import { SYNC_MAX_ITEMS, SYNC_QUOTA_BYTES } from './quota';

/** The one sentence shown before sync is turned on, and beside the switch. */
export const SYNC_DISCLOSURE =
  "Your tracker's notices (without their saved text), statuses, notes, reminders and your profile are copied to your browser account's sync storage (Google/Mozilla), and to the other browsers where you are signed in; nothing goes to Vacancy Lens.";

export interface SyncStatus {
  enabled: boolean;
  /** off: never turned on or turned off; ok: the last round went through; waiting: writes held back (rate); error: see message. */
  state: 'off' | 'ok' | 'waiting' | 'error';
  /** A sentence for the user when something needs their attention (quota, browser refused, …). */
  message: string | null;
  lastSyncAt: string | null;
  usage: { bytes: number; items: number; quotaBytes: number; maxItems: number };
  /** Notices in sync storage. */
  synced: number;
  localOnly: { id: string; title: string; reason: LocalOnlyReason; bytes: number }[];
  conflicts: Conflict[];
  /** Notices received that could not be stored here (invalid), by id, with why. */
  errors: string[];
}

export function offStatus(): SyncStatus {
  return {
    enabled: false,
    state: 'off',
    message: null,
    lastSyncAt: null,
    usage: { bytes: 0, items: 0, quotaBytes: SYNC_QUOTA_BYTES, maxItems: SYNC_MAX_ITEMS },
    synced: 0,
    localOnly: [],
    conflicts: [],
    errors: [],
  };
}

/** The message for a write the browser refused, by what its error says. */
export function describeSyncError(error: unknown): { message: string; kind: 'quota' | 'rate' | 'other' } {
  const text = error instanceof Error ? error.message : String(error);
  if (/QUOTA_BYTES|quota/i.test(text) && !/WRITE_OPERATIONS/i.test(text))
    return {
      kind: 'quota',
      message:
        'Sync storage is full, so this round was not written: everything stays on this browser, and sync tries again later. Closed, withdrawn and rejected notices are left out first.',
    };
  if (/WRITE_OPERATIONS|rate/i.test(text))
    return {
      kind: 'rate',
      message:
        'The browser limits how often sync storage may be written: the changes wait a minute and are sent then.',
    };
  return { kind: 'other', message: `The browser's sync storage refused the write: ${text}` };
}
