/**
 * Eligibility: EPSO CAST, when the notice asks for it. A pass covers its function group and
 * the lower ones for 10 years (DOMAIN.md, "EPSO CAST Permanent"); Commission calls accept
 * a registration in the post's function group at the application stage.
 */
import type { CastResult } from '../../profile/schema';
import { criterion, FILL_IN_PROFILE } from '../criterion';
import { addYears, formatDate, yearOf } from '../dates';
import { castGroupRank, formatFunctionGroup } from '../levels';
import type { Criterion, RuleContext } from '../types';
import { listInWords, sentences } from '../wording';

const PASS_VALID_YEARS = 10;
const REGISTRATION_SUFFICES =
  'Commission calls say that registration in CAST Permanent suffices at the application stage; you must pass the CAST tests before you can be recruited.';

export function checkCast(ctx: RuleContext): Criterion | null {
  const { notice, profile } = ctx;
  if (!notice.castRequired) return null;
  const required = castGroupRank(notice.functionGroup);
  const group = required > 0 ? formatFunctionGroup(notice.functionGroup!) : null;
  const need = group
    ? `This call asks for an EPSO CAST pass in ${group} or a higher function group.`
    : 'This call asks for an EPSO CAST pass or registration.';
  const result = (status: Criterion['status'], ...parts: string[]) =>
    criterion('cast', 'eligibility', status, sentences(need, ...parts), 'castRequired');

  if (!profile) return result('unknown', FILL_IN_PROFILE);
  if (profile.cast.length === 0) {
    return result(
      'not_met',
      `Your profile lists no CAST results. CAST Permanent is open all year: register${group ? ` for ${group}` : ''} before you apply.`,
      REGISTRATION_SUFFICES,
    );
  }
  if (!group) {
    return result(
      'attention',
      `The notice names no contract-agent function group, so it can't be told whether your CAST (${listInWords(profile.cast.map(describeResult))}) covers the post. Check the notice.`,
    );
  }
  return judge(profile.cast, required, group, ctx.judgedOn, result);
}

function judge(
  results: CastResult[],
  required: number,
  group: string,
  judgedOn: string,
  result: (status: Criterion['status'], ...parts: string[]) => Criterion,
): Criterion {
  const covering = results.filter((r) => castGroupRank(r.functionGroup) >= required);
  const validPass = covering.find((r) => r.status === 'passed' && isPassValid(r, judgedOn));
  if (validPass) {
    return result(
      'met',
      `You passed the CAST for ${formatFunctionGroup(validPass.functionGroup)}${validPass.testDate ? ` in ${yearOf(validPass.testDate)}` : ''}; a pass covers its own function group and the lower ones, for ${PASS_VALID_YEARS} years.`,
    );
  }
  const registeredHere = results.find(
    (r) => r.status === 'registered' && castGroupRank(r.functionGroup) === required,
  );
  if (registeredHere) {
    return result('met', `You are registered in CAST Permanent for ${group}.`, REGISTRATION_SUFFICES);
  }
  const expiredPass = covering.find((r) => r.status === 'passed');
  if (expiredPass) {
    return result(
      'attention',
      `Your CAST pass (${describeResult(expiredPass)}) is more than ${PASS_VALID_YEARS} years old on ${formatDate(judgedOn)}, and a pass is valid for ${PASS_VALID_YEARS} years. Register again for ${group}.`,
      REGISTRATION_SUFFICES,
    );
  }
  if (covering.length > 0) {
    return result(
      'attention',
      `You are registered for ${listInWords(covering.map((r) => formatFunctionGroup(r.functionGroup)))}, not ${group}. A pass in a higher function group would cover ${group}, but a registration is for the groups you applied for: add ${group} to your CAST Permanent application.`,
      REGISTRATION_SUFFICES,
    );
  }
  return result(
    'not_met',
    `Your CAST (${listInWords(results.map(describeResult))}) is for a lower function group; a CAST covers its own group and the lower ones, never a higher one. Register in CAST Permanent for ${group}.`,
    REGISTRATION_SUFFICES,
  );
}

function isPassValid(result: CastResult, judgedOn: string): boolean {
  return result.testDate === null || judgedOn <= addYears(result.testDate, PASS_VALID_YEARS);
}

/** "FG IV, passed 2023", "FG III, registered". */
function describeResult(result: CastResult): string {
  const when = result.status === 'passed' && result.testDate ? ` ${yearOf(result.testDate)}` : '';
  return `${formatFunctionGroup(result.functionGroup)}, ${result.status}${when}`;
}
