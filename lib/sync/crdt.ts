/**
 * The merge: a state-based CRDT, one "entry" per tracked notice (and one for the profile), each
 * field a multi-value register under the entry's causal context.
 *
 * - Every write gets a dot (device, n: the device's n-th write to this entry) and a time from a
 *   hybrid logical clock (clock.ts): never behind the wall clock, and always after every time the
 *   device has seen, so an edit made after seeing another one is later than it, whatever the clocks.
 * - The entry's context is a version vector: every dot it has seen. A write replaces the values its
 *   writer had seen (their dots are in the context it wrote with); values written elsewhere meanwhile
 *   stay beside it as siblings — a conflict, never silently dropped.
 * - The shown value of a field is its latest sibling by (time, device, n); the UI lists fields with
 *   several distinct sibling values, and the user's next edit of the field (or "keep") settles it.
 * - join(a, b) keeps a sibling unless the other side has seen its dot and no longer holds it (it was
 *   overwritten there). It is commutative, associative and idempotent (tests/sync, fast-check), so
 *   devices that have received the same writes, in any order and any number of times, hold equal states.
 *
 * Pure: no clock read, no storage.
 */

/** A JSON value as the sync encoding carries it. */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** For each device, the highest write number seen (all lower ones are seen too). */
export type VersionVector = Readonly<Record<string, number>>;

/** A write's place in time (t: hybrid clock, ms) and its dot (d: device, c: its write number). */
export interface Stamp {
  t: number;
  d: string;
  c: number;
}

export interface Sibling extends Stamp {
  v: Json;
}

export interface EntryState {
  ctx: VersionVector;
  /** Field name → its values, latest first; a field never written is absent. */
  fields: Readonly<Record<string, readonly Sibling[]>>;
}

export const EMPTY_ENTRY: EntryState = { ctx: {}, fields: {} };

/** The field that marks an entry deleted: its value is the context the deletion was made in, 0 restores. */
export const DELETED_FIELD = 'x';

/** Later first: time, then device, then write number. A total order on writes (dots are unique). */
export function compareStamps(a: Stamp, b: Stamp): number {
  if (a.t !== b.t) return b.t - a.t;
  if (a.d !== b.d) return a.d < b.d ? 1 : -1;
  return b.c - a.c;
}

export function covers(ctx: VersionVector, dot: Stamp): boolean {
  return (ctx[dot.d] ?? 0) >= dot.c;
}

export function sameDot(a: Stamp, b: Stamp): boolean {
  return a.d === b.d && a.c === b.c;
}

export function mergeVectors(a: VersionVector, b: VersionVector): VersionVector {
  const out: Record<string, number> = { ...a };
  for (const [device, n] of Object.entries(b)) out[device] = Math.max(out[device] ?? 0, n);
  return sortKeys(out);
}

/** Whether `a` has seen every write `b` has seen. */
export function vectorCovers(a: VersionVector, b: VersionVector): boolean {
  return Object.entries(b).every(([device, n]) => (a[device] ?? 0) >= n);
}

/**
 * Writes `values` (field → value) as one write of `device` at hybrid time `t`. The write replaces
 * the siblings whose dots `seen` covers (what the writer's user had in front of them; by default
 * everything this state holds); the others stay beside it.
 */
export function writeFields(
  entry: EntryState,
  device: string,
  t: number,
  values: Readonly<Record<string, Json>>,
  seen: VersionVector = entry.ctx,
): EntryState {
  const names = Object.keys(values);
  if (names.length === 0) return entry;
  const c = (entry.ctx[device] ?? 0) + 1;
  const fields: Record<string, readonly Sibling[]> = { ...entry.fields };
  for (const name of names) {
    const kept = (entry.fields[name] ?? []).filter((s) => !covers(seen, s));
    fields[name] = [{ v: values[name], t, d: device, c }, ...kept].sort(compareStamps);
  }
  return { ctx: mergeVectors(entry.ctx, { [device]: c }), fields: sortKeys(fields) };
}

/** The join of two states of the same entry. */
export function join(a: EntryState, b: EntryState): EntryState {
  const fields: Record<string, readonly Sibling[]> = {};
  const names = new Set([...Object.keys(a.fields), ...Object.keys(b.fields)]);
  for (const name of names) {
    const fromA = a.fields[name] ?? [];
    const fromB = b.fields[name] ?? [];
    const kept = fromA.filter((s) => fromB.some((o) => sameDot(o, s)) || !covers(b.ctx, s));
    for (const s of fromB) if (!covers(a.ctx, s) && !kept.some((o) => sameDot(o, s))) kept.push(s);
    if (kept.length > 0) fields[name] = kept.sort(compareStamps);
  }
  return { ctx: mergeVectors(a.ctx, b.ctx), fields: sortKeys(fields) };
}

/** The shown value's sibling: the latest write. */
export function latest(entry: EntryState, field: string): Sibling | null {
  return entry.fields[field]?.[0] ?? null;
}

/** The latest time written into this entry (the hybrid clock moves past it on merge). */
export function maxTime(entry: EntryState): number {
  let max = 0;
  for (const siblings of Object.values(entry.fields)) for (const s of siblings) max = Math.max(max, s.t);
  return max;
}

export type Visibility = 'visible' | 'deleted' | 'revived';

/**
 * Whether the entry is deleted: its latest DELETED_FIELD value is a deletion context, and every
 * value it holds was seen by that deletion. A value the deleting user had not seen (edited on another
 * browser meanwhile) keeps the entry: "revived", shown with a conflict.
 */
export function visibility(entry: EntryState): Visibility {
  const mark = latest(entry, DELETED_FIELD);
  if (mark === null || !isVector(mark.v)) return 'visible';
  const seen = mark.v as VersionVector;
  for (const [name, siblings] of Object.entries(entry.fields))
    for (const s of siblings) {
      // Two deletions made without seeing each other are one deletion.
      if (name === DELETED_FIELD && isVector(s.v)) continue;
      if (!covers(seen, s)) return 'revived';
    }
  return 'deleted';
}

/**
 * Marks the entry deleted, as seen by the user at `seen`: every value the deletion saw goes (a
 * deletion is a few bytes in sync storage); values written elsewhere meanwhile stay, and keep the
 * entry ("revived").
 */
export function deleteEntry(
  entry: EntryState,
  device: string,
  t: number,
  seen: VersionVector = entry.ctx,
): EntryState {
  const marked = writeFields(entry, device, t, { [DELETED_FIELD]: sortKeys({ ...seen }) }, seen);
  const fields: Record<string, readonly Sibling[]> = {};
  for (const [name, siblings] of Object.entries(marked.fields)) {
    const kept = name === DELETED_FIELD ? siblings : siblings.filter((s) => !covers(seen, s));
    if (kept.length > 0) fields[name] = kept;
  }
  return { ctx: marked.ctx, fields };
}

function isVector(value: Json): boolean {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Distinct values among a field's siblings (two devices writing the same value is no conflict). */
export function distinctValues(siblings: readonly Sibling[]): Sibling[] {
  const out: Sibling[] = [];
  for (const s of siblings) if (!out.some((o) => canonicalJson(o.v) === canonicalJson(s.v))) out.push(s);
  return out;
}

/** JSON with object keys sorted: equal states give equal text (the encoding relies on it). */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(canonical(value));
}

function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (typeof value === 'object' && value !== null) {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort())
      out[key] = canonical((value as Record<string, unknown>)[key]);
    return out;
  }
  return value;
}

function sortKeys<T>(record: Record<string, T>): Record<string, T> {
  const out: Record<string, T> = {};
  for (const key of Object.keys(record).sort()) out[key] = record[key];
  return out;
}
