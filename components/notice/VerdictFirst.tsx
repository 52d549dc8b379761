/**
 * What a candidate needs at a glance, first (card and popup): the verdict; when it is not
 * "eligible", each hard rule that fails or can't be checked, by name, with its one-line reason;
 * then the deadline with the time left. Details and the full list of criteria follow, collapsed.
 */
import { CriteriaList } from './CriteriaList';
import { NoticeFacts } from './NoticeFacts';
import { DeadlineBlock } from './DeadlineBlock';
import type { EvidenceLinks } from './evidence';
import { ProfilePrompt } from './ProfilePrompt';
import type { ShownCriterion, ShownEligibility } from './shown';
import { VerdictBadge } from './VerdictBadge';
import type { Analysis, NoticeFields } from '../../lib/notice/schema';

export interface VerdictFirstProps {
  notice: NoticeFields;
  analysis: Analysis;
  eligibility: ShownEligibility | null;
  hasProfile: boolean;
  nowMs: number;
  userZone: string;
  optionsUrl: string;
  onOpenOptions?: () => void;
  links: EvidenceLinks;
  headingLevel: 2 | 3;
}

/** The hard rules that stand between the candidate and "eligible". */
export function blockingRules(eligibility: ShownEligibility | null): ShownCriterion[] {
  if (!eligibility || eligibility.overall === 'eligible') return [];
  return eligibility.criteria.filter(
    (c) => c.kind === 'eligibility' && (c.status === 'not_met' || c.status === 'unknown'),
  );
}

export function VerdictFirst(props: VerdictFirstProps) {
  const { notice, analysis, eligibility, hasProfile, links } = props;
  const blocking = hasProfile ? blockingRules(eligibility) : [];
  return (
    <div class="vl-first">
      {!hasProfile ? (
        <ProfilePrompt optionsUrl={props.optionsUrl} onOpenOptions={props.onOpenOptions} />
      ) : eligibility ? (
        <VerdictBadge overall={eligibility.overall} />
      ) : (
        <p class="vl-muted">Your eligibility has not been checked yet.</p>
      )}
      {blocking.length > 0 && (
        <CriteriaList criteria={blocking} headingLevel={props.headingLevel} links={links} />
      )}
      <DeadlineBlock
        deadline={notice.deadline}
        deadlineZone={notice.deadlineZone}
        note={analysis.evidence.deadline?.note}
        missingReason={analysis.missing.deadline}
        nowMs={props.nowMs}
        userZone={props.userZone}
        links={links}
      />
    </div>
  );
}

/** A plain address only (the reader's value is page text): anything else is not made a link. */
const EMAIL = /^[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9.-]{1,190}\.[A-Za-z]{2,24}$/;

/** "How to apply": the address the notice names, as a mail link. */
export function HowToApply({ notice }: { notice: NoticeFields }) {
  const email = notice.contactEmail;
  if (!email || !EMAIL.test(email)) return null;
  return (
    <p class="vl-apply">
      How to apply: by e-mail to{' '}
      <a class="vl-link" href={`mailto:${email}`} target="_blank" rel="noopener noreferrer">
        <bdi>{email}</bdi>
      </a>
      , as the notice says.
    </p>
  );
}

/** After the verdict and the actions: how to apply, then the details and every criterion, collapsed. */
export function NoticeSections({
  notice,
  analysis,
  eligibility,
  nowMs,
  userZone,
  links,
  headingLevel,
  compact,
}: Omit<VerdictFirstProps, 'hasProfile' | 'optionsUrl' | 'onOpenOptions'> & { compact?: boolean }) {
  return (
    <>
      <HowToApply notice={notice} />
      <details class="vl-section">
        <summary class="vl-section__summary">Notice details</summary>
        <NoticeFacts
          notice={notice}
          analysis={analysis}
          nowMs={nowMs}
          userZone={userZone}
          links={links}
          withDeadline={false}
        />
      </details>
      {eligibility && (
        <details class="vl-section">
          <summary class="vl-section__summary">All criteria ({eligibility.criteria.length})</summary>
          <CriteriaList
            criteria={eligibility.criteria}
            headingLevel={headingLevel}
            links={links}
            compact={compact}
          />
        </details>
      )}
    </>
  );
}
