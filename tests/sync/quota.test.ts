import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  itemBytes,
  nextWriteTime,
  SYNC_BUDGET,
  SYNC_MAX_ITEMS,
  SYNC_MAX_WRITE_OPERATIONS_PER_HOUR,
  SYNC_MAX_WRITE_OPERATIONS_PER_MINUTE,
  SYNC_QUOTA_BYTES,
  SYNC_QUOTA_BYTES_PER_ITEM,
} from '../../lib/sync';
import { HOUR_MS, MINUTE_MS } from '../../lib/sync/rate';
import { exampleProfile, makeBrowser, makeRecord, runRound, typicalRecord, TYPICAL_NOTE } from './helpers';

const T0 = Date.parse('2026-05-01T10:00:00Z');

describe('the documented quotas of storage.sync', () => {
  it('are the figures Chromium and Firefox document', () => {
    // developer.chrome.com chrome.storage (sync): QUOTA_BYTES, QUOTA_BYTES_PER_ITEM, MAX_ITEMS,
    // MAX_WRITE_OPERATIONS_PER_HOUR, MAX_WRITE_OPERATIONS_PER_MINUTE; MDN storage.sync: the same three sizes.
    expect(SYNC_QUOTA_BYTES).toBe(102400);
    expect(SYNC_QUOTA_BYTES_PER_ITEM).toBe(8192);
    expect(SYNC_MAX_ITEMS).toBe(512);
    expect(SYNC_MAX_WRITE_OPERATIONS_PER_HOUR).toBe(1800);
    expect(SYNC_MAX_WRITE_OPERATIONS_PER_MINUTE).toBe(120);
    expect(SYNC_BUDGET.totalBytes).toBeLessThan(SYNC_QUOTA_BYTES);
    expect(SYNC_BUDGET.itemBytes).toBeLessThan(SYNC_QUOTA_BYTES_PER_ITEM);
    expect(SYNC_BUDGET.items).toBeLessThan(SYNC_MAX_ITEMS);
  });

  it('measures an item as key + JSON in UTF-8 bytes, "<" as Chromium escapes it', () => {
    expect(itemBytes('k', 'ab')).toBe(1 + 4);
    expect(itemBytes('k', { a: 1 })).toBe(1 + 7);
    expect(itemBytes('k', 'é')).toBe(1 + 4);
    expect(itemBytes('k', '😀')).toBe(1 + 6);
    expect(itemBytes('k', '<')).toBe(1 + 8);
  });
});

function syncedCount(records: number, profile = true) {
  const b = makeBrowser('A', 'aaaa');
  if (profile) b.profile = exampleProfile();
  for (let i = 0; i < records; i++) {
    const r = typicalRecord(i);
    b.records.set(r.id, { ...r, status: 'saved', notes: '' });
  }
  // Three edits, at three times: as a record looks after some use.
  runRound(b, T0);
  for (const [id, r] of b.records) b.records.set(id, { ...r, status: 'applied', appliedAt: r.appliedAt });
  runRound(b, T0 + 60_000);
  for (const [id, r] of b.records) b.records.set(id, { ...r, notes: TYPICAL_NOTE });
  const plan = runRound(b, T0 + 120_000);
  return { plan, storage: b.storage };
}

describe('packing within the quotas', () => {
  it('at least 100 typical notices with notes sync, with the profile, within every quota', () => {
    const { plan, storage } = syncedCount(100);
    expect(plan.pack.localOnly).toEqual([]);
    expect(plan.pack.profileLeftOut).toBe(false);
    const sizes = [...storage].map(([k, v]) => itemBytes(k, v));
    const total = sizes.reduce((a, b) => a + b, 0);
    expect(total).toBeLessThanOrEqual(SYNC_QUOTA_BYTES);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(SYNC_QUOTA_BYTES_PER_ITEM);
    expect(storage.size).toBeLessThanOrEqual(SYNC_MAX_ITEMS);
    const perRecord = sizes.reduce((a, b) => a + b, 0) / storage.size;
    console.info(
      `sync: 100 typical notices + profile = ${total} bytes of ${SYNC_QUOTA_BYTES} (≈ ${Math.round(perRecord)} bytes per notice)`,
    );
  });

  it('beyond that, closed, withdrawn and rejected notices stay local first, oldest deadline first, and are named', () => {
    const b = makeBrowser('A', 'aaaa');
    b.profile = exampleProfile();
    // 120 open notices and 40 closed ones (deadline passed, never applied), 10 withdrawn.
    for (let i = 0; i < 120; i++)
      b.records.set(`open-${i}`, { ...typicalRecord(i, '2026-07-01T12:00:00+02:00'), id: `open-${i}` });
    for (let i = 0; i < 40; i++) {
      const day = String(1 + (i % 28)).padStart(2, '0');
      b.records.set(`closed-${i}`, {
        ...typicalRecord(200 + i, `2026-03-${day}T12:00:00+01:00`),
        id: `closed-${i}`,
        status: 'saved',
        appliedAt: null,
      });
    }
    for (let i = 0; i < 10; i++)
      b.records.set(`withdrawn-${i}`, {
        ...typicalRecord(300 + i, '2026-08-01T12:00:00+02:00'),
        id: `withdrawn-${i}`,
        status: 'withdrawn',
      });
    const plan = runRound(b, T0);
    const local = plan.pack.localOnly;
    const synced = Object.keys(plan.pack.items).filter((k) => k.startsWith('r1:')).length;
    console.info(`sync: of 170 typical notices, ${synced} sync and ${local.length} stay local`);
    expect(synced).toBeGreaterThanOrEqual(100);
    expect(synced + local.length).toBe(170);
    expect(local.every((l) => l.reason === 'no-space')).toBe(true);
    // Every closed and withdrawn notice is left out before any open one.
    const leftOpen = local.filter((l) => l.id.startsWith('open-')).length;
    if (leftOpen > 0) expect(local.filter((l) => !l.id.startsWith('open-')).length).toBe(50);
    // Among closed ones, those with the oldest deadlines are left out first.
    const closedKept = Object.keys(plan.pack.items).filter((k) => k.startsWith('r1:closed-'));
    const closedLeft = local.filter((l) => l.id.startsWith('closed-'));
    const deadlineOf = (id: string) => Date.parse(b.records.get(id)!.notice.deadline!);
    if (closedKept.length > 0 && closedLeft.length > 0)
      expect(Math.max(...closedLeft.map((l) => deadlineOf(l.id)))).toBeLessThanOrEqual(
        Math.min(...closedKept.map((k) => deadlineOf(k.slice(3)))),
      );
    const sizes = [...b.storage].map(([k, v]) => itemBytes(k, v));
    expect(sizes.reduce((a, c) => a + c, 0)).toBeLessThanOrEqual(SYNC_QUOTA_BYTES);
  });

  it('a notice whose notes are larger than one item stays local with that reason', () => {
    const b = makeBrowser('A', 'aaaa');
    b.records.set('long', makeRecord('long', { notes: 'x'.repeat(9000) }));
    b.records.set('short', makeRecord('short'));
    const plan = runRound(b, T0);
    expect(plan.pack.localOnly).toEqual([expect.objectContaining({ id: 'long', reason: 'too-large' })]);
    expect(Object.keys(plan.pack.items)).toEqual(['r1:short']);
  });

  it('never exceeds the quotas, whatever the notices (property)', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            notes: fc.string({ maxLength: 3000, unit: 'binary' }),
            title: fc.string({ maxLength: 300 }),
            status: fc.constantFrom('saved', 'applied', 'rejected', 'withdrawn'),
          }),
          { maxLength: 300 },
        ),
        (specs) => {
          const b = makeBrowser('A', 'aaaa');
          specs.forEach((s, i) =>
            b.records.set(
              `n${i}`,
              makeRecord(`n${i}`, {
                notes: s.notes,
                notice: { title: s.title },
                status: s.status as 'saved',
              }),
            ),
          );
          runRound(b, T0);
          const sizes = [...b.storage].map(([k, v]) => itemBytes(k, v));
          expect(sizes.reduce((a, c) => a + c, 0)).toBeLessThanOrEqual(SYNC_QUOTA_BYTES);
          for (const size of sizes) expect(size).toBeLessThanOrEqual(SYNC_QUOTA_BYTES_PER_ITEM);
          expect(b.storage.size).toBeLessThanOrEqual(SYNC_MAX_ITEMS);
        },
      ),
      { numRuns: 40 },
    );
  });
});

describe('the write planner', () => {
  it('keeps any minute under 120 writes and any hour under 1,800, however often rounds ask (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(20_000), fc.integer({ min: 1, max: 2 })), { maxLength: 400 }),
        (asks) => {
          const log: number[] = [];
          let now = T0;
          for (const [gap, ops] of asks) {
            now += gap;
            const at = nextWriteTime(log, now, ops);
            expect(at).toBeGreaterThanOrEqual(now);
            now = at;
            for (let i = 0; i < ops; i++) log.push(now);
          }
          for (const t of log) {
            expect(log.filter((o) => o > t - MINUTE_MS && o <= t).length).toBeLessThanOrEqual(
              SYNC_MAX_WRITE_OPERATIONS_PER_MINUTE,
            );
            expect(log.filter((o) => o > t - HOUR_MS && o <= t).length).toBeLessThanOrEqual(
              SYNC_MAX_WRITE_OPERATIONS_PER_HOUR,
            );
          }
        },
      ),
      { numRuns: 60 },
    );
  });

  it('writes at once when the log is quiet, waits when a minute is full', () => {
    expect(nextWriteTime([], T0, 2)).toBe(T0);
    const full = Array.from({ length: SYNC_BUDGET.writesPerMinute }, (_, i) => T0 - 30_000 + i);
    expect(nextWriteTime(full, T0, 1)).toBe(T0 - 30_000 + MINUTE_MS);
  });
});
