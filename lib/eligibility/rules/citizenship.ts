/**
 * Eligibility: citizenship of a member state (Staff Regulations Art. 28(a); CEOS Art.
 * 12(2)(a) and 82(3)(a)). For posts outside those rules (trainees, seconded experts) a
 * non-EU nationality is flagged, not failed: their own rules may admit it.
 */
import { criterion, FILL_IN_PROFILE } from '../criterion';
import { countryName, isMemberState } from '../member-states';
import type { Criterion, RuleContext } from '../types';
import { listInWords } from '../wording';

const RULE =
  'Only nationals of one of the 27 EU member states are eligible (Staff Regulations Art. 28(a); CEOS Art. 12(2)(a) and 82(3)(a)).';
const STAFF_RULES_CATEGORIES = new Set(['official', 'temporary_agent', 'contract_agent']);

export function checkCitizenship(ctx: RuleContext): Criterion {
  if (!ctx.profile)
    return criterion('citizenship', 'eligibility', 'unknown', `${RULE} ${FILL_IN_PROFILE}`, null);
  const nationalities = ctx.profile.nationalities;
  if (nationalities.length === 0) {
    return criterion(
      'citizenship',
      'eligibility',
      'unknown',
      `${RULE} Add your nationality to your profile.`,
      null,
    );
  }
  const eu = nationalities.filter(isMemberState);
  if (eu.length > 0) {
    return criterion(
      'citizenship',
      'eligibility',
      'met',
      `You are a national of ${listInWords(eu.map(countryName))}, an EU member state.`,
      null,
    );
  }
  const yours = `Your nationality: ${listInWords(nationalities)}.`;
  const category = ctx.notice.staffCategory;
  if (category === null || STAFF_RULES_CATEGORIES.has(category)) {
    return criterion('citizenship', 'eligibility', 'not_met', `${RULE} ${yours}`, null);
  }
  return criterion(
    'citizenship',
    'eligibility',
    'attention',
    `EU posts are as a rule open to nationals of the 27 member states only. ${yours} This kind of post has its own rules; check the notice.`,
    'staffCategory',
  );
}
