/**
 * Selection (a positive note only): the notice encourages nationals of member states that
 * are under-represented in the institution's staff. Recruitment stays on merit.
 */
import { criterion } from '../criterion';
import { countryName } from '../member-states';
import type { Criterion, RuleContext } from '../types';
import { listInWords } from '../wording';

export function checkUnderrepresented(ctx: RuleContext): Criterion | null {
  if (!ctx.profile) return null;
  const listed = new Set(ctx.notice.underrepresentedStates);
  const yours = ctx.profile.nationalities.filter((code) => listed.has(code));
  if (yours.length === 0) return null;
  return criterion(
    'underrepresented',
    'selection',
    'met',
    `The notice encourages applications from nationals of under-represented member states, including ${listInWords(yours.map(countryName))}. Selection remains on merit.`,
    'underrepresentedStates',
  );
}
