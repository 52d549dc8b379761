// Tracker page wiring: open the database, render the page with the clock and the user's zone,
// and do what a component should not: download files, confirm, tell the background that the
// tracker changed (it reschedules the reminders).
import { render } from 'preact';
import { AnalysedNotices } from '../../components/tracker/AnalysedNotices';
import { messageSyncClient, SyncSettings } from '../../components/tracker/SyncSettings';
import type { ClearedNotices } from '../../lib/messages';
import type { ReminderOffset } from '../../lib/db/records';
import { DEFAULT_REMINDER_OFFSETS } from '../../lib/tracker';
import { parseSort, parseView, type TableSort, type TrackerView } from '../../lib/tracker/views';
import { browser } from 'wxt/browser';
import { NOTICES_MAX_AGE_DAYS, NOTICES_MAX_RECORDS, openVacancyDb } from '../../lib/db';
import { TrackerPage } from '../../components/tracker/TrackerPage';
import { dbTrackerStore, type TrackerStore } from '../../components/tracker/store';
import '../../assets/options.css';
import '../../assets/card.css';
import '../../assets/tracker.css';
import '../../assets/tracker-views.css';

/** Countdowns and "closed" follow the clock while the tab stays open. */
const TICK_MS = 30_000;

const root = document.getElementById('app')!;
const userZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
const productId = `-//Vacancy Lens//Deadline tracker ${browser.runtime.getManifest().version}//EN`;
let refreshKey = 0;

// The view and the table's order are remembered for the user (this profile of the browser).
const VIEW_KEY = 'vacancy-lens.tracker.view';
const SORT_KEY = 'vacancy-lens.tracker.sort';
function remembered<T>(key: string, parse: (value: unknown) => T): T {
  try {
    return parse(JSON.parse(localStorage.getItem(key) ?? 'null'));
  } catch {
    return parse(null);
  }
}
function remember(key: string, value: unknown): void {
  try {
    localStorage.setItem(key, JSON.stringify(value));
  } catch {
    // Storage full or blocked: the choice simply is not remembered.
  }
}
const initialView: TrackerView = remembered(VIEW_KEY, parseView);
const initialSort: TableSort = remembered(SORT_KEY, parseSort);
let reminderDefaults: ReminderOffset[] = [...DEFAULT_REMINDER_OFFSETS];

function download(filename: string, mime: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: mime }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function onChanged(): void {
  // No handler (e.g. the worker is being updated) must not break the page.
  browser.runtime.sendMessage({ type: 'tracker-changed' }).catch(() => {});
}

function draw(store: TrackerStore): void {
  render(
    <TrackerPage
      store={store}
      nowMs={Date.now()}
      userZone={userZone}
      download={download}
      onChanged={onChanged}
      confirm={(message) => window.confirm(message)}
      optionsUrl={browser.runtime.getURL('/options.html')}
      productId={productId}
      refreshKey={refreshKey}
      initialView={initialView}
      onViewChange={(view) => remember(VIEW_KEY, view)}
      initialSort={initialSort}
      onSortChange={(sort) => remember(SORT_KEY, sort)}
      reminderDefaults={reminderDefaults}
      onReminderDefaults={saveReminderDefaults}
      moreSettings={analysed}
    />,
    root,
  );
}

async function saveReminderDefaults(offsets: ReminderOffset[]): Promise<void> {
  reminderDefaults = offsets;
  await browser.storage.local.set({ reminderOffsets: offsets });
  await browser.runtime.sendMessage({ type: 'tracker-changed' }).catch(() => undefined);
}

// Analysed notices: the background owns that store; clearing it is a typed message.
async function clearAnalysed(): Promise<{ removed: number }> {
  const answer = (await browser.runtime.sendMessage({ type: 'clear-analysed-notices' })) as
    ClearedNotices | { error: string } | undefined;
  if (answer && 'ok' in answer && answer.ok) return { removed: answer.removed };
  throw new Error((answer && 'error' in answer && answer.error) || 'the extension did not answer');
}

const syncClient = messageSyncClient((message) => browser.runtime.sendMessage(message));

const analysed = (
  <>
    <AnalysedNotices
      onClear={clearAnalysed}
      confirm={(message) => window.confirm(message)}
      maxRecords={NOTICES_MAX_RECORDS}
      maxAgeDays={NOTICES_MAX_AGE_DAYS}
    />
    <SyncSettings client={syncClient} confirm={(message) => window.confirm(message)} />
  </>
);

// Reminder offsets: a user setting kept in extension storage; the background schedules from it.
const storedDefaults = browser.storage.local.get('reminderOffsets').then(
  (stored) => {
    const saved = stored.reminderOffsets as ReminderOffset[] | undefined;
    if (Array.isArray(saved)) reminderDefaults = saved;
  },
  () => undefined,
);

Promise.all([openVacancyDb(), storedDefaults]).then(
  ([db]) => {
    const store = dbTrackerStore(db);
    draw(store);
    setInterval(() => draw(store), TICK_MS);
    // A notice saved from another tab shows up when the user comes back here.
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState !== 'visible') return;
      refreshKey += 1;
      draw(store);
    });
  },
  (error: unknown) => {
    root.textContent = `Vacancy Lens could not open its database: ${error instanceof Error ? error.message : String(error)}`;
  },
);
