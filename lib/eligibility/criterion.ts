import type { NoticeFields } from '../notice/schema';
import type { Criterion, CriterionId, CriterionKind, CriterionStatus } from './types';

/** Shorthand used by every rule. */
export function criterion(
  id: CriterionId,
  kind: CriterionKind,
  status: CriterionStatus,
  message: string,
  evidenceField: keyof NoticeFields | null,
): Criterion {
  return { id, kind, status, message, evidenceField };
}

/** Appended to a rule's message when there is no profile yet. */
export const FILL_IN_PROFILE = 'Fill in your profile to check this.';
