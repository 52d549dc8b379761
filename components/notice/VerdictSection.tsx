/** The verdict and its criteria — or, without a profile, the invitation to create one. Shared by card and popup. */
import { CriteriaList } from './CriteriaList';
import type { EvidenceLinks } from './evidence';
import { ProfilePrompt } from './ProfilePrompt';
import type { ShownEligibility } from './shown';
import { VerdictBadge } from './VerdictBadge';

export interface VerdictSectionProps {
  eligibility: ShownEligibility | null;
  hasProfile: boolean;
  optionsUrl: string;
  onOpenOptions?: () => void;
  links: EvidenceLinks;
  headingLevel: 2 | 3;
  compact?: boolean;
}

export function VerdictSection({
  eligibility,
  hasProfile,
  optionsUrl,
  onOpenOptions,
  links,
  headingLevel,
  compact,
}: VerdictSectionProps) {
  return (
    <>
      {!hasProfile ? (
        <ProfilePrompt optionsUrl={optionsUrl} onOpenOptions={onOpenOptions} />
      ) : eligibility ? (
        <VerdictBadge overall={eligibility.overall} />
      ) : (
        <p class="vl-muted">Your eligibility has not been checked yet.</p>
      )}
      {eligibility && (
        <CriteriaList
          criteria={eligibility.criteria}
          headingLevel={headingLevel}
          links={links}
          compact={compact}
        />
      )}
    </>
  );
}
