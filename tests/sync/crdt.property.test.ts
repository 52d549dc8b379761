/**
 * The merge, against a model of what every replica has seen: random edits and deletions on two or
 * three browsers with skewed clocks, states sent at random moments and delivered in random order,
 * some twice. After everyone has heard from everyone:
 * - all replicas hold the same state (convergence);
 * - a field holds exactly the writes nobody overwrote (an edit is overwritten only by a write made
 *   on a replica that had seen it) — no edit the user did not overwrite is lost;
 * - the value shown is the latest write by (time, device): among all writes when there was no
 *   deletion, among those a deletion did not remove otherwise;
 * - join is commutative, associative and idempotent; the codec round-trips.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { observe, tick } from '../../lib/sync/clock';
import { decodeEntry, encodeEntry } from '../../lib/sync/codec';
import {
  canonicalJson,
  compareStamps,
  deleteEntry,
  DELETED_FIELD,
  EMPTY_ENTRY,
  join,
  maxTime,
  visibility,
  writeFields,
  type EntryState,
  type Json,
  type Stamp,
} from '../../lib/sync/crdt';

export const PROPERTY_RUNS = 400;
const FIELDS = ['s', 'n', 'm'] as const;
const HOUR = 3_600_000;

type Op =
  | { kind: 'write'; replica: number; field: (typeof FIELDS)[number]; value: string; advance: number }
  | { kind: 'delete'; replica: number; advance: number }
  | { kind: 'send'; from: number; to: number }
  | { kind: 'deliver'; pick: number; keep: boolean };

interface ModelWrite extends Stamp {
  id: number;
  field: string;
  value: Json;
  /** Writes (ids) the writing replica had seen when it wrote. */
  saw: Set<number>;
}

interface Replica {
  device: string;
  skew: number;
  clock: number;
  state: EntryState;
  seen: Set<number>;
}

const opArb = (replicas: number): fc.Arbitrary<Op> =>
  fc.oneof(
    {
      weight: 5,
      arbitrary: fc.record({
        kind: fc.constant('write' as const),
        replica: fc.nat(replicas - 1),
        field: fc.constantFrom(...FIELDS),
        value: fc.constantFrom('a', 'b', 'c', 'applied', ''),
        advance: fc.nat(5_000),
      }),
    },
    {
      weight: 1,
      arbitrary: fc.record({
        kind: fc.constant('delete' as const),
        replica: fc.nat(replicas - 1),
        advance: fc.nat(5_000),
      }),
    },
    {
      weight: 4,
      arbitrary: fc.record({
        kind: fc.constant('send' as const),
        from: fc.nat(replicas - 1),
        to: fc.nat(replicas - 1),
      }),
    },
    {
      weight: 4,
      arbitrary: fc.record({ kind: fc.constant('deliver' as const), pick: fc.nat(), keep: fc.boolean() }),
    },
  );

const scenarioArb = fc.integer({ min: 2, max: 3 }).chain((n) =>
  fc.record({
    skews: fc.array(fc.integer({ min: -HOUR, max: HOUR }), { minLength: n, maxLength: n }),
    devices: fc.uniqueArray(fc.stringMatching(/^[a-z0-9]{4}$/), { minLength: n, maxLength: n }),
    ops: fc.array(opArb(n), { maxLength: 80 }),
  }),
);

interface Outcome {
  replicas: Replica[];
  writes: ModelWrite[];
  deletions: number;
  snapshots: EntryState[];
}

function run({ skews, devices, ops }: { skews: number[]; devices: string[]; ops: Op[] }): Outcome {
  const replicas: Replica[] = devices.map((device, i) => ({
    device,
    skew: skews[i],
    clock: 0,
    state: EMPTY_ENTRY,
    seen: new Set(),
  }));
  const writes: ModelWrite[] = [];
  const network: { to: number; state: EntryState; seen: Set<number> }[] = [];
  const snapshots: EntryState[] = [];
  let now = 1_780_000_000_000;
  let deletions = 0;
  const deliver = (m: { to: number; state: EntryState; seen: Set<number> }) => {
    const r = replicas[m.to];
    r.state = join(r.state, m.state);
    r.clock = observe(r.clock, maxTime(m.state));
    for (const id of m.seen) r.seen.add(id);
  };
  for (const op of ops) {
    if (op.kind === 'write' || op.kind === 'delete') {
      now += op.advance;
      const r = replicas[op.replica];
      const t = tick(r.clock, now + r.skew);
      r.clock = t;
      const before = r.state;
      r.state =
        op.kind === 'write'
          ? writeFields(before, r.device, t, { [op.field]: op.value })
          : deleteEntry(before, r.device, t);
      if (op.kind === 'delete') deletions++;
      const c = r.state.ctx[r.device];
      const id = writes.length;
      writes.push({
        id,
        t,
        d: r.device,
        c,
        field: op.kind === 'write' ? op.field : DELETED_FIELD,
        value: op.kind === 'write' ? op.value : null,
        saw: new Set(r.seen),
      });
      r.seen.add(id);
      snapshots.push(r.state);
    } else if (op.kind === 'send') {
      const r = replicas[op.from];
      network.push({ to: op.to, state: r.state, seen: new Set(r.seen) });
    } else if (network.length > 0) {
      const i = op.pick % network.length;
      const m = network[i];
      if (!op.keep) network.splice(i, 1);
      deliver(m);
    }
  }
  // Whatever is still on the way arrives, late and in reverse order; then everyone hears from everyone.
  for (const m of network.reverse()) deliver(m);
  for (let round = 0; round < 2; round++)
    for (const from of replicas)
      for (let to = 0; to < replicas.length; to++)
        deliver({ to, state: from.state, seen: new Set(from.seen) });
  return { replicas, writes, deletions, snapshots };
}

/** Writes no later write overwrote: a write to the same field, or a deletion, made by a replica that had seen it. */
function survivors(writes: ModelWrite[], field: string): ModelWrite[] {
  return writes.filter(
    (w) =>
      w.field === field &&
      !writes.some(
        (o) => o.id !== w.id && (o.field === field || o.field === DELETED_FIELD) && o.saw.has(w.id),
      ),
  );
}

const key = (s: Stamp) => `${s.d}:${s.c}`;

describe('sync merge (property)', () => {
  it(`converges and loses no edit nobody overwrote (${PROPERTY_RUNS} runs, 2–3 browsers, ±1 h skew)`, () => {
    fc.assert(
      fc.property(scenarioArb, (scenario) => {
        const { replicas, writes, deletions } = run(scenario);
        const first = canonicalJson(encodeEntry(replicas[0].state));
        for (const r of replicas) expect(canonicalJson(encodeEntry(r.state))).toBe(first);
        const state = replicas[0].state;

        for (const field of [...FIELDS, DELETED_FIELD]) {
          const kept = (state.fields[field] ?? []).map(key).sort();
          expect(kept).toEqual(survivors(writes, field).map(key).sort());
          // Shown: the latest surviving write; with no deletion at all, the latest write of all.
          const all = writes.filter((w) => w.field === field).sort(compareStamps);
          const alive = survivors(writes, field).sort(compareStamps);
          const shown = state.fields[field]?.[0] ?? null;
          expect(shown && key(shown)).toBe(alive[0] ? key(alive[0]) : null);
          if (deletions === 0 && all.length > 0) expect(shown && key(shown)).toBe(key(all[0]));
          if (shown) expect(shown.v).toEqual(alive[0].value ?? shown.v);
        }
        // The clock: a write that overwrote another is later than it, whatever the skew.
        for (const w of writes)
          for (const id of w.saw) if (writes[id].field === w.field) expect(w.t).toBeGreaterThan(writes[id].t);
        // A deletion hides the entry unless a value it had not seen survives.
        if ((state.fields[DELETED_FIELD] ?? []).length > 0) {
          const revived = FIELDS.some((f) => (state.fields[f] ?? []).length > 0);
          expect(visibility(state)).toBe(revived ? 'revived' : 'deleted');
        } else expect(visibility(state)).toBe('visible');
      }),
      { numRuns: PROPERTY_RUNS },
    );
  });

  it(`join is commutative, associative and idempotent; the codec round-trips (${PROPERTY_RUNS} runs)`, () => {
    fc.assert(
      fc.property(scenarioArb, fc.nat(), fc.nat(), fc.nat(), (scenario, i, j, k) => {
        const { snapshots, replicas } = run(scenario);
        const pool = [EMPTY_ENTRY, ...snapshots, ...replicas.map((r) => r.state)];
        const [a, b, c] = [pool[i % pool.length], pool[j % pool.length], pool[k % pool.length]];
        const text = (s: EntryState) => canonicalJson(encodeEntry(s));
        expect(text(join(a, b))).toBe(text(join(b, a)));
        expect(text(join(join(a, b), c))).toBe(text(join(a, join(b, c))));
        expect(text(join(a, a))).toBe(text(a));
        expect(decodeEntry(JSON.parse(JSON.stringify(encodeEntry(a))))).toEqual(a);
      }),
      { numRuns: PROPERTY_RUNS },
    );
  });
});
