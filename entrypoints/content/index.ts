/**
 * Runs on every page we may read (EU sites by default). It must cost almost
 * nothing: one regex over the page's text content (no layout, no DOM change; in 64 kB slices);
 * only when deadline wording is present does it ask the background to inject
 * the overlay, which does the real reading.
 */
import { browser } from 'wxt/browser';
import { hasDeadlineWording } from '../../lib/notice/gate';

interface OverlayHandle {
  refresh(): void;
}

/** A slice of text the gate tests in one go; between slices the page gets the main thread back. */
const SLICE = 64 * 1024;
/** Overlap between slices, so a wording cut by a slice boundary is still seen. */
const OVERLAP = 200;

/**
 * The gate over the page's text, slice by slice, read from its text nodes as it goes: a very large
 * page never makes one long task (not even building its whole text at once).
 */
async function passesGate(root: Node): Promise<boolean> {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let slice = '';
  for (let node = walker.nextNode(); ; node = walker.nextNode()) {
    if (node) slice += (node as Text).data;
    if (slice.length >= SLICE || (!node && slice)) {
      if (hasDeadlineWording(slice)) return true;
      if (!node) return false;
      slice = slice.slice(-OVERLAP);
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
    if (!node) return false;
  }
}

async function check(): Promise<void> {
  const overlay = (globalThis as { __vacancyLens?: OverlayHandle }).__vacancyLens;
  if (overlay) return overlay.refresh();
  if (!document.body || !(await passesGate(document.body))) return;
  void browser.runtime.sendMessage({ type: 'gate-passed', url: location.href }).catch(() => undefined);
}

export default defineContentScript({
  matches: ['https://*.europa.eu/*'],
  runAt: 'document_idle',
  main(ctx) {
    void check();
    // Single-page navigations: check again when the URL changes.
    ctx.addEventListener(window, 'wxt:locationchange', () => setTimeout(() => void check(), 300));
  },
});
