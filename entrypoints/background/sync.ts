/**
 * Opt-in sync of the tracker and the profile through the browser's own sync storage (storage.sync:
 * the user's Google or Mozilla account; no server of ours). Off until the user turns it on from the
 * tracker page (a setting in storage.local). When on, a round (lib/sync/engine.ts) runs a few seconds
 * after a local change (the tracker page's 'tracker-changed', a save), when sync storage changes (another
 * browser's round arrived), at browser start and every 15 minutes (profile edits send no message):
 * local edits are captured, remote items merged, IndexedDB updated through lib/db (only where the
 * record is still what the round read), and sync storage written within its quotas and write rates.
 */
import { browser } from 'wxt/browser';
import { getProfile, listTracked, updateTracked, type VacancyDb } from '../../lib/db';
import { deleteTrackedIf, updateProfileIf } from '../../lib/db/sync-store';
import type { Request } from '../../lib/messages';
import { senderKind } from '../../lib/messages';
import type { Profile } from '../../lib/profile/schema';
import {
  applyProjection,
  captureLocal,
  describeSyncError,
  listConflicts,
  markWrittenBack,
  mergeRemote,
  newReplica,
  nextWriteTime,
  offStatus,
  planSync,
  planWriteBack,
  projectProfile,
  projectRecord,
  pruneWriteLog,
  resolveConflict,
  SYNC_MAX_ITEMS,
  SYNC_QUOTA_BYTES,
  type Replica,
  type SyncStatus,
} from '../../lib/sync';
import { isOurKey } from '../../lib/sync/codec';
import { canonicalJson } from '../../lib/sync/crdt';
import { rescheduleReminders } from './reminders';

const SETTINGS_KEY = 'syncSettings';
const REPLICA_KEY = 'syncReplica';
const STATUS_KEY = 'syncStatus';
const WRITE_LOG_KEY = 'syncWriteLog';
const ROUND_ALARM = 'sync:round';
const RETRY_ALARM = 'sync:retry';
const DEBOUNCE_MS = 3_000;
const PERIOD_MINUTES = 15;

/** Messages after which the tracker may have changed: a round follows. */
const LOCAL_CHANGES = new Set(['tracker-changed', 'save-notice', 'save-tab', 'save-tab-notice']);

export type SyncRequest = Extract<Request, { type: 'sync-status' | 'sync-set-enabled' | 'sync-resolve' }>;

let openDb: () => Promise<VacancyDb> = () => Promise.reject(new Error('sync is not registered'));
let timer: ReturnType<typeof setTimeout> | null = null;
let running: Promise<void> = Promise.resolve();

/** Called once from the background's defineBackground. */
export function registerSync(db: () => Promise<VacancyDb>): void {
  openDb = db;
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'sync' && Object.keys(changes).some(isOurKey)) schedule();
  });
  // Only watches (never answers): the background's own listener handles these messages.
  browser.runtime.onMessage.addListener((message, sender) => {
    const type = (message as { type?: unknown } | null)?.type;
    if (typeof type === 'string' && LOCAL_CHANGES.has(type)) {
      const kind = senderKind(sender, browser.runtime.id, browser.runtime.getURL('/'));
      if (kind === 'extension-page') schedule();
    }
    return undefined;
  });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === ROUND_ALARM || alarm.name === RETRY_ALARM) runRound();
  });
  browser.runtime.onStartup.addListener(() => schedule());
  schedule();
}

function schedule(delay = DEBOUNCE_MS): void {
  if (timer !== null) clearTimeout(timer);
  timer = setTimeout(() => {
    timer = null;
    runRound();
  }, delay);
}

/** One round at a time. */
function runRound(): Promise<void> {
  running = running
    .then(round)
    .catch((error: unknown) => console.warn('Vacancy Lens: sync round failed', error));
  return running;
}

async function isEnabled(): Promise<boolean> {
  const stored = (await browser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY] as
    { enabled?: unknown } | undefined;
  return stored?.enabled === true;
}

function randomDevice(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(6));
  return Array.from(bytes, (b) => (b % 36).toString(36)).join('');
}

/** The stored replica; a missing or damaged one starts afresh under a new device id (old dots are never reused). */
async function loadReplica(): Promise<Replica> {
  const raw = (await browser.storage.local.get(REPLICA_KEY))[REPLICA_KEY] as Partial<Replica> | undefined;
  if (
    raw &&
    raw.format === 1 &&
    typeof raw.device === 'string' &&
    typeof raw.clock === 'number' &&
    typeof raw.entries === 'object' &&
    raw.entries !== null
  )
    return raw as Replica;
  return newReplica(randomDevice());
}

async function saveReplica(replica: Replica): Promise<void> {
  await browser.storage.local.set({ [REPLICA_KEY]: replica });
}

async function readStatus(): Promise<SyncStatus> {
  const stored = (await browser.storage.local.get(STATUS_KEY))[STATUS_KEY] as SyncStatus | undefined;
  const enabled = await isEnabled();
  if (!stored) return { ...offStatus(), enabled, state: enabled ? 'ok' : 'off' };
  return { ...stored, enabled, state: enabled ? stored.state : 'off' };
}

const same = (a: unknown, b: unknown) => canonicalJson(a ?? null) === canonicalJson(b ?? null);

async function round(): Promise<void> {
  if (!(await isEnabled())) return;
  const db = await openDb();
  const now = Date.now();
  const [tracked, profile] = await Promise.all([listTracked(db), getProfile(db)]);
  let replica = captureLocal(
    await loadReplica(),
    { records: tracked.value, unreadable: tracked.errors.map((e) => e.key), profile: profile.value },
    now,
  );
  const remote = await browser.storage.sync.get(null);
  replica = mergeRemote(replica, remote, now).replica;

  const errors: string[] = [];
  let trackerChanged = false;
  for (const op of planWriteBack(replica)) {
    try {
      if (op.kind === 'put') {
        const { written } = await updateTracked(db, op.id, (current) => {
          // Changed here since the round read it: left for the next round, which syncs that change.
          if (!same(current ? projectRecord(current) : null, op.expected))
            return { write: null, result: null };
          return { write: applyProjection(current, op.id, op.target, new Date(now)), result: null };
        });
        if (written) {
          replica = markWrittenBack(replica, op.key, projectRecord(written));
          trackerChanged = true;
        }
      } else if (op.kind === 'delete') {
        const removed = await deleteTrackedIf(
          db,
          op.id,
          (current) => current !== null && same(projectRecord(current), op.expected),
        );
        if (removed) {
          replica = markWrittenBack(replica, op.key, null);
          trackerChanged = true;
        }
      } else {
        const written = await updateProfileIf(db, (current) => {
          if (!same(current ? projectProfile(current) : null, op.expected)) return null;
          return { ...(current ?? {}), ...op.target } as Profile;
        });
        if (written) replica = markWrittenBack(replica, op.key, projectProfile(written));
      }
    } catch (error) {
      errors.push(
        `${op.kind === 'profile' ? 'profile' : op.id}: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  }
  await saveReplica(replica);
  if (trackerChanged) await rescheduleReminders(db);

  const plan = planSync(replica, remote, now);
  const ops = (plan.remove.length > 0 ? 1 : 0) + (Object.keys(plan.set).length > 0 ? 1 : 0);
  const log = pruneWriteLog(
    ((await browser.storage.local.get(WRITE_LOG_KEY))[WRITE_LOG_KEY] as number[] | undefined) ?? [],
    now,
  );
  let state: SyncStatus['state'] = 'ok';
  let message: string | null = null;
  const at = nextWriteTime(log, now, ops);
  if (ops > 0 && at > now) {
    state = 'waiting';
    message = 'Changes wait a moment: the browser limits how often sync storage may be written.';
    browser.alarms.create(RETRY_ALARM, { when: Number.isFinite(at) ? at + 1_000 : now + 60_000 });
  } else if (ops > 0) {
    try {
      // Removals first: they make the room the new items need.
      if (plan.remove.length > 0) {
        log.push(now);
        await browser.storage.sync.remove(plan.remove);
      }
      if (Object.keys(plan.set).length > 0) {
        log.push(now);
        await browser.storage.sync.set(plan.set);
      }
    } catch (error) {
      const described = describeSyncError(error);
      state = described.kind === 'rate' ? 'waiting' : 'error';
      message = described.message;
      browser.alarms.create(RETRY_ALARM, { when: now + (described.kind === 'rate' ? 60_000 : 15 * 60_000) });
    }
    await browser.storage.local.set({ [WRITE_LOG_KEY]: log });
  }
  const leftForSpace = plan.pack.localOnly.filter((l) => l.reason === 'no-space').length;
  if (message === null && plan.pack.profileLeftOut)
    message = 'Your profile does not fit in sync storage: it stays on this browser only.';
  if (message === null && leftForSpace > 0)
    message = `Sync storage is full (100 kB): ${leftForSpace} notice${leftForSpace === 1 ? '' : 's'} stay on this browser only (listed below).`;
  const status: SyncStatus = {
    enabled: true,
    state,
    message,
    lastSyncAt: new Date(now).toISOString(),
    usage: {
      bytes: plan.pack.bytes,
      items: plan.pack.count,
      quotaBytes: SYNC_QUOTA_BYTES,
      maxItems: SYNC_MAX_ITEMS,
    },
    synced: Object.keys(plan.pack.items).filter((k) => k.startsWith('r1:')).length,
    localOnly: plan.pack.localOnly.map(({ id, title, reason, bytes }) => ({ id, title, reason, bytes })),
    conflicts: listConflicts(replica),
    errors,
  };
  await browser.storage.local.set({ [STATUS_KEY]: status });
}

/** The tracker page's sync messages (lib/messages.ts; extension pages only). */
export async function handleSyncRequest(req: SyncRequest): Promise<SyncStatus> {
  switch (req.type) {
    case 'sync-status':
      return readStatus();
    case 'sync-set-enabled': {
      await browser.storage.local.set({ [SETTINGS_KEY]: { enabled: req.enabled } });
      if (req.enabled) {
        browser.alarms.create(ROUND_ALARM, { periodInMinutes: PERIOD_MINUTES });
        await runRound();
      } else {
        if (timer !== null) clearTimeout(timer);
        timer = null;
        await Promise.all([browser.alarms.clear(ROUND_ALARM), browser.alarms.clear(RETRY_ALARM)]);
        if (req.removeSynced) {
          // The copy in the browser account goes; every browser keeps its own local tracker.
          const keys = Object.keys(await browser.storage.sync.get(null)).filter(isOurKey);
          if (keys.length > 0) await browser.storage.sync.remove(keys);
        }
        await browser.storage.local.set({ [STATUS_KEY]: offStatus() });
      }
      return readStatus();
    }
    case 'sync-resolve': {
      running = running.then(async () => {
        const replica = await loadReplica();
        await saveReplica(resolveConflict(replica, req.entry, req.field, Date.now()));
      });
      await running;
      await runRound();
      return readStatus();
    }
  }
}
