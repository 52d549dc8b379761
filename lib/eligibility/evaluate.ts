import type { NoticeFields } from '../notice/schema';
import type { Profile } from '../profile/schema';
import { isoDateOfInstant } from './dates';
import { checkCast } from './rules/cast';
import { checkCitizenship } from './rules/citizenship';
import { checkDeadline, isClosed } from './rules/deadline';
import { checkEducation } from './rules/education';
import { checkExperience } from './rules/experience';
import { checkLanguages } from './rules/languages';
import { checkSecurityClearance, checkVetting } from './rules/security';
import { checkUnderrepresented } from './rules/underrepresented';
import type { Criterion, EligibilityResult, Overall, RuleContext } from './types';

/**
 * Tells a candidate whether they may apply. Pure: the clock is passed in.
 *
 * Eligibility criteria decide the verdict; selection criteria (experience, clearance,
 * vetting, under-represented nationality) only inform it.
 *
 * @example
 * evaluateEligibility(notice, profile, new Date())
 * // → { overall: 'check', criteria: [{ id: 'deadline', kind: 'eligibility', status: 'met', … }, …] }
 */
export function evaluateEligibility(
  notice: NoticeFields,
  profile: Profile | null,
  now: Date,
): EligibilityResult {
  const ctx: RuleContext = { notice, profile, now, judgedOn: judgedOn(notice, now) };
  const education = checkEducation(ctx);
  const criteria = [
    checkDeadline(ctx),
    checkCitizenship(ctx),
    education.criterion,
    checkLanguages(ctx),
    checkCast(ctx),
    checkExperience(ctx, education.qualifying),
    checkSecurityClearance(ctx),
    checkVetting(ctx),
    checkUnderrepresented(ctx),
  ].filter((c): c is Criterion => c !== null);
  return { overall: overallVerdict(criteria, isClosed(notice.deadline, now)), criteria };
}

/**
 * Eligibility is judged on the closing date, read in the notice's own local time; a notice
 * without one is judged today.
 */
function judgedOn(notice: NoticeFields, now: Date): string {
  return notice.deadline ? notice.deadline.slice(0, 10) : isoDateOfInstant(now);
}

export function overallVerdict(criteria: Criterion[], closed: boolean): Overall {
  if (closed) return 'closed';
  const eligibility = criteria.filter((c) => c.kind === 'eligibility');
  if (eligibility.some((c) => c.status === 'not_met')) return 'not_eligible';
  if (eligibility.some((c) => c.status === 'unknown' || c.status === 'attention')) return 'check';
  return 'eligible';
}
