/**
 * The card, as an extension page framed by the overlay (see entrypoints/overlay). Being our own
 * origin, it is out of the page's reach: the page can't read the verdict or the profile-derived
 * criteria in it, and can't click its Save. It learns which tab it serves only through the
 * one-time token the overlay posts to this frame's window (never in the address, which the page
 * could see in its resource timings), checked by the background against the tab it is framed in.
 * Anything else that posts here (the page can) sends a token the background rejects.
 * Wiring only: NoticeCard renders, the background holds the data.
 */
import { render } from 'preact';
import { browser } from 'wxt/browser';
import '../../assets/card.css';
import '../../assets/card-page.css';
import { NoticeCard } from '../../components/notice/NoticeCard';
import { saveMessage } from '../../components/notice/save-message';
import { cardStateSchema, type CardState, type CardToOverlay, type SaveResult } from '../../lib/messages';

const root = document.getElementById('app')!;

interface View {
  token: string;
  state: CardState | null;
  collapsed: boolean;
  saveStatus?: string;
}

let view: View = { token: '', state: null, collapsed: location.hash === '#pill' };

function tell(message: CardToOverlay): void {
  if (view.state?.kind !== 'notice') return;
  void browser.tabs.sendMessage(view.state.tabId, message, { frameId: 0 }).catch(() => undefined);
}

/** The overlay sizes the frame to the card (the page only ever sees an empty frame of that size). */
function reportSize(): void {
  const card = root.firstElementChild as HTMLElement | null;
  if (!card) return;
  tell({ type: 'card-size', height: Math.ceil(card.getBoundingClientRect().height) });
}
new ResizeObserver(reportSize).observe(root);

function draw(): void {
  const s = view.state;
  if (s?.kind !== 'notice') {
    render(null, root);
    return;
  }
  const { notice, evaluation } = s;
  render(
    <NoticeCard
      analysis={notice.analysis}
      eligibility={evaluation.eligibility}
      hasProfile={evaluation.hasProfile}
      nowMs={Date.now()}
      userZone={Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC'}
      source={{ kind: notice.source, disagreements: notice.disagreements, note: notice.noticeNote }}
      readError={notice.readError}
      collapsed={view.collapsed}
      onToggleCollapsed={() => {
        view = { ...view, collapsed: !view.collapsed };
        draw();
      }}
      onDismiss={() => tell({ type: 'card-dismiss' })}
      onShowEvidence={(field) => tell({ type: 'card-evidence', field })}
      onSave={async () => {
        const r = (await browser.runtime.sendMessage({
          type: 'save-tab-notice',
          token: view.token,
        })) as SaveResult;
        view = { ...view, saveStatus: saveMessage(r) };
        draw();
      }}
      saveStatus={view.saveStatus}
      optionsUrl={browser.runtime.getURL('/options.html')}
      onOpenOptions={() => void browser.runtime.sendMessage({ type: 'open-options' })}
    />,
    root,
  );
  requestAnimationFrame(reportSize);
}

async function load(token: string): Promise<void> {
  const parsed = cardStateSchema.safeParse(
    await browser.runtime.sendMessage({ type: 'card-state', token }).catch(() => null),
  );
  // A rejected token (someone else posting here) leaves what is shown as it is.
  if (!parsed.success || parsed.data.kind !== 'notice') return;
  view = {
    ...view,
    token,
    state: parsed.data,
    saveStatus: token === view.token ? view.saveStatus : undefined,
  };
  draw();
}

// Each reading of the page (also after a single-page navigation) comes with a new token.
window.addEventListener('message', (e: MessageEvent) => {
  const token = (e.data as { vacancyLensToken?: unknown } | null)?.vacancyLensToken;
  if (typeof token === 'string' && /^[0-9a-f]{32}$/.test(token)) void load(token);
});
