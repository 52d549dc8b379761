/**
 * Selection: the years of professional experience the notice asks for, counted as
 * selection boards do (see experience-years.ts) from the diploma that gives access to the
 * post. A shortfall against an "asset" is only flagged for attention.
 */
import type { Profile } from '../../profile/schema';
import { criterion, FILL_IN_PROFILE } from '../criterion';
import { DAYS_PER_YEAR, formatDate, formatYears, meetsYears } from '../dates';
import { measureExperience, type ExperienceCount } from '../experience-years';
import { describeDiploma } from '../levels';
import type { Criterion, QualifyingDiploma, RuleContext } from '../types';
import { sentences } from '../wording';

export function checkExperience(ctx: RuleContext, qualifying: QualifyingDiploma | null): Criterion | null {
  const { notice, profile } = ctx;
  if (notice.experienceYears === null) return null;
  const required = notice.experienceYears;
  const asks = notice.experienceRequired
    ? `The notice requires at least ${yearsText(required)} of professional experience.`
    : `The notice would like ${yearsText(required)} of professional experience (an asset, not a requirement).`;
  const result = (status: Criterion['status'], ...parts: string[]) =>
    criterion('experience', 'selection', status, sentences(asks, ...parts), 'experienceYears');

  if (!profile) return result('unknown', FILL_IN_PROFILE);
  if (profile.experience.length === 0) {
    return result(
      'unknown',
      'Add your work experience to your profile (dates, share of full time, paid or not).',
    );
  }
  if (!qualifying) {
    return result(
      'unknown',
      'Experience counts only from the diploma that gives access to the post, and none could be found (see the education criterion).',
    );
  }
  return judge(ctx, profile, qualifying, required, result);
}

function judge(
  ctx: RuleContext,
  profile: Profile,
  qualifying: QualifyingDiploma,
  required: number,
  result: (status: Criterion['status'], ...parts: string[]) => Criterion,
): Criterion {
  const count = measureExperience(profile.experience, {
    after: qualifying.diploma.awarded,
    until: ctx.judgedOn,
    doctorateAwarded: qualifying.doctorateAwarded,
  });
  const consumedDays = Math.floor(qualifying.consumedYears * DAYS_PER_YEAR);
  const available = Math.max(0, count.days - consumedDays);
  const met = meetsYears(available, required);
  const upTo = ctx.notice.deadline
    ? `the closing date (${formatDate(ctx.judgedOn)})`
    : `today (${formatDate(ctx.judgedOn)})`;
  const counted = `You have ${formatYears(available, !met)} counted from your ${describeDiploma(qualifying.diploma)} up to ${upTo}.`;
  const consumed =
    consumedDays > 0
      ? `That leaves out the ${yearsText(qualifying.consumedYears)} your education route already uses.`
      : '';
  const parts = [
    counted,
    consumed,
    ...countingNotes(count),
    'The selection board decides which experience is relevant to the post.',
  ];
  if (met) return result('met', ...parts);
  return result(ctx.notice.experienceRequired ? 'not_met' : 'attention', ...parts);
}

/** How the count was made, so the candidate can see why it differs from their own sum. */
function countingNotes(count: ExperienceCount): string[] {
  return [
    count.doctorateDays > 0
      ? `It includes ${formatYears(count.doctorateDays)} for your doctorate (a completed doctorate counts for up to 3 years).`
      : '',
    count.partTimePeriods > 0 ? 'Part-time work is counted pro rata; overlapping periods only once.' : '',
    count.unpaidPeriods > 0
      ? `${count.unpaidPeriods} unpaid ${count.unpaidPeriods === 1 ? 'period is' : 'periods are'} not counted.`
      : '',
    count.daysBeforeDiploma > 0
      ? `Work before that diploma is not counted (${formatYears(count.daysBeforeDiploma)}).`
      : '',
  ];
}

function yearsText(years: number): string {
  return years === 1 ? '1 year' : `${years} years`;
}
