/**
 * The background service worker: the extension's own origin, where the
 * database lives. Content scripts and the overlay reach it by typed messages
 * (lib/messages.ts); it injects the overlay where the cheap gate passed, keeps
 * what each tab shows (in session storage, so it survives the worker sleeping)
 * and drives the badge.
 */
import { browser } from 'wxt/browser';
import { evaluateEligibility } from '../../lib/eligibility';
import { getProfile, listTracked, openVacancyDb, putNotice, putTracked, type VacancyDb } from '../../lib/db';
import { trackNotice } from '../../lib/tracker';
import { notifyReminder, rescheduleReminders } from './reminders';
import {
  parseRequest,
  tabNoticeSchema,
  type Evaluation,
  type FetchedNotice,
  type SaveResult,
  type Upcoming,
  type Request,
  type TabNotice,
  type TabState,
} from '../../lib/messages';
import type { NoticeFields } from '../../lib/notice/schema';
import { castSummaryOf } from '../../lib/sites/eu-careers';
import { clearBadge, showBadge } from './badge';

let dbPromise: Promise<VacancyDb> | null = null;
const db = () => (dbPromise ??= openVacancyDb());

async function evaluate(notice: NoticeFields): Promise<Evaluation> {
  const loaded = await getProfile(await db());
  const profileErrors = loaded.errors.map((e) => `${e.store}/${e.key}: ${e.issues.join('; ')}`);
  const profile = loaded.value;
  return {
    hasProfile: profile !== null,
    eligibility: profile ? evaluateEligibility(notice, profile, new Date()) : null,
    profileErrors,
  };
}

const tabKey = (tabId: number) => `tab:${tabId}`;

async function storeTab(tabId: number, notice: TabNotice | null): Promise<void> {
  if (notice) await browser.storage.session.set({ [tabKey(tabId)]: notice });
  else await browser.storage.session.remove(tabKey(tabId));
}

async function loadTab(tabId: number): Promise<TabNotice | null> {
  const raw = (await browser.storage.session.get(tabKey(tabId)))[tabKey(tabId)];
  const parsed = tabNoticeSchema.safeParse(raw);
  return parsed.success ? parsed.data : null;
}

async function injectOverlay(tabId: number): Promise<boolean> {
  try {
    await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: ['/overlay.js'] });
    return true;
  } catch (e) {
    console.warn('Vacancy Lens: could not inject the overlay', e);
    return false;
  }
}

const FETCH_TIMEOUT_MS = 15_000;
const FETCH_MAX_BYTES = 5 * 1024 * 1024;

/** The official notice behind a site page: text/HTML is returned for reading, a PDF is only recognised. */
async function fetchNotice(url: string): Promise<FetchedNotice> {
  const u = new URL(url);
  if (!/^https?:$/.test(u.protocol)) return { kind: 'error', message: 'not a web address' };
  if (/\.pdf$/i.test(u.pathname)) return { kind: 'pdf' };
  try {
    const res = await fetch(u, { credentials: 'omit', signal: AbortSignal.timeout(FETCH_TIMEOUT_MS) });
    if (!res.ok) return { kind: 'error', message: `the server answered ${res.status}` };
    const type = res.headers.get('content-type') ?? '';
    if (/pdf/i.test(type) || /\.pdf$/i.test(u.pathname)) return { kind: 'pdf' };
    if (!/text\/|html|xml/i.test(type))
      return { kind: 'error', message: `unsupported document type (${type || 'unknown'})` };
    const text = await res.text();
    if (text.length > FETCH_MAX_BYTES) return { kind: 'error', message: 'the document is too large' };
    return { kind: 'text', text, contentType: type };
  } catch (e) {
    return {
      kind: 'error',
      message: (e as Error).name === 'TimeoutError' ? 'it took too long to answer' : (e as Error).message,
    };
  }
}

async function handle(req: Request, sender: { tab?: { id?: number }; frameId?: number }): Promise<unknown> {
  const tabId = sender.tab?.id;
  switch (req.type) {
    case 'gate-passed':
      if (tabId === undefined || sender.frameId !== 0) return { injected: false };
      return { injected: await injectOverlay(tabId) };
    case 'notice-found': {
      const evaluation = await evaluate(req.notice.analysis.notice!);
      // Keep what was read (notices vanish after their deadline); keyed by reference, else URL.
      const id = req.notice.analysis.notice?.reference ?? req.notice.url;
      await putNotice(await db(), {
        id,
        url: req.notice.url,
        analysis: req.notice.analysis,
        analysedAt: new Date().toISOString(),
      }).catch((e: unknown) => console.warn('Vacancy Lens: could not store the analysed notice', e));
      if (tabId !== undefined) {
        await storeTab(tabId, req.notice);
        await showBadge(tabId, req.notice, evaluation);
      }
      return evaluation;
    }
    case 'notice-absent':
      if (tabId !== undefined) {
        await storeTab(tabId, null);
        await clearBadge(tabId);
      }
      return { ok: true };
    case 'evaluate':
      return evaluate(req.notice);
    case 'get-tab-state': {
      const notice = await loadTab(req.tabId);
      if (!notice?.analysis.notice) return { kind: 'none' } satisfies TabState;
      const evaluation = await evaluate(notice.analysis.notice);
      await showBadge(req.tabId, notice, evaluation);
      return { kind: 'notice', notice, evaluation } satisfies TabState;
    }
    case 'enable-site': {
      // The popup obtained the host permission (a user gesture); run our content script there from now on.
      const id = `site:${new URL(req.origin).host}`;
      try {
        const existing = await browser.scripting.getRegisteredContentScripts({ ids: [id] });
        if (!existing.length)
          await browser.scripting.registerContentScripts([
            {
              id,
              matches: [`${req.origin}/*`],
              js: ['/content-scripts/content.js'],
              runAt: 'document_idle',
              persistAcrossSessions: true,
            },
          ]);
        await browser.scripting.executeScript({
          target: { tabId: req.tabId, frameIds: [0] },
          files: ['/content-scripts/content.js'],
        });
        return { ok: true };
      } catch (e) {
        return { ok: false, error: (e as Error).message };
      }
    }
    case 'fetch-notice':
      return fetchNotice(req.url);
    case 'get-cast': {
      const profile = (await getProfile(await db())).value;
      return castSummaryOf(profile);
    }
    case 'save-notice': {
      const notice = req.notice.analysis.notice;
      if (!notice) return { ok: false, error: 'nothing to save: this is not a notice' } satisfies SaveResult;
      const d = await db();
      const { value: existing } = await listTracked(d);
      const result = trackNotice(
        existing,
        {
          url: req.notice.url,
          analysis: { notice, evidence: req.notice.analysis.evidence },
          snapshotText: req.snapshotText,
        },
        new Date(),
      );
      await putTracked(d, result.record);
      await rescheduleReminders(d);
      return {
        ok: true,
        action: result.action,
        deadlineChanged: result.deadlineChanged,
      } satisfies SaveResult;
    }
    case 'tracker-changed':
      await rescheduleReminders(await db());
      return { ok: true };
    case 'upcoming': {
      const { value: records } = await listTracked(await db());
      const now = Date.now();
      return records
        .filter((r) => r.notice.deadline && Date.parse(r.notice.deadline) > now)
        .sort((a, b) => Date.parse(a.notice.deadline!) - Date.parse(b.notice.deadline!))
        .slice(0, req.limit)
        .map((r) => ({
          id: r.id,
          title: r.notice.title ?? 'Untitled vacancy',
          reference: r.notice.reference,
          deadline: r.notice.deadline!,
          status: r.status,
        })) satisfies Upcoming[];
    }
    case 'open-tracker':
      await browser.tabs.create({ url: browser.runtime.getURL('/tracker.html') });
      return { ok: true };
    case 'open-options':
      await browser.runtime.openOptionsPage();
      return { ok: true };
  }
}

const MENU_ID = 'analyse-pdf-link';

/** "Analyse with Vacancy Lens" on links: opens the link in the extension's own viewer. */
function setUpContextMenu(): void {
  browser.contextMenus.removeAll().then(() =>
    browser.contextMenus.create({
      id: MENU_ID,
      title: 'Analyse with Vacancy Lens',
      contexts: ['link'],
      targetUrlPatterns: ['*://*/*.pdf', '*://*/*.PDF', '*://*/*.pdf?*', '*://*.europa.eu/*'],
    }),
  );
}

export default defineBackground(() => {
  browser.runtime.onInstalled.addListener(() => {
    setUpContextMenu();
    void db().then(rescheduleReminders);
  });
  // Alarms survive a sleeping worker but are rebuilt from the tracker at every start, to be sure.
  browser.runtime.onStartup.addListener(() => void db().then(rescheduleReminders));
  browser.alarms.onAlarm.addListener((alarm) => void notifyReminder(alarm.name));
  browser.notifications.onClicked.addListener((id) => {
    if (id.startsWith('reminder:'))
      void browser.tabs.create({ url: browser.runtime.getURL('/tracker.html') });
  });
  browser.contextMenus.onClicked.addListener((info) => {
    if (info.menuItemId !== MENU_ID || !info.linkUrl) return;
    void browser.tabs.create({
      url: `${browser.runtime.getURL('/viewer.html')}#${encodeURIComponent(info.linkUrl)}`,
    });
  });
  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    const req = parseRequest(message);
    if (!req) return false;
    handle(req, sender).then(sendResponse, (e: unknown) => sendResponse({ error: String(e) }));
    return true; // the response is sent asynchronously
  });
  browser.tabs.onRemoved.addListener((tabId) => void storeTab(tabId, null));
  browser.tabs.onUpdated.addListener((tabId, change) => {
    // A new document: forget the old notice until the new page reports.
    if (change.status === 'loading' && change.url) {
      void storeTab(tabId, null);
      void clearBadge(tabId);
    }
  });
});
