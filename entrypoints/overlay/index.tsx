/**
 * The overlay, injected by the background only into pages that passed the content script's cheap
 * gate. It collects the page's text (with a map back to the DOM for highlighting), has the
 * background read it (off the page's main thread), and frames the card.
 *
 * Trust: the page is hostile. Nothing profile-derived (verdict, criteria, the profile itself) and no
 * button that writes ever enters the page's DOM. The card is an extension page (card.html) in an
 * iframe inside a *closed* shadow root: the page can't reach into its document (cross-origin), can't
 * synthesise clicks in it, and the card shows nothing without the one-time token the background gave
 * this overlay. What the page can see is an empty frame of a given size.
 */
import { browser } from 'wxt/browser';
import { DISMISSED_KEY, dismissKey, dismissedKeys } from '../../lib/dismissed';
import { TEXT_PART_CHARS, type CardToOverlay, type TabNotice } from '../../lib/messages';
import type { Analysis, NoticeFormat } from '../../lib/notice';
import { annotateListing, isEuCareersPage, readEuCareersDetail } from './eu-careers';
import { clearHighlight, highlightRange } from './highlight';
import { collectPageText, rangeFor, type PageText } from './page-text';

const CARD_WIDTH = 400;
const MARGIN = 12;

function noticeKey(analysis: Analysis): string {
  return dismissKey(analysis.notice?.reference, location.href);
}

async function dismissedList(): Promise<string[]> {
  return dismissedKeys((await browser.storage.local.get(DISMISSED_KEY))[DISMISSED_KEY]);
}

async function setDismissed(key: string, dismissed: boolean): Promise<void> {
  const list = (await dismissedList()).filter((k) => k !== key);
  if (dismissed) list.push(key);
  await browser.storage.local.set({ [DISMISSED_KEY]: list.slice(-500) });
}

/** The background reads text (the reader is linear, but 1 MB still takes time we don't take from the page). */
/**
 * The page's text read in the background. A long text goes in parts (TEXT_PART_CHARS each, the last with
 * the request): one message of a megabyte is serialised in one long task on the page's main thread.
 */
const readText = async (text: string, format: NoticeFormat, force: boolean) => {
  let at = 0;
  for (; text.length - at > TEXT_PART_CHARS; at += TEXT_PART_CHARS)
    await browser.runtime.sendMessage({
      type: 'analyse-text-part',
      text: text.slice(at, at + TEXT_PART_CHARS),
    });
  return (await browser.runtime.sendMessage({
    type: 'analyse-text',
    text: text.slice(at),
    format,
    force,
    continued: at > 0,
  })) as Analysis;
};

/** Messages from our own extension pages only (the card frame, the background): never from the page. */
function fromExtension(sender: { id?: string; url?: string }): boolean {
  if (sender.id !== browser.runtime.id || !sender.url) return false;
  try {
    return new URL(sender.url).protocol === new URL(browser.runtime.getURL('/')).protocol;
  } catch {
    return false;
  }
}

function createOverlay() {
  let host: HTMLElement | null = null;
  let frame: HTMLIFrameElement | null = null;
  let page: PageText | null = null;
  let analysis: Analysis | null = null;
  let token: string | null = null;
  let running = false;
  let again = false;

  /** The host is sized to the card (card-size); every property the page could pass down is pinned. */
  const hostStyle = (width: number, height: number, shown = true) =>
    [
      `position: fixed`, `top: ${MARGIN}px`, `right: ${MARGIN}px`, `left: auto`, `bottom: auto`,
      `width: ${Math.round(width)}px`, `height: ${Math.round(height)}px`, `z-index: 2147483646`,
      `display: block`, `margin: 0`, `padding: 0`, `border: 0`, `background: transparent`,
      // Not yet sized: transparent, but rendered (a hidden frame would not paint). Not click-through:
      // Chromium kept hit-testing a frame whose host had been "pointer-events: none" as click-through
      // after it changed (a reloaded page's card ignored clicks), so the property stays put.
      `opacity: ${shown ? 1 : 0}`, `pointer-events: auto`, `visibility: visible`, `transform: none`, `filter: none`, `clip-path: none`, `max-width: none`, `max-height: none`,
    ].map((d) => `${d} !important`).join('; '); // prettier-ignore

  const place = (height: number) => {
    // The card fills the frame's width; its height follows the card (one line as a pill), up to the window's.
    const w = Math.min(CARD_WIDTH, window.innerWidth - 2 * MARGIN);
    const h = Math.min(Math.max(height, 40), window.innerHeight - 2 * MARGIN);
    host?.setAttribute('style', hostStyle(w, h));
  };

  /** The token goes to the card frame's own window only (targetOrigin: the extension). */
  const post = (cardToken: string) => {
    // Only the card frame's own origin receives it. With a per-session (dynamic) address the frame's
    // origin is still the extension's id in Chromium; in Firefox it is the address's host.
    const scheme = new URL(browser.runtime.getURL('/')).protocol;
    const origins = new Set([
      `${scheme}//${browser.runtime.id}`,
      /^[a-z-]+:\/\/[^/]+/.exec(frame?.src ?? '')?.[0],
    ]);
    for (const origin of origins)
      if (origin) frame?.contentWindow?.postMessage({ vacancyLensToken: cardToken }, origin);
  };

  /**
   * The card's frame, created hidden while the page is still being read, so the card page loads
   * meanwhile; it shows once the card has something to show (its first card-size).
   */
  const prepare = () => {
    if (frame) return;
    const src = browser.runtime.getURL('/card.html');
    host = document.createElement('div');
    // The host must neither inherit nor receive page styles; its size follows the card (card-size).
    host.setAttribute('style', hostStyle(Math.min(CARD_WIDTH, window.innerWidth - 2 * MARGIN), 48, false));
    const shadow = host.attachShadow({ mode: 'closed' });
    frame = document.createElement('iframe');
    frame.title = 'Vacancy Lens';
    frame.src = src;
    frame.setAttribute(
      'style',
      'border: 0; width: 100%; height: 100%; display: block; background: transparent; color-scheme: normal;',
    );
    frame.addEventListener('load', () => token && post(token));
    shadow.append(frame);
    document.documentElement.append(host);
  };

  const mount = (cardToken: string) => {
    prepare();
    post(cardToken);
  };

  const unmount = () => {
    host?.remove();
    host = frame = null;
    clearHighlight();
  };

  const showEvidence = (field: string) => {
    const ev = analysis?.evidence[field];
    if (!page || !ev) return;
    const range = rangeFor(page, ev.start, ev.end);
    if (range) highlightRange(range);
  };

  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if (!fromExtension(sender) || typeof message !== 'object' || message === null) return;
    const m = message as CardToOverlay | { type: 'card-show' };
    if (m.type === 'card-size' && Number.isFinite(m.height)) place(m.height);
    else if (m.type === 'card-evidence' && typeof m.field === 'string') showEvidence(m.field);
    else if (m.type === 'card-dismiss' && analysis) {
      void setDismissed(noticeKey(analysis), true);
      unmount();
    } else if (m.type === 'card-show' && analysis) {
      void setDismissed(noticeKey(analysis), false);
      if (token) mount(token);
    }
  });

  const absent = async () => {
    unmount();
    analysis = page = token = null;
    await browser.runtime.sendMessage({ type: 'notice-absent', url: location.href });
  };

  const read = async () => {
    const collected = await collectPageText(document.body, host);
    // EU Careers listing pages: annotate the rows (days left, closed), no card.
    if (isEuCareersPage() && (await annotateListing()) > 0) return absent();
    let found = await readText(collected.text, 'page', false);
    // A notice: the card page loads (not shown yet) while the rest is read and the token fetched.
    const dismissed = found.notice !== null && (await dismissedList()).includes(noticeKey(found));
    if (found.notice && !dismissed) prepare();
    let source: TabNotice['source'] = 'page';
    let readError: string | undefined;
    let disagreements: TabNotice['disagreements'];
    let noticeNote: string | undefined;
    if (isEuCareersPage() || found.notice) {
      // EU Careers job pages: the labelled fields win; the linked notice adds the requirements.
      const base = found.notice ? found : await readText(collected.text, 'page', true);
      const detail = await readEuCareersDetail(collected, base);
      if (detail && 'readError' in detail) {
        // The site's labels are missing: the text reader's result stands if it found a notice.
        if (found.notice) noticeNote = `${detail.readError} The details below come from the page's text.`;
        else {
          found = base;
          readError = detail.readError;
        }
        source = 'eu-careers';
      } else if (detail) {
        found = detail.analysis;
        disagreements = detail.disagreements;
        noticeNote = detail.noticeNote ?? undefined;
        source = 'eu-careers';
      }
    }
    if (!found.notice) return absent();
    page = collected;
    analysis = found;
    const notice: TabNotice = {
      url: location.href,
      analysis: found,
      source,
      snapshotText: collected.text.slice(0, 500_000),
      ...(readError ? { readError } : {}),
      ...(disagreements?.length ? { disagreements } : {}),
      ...(noticeNote ? { noticeNote } : {}),
    };
    const answer = (await browser.runtime.sendMessage({ type: 'notice-found', notice })) as {
      token: string | null;
    };
    token = answer?.token ?? null;
    if (!token) return unmount();
    if ((await dismissedList()).includes(noticeKey(found))) return unmount();
    mount(token);
  };

  const refresh = async () => {
    if (running) {
      again = true;
      return;
    }
    running = true;
    try {
      do {
        again = false;
        await read();
      } while (again);
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
