/**
 * An entry as one sync storage item, compact and canonical (equal states give equal JSON, so two
 * browsers that agree write nothing):
 *
 *   { "c": { "k3f9": 3, "x8a1": 1 },                        the context: writes seen per device
 *     "e": [["mojbl9c0", "k3f9", 3], ["mojbk1aa", "x8a1", 1]], the writes still holding a value:
 *                                                            time (ms, base 36), device, number
 *     "f": { "s": ["applied", 0], "n": ["Call Ana", 0, "Sent", 1] } }  field → value, write, value, write…
 *
 * Numbers stay small integers (write numbers and indexes): big ones would be written differently
 * by browsers' JSON writers.
 */
import { z } from 'zod';
import { compareStamps, type EntryState, type Json, type Sibling, type Stamp } from './crdt';

/** Item keys: records and the profile; the 1 is the encoding's version (another is ignored). */
export const RECORD_KEY_PREFIX = 'r1:';
export const PROFILE_KEY = 'p1';

export function recordKey(id: string): string {
  return RECORD_KEY_PREFIX + id;
}

export function recordIdOf(key: string): string | null {
  return key.startsWith(RECORD_KEY_PREFIX) ? key.slice(RECORD_KEY_PREFIX.length) : null;
}

export function isOurKey(key: string): boolean {
  return key === PROFILE_KEY || key.startsWith(RECORD_KEY_PREFIX);
}

export interface EncodedEntry {
  c: Record<string, number>;
  e: [string, string, number][];
  f: Record<string, Json[]>;
}

export function encodeEntry(entry: EntryState): EncodedEntry {
  const writes: Stamp[] = [];
  const indexOf = (s: Stamp) => {
    let i = writes.findIndex((w) => w.d === s.d && w.c === s.c);
    if (i < 0) i = writes.push({ t: s.t, d: s.d, c: s.c }) - 1;
    return i;
  };
  // Index the writes in stamp order first, so the encoding does not depend on field order.
  const all = Object.values(entry.fields).flat().sort(compareStamps);
  for (const s of all) indexOf(s);
  const f: Record<string, Json[]> = {};
  for (const name of Object.keys(entry.fields).sort()) {
    const siblings = entry.fields[name];
    if (siblings.length === 0) continue;
    f[name] = siblings.flatMap((s) => [s.v, indexOf(s)]);
  }
  const c: Record<string, number> = {};
  for (const device of Object.keys(entry.ctx).sort()) c[device] = entry.ctx[device];
  return { c, e: writes.map((w) => [w.t.toString(36), w.d, w.c]), f };
}

const deviceId = z.string().min(1).max(16);
const counter = z
  .number()
  .int()
  .min(1)
  .max(2 ** 31 - 1);
const json: z.ZodType<Json> = z.lazy(() =>
  z.union([z.null(), z.boolean(), z.number(), z.string(), z.array(json), z.record(z.string(), json)]),
);
const encodedSchema = z.object({
  c: z.record(deviceId, counter),
  e: z.array(z.tuple([z.string().regex(/^[0-9a-z]{1,11}$/), deviceId, counter])).max(4096),
  f: z.record(z.string().max(64), z.array(json)),
});

/**
 * The entry an item holds, or null when it is not one (damaged, or written by another version).
 * Dots are checked against the context (a value whose write the context does not include would
 * break the merge), and siblings are ordered as the merge orders them.
 */
export function decodeEntry(value: unknown): EntryState | null {
  const parsed = encodedSchema.safeParse(value);
  if (!parsed.success) return null;
  const { c, e, f } = parsed.data;
  const writes = e.map(([t, d, n]) => ({ t: parseInt(t, 36), d, c: n }));
  const fields: Record<string, Sibling[]> = {};
  for (const [name, flat] of Object.entries(f)) {
    if (flat.length % 2 !== 0 || flat.length === 0) return null;
    const siblings: Sibling[] = [];
    for (let i = 0; i < flat.length; i += 2) {
      const index = flat[i + 1];
      if (typeof index !== 'number' || !Number.isInteger(index) || index < 0 || index >= writes.length)
        return null;
      const w = writes[index];
      if ((c[w.d] ?? 0) < w.c) return null;
      if (siblings.some((s) => s.d === w.d && s.c === w.c)) return null;
      siblings.push({ v: flat[i] as Json, t: w.t, d: w.d, c: w.c });
    }
    fields[name] = siblings.sort(compareStamps);
  }
  const sortedFields: Record<string, Sibling[]> = {};
  for (const name of Object.keys(fields).sort()) sortedFields[name] = fields[name];
  const ctx: Record<string, number> = {};
  for (const device of Object.keys(c).sort()) ctx[device] = c[device];
  return { ctx, fields: sortedFields };
}
