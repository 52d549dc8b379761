/**
 * The toolbar popup for the current tab. Pure: the entrypoint finds the tab's state, the time
 * and the zone, and wires the actions. Shares its pieces with the in-page card.
 */
import type { Analysis, NoticeFields } from '../../lib/notice/schema';
import { BRUSSELS, countdown, formatInstant } from '../../lib/time/format';
import { clip, type EvidenceLinks } from '../notice/evidence';
import type { SavedMatch } from '../../lib/messages';
import { ProfileLink } from '../notice/ProfilePrompt';
import { SavedState } from '../notice/SavedState';
import type { ShownEligibility } from '../notice/shown';
import { NotStated } from '../notice/Value';
import { NoticeSections, VerdictFirst } from '../notice/VerdictFirst';

export type PopupState =
  | { kind: 'loading' }
  | { kind: 'no-notice'; reason?: string; canEnable?: boolean; host?: string }
  | {
      kind: 'notice';
      analysis: Analysis;
      eligibility: ShownEligibility | null;
      hasProfile: boolean;
      /** The same notice in the tracker, and where this version differs from the saved copy. */
      tracked?: SavedMatch | null;
    }
  | { kind: 'error'; message: string };

export interface PopupViewProps {
  state: PopupState;
  nowMs: number;
  userZone: string;
  optionsUrl: string;
  /** Opens the options page (see ProfileLink); without it the link is followed. */
  onOpenOptions?: () => void;
  /** Asks for access to the current site (an optional host permission). */
  onEnableSite?: () => void;
  /** Vacancy Lens runs on this site because the user enabled it: offer to stop. */
  onDisableSite?: () => void;
  /** The card was hidden on this notice: offer to show it again. */
  onShowCard?: () => void;
  /** Chromium: open the card in the browser's side panel. */
  onOpenSidePanel?: () => void;
  onSave?: () => void;
  /** What happened after "Save to tracker" ("Saved." / "Updated: the deadline changed…"). */
  saveStatus?: string;
  onOpenTracker?: () => void;
  /** The next deadlines in the tracker (soonest first). */
  upcoming?: Array<{ id: string; title: string; reference: string | null; deadline: string }>;
}

export function PopupView({
  state,
  nowMs,
  userZone,
  optionsUrl,
  onOpenOptions,
  onEnableSite,
  onDisableSite,
  onShowCard,
  onOpenSidePanel,
  onSave,
  saveStatus,
  onOpenTracker,
  upcoming = [],
}: PopupViewProps) {
  const notice = state.kind === 'notice' ? state.analysis.notice : null;
  return (
    <main class="vl-card vl-popup">
      <p class="vl-popup__brand">Vacancy Lens</p>
      {state.kind === 'loading' ? (
        <p class="vl-muted" role="status">
          Looking for a vacancy notice on this page…
        </p>
      ) : state.kind === 'error' ? (
        <div class="vl-alert" role="alert">
          <h1 class="vl-alert__title">Vacancy Lens could not read this page</h1>
          <p class="vl-alert__text">{state.message}</p>
        </div>
      ) : state.kind === 'no-notice' || notice === null ? (
        <NoNotice state={state.kind === 'no-notice' ? state : {}} onEnableSite={onEnableSite} />
      ) : (
        <NoticeSummary
          notice={notice}
          analysis={state.analysis}
          eligibility={state.eligibility}
          hasProfile={state.hasProfile}
          nowMs={nowMs}
          userZone={userZone}
          optionsUrl={optionsUrl}
          onOpenOptions={onOpenOptions}
        />
      )}
      {state.kind === 'notice' && notice && (
        <SavedState tracked={state.tracked} onSave={onSave} saveStatus={saveStatus} userZone={userZone} />
      )}
      {onOpenTracker && (
        <div class="vl-actions">
          {onOpenTracker && (
            <button type="button" class="vl-button vl-button--secondary" onClick={onOpenTracker}>
              Open tracker
            </button>
          )}
          {notice && onOpenSidePanel && (
            <button type="button" class="vl-button vl-button--secondary" onClick={onOpenSidePanel}>
              Open in the side panel
            </button>
          )}
          {notice && onShowCard && (
            <button type="button" class="vl-button vl-button--secondary" onClick={onShowCard}>
              Show the card on the page
            </button>
          )}
        </div>
      )}
      {onDisableSite && (
        <p>
          <button type="button" class="vl-button vl-button--secondary" onClick={onDisableSite}>
            Stop running on this site
          </button>
        </p>
      )}
      {state.kind === 'notice' && notice && (
        <NoticeSections
          notice={notice}
          analysis={state.analysis}
          eligibility={state.eligibility}
          nowMs={nowMs}
          userZone={userZone}
          links={{ evidence: state.analysis.evidence, where: 'page' }}
          headingLevel={2}
          compact
        />
      )}
      {upcoming.length > 0 && (
        <section aria-labelledby="vl-upcoming">
          <h2 id="vl-upcoming" class="vl-subtitle">
            Next deadlines in your tracker
          </h2>
          <ul class="vl-upcoming">
            {upcoming.map((u) => (
              <li key={u.id}>
                <span class="vl-upcoming__title">
                  <bdi>{clip(u.title, 80)}</bdi>
                </span>{' '}
                <span class="vl-muted">
                  {formatInstant(Date.parse(u.deadline), BRUSSELS)} Brussels ·{' '}
                  {countdown(Date.parse(u.deadline), nowMs).text}
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </main>
  );
}

function NoNotice({
  state,
  onEnableSite,
}: {
  state: { reason?: string; canEnable?: boolean; host?: string };
  onEnableSite?: () => void;
}) {
  return (
    <>
      <h1 class="vl-title">No vacancy notice found on this page</h1>
      {state.reason && <p class="vl-muted">{state.reason}</p>}
      {state.canEnable && onEnableSite && (
        <>
          <p class="vl-muted">
            Vacancy Lens reads EU Careers pages on its own. On other sites it reads a page only if you allow
            it.
          </p>
          <button type="button" class="vl-button vl-button--primary" onClick={onEnableSite}>
            Enable Vacancy Lens on {state.host ?? 'this site'}
          </button>
        </>
      )}
    </>
  );
}

function NoticeSummary({
  notice,
  analysis,
  eligibility,
  hasProfile,
  nowMs,
  userZone,
  optionsUrl,
  onOpenOptions,
}: {
  notice: NoticeFields;
  analysis: Analysis;
  eligibility: ShownEligibility | null;
  hasProfile: boolean;
  nowMs: number;
  userZone: string;
  optionsUrl: string;
  onOpenOptions?: () => void;
}) {
  // No evidence buttons in the popup: the evidence is highlighted on the page, from the card.
  const links: EvidenceLinks = { evidence: analysis.evidence, where: 'page' };
  return (
    <>
      <h1 class="vl-title">
        {notice.title ? (
          <bdi>{clip(notice.title)}</bdi>
        ) : (
          <>
            Untitled vacancy <NotStated label="title not stated" reason={analysis.missing.title} />
          </>
        )}
      </h1>
      <VerdictFirst
        notice={notice}
        analysis={analysis}
        eligibility={eligibility}
        hasProfile={hasProfile}
        nowMs={nowMs}
        userZone={userZone}
        optionsUrl={optionsUrl}
        onOpenOptions={onOpenOptions}
        links={links}
        headingLevel={2}
      />
      {hasProfile && (
        <p class="vl-popup__profile">
          <ProfileLink optionsUrl={optionsUrl} onOpenOptions={onOpenOptions}>
            Edit your profile
          </ProfileLink>
        </p>
      )}
    </>
  );
}
