/**
 * The toolbar popup: the current tab's notice at a glance. Wiring only — the
 * background knows what the tab shows; PopupView renders it.
 */
import { render } from 'preact';
import { browser } from 'wxt/browser';
import '../../assets/card.css';
import { PopupView, type PopupState } from '../../components/popup/PopupView';
import { saveMessage } from '../../components/notice/save-message';
import { DISMISSED_KEY, dismissKey, dismissedKeys } from '../../lib/dismissed';
import { tabStateSchema, type SaveResult, type TabNotice, type Upcoming } from '../../lib/messages';

const root = document.getElementById('app')!;
const optionsUrl = browser.runtime.getURL('/options.html');
const started = performance.now();

async function currentTab(): Promise<{ id: number; url: string } | null> {
  // Tests (and the viewer) may name the tab: popup.html?tab=ID
  const named = Number(new URLSearchParams(location.search).get('tab'));
  const tab = named
    ? await browser.tabs.get(named)
    : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
  return tab?.id !== undefined ? { id: tab.id, url: tab.url ?? '' } : null;
}

function siteOf(url: string): { origin: string; host: string } | null {
  try {
    const u = new URL(url);
    return /^https?:$/.test(u.protocol) ? { origin: u.origin, host: u.host } : null;
  } catch {
    return null;
  }
}

let upcoming: Upcoming[] = [];
let saveStatus: string | undefined;
let saveable: TabNotice | null = null;
/** Chromium's side panel API (absent elsewhere). */
const sidePanel = (globalThis as { chrome?: { sidePanel?: { open(o: { tabId: number }): Promise<void> } } })
  .chrome?.sidePanel;
/** Vacancy Lens runs on this tab's site because the user enabled it (not an EU site). */
let enabledHere = false;
/** The user hid the card for this tab's notice ("×" on the card). */
let hiddenHere = false;

function draw(state: PopupState, tab: { id: number; url: string } | null) {
  const site = tab ? siteOf(tab.url) : null;
  render(
    <PopupView
      state={state}
      nowMs={Date.now()}
      userZone={Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC'}
      optionsUrl={optionsUrl}
      onOpenOptions={() =>
        void browser.runtime.sendMessage({ type: 'open-options' }).then(() => window.close())
      }
      upcoming={upcoming}
      saveStatus={saveStatus}
      onOpenTracker={() => void browser.tabs.create({ url: browser.runtime.getURL('/tracker.html') })}
      onOpenSidePanel={
        sidePanel && tab ? () => void sidePanel.open({ tabId: tab.id }).then(() => window.close()) : undefined
      }
      onShowCard={
        saveable && tab && hiddenHere
          ? () =>
              void browser.runtime
                .sendMessage({ type: 'show-card-again', tabId: tab.id })
                .then(() => window.close())
          : undefined
      }
      onDisableSite={
        site && tab && enabledHere
          ? async () => {
              await browser.permissions.remove({ origins: [`${site.origin}/*`] });
              await browser.runtime.sendMessage({ type: 'disable-site', origin: site.origin });
              enabledHere = false;
              draw(state, tab);
            }
          : undefined
      }
      onSave={
        saveable && tab
          ? async () => {
              // The background saves its own copy of what the tab shows.
              const r = (await browser.runtime.sendMessage({
                type: 'save-tab',
                tabId: tab.id,
              })) as SaveResult;
              saveStatus = saveMessage(r);
              upcoming = await loadUpcoming();
              draw(
                r.ok && r.tracked && state.kind === 'notice' ? { ...state, tracked: r.tracked } : state,
                tab,
              );
            }
          : undefined
      }
      onEnableSite={
        site && tab
          ? async () => {
              const granted = await browser.permissions.request({ origins: [`${site.origin}/*`] });
              if (!granted) return;
              await browser.runtime.sendMessage({ type: 'enable-site', tabId: tab.id, origin: site.origin });
              setTimeout(() => void load(), 1500);
            }
          : undefined
      }
    />,
    root,
  );
  root.dataset.renderMs = String(Math.round(performance.now() - started));
}

async function loadUpcoming(): Promise<Upcoming[]> {
  return (
    ((await browser.runtime.sendMessage({ type: 'upcoming', limit: 3 })) as Upcoming[] | undefined) ?? []
  );
}

async function load() {
  const tab = await currentTab();
  const here = tab ? siteOf(tab.url) : null;
  // Enabled by the user (not one of the sites Vacancy Lens runs on by itself): its script is registered.
  enabledHere =
    here !== null &&
    (await browser.scripting
      .getRegisteredContentScripts({ ids: [`site:${here.host}`] })
      .then((s) => s.length > 0)
      .catch(() => false));
  upcoming = await loadUpcoming().catch(() => []);
  draw({ kind: 'loading' }, tab);
  if (!tab) return draw({ kind: 'error', message: 'No tab to look at.' }, tab);
  try {
    const parsed = tabStateSchema.safeParse(
      await browser.runtime.sendMessage({ type: 'get-tab-state', tabId: tab.id }),
    );
    if (!parsed.success)
      return draw({ kind: 'error', message: 'The extension sent an unexpected answer.' }, tab);
    const state = parsed.data;
    if (state.kind === 'notice') {
      saveable = state.notice;
      const hidden = dismissedKeys((await browser.storage.local.get(DISMISSED_KEY))[DISMISSED_KEY]);
      hiddenHere = hidden.includes(dismissKey(state.notice.analysis.notice?.reference, state.notice.url));
    }
    if (state.kind === 'notice')
      return draw(
        {
          kind: 'notice',
          analysis: state.notice.analysis,
          eligibility: state.evaluation.eligibility,
          hasProfile: state.evaluation.hasProfile,
          tracked: state.evaluation.tracked ?? null,
        },
        tab,
      );
    const site = siteOf(tab.url);
    const permitted = site ? await browser.permissions.contains({ origins: [`${site.origin}/*`] }) : false;
    draw({ kind: 'no-notice', canEnable: Boolean(site) && !permitted, host: site?.host }, tab);
  } catch (e) {
    draw({ kind: 'error', message: `Could not reach the extension: ${(e as Error).message}` }, tab);
  }
}

void load();
