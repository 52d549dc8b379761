/**
 * The background service worker: the extension's own origin, where the
 * database lives. Content scripts and the overlay reach it by typed messages
 * (lib/messages.ts); it injects the overlay where the cheap gate passed, keeps
 * what each tab shows (in session storage, so it survives the worker sleeping)
 * and drives the badge.
 */
import { browser } from 'wxt/browser';
import { evaluateEligibility } from '../../lib/eligibility';
import {
  clearNotices,
  findTracked,
  getProfile,
  listTracked,
  openVacancyDb,
  putNotice,
  updateTracked,
  upsertTracked,
  type VacancyDb,
} from '../../lib/db';
import { noteSighting, noticeChanges, trackNotice } from '../../lib/tracker';
import { notifyReminder, rescheduleReminders } from './reminders';
import {
  isExtensionPage,
  MAX_PAGE_TEXT,
  parseRequest,
  senderAllowed,
  senderKind,
  tabNoticeSchema,
  type CardState,
  type ClearedNotices,
  type Evaluation,
  type EuCareersDetailAnswer,
  type FetchedNotice,
  type MessageSenderLike,
  type SaveResult,
  type Upcoming,
  type Request,
  type SavedMatch,
  type TabNotice,
  type TabState,
} from '../../lib/messages';
import { analyseNotice } from '../../lib/notice';
import type { NoticeFields } from '../../lib/notice/schema';
import { checkNoticeUrl, readCapped } from '../../lib/fetch-policy';
import { compareWithNotice, listingNotes, readVacancyDetail } from '../../lib/sites/eu-careers';
import { clearBadge, showBadge } from './badge';
import { handleSyncRequest, registerSync } from './sync';

let dbPromise: Promise<VacancyDb> | null = null;
const db = () => (dbPromise ??= openVacancyDb());

/** The verdict with the stored profile; with the notice's address, also its record in the tracker. */
async function evaluate(notice: NoticeFields, url?: string): Promise<Evaluation> {
  const [loaded, tracked] = await Promise.all([
    getProfile(await db()),
    url === undefined ? null : savedMatch(notice, url),
  ]);
  const profileErrors = loaded.errors.map((e) => `${e.store}/${e.key}: ${e.issues.join('; ')}`);
  const profile = loaded.value;
  return {
    hasProfile: profile !== null,
    eligibility: profile ? evaluateEligibility(notice, profile, new Date()) : null,
    profileErrors,
    tracked,
  };
}

/** The same notice in the tracker, and where this version differs from the saved copy. */
async function savedMatch(notice: NoticeFields, url: string): Promise<SavedMatch | null> {
  try {
    const record = await findTracked(await db(), notice.reference, url);
    if (!record) return null;
    const { id, status, savedAt } = record;
    return { id, status, savedAt, changes: noticeChanges(record.notice, notice) };
  } catch (e) {
    console.warn('Vacancy Lens: could not look the notice up in the tracker', e);
    return null;
  }
}

/**
 * A saved notice seen again: a different deadline or requirements is noted beside the saved copy
 * (lib/tracker/seen-again.ts), never written over it — any page can claim a saved reference.
 */
async function noteSeenAgain(notice: NoticeFields, url: string): Promise<void> {
  const d = await db();
  const record = await findTracked(d, notice.reference, url);
  if (!record) return;
  const now = new Date();
  await updateTracked(d, record.id, (current) => ({
    write: current && noteSighting(current, notice, url, now),
    result: null,
  }));
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
/** End-to-end builds serve their test sites over plain http on a port (never in a release build). */
const TEST_SERVERS = import.meta.env.VL_E2E === '1';

/** Hosts the user enabled Vacancy Lens on (from the optional host permissions granted). */
async function enabledHosts(): Promise<string[]> {
  const { origins = [] } = await browser.permissions.getAll();
  return origins
    .map((o) => /^(?:https?|\*):\/\/([^/*]+)\//.exec(o)?.[1])
    .filter((h): h is string => Boolean(h));
}

/**
 * The official notice behind a site page, fetched and read here (never in the page): https, EU hosts
 * or enabled sites, no private addresses (lib/fetch-policy.ts), 5 MB and 15 s at most. A PDF is only
 * recognised (the viewer reads it when the user opens it).
 */
async function fetchNotice(raw: string): Promise<FetchedNotice> {
  const decision = checkNoticeUrl(raw, {
    enabledHosts: await enabledHosts(),
    allowTestServers: TEST_SERVERS,
  });
  if (!decision.ok) return { kind: 'error', message: decision.reason };
  const u = decision.url;
  if (/\.pdf$/i.test(u.pathname)) return { kind: 'pdf', url: u.href };
  try {
    const res = await fetch(u, {
      credentials: 'omit',
      redirect: 'follow',
      signal: AbortSignal.timeout(FETCH_TIMEOUT_MS),
    });
    // A redirect must land where the policy allows too.
    const landed = checkNoticeUrl(res.url || u.href, {
      enabledHosts: await enabledHosts(),
      allowTestServers: TEST_SERVERS,
    });
    if (!landed.ok) {
      await res.body?.cancel();
      return { kind: 'error', message: `it redirected elsewhere: ${landed.reason}` };
    }
    if (!res.ok) return { kind: 'error', message: `the server answered ${res.status}` };
    const type = res.headers.get('content-type') ?? '';
    if (/pdf/i.test(type)) {
      await res.body?.cancel();
      return { kind: 'pdf', url: landed.url.href };
    }
    if (!/text\/|html|xml/i.test(type)) {
      await res.body?.cancel();
      return { kind: 'error', message: `unsupported document type (${type || 'unknown'})` };
    }
    const bytes = await readCapped(res.body, FETCH_MAX_BYTES);
    if (!bytes) return { kind: 'error', message: 'the document is larger than 5 MB' };
    const text = new TextDecoder().decode(bytes);
    const analysis = analyseNotice(text, { format: /html/.test(type) ? 'html' : undefined, force: true });
    return { kind: 'analysis', analysis, url: landed.url.href };
  } catch (e) {
    return {
      kind: 'error',
      message: (e as Error).name === 'TimeoutError' ? 'it took too long to answer' : (e as Error).message,
    };
  }
}

/** An EU Careers detail page's labelled fields, and the official notice it links to (fetched here). */
async function readEuCareersDetail(
  pairs: Parameters<typeof readVacancyDetail>[0],
): Promise<EuCareersDetailAnswer> {
  const detail = readVacancyDetail(pairs);
  if (!detail.ok) return { ok: false, reason: detail.reason };
  const evidence: Extract<EuCareersDetailAnswer, { ok: true }>['evidence'] = {};
  for (const [key, source] of Object.entries(detail.evidence))
    if (source) evidence[key as keyof typeof evidence] = { label: source.label, value: source.value };
  const fetched = detail.fields.noticeUrl ? await fetchNotice(detail.fields.noticeUrl) : null;
  const official = fetched?.kind === 'analysis' ? fetched.analysis.notice : null;
  return {
    ok: true,
    fields: detail.fields,
    evidence,
    fetched,
    disagreements: official ? compareWithNotice(detail.fields, official) : [],
  };
}

const cardKey = (tabId: number) => `card:${tabId}`;

/** A new secret for the card frame of a tab: only the overlay that asked for it knows it. */
async function newCardToken(tabId: number): Promise<string> {
  const token = crypto.randomUUID().replace(/-/g, '');
  await browser.storage.session.set({ [cardKey(tabId)]: token });
  return token;
}

/** The tab whose card page holds this token, when the sender is that card page in that tab. */
async function tabForToken(token: string, sender: MessageSenderLike): Promise<number | null> {
  const tabId = sender.tab?.id;
  if (tabId === undefined || !isExtensionPage(sender.url, browser.runtime.getURL('/'), '/card.html'))
    return null;
  const stored = (await browser.storage.session.get(cardKey(tabId)))[cardKey(tabId)];
  return typeof stored === 'string' && stored === token ? tabId : null;
}

async function saveToTracker(notice: TabNotice, snapshotText: string): Promise<SaveResult> {
  const fields = notice.analysis.notice;
  if (!fields) return { ok: false, error: 'nothing to save: this is not a notice' };
  const d = await db();
  // The verdict with the profile of today, kept as the verdict "when saved" (the tracker shows
  // it beside the one a later profile gives).
  const verdict = (await evaluate(fields)).eligibility?.overall ?? null;
  const input = {
    url: notice.url,
    analysis: { notice: fields, evidence: notice.analysis.evidence },
    snapshotText,
    verdict,
  };
  const now = new Date();
  // Look-up (same reference or address) and write in ONE transaction: two saves at once give
  // one "added" and one "updated", never two records or a lost one.
  const result = await upsertTracked(d, (existing) => trackNotice(existing, input, now));
  await rescheduleReminders(d);
  const { id, status, savedAt } = result.record;
  return {
    ok: true,
    action: result.action,
    deadlineChanged: result.deadlineChanged,
    tracked: { id, status, savedAt, changes: [] },
  };
}

/**
 * The parts of long texts sent ahead of their analyse-text, by sender (tab, frame and page): a few senders
 * at most, each text at most MAX_PAGE_TEXT, dropped once read.
 */
const textParts = new Map<string, string[]>();
const MAX_PART_SENDERS = 8;
const partsKey = (sender: MessageSenderLike) =>
  `${sender.tab?.id ?? '-'}:${sender.frameId ?? '-'}:${sender.url ?? ''}`;

async function handle(req: Request, sender: MessageSenderLike): Promise<unknown> {
  const tabId = sender.tab?.id;
  switch (req.type) {
    case 'gate-passed':
      if (tabId === undefined || sender.frameId !== 0) return { injected: false };
      return { injected: await injectOverlay(tabId) };
    case 'notice-found': {
      // Only the top frame's overlay shows a card, and only for a notice.
      const fields = req.notice.analysis.notice;
      if (sender.frameId !== 0 || !fields || tabId === undefined) return { token: null };
      await storeTab(tabId, req.notice);
      // The overlay frames the card page with this token; the verdict never goes to the page.
      const token = await newCardToken(tabId);
      // The rest does not hold the card up.
      void (async () => {
        await showBadge(tabId, req.notice, await evaluate(fields));
        // Keep what was read (notices vanish after their deadline); keyed by reference, else URL.
        await putNotice(await db(), {
          id: fields.reference ?? req.notice.url,
          url: req.notice.url,
          analysis: req.notice.analysis,
          analysedAt: new Date().toISOString(),
        });
        await noteSeenAgain(fields, req.notice.url);
      })().catch((e: unknown) => console.warn('Vacancy Lens: could not store or badge the notice', e));
      return { token };
    }
    case 'analyse-text-part': {
      const key = partsKey(sender);
      const parts = textParts.get(key) ?? [];
      const size = parts.reduce((n, p) => n + p.length, 0) + req.text.length;
      textParts.delete(key); // re-inserted last: the map keeps its senders in order of use
      if (size > MAX_PAGE_TEXT) return { ok: false, reason: 'text too long' };
      textParts.set(key, [...parts, req.text]);
      while (textParts.size > MAX_PART_SENDERS) textParts.delete(textParts.keys().next().value!);
      return { ok: true };
    }
    case 'analyse-text': {
      const key = partsKey(sender);
      const before = req.continued ? (textParts.get(key) ?? []) : [];
      textParts.delete(key);
      const text = before.length ? before.join('') + req.text : req.text;
      return analyseNotice(text.slice(0, MAX_PAGE_TEXT), { format: req.format, force: req.force });
    }
    case 'eu-careers-detail':
      return readEuCareersDetail(req.pairs);
    case 'eu-careers-listing':
      return listingNotes(req.headers, req.rows, Date.now());
    case 'card-state': {
      const cardTab = await tabForToken(req.token, sender);
      const notice = cardTab === null ? null : await loadTab(cardTab);
      if (cardTab === null || !notice?.analysis.notice) return { kind: 'none' } satisfies CardState;
      return {
        kind: 'notice',
        tabId: cardTab,
        notice,
        evaluation: await evaluate(notice.analysis.notice, notice.url),
      } satisfies CardState;
    }
    case 'save-tab-notice': {
      const cardTab = await tabForToken(req.token, sender);
      const notice = cardTab === null ? null : await loadTab(cardTab);
      if (!notice)
        return { ok: false, error: 'this card is no longer current: reload the page' } satisfies SaveResult;
      return saveToTracker(notice, notice.snapshotText ?? '');
    }
    case 'save-tab': {
      const notice = await loadTab(req.tabId);
      if (!notice) return { ok: false, error: 'no notice on this tab' } satisfies SaveResult;
      return saveToTracker(notice, notice.snapshotText ?? '');
    }
    case 'show-card-again':
      await browser.tabs.sendMessage(req.tabId, { type: 'card-show' }, { frameId: 0 }).catch(() => undefined);
      return { ok: true };
    case 'disable-site': {
      const host = new URL(req.origin).host;
      await browser.scripting.unregisterContentScripts({ ids: [`site:${host}`] }).catch(() => undefined);
      return { ok: true };
    }
    case 'notice-absent':
      if (tabId !== undefined) {
        await storeTab(tabId, null);
        await clearBadge(tabId);
      }
      return { ok: true };
    case 'evaluate':
      if (req.url !== undefined)
        void noteSeenAgain(req.notice, req.url).catch((e: unknown) =>
          console.warn('Vacancy Lens: could not note the notice seen again', e),
        );
      return evaluate(req.notice, req.url);
    case 'get-tab-state': {
      const notice = await loadTab(req.tabId);
      if (!notice?.analysis.notice) return { kind: 'none' } satisfies TabState;
      const evaluation = await evaluate(notice.analysis.notice, notice.url);
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
    case 'save-notice':
      return saveToTracker(req.notice, req.snapshotText);
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
      // No profile yet: the welcome page's quick profile (two minutes), not the full form.
      if ((await getProfile(await db())).value === null)
        await browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') });
      else await browser.runtime.openOptionsPage();
      return { ok: true };
    case 'clear-analysed-notices':
      return { ok: true, ...(await clearNotices(await db())) } satisfies ClearedNotices;
    case 'sync-status':
    case 'sync-set-enabled':
    case 'sync-resolve':
      return handleSyncRequest(req);
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
  browser.runtime.onInstalled.addListener((details) => {
    setUpContextMenu();
    void db().then(rescheduleReminders);
    // First run: the welcome page sets up the profile (not on updates or browser updates).
    if (details.reason === 'install')
      void browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') });
  });
  registerSync(db);
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
    const kind = senderKind(sender, browser.runtime.id, browser.runtime.getURL('/'));
    if (!senderAllowed(req.type, kind)) {
      sendResponse({ error: `not allowed from this context: ${req.type}` });
      return false;
    }
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
