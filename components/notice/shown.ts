/**
 * What the card and the popup accept as a verdict. Wider than EligibilityResult on purpose: a
 * verdict that crossed a message boundary may carry a criterion id or field this build does not
 * know; the UI shows it (by its id) rather than refusing it.
 */
import type { Criterion, EligibilityResult } from '../../lib/eligibility/types';

export type ShownCriterion = Omit<Criterion, 'id' | 'evidenceField'> & {
  id: string;
  evidenceField: string | null;
};

export interface ShownEligibility {
  overall: EligibilityResult['overall'];
  criteria: ShownCriterion[];
}
