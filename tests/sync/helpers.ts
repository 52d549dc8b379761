/** Two or three browsers in memory: their IndexedDB (records, profile), their replica and sync storage. */
import { readFileSync } from 'node:fs';
import type { TrackedNotice } from '../../lib/db';
import { parseProfile, type Profile } from '../../lib/profile';
import {
  applyProjection,
  captureLocal,
  markWrittenBack,
  mergeRemote,
  newReplica,
  planSync,
  planWriteBack,
  projectProfile,
  projectRecord,
  type Replica,
  type SyncPlan,
} from '../../lib/sync';
import type { SyncBudget } from '../../lib/sync/pack';
import { canonicalJson } from '../../lib/sync/crdt';
import { makeRecord } from '../tracker/helpers';

export { makeRecord };

export function exampleProfile(): Profile {
  const parsed = parseProfile(JSON.parse(readFileSync('seeds/profile.example.json', 'utf8')));
  if (!parsed.ok) throw new Error('seeds/profile.example.json is not a valid profile');
  return parsed.profile;
}

/** A 280-character note, as candidates write them (who to call, what to prepare). */
export const TYPICAL_NOTE =
  'Call Ana Ferreira (HR, ext. 4471) before Friday about the written test; ask whether the CAST result from 2025 still counts. Prepare two pages on the digital single market and update the Europass CV (languages: add the C1 certificate). Motivation letter v2 in the shared folder.';

/**
 * A typical tracked notice: EU Careers address, a real-length title, a deadline with its zone, applied,
 * a 280-character note, default reminders — after three edits (saved, status, notes).
 */
export function typicalRecord(i: number, deadline = '2026-06-04T12:00:00+02:00'): TrackedNotice {
  return makeRecord(`ref-epso-ad-${400 + i}-26`, {
    reference: `EPSO/AD/${400 + i}/26`,
    url: `https://eu-careers.europa.eu/en/job-opportunities/policy-officer-digital-single-market-online-platforms-${400 + i}`,
    notice: {
      reference: `EPSO/AD/${400 + i}/26`,
      title: 'Policy Officer – Digital Single Market and Online Platforms (AD 7)',
      deadline,
    },
    status: 'applied',
    appliedAt: '2026-05-02T09:12:44.000Z',
    notes: TYPICAL_NOTE,
    history: [
      { status: 'saved', at: '2026-04-20T08:00:00.000Z' },
      { status: 'applied', at: '2026-05-02T09:12:44.000Z', note: 'Reference number 4471-B' },
    ],
    verdictAtSave: 'eligible',
  });
}

export interface Browser {
  name: string;
  records: Map<string, TrackedNotice>;
  profile: Profile | null;
  replica: Replica;
  /** Its copy of sync storage (the browser's sync service exchanges it with the others). */
  storage: Map<string, unknown>;
}

export function makeBrowser(name: string, device: string): Browser {
  return { name, records: new Map(), profile: null, replica: newReplica(device), storage: new Map() };
}

const same = (a: unknown, b: unknown) => canonicalJson(a ?? null) === canonicalJson(b ?? null);

/** One round, as entrypoints/background/sync.ts runs it, against memory. */
export function runRound(b: Browser, now: number, budget?: SyncBudget): SyncPlan {
  b.replica = captureLocal(
    b.replica,
    { records: [...b.records.values()], unreadable: [], profile: b.profile },
    now,
  );
  const remote = Object.fromEntries(b.storage);
  b.replica = mergeRemote(b.replica, remote, now).replica;
  for (const op of planWriteBack(b.replica)) {
    if (op.kind === 'put') {
      const current = b.records.get(op.id) ?? null;
      if (!same(current ? projectRecord(current) : null, op.expected)) continue;
      const written = applyProjection(current, op.id, op.target, new Date(now));
      b.records.set(op.id, written);
      b.replica = markWrittenBack(b.replica, op.key, projectRecord(written));
    } else if (op.kind === 'delete') {
      b.records.delete(op.id);
      b.replica = markWrittenBack(b.replica, op.key, null);
    } else {
      b.profile = { ...(b.profile ?? {}), ...op.target } as Profile;
      b.replica = markWrittenBack(b.replica, op.key, projectProfile(b.profile));
    }
  }
  const plan = planSync(b.replica, remote, now, budget);
  for (const key of plan.remove) b.storage.delete(key);
  for (const [key, value] of Object.entries(plan.set)) b.storage.set(key, JSON.parse(JSON.stringify(value)));
  return plan;
}

/** The sync service: one shared copy, every browser sees it at once. */
export function shareStorage(...browsers: Browser[]): void {
  const shared = new Map<string, unknown>();
  for (const b of browsers) b.storage = shared;
}

/** What the user sees of a browser's tracker: the synced fields of each record, by id. */
export function view(b: Browser): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [id, r] of [...b.records].sort(([a], [c]) => (a < c ? -1 : 1))) out[id] = projectRecord(r);
  return out;
}
