/**
 * The card in the browser's side panel (Chromium side_panel, Firefox sidebar_action): beside the
 * page, covering nothing. It follows the active tab of its window. Wiring only (entrypoints/card/app).
 */
import { browser } from 'wxt/browser';
import '../../assets/card.css';
import '../../assets/card-page.css';
import { tabStateSchema, type SaveResult } from '../../lib/messages';
import { mountCard } from '../card/app';

let tabId: number | null = null;

const app = mountCard(
  document.getElementById('app')!,
  {
    kind: 'panel',
    save: async () =>
      tabId === null
        ? { ok: false, error: 'no tab' }
        : ((await browser.runtime.sendMessage({ type: 'save-tab', tabId })) as SaveResult),
    dismiss: () => window.close(),
  },
  false,
);

async function activeTab(): Promise<number | null> {
  // Tests may name the tab: sidepanel.html?tab=ID
  const named = Number(new URLSearchParams(location.search).get('tab'));
  if (named) return named;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

async function load(): Promise<void> {
  tabId = await activeTab();
  if (tabId === null) return app.show({ kind: 'none' });
  const parsed = tabStateSchema.safeParse(
    await browser.runtime.sendMessage({ type: 'get-tab-state', tabId }).catch(() => null),
  );
  app.show(
    parsed.success && parsed.data.kind === 'notice'
      ? { kind: 'notice', tabId, notice: parsed.data.notice, evaluation: parsed.data.evaluation }
      : { kind: 'none' },
  );
}

browser.tabs.onActivated.addListener(() => void load());
browser.tabs.onUpdated.addListener((id, change) => {
  if (id === tabId && change.status === 'complete') void load();
});
// The background keeps each tab's notice in session storage: a new reading shows here at once.
browser.storage.session.onChanged.addListener((changes) => {
  if (tabId !== null && `tab:${tabId}` in changes) void load();
});

void load();
