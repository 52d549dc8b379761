/**
 * Runs on every page we may read (EU sites by default). It must cost almost
 * nothing: one regex over the page's text content (no layout, no DOM change);
 * only when deadline wording is present does it ask the background to inject
 * the overlay, which does the real reading.
 */
import { browser } from 'wxt/browser';
import { hasDeadlineWording } from '../../lib/notice/gate';

interface OverlayHandle {
  refresh(): void;
}

function check(): void {
  const overlay = (globalThis as { __vacancyLens?: OverlayHandle }).__vacancyLens;
  if (overlay) return overlay.refresh();
  const text = document.body?.textContent ?? '';
  if (!hasDeadlineWording(text)) return;
  void browser.runtime.sendMessage({ type: 'gate-passed', url: location.href }).catch(() => undefined);
}

export default defineContentScript({
  matches: ['https://*.europa.eu/*'],
  runAt: 'document_idle',
  main(ctx) {
    check();
    // Single-page navigations: check again when the URL changes.
    ctx.addEventListener(window, 'wxt:locationchange', () => setTimeout(check, 300));
  },
});
