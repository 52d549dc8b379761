/**
 * The card as an extension page: shared by the in-page frame (card.html) and the browser's side
 * panel (sidepanel.html). Both are our own origin, out of the page's reach. What differs is only
 * where the state comes from and how Save is asked for; that is the `source`.
 */
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { NoticeCard } from '../../components/notice/NoticeCard';
import { saveMessage } from '../../components/notice/save-message';
import type { CardState, CardToOverlay, SaveResult } from '../../lib/messages';

export interface CardSource {
  /** Save the notice the card shows (the background saves its own copy of the tab's notice). */
  save(): Promise<SaveResult>;
  /** Close the card (frame: hide it on the page; side panel: close the panel). */
  dismiss(): void;
  /** Where the card lives: the frame also reports its size to the overlay. */
  kind: 'frame' | 'panel';
}

export interface CardApp {
  show(state: CardState): void;
}

/** Side panel support in this browser (Chromium): the frame offers to move the card there. */
const sidePanel = (globalThis as { chrome?: { sidePanel?: { open(o: { tabId: number }): Promise<void> } } })
  .chrome?.sidePanel;

/** How long "Undo" stays before a hidden card goes. */
const UNDO_MS = 6000;

export function mountCard(root: HTMLElement, source: CardSource, startCollapsed: boolean): CardApp {
  let state: CardState | null = null;
  let collapsed = startCollapsed;
  let saveStatus: string | undefined;
  /** "×" was pressed: the card says so with an Undo for a few seconds before it goes. */
  let hiding: ReturnType<typeof setTimeout> | null = null;

  const tell = (message: CardToOverlay) => {
    if (state?.kind !== 'notice') return;
    void browser.tabs.sendMessage(state.tabId, message, { frameId: 0 }).catch(() => undefined);
  };

  /** The overlay sizes the frame to the card (the page only ever sees an empty frame of that size). */
  const reportSize = () => {
    const card = root.firstElementChild as HTMLElement | null;
    if (source.kind !== 'frame' || !card) return;
    tell({ type: 'card-size', height: Math.ceil(card.getBoundingClientRect().height) });
  };
  new ResizeObserver(reportSize).observe(root);

  const draw = () => {
    if (hiding !== null && state?.kind === 'notice') {
      render(
        <div class="vl-card vl-undo" role="status">
          <span>Hidden for this notice. The popup can show it again.</span>
          <button
            type="button"
            class="vl-button vl-button--secondary"
            onClick={() => {
              if (hiding !== null) clearTimeout(hiding);
              hiding = null;
              draw();
            }}
          >
            Undo
          </button>
        </div>,
        root,
      );
      requestAnimationFrame(reportSize);
      return;
    }
    if (state?.kind !== 'notice') {
      render(
        source.kind === 'panel' ? <p class="vl-panel-empty">No vacancy notice on this tab.</p> : null,
        root,
      );
      return;
    }
    const { notice, evaluation, tabId } = state;
    render(
      <NoticeCard
        analysis={notice.analysis}
        eligibility={evaluation.eligibility}
        hasProfile={evaluation.hasProfile}
        nowMs={Date.now()}
        userZone={Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC'}
        source={{ kind: notice.source, disagreements: notice.disagreements, note: notice.noticeNote }}
        readError={notice.readError}
        collapsed={collapsed}
        onToggleCollapsed={() => {
          collapsed = !collapsed;
          draw();
        }}
        onDismiss={() => {
          if (source.kind === 'panel') return source.dismiss();
          hiding = setTimeout(() => {
            hiding = null;
            source.dismiss();
          }, UNDO_MS);
          draw();
        }}
        onShowEvidence={(field) => tell({ type: 'card-evidence', field })}
        onSave={async () => {
          const result = await source.save();
          saveStatus = saveMessage(result);
          if (result.ok && result.tracked && state?.kind === 'notice')
            state = { ...state, evaluation: { ...state.evaluation, tracked: result.tracked } };
          draw();
        }}
        saveStatus={saveStatus}
        tracked={evaluation.tracked}
        onOpenSidePanel={
          source.kind === 'frame' && sidePanel
            ? () => {
                // Called in the click's own task: the browser needs the user's gesture to open the panel.
                void sidePanel.open({ tabId }).then(() => {
                  collapsed = true;
                  draw();
                });
              }
            : undefined
        }
        optionsUrl={browser.runtime.getURL('/options.html')}
        onOpenOptions={() => void browser.runtime.sendMessage({ type: 'open-options' })}
      />,
      root,
    );
    requestAnimationFrame(reportSize);
  };

  return {
    show(next) {
      if (state?.kind === 'notice' && next.kind === 'notice' && state.notice.url !== next.notice.url)
        saveStatus = undefined;
      state = next;
      draw();
    },
  };
}
