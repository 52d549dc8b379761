/**
 * npm run bench:tracker — the tracker page with 500 saved notices, in happy-dom over
 * fake-indexeddb, with the example profile (every verdict computed). Prints, asserts nothing.
 * Target (issue): the first view in ≤ 300 ms.
 *
 * Printed per run: the first view (the table's first screen of rows in the DOM, drawn from
 * the first records by deadline), then the whole page (every record read and validated, the
 * figures drawn), and how long the whole read took. happy-dom and fake-indexeddb are not
 * Chromium: the e2e suite (tests/e2e/tracker-views.e2e.ts) prints the figures in the browser.
 */
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';

const ROOT = join(import.meta.dirname, '..');
const N = Number(process.env.VL_BENCH_N ?? 500);
const RUNS = Number(process.env.VL_BENCH_RUNS ?? 7);

// A DOM for Preact: happy-dom's window as the globals a page has.
const window = new Window({ url: 'chrome-extension://bench/tracker.html', width: 1280, height: 800 });
const g = globalThis as Record<string, unknown>;
for (const key of [
  'window',
  'document',
  'navigator',
  'Node',
  'Element',
  'HTMLElement',
  'HTMLDialogElement',
  'SVGElement',
  'Event',
  'KeyboardEvent',
  'MouseEvent',
  'CustomEvent',
  'DragEvent',
  'CSS',
  'localStorage',
  'requestAnimationFrame',
  'cancelAnimationFrame',
  'getComputedStyle',
]) {
  if (!(key in g) || key === 'navigator') {
    try {
      g[key] = (window as unknown as Record<string, unknown>)[key];
    } catch {
      Object.defineProperty(g, key, { value: (window as unknown as Record<string, unknown>)[key] });
    }
  }
}

const { h, render } = await import('preact');
const { openVacancyDb, putTracked, saveProfile, trackedNoticeSchema } = await import('../lib/db');
const { parseProfile } = await import('../lib/profile');
const { makeNotice } = await import('../tests/eligibility/helpers');
const { TrackerPage } = await import('../components/tracker/TrackerPage');
const { dbTrackerStore } = await import('../components/tracker/store');

const STATUSES = ['saved', 'preparing', 'applied', 'interview', 'offer', 'rejected', 'withdrawn'] as const;
const NOW = Date.parse('2026-05-01T10:00:00Z');
const SNAPSHOT = 'Vacancy notice. '.repeat(400); // ≈ 6 kB, as a short notice's text

function record(i: number) {
  const deadline = new Date(NOW + (i - 100) * 6 * 3_600_000 + 2 * 3_600_000);
  const status = STATUSES[i % STATUSES.length];
  return trackedNoticeSchema.parse({
    id: `n-${i}`,
    reference: `EC/2026/BENCH/${i}`,
    url: `https://eu-careers.europa.eu/en/job-opportunities/${i}`,
    notice: makeNotice({
      title: `Notice ${i}: policy officer in unit ${i % 40}`,
      reference: `EC/2026/BENCH/${i}`,
      deadline: deadline.toISOString().replace('Z', '+00:00').replace('.000', ''),
      grades: i % 3 === 0 ? ['AD5', 'AD7'] : i % 3 === 1 ? ['AST3'] : [],
    }),
    evidence: { deadline: { start: 0, end: 10, quote: '04/06/2026' } },
    snapshot: SNAPSHOT,
    status,
    notes: i % 5 === 0 ? 'Call the unit before applying.' : '',
    savedAt: new Date(NOW - (i % 150) * 86_400_000).toISOString(),
    updatedAt: new Date(NOW - (i % 150) * 86_400_000 + 3_600_000).toISOString(),
    previousDeadline: null,
    appliedAt: ['saved', 'preparing'].includes(status)
      ? null
      : new Date(NOW - (i % 90) * 86_400_000).toISOString(),
    reminderOffsets: null,
  });
}

const profile = parseProfile(JSON.parse(readFileSync(join(ROOT, 'seeds', 'profile.example.json'), 'utf8')));
if (!profile.ok) throw new Error('seeds/profile.example.json is invalid');

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

async function waitFor(check: () => boolean, timeoutMs = 20_000): Promise<void> {
  const start = performance.now();
  while (!check()) {
    if (performance.now() - start > timeoutMs) throw new Error('the first view did not appear');
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
}

const dbName = `vacancy-lens-bench-${Date.now()}`;
{
  const db = await openVacancyDb(dbName);
  for (let i = 0; i < N; i++) await putTracked(db, record(i));
  await saveProfile(db, profile.profile);
  db.close();
}

console.log(
  `Tracker page, ${N} saved notices, example profile — happy-dom + fake-indexeddb, node ${process.version}\n`,
);
const totals: number[] = [];
const reads: number[] = [];
const renders: number[] = [];
for (let run = 0; run < RUNS; run++) {
  const root = document.createElement('div');
  document.body.appendChild(root);
  const t0 = performance.now();
  const db = await openVacancyDb(dbName);
  const store = dbTrackerStore(db);
  // The read alone, timed through the same store the page uses.
  let readMs = 0;
  const timedStore = {
    ...store,
    list: async () => {
      const t = performance.now();
      const list = await store.list();
      readMs = performance.now() - t;
      return list;
    },
  };
  render(
    h(TrackerPage, {
      store: timedStore,
      nowMs: NOW,
      userZone: 'Europe/Warsaw',
      download: () => undefined,
      onChanged: () => undefined,
      confirm: () => true,
    }),
    root,
  );
  await waitFor(() => root.querySelectorAll('.tracker-table tbody tr').length >= Math.min(N, 20));
  const first = performance.now() - t0;
  await waitFor(() => root.querySelector('figure.figure') !== null);
  const whole = performance.now() - t0;
  totals.push(first);
  reads.push(readMs);
  renders.push(whole);
  console.log(
    `run ${run + 1}: first view ${first.toFixed(1).padStart(6)} ms · whole page ${whole.toFixed(1).padStart(6)} ms (whole read + validate ${readMs.toFixed(1)} ms)`,
  );
  render(null, root);
  root.remove();
  db.close();
}
console.log(
  `\nmedian of ${RUNS} (first run included): first view ${median(totals).toFixed(1)} ms (target ≤ 300 ms); whole page ${median(renders).toFixed(1)} ms; whole read + validate ${median(reads).toFixed(1)} ms.`,
);
await window.happyDOM.close();
