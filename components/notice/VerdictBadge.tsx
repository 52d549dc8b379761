/** The overall verdict: a symbol, a word and a sentence, so it never rests on colour alone. */
import type { Overall } from '../../lib/eligibility/types';
import { VERDICT_LABELS } from '../../lib/notice/labels';

const ICONS: Record<Overall, string> = { eligible: '✓', not_eligible: '✗', check: '!', closed: '⊘' };

const EXPLANATIONS: Record<Overall, string> = {
  eligible: 'You meet every hard rule Vacancy Lens found in this notice.',
  not_eligible: 'At least one hard rule of this notice is not met.',
  check: 'Some hard rules need checking or more information in your profile.',
  closed: 'The deadline has passed.',
};

export function VerdictBadge({ overall }: { overall: Overall }) {
  return (
    <div class={`vl-verdict vl-verdict--${overall}`}>
      <p class="vl-verdict__label">
        <span class="vl-verdict__icon" aria-hidden="true">
          {ICONS[overall]}
        </span>
        <span class="vl-sr">Verdict: </span>
        {VERDICT_LABELS[overall]}
      </p>
      <p class="vl-verdict__explanation">{EXPLANATIONS[overall]}</p>
    </div>
  );
}
