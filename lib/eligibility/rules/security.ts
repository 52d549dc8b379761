/**
 * Selection: security clearance and vetting. "Must hold … or be in a position to be
 * security cleared" is a condition for taking up the post, never an eligibility rule
 * (DOMAIN.md, "Security"), so the worst this rule says is 'attention'.
 */
import type { ClearanceLevel, SecurityClearance } from '../../profile/schema';
import { criterion, FILL_IN_PROFILE } from '../criterion';
import { formatDate, isoDateOfInstant } from '../dates';
import { clearanceRank } from '../levels';
import type { Criterion, RuleContext } from '../types';
import { sentences } from '../wording';

const CLEARED_BY = 'Clearance is carried out by the national security authority of your nationality.';
const SAY_IN_PROFILE =
  'Say in your profile whether you hold a clearance and whether you are willing to be vetted.';

export function checkSecurityClearance(ctx: RuleContext): Criterion | null {
  const required = ctx.notice.securityClearance;
  if (required === null || required === 'vetting') return null;
  const level = required === 'unspecified' ? null : required;
  const must = `You must hold or be able to be cleared to ${level ?? 'the level of security clearance the post needs (the notice names no level)'}.`;
  const result = (status: Criterion['status'], ...parts: string[]) =>
    criterion('security_clearance', 'selection', status, sentences(...parts), 'securityClearance');

  if (!ctx.profile) return result('unknown', must, CLEARED_BY, FILL_IN_PROFILE);
  const clearance = ctx.profile.securityClearance;
  if (!clearance) return result('unknown', must, CLEARED_BY, SAY_IN_PROFILE);

  const today = isoDateOfInstant(ctx.now);
  const held = validLevel(clearance, today);
  if (held && level && clearanceRank(held) >= clearanceRank(level)) {
    return result('met', `The post needs ${level}; you hold ${held}${until(clearance)}.`);
  }
  if (held === 'EU TOP SECRET') {
    return result(
      'met',
      `The notice names no level; you hold EU TOP SECRET, the highest${until(clearance)}.`,
    );
  }
  const situation = held
    ? level
      ? `You hold ${held}, below ${level}.`
      : `You hold ${held}${until(clearance)}; the notice doesn't name the level, so check it is enough.`
    : describeNoClearance(clearance, today);
  return result('attention', must, situation, CLEARED_BY);
}

export function checkVetting(ctx: RuleContext): Criterion | null {
  if (ctx.notice.securityClearance !== 'vetting') return null;
  const needs =
    'Before recruitment you must undergo security vetting, carried out with the national authority of your nationality.';
  const result = (status: Criterion['status'], ...parts: string[]) =>
    criterion('vetting', 'selection', status, sentences(needs, ...parts), 'securityClearance');

  if (!ctx.profile) return result('unknown', FILL_IN_PROFILE);
  const clearance = ctx.profile.securityClearance;
  if (!clearance) return result('unknown', SAY_IN_PROFILE);
  const held = validLevel(clearance, isoDateOfInstant(ctx.now));
  if (held) return result('met', `You already hold ${held}${until(clearance)}.`);
  if (clearance.willingToBeVetted) return result('met', 'Your profile says you are willing to be vetted.');
  return result(
    'attention',
    'Your profile says you are not willing to be vetted; the post cannot be taken up without it.',
  );
}

/** The level held today, or null if none or expired. */
function validLevel(clearance: SecurityClearance, today: string): ClearanceLevel | null {
  if (!clearance.level) return null;
  return clearance.expires === null || clearance.expires >= today ? clearance.level : null;
}

function until(clearance: SecurityClearance): string {
  return clearance.expires ? ` (valid until ${formatDate(clearance.expires)})` : '';
}

function describeNoClearance(clearance: SecurityClearance, today: string): string {
  const expired =
    clearance.level && clearance.expires && clearance.expires < today
      ? `Your ${clearance.level} clearance expired on ${formatDate(clearance.expires)}. `
      : '';
  const willing = clearance.willingToBeVetted
    ? 'Your profile says you are willing to be vetted.'
    : 'Your profile says you are not willing to be vetted; the post cannot be taken up without clearance.';
  return `${expired}${willing}`;
}
