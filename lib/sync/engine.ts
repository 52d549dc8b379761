/**
 * One sync round, pure (the background runs it, entrypoints/background/sync.ts):
 *
 * 1. captureLocal: what changed in IndexedDB since the last round becomes writes (a field the user
 *    changed, a notice added or removed), made "as seen" by the local copy, so they replace only what
 *    the user had in front of them;
 * 2. mergeRemote: every item in sync storage is joined in (crdt.ts);
 * 3. planWriteBack: where the merged state differs from IndexedDB, the change to write there (done by
 *    the caller through lib/db, then markWrittenBack);
 * 4. planSync: what sync storage should hold within its quotas (pack.ts), as one remove and one set.
 *
 * The replica (this browser's CRDT state and what IndexedDB held at the last round) is kept in
 * storage.local by the caller.
 */
import type { TrackedNotice } from '../db/records';
import type { Profile } from '../profile/schema';
import { observe, tick } from './clock';
import {
  EMPTY_ENTRY,
  DELETED_FIELD,
  canonicalJson,
  deleteEntry,
  join,
  latest,
  maxTime,
  mergeVectors,
  visibility,
  writeFields,
  type EntryState,
  type Json,
  type VersionVector,
} from './crdt';
import {
  decodeEntry,
  encodeEntry,
  isOurKey,
  PROFILE_KEY,
  recordIdOf,
  recordKey,
  type EncodedEntry,
} from './codec';
import {
  conflictingFields,
  FIELD_LABELS,
  initialFields,
  profileConflicts,
  projectProfile,
  projectRecord,
  RECORD_FIELD_NAMES,
  resolveField,
  resolveProfile,
  resolveRecord,
  sameValue,
  type RecordField,
  type RecordProjection,
} from './fields';
import { itemBytes } from './quota';
import { pack, type PackCandidate, type PackResult, type SyncBudget } from './pack';
import type { TrackedStatus } from '../db/records';

export interface ReplicaEntry {
  state: EntryState;
  /** The context IndexedDB's copy reflects: a local edit replaces only the values it had seen. */
  seen: VersionVector;
  /** The synced fields as IndexedDB held them after the last round; null: not there. */
  local: Record<string, Json> | null;
}

export interface Replica {
  format: 1;
  /** This browser's id in the writes' dots (a few random characters). */
  device: string;
  /** Hybrid logical clock (clock.ts). */
  clock: number;
  entries: Record<string, ReplicaEntry>;
}

export function newReplica(device: string): Replica {
  return { format: 1, device, clock: 0, entries: {} };
}

export interface LocalData {
  records: readonly TrackedNotice[];
  /** Records that could not be read (damaged): never taken for deletions. */
  unreadable: readonly string[];
  profile: Profile | null;
}

/** Writes for what changed in IndexedDB since the last round. */
export function captureLocal(replica: Replica, local: LocalData, now: number): Replica {
  const entries = { ...replica.entries };
  let clock = replica.clock;
  let t: number | null = null;
  const time = () => (t ??= clock = tick(clock, now));
  const write = (
    key: string,
    entry: ReplicaEntry,
    values: Record<string, Json>,
    localNow: Record<string, Json> | null,
  ) => {
    if (Object.keys(values).length === 0) {
      entries[key] = { ...entry, local: localNow };
      return;
    }
    const state = writeFields(entry.state, replica.device, time(), values, entry.seen);
    entries[key] = { state, seen: ownDotAdded(entry.seen, state, replica.device), local: localNow };
  };

  const present = new Set<string>();
  for (const record of local.records) {
    const key = recordKey(record.id);
    present.add(key);
    const projection = projectRecord(record);
    const entry = entries[key] ?? { state: EMPTY_ENTRY, seen: {}, local: null };
    const shown = visibility(entry.state);
    const values: Record<string, Json> = {};
    if (entry.local === null) {
      // Here but not at the last round: saved on this browser (new, or again after a removal).
      const initial = initialFields(projection);
      const resolved = shown === 'deleted' ? null : resolveRecord(entry.state);
      for (const [name, value] of Object.entries(initial))
        if (resolved === null || !sameValue(resolved[name as RecordField], value)) values[name] = value;
      if (shown === 'deleted') values[DELETED_FIELD] = 0;
    } else {
      for (const name of RECORD_FIELD_NAMES)
        if (!sameValue(projection[name], entry.local[name])) values[name] = projection[name];
    }
    // A field holding no value at all (its values went with a removal made elsewhere while this
    // browser edited the notice) is written again from the local record.
    if (shown !== 'deleted')
      for (const [name, value] of Object.entries(emptiedFields(entry.state, initialFields(projection))))
        if (!(name in values)) values[name] = value;
    write(key, entry, values, projection);
  }
  for (const [key, entry] of Object.entries(entries)) {
    const id = recordIdOf(key);
    if (id === null || entry.local === null || present.has(key) || local.unreadable.includes(id)) continue;
    // Removed here since the last round.
    const state = deleteEntry(entry.state, replica.device, time(), entry.seen);
    entries[key] = { state, seen: ownDotAdded(entry.seen, state, replica.device), local: null };
  }
  if (local.profile !== null) {
    const projection = projectProfile(local.profile);
    const entry = entries[PROFILE_KEY] ?? { state: EMPTY_ENTRY, seen: {}, local: null };
    const values: Record<string, Json> = {};
    const base = entry.local ?? resolveProfile(entry.state);
    for (const [name, value] of Object.entries(projection))
      if (!sameValue(value, base[name]) || (entry.local !== null && !(name in entry.state.fields)))
        values[name] = value;
    write(PROFILE_KEY, entry, values, projection);
  }
  return { ...replica, clock, entries };
}

function ownDotAdded(seen: VersionVector, state: EntryState, device: string): VersionVector {
  return mergeVectors(seen, { [device]: state.ctx[device] ?? 0 });
}

/**
 * Joins every item of ours in sync storage; the keys of items that could not be read are returned.
 * A field the join left with no value at all (its values went with a removal made elsewhere while
 * this browser still shows the notice) is written again at once from what IndexedDB holds, so this
 * round already tells the others; waiting for the next local change would leave two browsers
 * showing different values with nothing left to write.
 */
export function mergeRemote(
  replica: Replica,
  items: Readonly<Record<string, unknown>>,
  now: number,
): { replica: Replica; unreadable: string[] } {
  const entries = { ...replica.entries };
  let clock = replica.clock;
  const unreadable: string[] = [];
  for (const [key, value] of Object.entries(items)) {
    if (!isOurKey(key)) continue;
    const remote = decodeEntry(value);
    if (remote === null) {
      unreadable.push(key);
      continue;
    }
    const entry = entries[key] ?? { state: EMPTY_ENTRY, seen: {}, local: null };
    entries[key] = { ...entry, state: join(entry.state, remote) };
    clock = observe(clock, maxTime(remote));
  }
  for (const [key, entry] of Object.entries(entries)) {
    if (entry.local === null) continue;
    const id = recordIdOf(key);
    let lost: Record<string, Json>;
    if (id !== null) {
      if (visibility(entry.state) === 'deleted') continue;
      lost = emptiedFields(entry.state, initialFields(entry.local as RecordProjection));
    } else if (key === PROFILE_KEY) lost = emptiedFields(entry.state, entry.local);
    else continue;
    if (Object.keys(lost).length === 0) continue;
    clock = tick(clock, now);
    const state = writeFields(entry.state, replica.device, clock, lost, entry.state.ctx);
    entries[key] = { ...entry, state, seen: ownDotAdded(entry.seen, state, replica.device) };
  }
  return { replica: { ...replica, clock, entries }, unreadable };
}

/** The fields of `values` that hold no value in `state` (all their values went with a removal). */
function emptiedFields(state: EntryState, values: Readonly<Record<string, Json>>): Record<string, Json> {
  const out: Record<string, Json> = {};
  for (const [name, value] of Object.entries(values)) if (!(name in state.fields)) out[name] = value;
  return out;
}

export type WriteBack =
  | { kind: 'put'; key: string; id: string; expected: Record<string, Json> | null; target: RecordProjection }
  | { kind: 'delete'; key: string; id: string; expected: Record<string, Json> }
  | { kind: 'profile'; key: string; expected: Record<string, Json> | null; target: Record<string, Json> };

/** Where IndexedDB should change to show the merged state. */
export function planWriteBack(replica: Replica): WriteBack[] {
  const out: WriteBack[] = [];
  for (const [key, entry] of Object.entries(replica.entries)) {
    const id = recordIdOf(key);
    if (id !== null) {
      const target = visibility(entry.state) === 'deleted' ? null : resolveRecord(entry.state);
      // A field holding no value (its values went with a removal made elsewhere) keeps the local one;
      // the next captureLocal writes it again for the others.
      if (target !== null && entry.local !== null)
        for (const name of RECORD_FIELD_NAMES)
          if (!(name in entry.state.fields) && name in entry.local) target[name] = entry.local[name];
      if (target === null) {
        if (entry.local !== null) out.push({ kind: 'delete', key, id, expected: entry.local });
      } else if (entry.local === null || !sameValue(target, entry.local))
        out.push({ kind: 'put', key, id, expected: entry.local, target });
    } else if (key === PROFILE_KEY) {
      const target = resolveProfile(entry.state);
      if (Object.keys(target).length > 0 && (entry.local === null || !sameValue(target, entry.local)))
        out.push({ kind: 'profile', key, expected: entry.local, target });
    }
  }
  return out;
}

/** After the caller wrote `written` (the synced fields now in IndexedDB; null: removed) for `key`. */
export function markWrittenBack(
  replica: Replica,
  key: string,
  written: Record<string, Json> | null,
): Replica {
  const entry = replica.entries[key];
  if (!entry) return replica;
  return {
    ...replica,
    entries: { ...replica.entries, [key]: { ...entry, local: written, seen: entry.state.ctx } },
  };
}

export interface Conflict {
  key: string;
  /** The record's id, or null for the profile. */
  id: string | null;
  title: string;
  field: string;
  label: string;
  /** What is shown now (the latest), and the other values, as text. */
  shown: string;
  others: string[];
}

/** Fields changed on two browsers that had not seen each other's change, and notices removed on one and edited on another. */
export function listConflicts(replica: Replica): Conflict[] {
  const out: Conflict[] = [];
  for (const [key, entry] of Object.entries(replica.entries)) {
    const id = recordIdOf(key);
    if (id !== null) {
      const shown = visibility(entry.state);
      if (shown === 'deleted') continue;
      const title = recordTitle(entry.state, id);
      if (shown === 'revived')
        out.push({
          key,
          id,
          title,
          field: DELETED_FIELD,
          label: 'removal',
          shown: 'kept: it was changed on one browser while it was removed on another',
          others: ['removed'],
        });
      for (const { field, values } of conflictingFields(entry.state))
        out.push({
          key,
          id,
          title,
          field,
          label: FIELD_LABELS[field] ?? field,
          shown:
            field === 'n' ? 'both texts, one after the other' : describe(resolveField(entry.state, field)),
          others: values.filter((s) => !sameValue(s.v, values[0].v)).map((s) => describe(s.v)),
        });
    } else if (key === PROFILE_KEY) {
      for (const { field, values } of profileConflicts(entry.state))
        out.push({
          key,
          id: null,
          title: 'Your profile',
          field,
          label: field,
          shown: describe(values[0].v),
          others: values.slice(1).map((s) => describe(s.v)),
        });
    }
  }
  return out;
}

function describe(value: Json): string {
  if (value === null) return '(none)';
  if (typeof value === 'string') return value.length > 120 ? `${value.slice(0, 119)}…` : value;
  const json = JSON.stringify(value);
  return json.length > 120 ? `${json.slice(0, 119)}…` : json;
}

function recordTitle(state: EntryState, id: string): string {
  const title = resolveField(state, 't');
  const reference = resolveField(state, 'r');
  return (typeof title === 'string' && title) || (typeof reference === 'string' && reference) || id;
}

/**
 * The user keeps what is shown: it is written again as one value, replacing every value the conflict
 * held (for a notice removed elsewhere and changed here: it is kept).
 */
export function resolveConflict(replica: Replica, key: string, field: string, now: number): Replica {
  const entry = replica.entries[key];
  if (!entry) return replica;
  let value: Json;
  if (field === DELETED_FIELD) value = 0;
  else if (recordIdOf(key) !== null) {
    if (!(RECORD_FIELD_NAMES as string[]).includes(field)) return replica;
    value = resolveField(entry.state, field as RecordField);
  } else {
    const shown = latest(entry.state, field);
    if (shown === null) return replica;
    value = shown.v;
  }
  const clock = tick(replica.clock, now);
  const state = writeFields(entry.state, replica.device, clock, { [field]: value }, entry.state.ctx);
  return { ...replica, clock, entries: { ...replica.entries, [key]: { ...entry, state } } };
}

export interface SyncPlan {
  pack: PackResult;
  /** Items to write (changed or new), in one set call. */
  set: Record<string, EncodedEntry>;
  /** Our items no longer wanted (left local for space), in one remove call. */
  remove: string[];
}

/**
 * What sync storage should hold, and the writes to get there from `remote` (its current items).
 * Items not ours, or ours but unreadable, are left in place and counted.
 */
export function planSync(
  replica: Replica,
  remote: Readonly<Record<string, unknown>>,
  now: number,
  budget?: SyncBudget,
): SyncPlan {
  const candidates: PackCandidate[] = [];
  for (const [key, entry] of Object.entries(replica.entries)) {
    if (Object.keys(entry.state.fields).length === 0) continue;
    const value = encodeEntry(entry.state);
    const id = recordIdOf(key);
    if (key === PROFILE_KEY) candidates.push({ key, value, kind: 'profile' });
    else if (id !== null) {
      if (visibility(entry.state) === 'deleted')
        candidates.push({ key, value, kind: 'tombstone', deletedAt: latest(entry.state, DELETED_FIELD)!.t });
      else {
        const resolved = resolveRecord(entry.state);
        const deadlineMs = typeof resolved.d === 'string' ? Date.parse(resolved.d) : NaN;
        candidates.push({
          key,
          value,
          kind: 'record',
          record: {
            id,
            title: recordTitle(entry.state, id),
            deadlineMs: Number.isFinite(deadlineMs) ? deadlineMs : null,
            status: resolved.s as TrackedStatus,
          },
        });
      }
    }
  }
  const ours = new Set(candidates.map((c) => c.key));
  const foreign = { bytes: 0, items: 0 };
  for (const [key, value] of Object.entries(remote))
    if (!isOurKey(key) || (!ours.has(key) && decodeEntry(value) === null)) {
      foreign.bytes += itemBytes(key, value);
      foreign.items += 1;
    }
  const result = pack(candidates, now, foreign, budget);
  const set: Record<string, EncodedEntry> = {};
  for (const [key, value] of Object.entries(result.items))
    if (!(key in remote) || canonicalJson(remote[key]) !== canonicalJson(value)) set[key] = value;
  const remove = Object.keys(remote).filter(
    (key) => isOurKey(key) && !(key in result.items) && decodeEntry(remote[key]) !== null,
  );
  return { pack: result, set, remove };
}
