/**
 * The card, as an extension page framed by the overlay (see entrypoints/overlay). Being our own
 * origin, it is out of the page's reach: the page can't read the verdict or the profile-derived
 * criteria in it, and can't click its Save. It learns which tab it serves only through the
 * one-time token the overlay posts to this frame's window (never in the address, which the page
 * could see in its resource timings), checked by the background against the tab it is framed in.
 * Anything else that posts here (the page can) sends a token the background rejects.
 * Wiring only: the card app renders, the background holds the data.
 */
import { browser } from 'wxt/browser';
import '../../assets/card.css';
import '../../assets/card-page.css';
import { cardStateSchema, type CardToOverlay, type SaveResult } from '../../lib/messages';
import { mountCard } from './app';

let token = '';
let tabId: number | null = null;

const app = mountCard(
  document.getElementById('app')!,
  {
    kind: 'frame',
    save: async () => (await browser.runtime.sendMessage({ type: 'save-tab-notice', token })) as SaveResult,
    dismiss: () => {
      if (tabId === null) return;
      const message: CardToOverlay = { type: 'card-dismiss' };
      void browser.tabs.sendMessage(tabId, message, { frameId: 0 }).catch(() => undefined);
    },
  },
  // The card starts as a one-line pill: the notice stays readable; one click opens it.
  location.hash !== '#open',
);

async function load(candidate: string): Promise<void> {
  const parsed = cardStateSchema.safeParse(
    await browser.runtime.sendMessage({ type: 'card-state', token: candidate }).catch(() => null),
  );
  // A rejected token (someone else posting here) leaves what is shown as it is.
  if (!parsed.success || parsed.data.kind !== 'notice') return;
  token = candidate;
  tabId = parsed.data.tabId;
  app.show(parsed.data);
}

// Each reading of the page (also after a single-page navigation) comes with a new token.
window.addEventListener('message', (e: MessageEvent) => {
  const candidate = (e.data as { vacancyLensToken?: unknown } | null)?.vacancyLensToken;
  if (typeof candidate === 'string' && /^[0-9a-f]{32}$/.test(candidate)) void load(candidate);
});
