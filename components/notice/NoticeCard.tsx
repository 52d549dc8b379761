/**
 * The summary card shown over a vacancy page (in a shadow root) and beside the PDF viewer.
 * Pure: props in, markup out; the container positions it, stores "collapsed" and "dismissed",
 * and scrolls to the evidence. Notice text is hostile input and is only ever rendered as text.
 */
import { useId } from 'preact/hooks';
import { displayValue, fieldLabel, VERDICT_LABELS } from '../../lib/notice/labels';
import type { Analysis, NoticeFields } from '../../lib/notice/schema';
import { countdown } from '../../lib/time/format';
import type { SavedMatch } from '../../lib/messages';
import { clip, type EvidenceLinks } from './evidence';
import { SavedState } from './SavedState';
import { ProfileLink } from './ProfilePrompt';
import type { ShownEligibility } from './shown';
import { NotStated, Value } from './Value';
import { NoticeSections, VerdictFirst } from './VerdictFirst';

export interface NoticeSource {
  kind: 'page' | 'eu-careers' | 'pdf';
  /** Where an EU Careers page and the notice it links to say different things. */
  disagreements?: Array<{ field: string; page: string; notice: string }>;
  /** Where the requirements came from, or why they could not be read (e.g. the linked notice is a PDF). */
  note?: string;
}

export interface NoticeCardProps {
  /** The reader's output; `analysis.notice` must not be null. */
  analysis: Analysis;
  /** null: not evaluated (yet). */
  eligibility: ShownEligibility | null;
  hasProfile: boolean;
  nowMs: number;
  /** The user's IANA zone, e.g. from Intl.DateTimeFormat().resolvedOptions().timeZone. */
  userZone: string;
  source?: NoticeSource;
  collapsed: boolean;
  onToggleCollapsed: () => void;
  onDismiss: () => void;
  /** Called with the field name (e.g. "deadline") when the user activates a value that has evidence. */
  onShowEvidence: (field: string) => void;
  /** Chromium: move the card into the browser's side panel (shown only when given). */
  onOpenSidePanel?: () => void;
  /** "Save to tracker" is shown only when given. */
  onSave?: () => void;
  /** What happened after "Save to tracker". */
  saveStatus?: string;
  /** The same notice in the tracker, and where this version differs from the saved copy. */
  tracked?: SavedMatch | null;
  /** The options page, where the profile is created and edited. */
  optionsUrl: string;
  /** Opens the options page (see ProfileLink); without it the link is followed. */
  onOpenOptions?: () => void;
  /** The page could not be read reliably: this is shown instead of values that might be wrong. */
  readError?: string;
}

const SOURCE_TEXT: Record<NoticeSource['kind'], string> = {
  page: 'Read from this page.',
  'eu-careers': 'Read from this EU Careers page.',
  pdf: 'Read from this PDF notice.',
};

export function NoticeCard(props: NoticeCardProps) {
  const { analysis, collapsed, readError } = props;
  const bodyId = useId();
  const notice = analysis.notice;
  const failed = Boolean(readError) || notice === null;
  const peek = failed ? 'could not read this page' : peekText(props);

  return (
    <aside class="vl-card" aria-label="Vacancy Lens">
      <header class="vl-card__header">
        <button
          type="button"
          class="vl-card__toggle"
          aria-expanded={collapsed ? 'false' : 'true'}
          aria-controls={bodyId}
          onClick={props.onToggleCollapsed}
        >
          <span class="vl-card__chevron" aria-hidden="true">
            {collapsed ? '▸' : '▾'}
          </span>
          <span class="vl-card__brand">Vacancy Lens</span>
          {collapsed && peek && <span class="vl-card__peek">{peek}</span>}
        </button>
        {props.onOpenSidePanel && (
          <button
            type="button"
            class="vl-card__panel"
            aria-label="Open in the side panel"
            title="Open in the side panel"
            onClick={props.onOpenSidePanel}
          >
            <span aria-hidden="true">⇥</span>
          </button>
        )}
        <button
          type="button"
          class="vl-card__close"
          aria-label="Hide for this notice"
          title="Hide for this notice"
          onClick={props.onDismiss}
        >
          <span aria-hidden="true">×</span>
        </button>
      </header>
      <div id={bodyId} class="vl-card__body" hidden={collapsed}>
        {failed ? (
          <ReadProblem message={readError || 'This page does not look like a vacancy notice any more.'} />
        ) : (
          <CardBody {...props} notice={notice} />
        )}
      </div>
    </aside>
  );
}

/** "Eligible · 95 days left": what the collapsed header still tells. */
function peekText({ analysis, eligibility, hasProfile, nowMs }: NoticeCardProps): string {
  const parts: string[] = [];
  if (hasProfile && eligibility) parts.push(VERDICT_LABELS[eligibility.overall]);
  const ms = analysis.notice?.deadline ? Date.parse(analysis.notice.deadline) : NaN;
  if (!Number.isNaN(ms)) parts.push(countdown(ms, nowMs).text);
  return parts.join(' · ');
}

function ReadProblem({ message }: { message: string }) {
  return (
    <div class="vl-alert" role="alert">
      <p class="vl-alert__title">Vacancy Lens could not read this page reliably</p>
      <p class="vl-alert__text">{clip(message, 600)}</p>
      <p class="vl-alert__text">
        Nothing is shown rather than details that might be wrong. Check the official notice.
      </p>
    </div>
  );
}

function CardBody({
  notice,
  analysis,
  eligibility,
  hasProfile,
  nowMs,
  userZone,
  source,
  onShowEvidence,
  onSave,
  saveStatus,
  tracked,
  optionsUrl,
  onOpenOptions,
}: NoticeCardProps & { notice: NoticeFields }) {
  const links: EvidenceLinks = {
    evidence: analysis.evidence,
    onShow: onShowEvidence,
    where: source?.kind === 'pdf' ? 'PDF' : 'page',
  };
  const disagreements = source?.disagreements ?? [];

  return (
    <>
      {disagreements.length > 0 && (
        <div class="vl-warning">
          <p class="vl-warning__title">The page and the notice it links to disagree</p>
          <ul class="vl-warning__list">
            {disagreements.map((d, i) => (
              <li key={i}>
                <strong>{fieldLabel(d.field)}</strong>: the page says “
                <bdi>{clip(displayValue(d.field, d.page), 160)}</bdi>”, the notice says “
                <bdi>{clip(displayValue(d.field, d.notice), 160)}</bdi>”.
              </li>
            ))}
          </ul>
          <p class="vl-warning__text">The official notice is the one that counts.</p>
        </div>
      )}

      <h2 class="vl-title">
        {notice.title ? (
          <Value field="title" label="Title" text={notice.title} links={links} />
        ) : (
          <>
            Untitled vacancy <NotStated label="title not stated" reason={analysis.missing.title} />
          </>
        )}
      </h2>

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
        headingLevel={3}
      />
      <SavedState tracked={tracked} onSave={onSave} saveStatus={saveStatus} userZone={userZone} />
      <NoticeSections
        notice={notice}
        analysis={analysis}
        eligibility={eligibility}
        nowMs={nowMs}
        userZone={userZone}
        links={links}
        headingLevel={3}
      />

      <footer class="vl-card__footer">
        {hasProfile && (
          <div class="vl-actions">
            <ProfileLink
              optionsUrl={optionsUrl}
              onOpenOptions={onOpenOptions}
              class="vl-button vl-button--secondary"
            >
              Edit your profile
            </ProfileLink>
          </div>
        )}
        {source?.note && (
          <p class="vl-provenance">
            <bdi>{source.note}</bdi>
          </p>
        )}
        <p class="vl-provenance">
          {SOURCE_TEXT[source?.kind ?? 'page']} Vacancy Lens can misread a notice: check the official notice
          before you apply.
        </p>
      </footer>
    </>
  );
}
