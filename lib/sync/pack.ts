/**
 * Choosing what goes to sync storage within its quotas (quota.ts): the profile first, then recent
 * deletions (so a removed notice does not come back), then the notices in the order they matter —
 * open ones, then those in progress (applied, interview, offer), then closed, withdrawn and rejected
 * ones; within a group, the latest deadline first. When space runs out, the rest stays on this
 * browser only, and the user is told which notices and why. A notice too big for one item (very long
 * notes) stays local whatever the space.
 *
 * The order is a function of the notices' synced state (and the day), so browsers that hold the same
 * notices choose the same ones and never take turns removing each other's items.
 */
import type { TrackedStatus } from '../db/records';
import type { EncodedEntry } from './codec';
import { itemBytes, SYNC_BUDGET } from './quota';

export interface SyncBudget {
  totalBytes: number;
  itemBytes: number;
  items: number;
}

export type PackKind = 'profile' | 'tombstone' | 'record';

export interface PackCandidate {
  key: string;
  value: EncodedEntry;
  kind: PackKind;
  /** For records: what the order and the user's list need. */
  record?: { id: string; title: string; deadlineMs: number | null; status: TrackedStatus };
  /** For deletions: when (ms); those older than TOMBSTONE_KEEP_DAYS are no longer synced. */
  deletedAt?: number;
}

export type LocalOnlyReason = 'too-large' | 'no-space';

export interface LocalOnly {
  key: string;
  id: string;
  title: string;
  reason: LocalOnlyReason;
  bytes: number;
}

export interface PackResult {
  items: Record<string, EncodedEntry>;
  /** Records kept on this browser only (deletions and the profile are not listed here). */
  localOnly: LocalOnly[];
  /** Something that had to be synced (the profile) did not fit. */
  profileLeftOut: boolean;
  bytes: number;
  count: number;
}

/** A deletion is synced this long, so browsers that were away meanwhile learn of it. */
export const TOMBSTONE_KEEP_DAYS = 90;
const DAY_MS = 86_400_000;

/** Closed: the deadline passed and the candidate did not apply (or there is no deadline). */
const FINISHED: readonly TrackedStatus[] = ['rejected', 'withdrawn'];
const IN_PROGRESS: readonly TrackedStatus[] = ['applied', 'interview', 'offer'];

/** 0 open, 1 in progress, 2 closed / withdrawn / rejected: the higher stays local first. */
export function recordGroup(status: TrackedStatus, deadlineMs: number | null, now: number): number {
  if (FINISHED.includes(status)) return 2;
  if (IN_PROGRESS.includes(status)) return 1;
  return deadlineMs !== null && deadlineMs < now ? 2 : 0;
}

/** Lower sorts first = kept in sync first. */
function order(c: PackCandidate, now: number): (number | string)[] {
  if (c.kind === 'profile') return [0, 0, c.key];
  if (c.kind === 'tombstone') return [1, -(c.deletedAt ?? 0), c.key];
  const r = c.record!;
  // Latest deadline first within a group (oldest stays local first); no deadline counts as latest.
  return [2 + recordGroup(r.status, r.deadlineMs, now), -(r.deadlineMs ?? Number.MAX_SAFE_INTEGER), c.key];
}

function compareOrder(a: (number | string)[], b: (number | string)[]): number {
  for (let i = 0; i < a.length; i++) {
    if (a[i] === b[i]) continue;
    return a[i] < b[i] ? -1 : 1;
  }
  return 0;
}

/**
 * The items to hold in sync storage. `foreign` are items of others (another version of Vacancy
 * Lens, say) left in place and counted. Strict by order: once one notice does not fit for space, the
 * notices after it stay local too, so the user's rule holds ("closed ones, oldest first").
 */
export function pack(
  candidates: readonly PackCandidate[],
  now: number,
  foreign: { bytes: number; items: number } = { bytes: 0, items: 0 },
  budget: SyncBudget = SYNC_BUDGET,
): PackResult {
  const ordered = candidates
    .filter((c) => c.kind !== 'tombstone' || (c.deletedAt ?? 0) > now - TOMBSTONE_KEEP_DAYS * DAY_MS)
    .map((c) => ({ c, order: order(c, now) }))
    .sort((a, b) => compareOrder(a.order, b.order))
    .map(({ c }) => c);
  const result: PackResult = {
    items: {},
    localOnly: [],
    profileLeftOut: false,
    bytes: foreign.bytes,
    count: foreign.items,
  };
  let full = false;
  for (const c of ordered) {
    const bytes = itemBytes(c.key, c.value);
    const leaveOut = (reason: LocalOnlyReason) => {
      if (c.kind === 'profile') result.profileLeftOut = true;
      if (c.kind === 'record')
        result.localOnly.push({ key: c.key, id: c.record!.id, title: c.record!.title, reason, bytes });
    };
    if (bytes > budget.itemBytes) {
      leaveOut('too-large');
      continue;
    }
    if (full || result.bytes + bytes > budget.totalBytes || result.count + 1 > budget.items) {
      full = true;
      leaveOut('no-space');
      continue;
    }
    result.items[c.key] = c.value;
    result.bytes += bytes;
    result.count += 1;
  }
  return result;
}

export const LOCAL_ONLY_REASONS: Record<LocalOnlyReason, string> = {
  'too-large':
    'too large for one sync item (8 kB), because of its notes: it stays on this browser until they are shorter',
  'no-space':
    'sync storage is full (100 kB): closed, withdrawn and rejected notices stay on this browser first, oldest deadline first',
};
