/**
 * The overlay, injected by the background only into pages that passed the
 * content script's cheap gate. It reads the page, and on a notice shows the
 * summary card in a shadow root (the page's CSS can't reach it, it can't break
 * the page). Wiring only: reading is lib/notice, the card is components/notice.
 */
import { render } from 'preact';
import { browser } from 'wxt/browser';
import cardCss from '../../assets/card.css?inline';
import { NoticeCard } from '../../components/notice/NoticeCard';
import { saveMessage } from '../../components/notice/save-message';
import type { Evaluation, SaveResult, TabNotice } from '../../lib/messages';
import { analyseNotice, type Analysis } from '../../lib/notice';
import type { CastSummary, Disagreement } from '../../lib/sites/eu-careers';
import { annotateListing, isEuCareersPage, readEuCareersDetail } from './eu-careers';
import { clearHighlight, highlightRange } from './highlight';
import { collectPageText, rangeFor, type PageText } from './page-text';

const HOST_ID = 'vacancy-lens-overlay';
const DISMISSED_KEY = 'dismissedNotices';

interface State {
  page: PageText;
  notice: TabNotice;
  analysis: Analysis;
  evaluation: Evaluation;
  disagreements: Disagreement[];
  noticeNote: string | null;
  collapsed: boolean;
  saveStatus?: string;
}

function noticeKey(analysis: Analysis): string {
  return analysis.notice?.reference ?? `${location.origin}${location.pathname}`;
}

async function isDismissed(key: string): Promise<boolean> {
  const stored = (await browser.storage.local.get(DISMISSED_KEY))[DISMISSED_KEY];
  return Array.isArray(stored) && stored.includes(key);
}

async function dismiss(key: string): Promise<void> {
  const stored = (await browser.storage.local.get(DISMISSED_KEY))[DISMISSED_KEY];
  const list = Array.isArray(stored) ? stored.filter((k): k is string => typeof k === 'string') : [];
  await browser.storage.local.set({ [DISMISSED_KEY]: [...new Set([...list, key])].slice(-500) });
}

function createOverlay() {
  let host: HTMLElement | null = null;
  let mount: HTMLElement | null = null;
  let state: State | null = null;
  let running = false;

  const ensureHost = (): HTMLElement => {
    if (host && mount) return mount;
    host = document.createElement('div');
    host.id = HOST_ID;
    // The host itself must not inherit or receive page styles.
    host.setAttribute('style', 'all: initial; position: fixed; top: 16px; right: 16px; z-index: 2147483646;');
    const shadow = host.attachShadow({ mode: 'open' });
    const style = document.createElement('style');
    style.textContent = cardCss;
    mount = document.createElement('div');
    shadow.append(style, mount);
    document.documentElement.append(host);
    return mount;
  };

  const unmount = () => {
    if (mount) render(null, mount);
    host?.remove();
    host = mount = null;
    clearHighlight();
  };

  const showEvidence = (field: string) => {
    if (!state) return;
    const ev = state.analysis.evidence[field];
    if (!ev) return;
    const range = rangeFor(state.page, ev.start, ev.end);
    if (range) highlightRange(range);
  };

  const save = async (s: State) => {
    const r = (await browser.runtime.sendMessage({
      type: 'save-notice',
      notice: s.notice,
      snapshotText: s.page.text,
    })) as SaveResult;
    s.saveStatus = saveMessage(r);
    draw();
  };

  const draw = () => {
    if (!state) return;
    const s = state;
    render(
      <NoticeCard
        analysis={s.analysis}
        eligibility={s.evaluation.eligibility}
        hasProfile={s.evaluation.hasProfile}
        nowMs={Date.now()}
        userZone={Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC'}
        source={{ kind: s.notice.source, disagreements: s.disagreements, note: s.noticeNote ?? undefined }}
        readError={s.notice.readError}
        collapsed={s.collapsed}
        onToggleCollapsed={() => {
          s.collapsed = !s.collapsed;
          draw();
        }}
        onDismiss={() => {
          void dismiss(noticeKey(s.analysis));
          unmount();
        }}
        onShowEvidence={showEvidence}
        onSave={() => void save(s)}
        saveStatus={s.saveStatus}
        optionsUrl={browser.runtime.getURL('/options.html')}
        onOpenOptions={() => void browser.runtime.sendMessage({ type: 'open-options' })}
      />,
      ensureHost(),
    );
  };

  const refresh = async () => {
    if (running) return;
    running = true;
    try {
      const page = collectPageText(document.body, host);
      let analysis = analyseNotice(page.text, { format: 'text' });
      let source: TabNotice['source'] = 'page';
      let readError: string | undefined;
      let disagreements: Disagreement[] = [];
      let noticeNote: string | null = null;
      // EU Careers listing pages: annotate the rows, no card.
      const listed = isEuCareersPage()
        ? annotateListing(
            (await browser.runtime.sendMessage({ type: 'get-cast' })) as CastSummary | null,
            Date.now(),
          )
        : 0;
      if (listed > 0) {
        unmount();
        state = null;
        await browser.runtime.sendMessage({ type: 'notice-absent', url: location.href });
        return;
      }
      if (isEuCareersPage() || analysis.notice) {
        // EU Careers detail pages: the labelled fields win; the linked notice adds the requirements.
        const forced = analysis.notice ? analysis : analyseNotice(page.text, { format: 'text', force: true });
        const detail = await readEuCareersDetail(page, forced);
        if (detail && 'readError' in detail) {
          analysis = forced;
          readError = detail.readError;
          source = 'eu-careers';
        } else if (detail) {
          analysis = detail.analysis;
          disagreements = detail.disagreements;
          noticeNote = detail.noticeNote;
          source = 'eu-careers';
        }
      }
      if (!analysis.notice) {
        unmount();
        state = null;
        await browser.runtime.sendMessage({ type: 'notice-absent', url: location.href });
        return;
      }
      const notice: TabNotice = {
        url: location.href,
        analysis,
        source,
        snapshotText: page.text.slice(0, 500_000),
        ...(readError ? { readError } : {}),
      };
      const evaluation = (await browser.runtime.sendMessage({ type: 'notice-found', notice })) as Evaluation;
      if (await isDismissed(noticeKey(analysis))) {
        unmount();
        return;
      }
      state = {
        page,
        notice,
        analysis,
        evaluation,
        disagreements,
        noticeNote,
        collapsed: state?.collapsed ?? false,
      };
      draw();
    } finally {
      running = false;
    }
  };

  return { refresh: () => void refresh() };
}

export default defineUnlistedScript(() => {
  const g = globalThis as { __vacancyLens?: { refresh(): void } };
  if (!g.__vacancyLens) g.__vacancyLens = createOverlay();
  g.__vacancyLens.refresh();
});
