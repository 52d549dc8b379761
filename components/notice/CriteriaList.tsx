/**
 * The criteria of a verdict in two groups: the notice's hard eligibility rules, which decide
 * the verdict, and the selection criteria, which only inform it. Each criterion shows a symbol
 * AND a word for its status, and its message. Compact (popup): each message folds into a
 * <details> under its status line.
 */
import type { CriterionId, CriterionKind } from '../../lib/eligibility/types';
import {
  CRITERION_KIND_HEADINGS,
  CRITERION_LABELS,
  fieldLabel,
  STATUS_LABELS,
  STATUS_SYMBOLS,
} from '../../lib/notice/labels';
import { canShow, showWhereText, type EvidenceLinks } from './evidence';
import { Heading, type HeadingLevel } from './Heading';
import type { ShownCriterion } from './shown';

export interface CriteriaListProps {
  criteria: ShownCriterion[];
  headingLevel: HeadingLevel;
  links: EvidenceLinks;
  compact?: boolean;
}

const KINDS: CriterionKind[] = ['eligibility', 'selection'];

export function CriteriaList({ criteria, headingLevel, links, compact = false }: CriteriaListProps) {
  return (
    <>
      {KINDS.map((kind) => {
        const items = criteria.filter((c) => c.kind === kind);
        if (items.length === 0) return null;
        return (
          <section key={kind} class={`vl-criteria vl-criteria--${kind}`}>
            <Heading level={headingLevel} class="vl-criteria__heading">
              {CRITERION_KIND_HEADINGS[kind]}
            </Heading>
            <ul class="vl-criteria__list">
              {items.map((c) => (
                <li key={c.id} class={`vl-criterion vl-criterion--${c.status}`}>
                  {compact ? (
                    <details class="vl-criterion__details">
                      <summary class="vl-criterion__summary">
                        <StatusLine criterion={c} />
                      </summary>
                      <CriterionBody criterion={c} links={links} />
                    </details>
                  ) : (
                    <>
                      <StatusLine criterion={c} />
                      <CriterionBody criterion={c} links={links} />
                    </>
                  )}
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </>
  );
}

function StatusLine({ criterion }: { criterion: ShownCriterion }) {
  return (
    <span class="vl-criterion__head">
      <span class="vl-criterion__icon" aria-hidden="true">
        {STATUS_SYMBOLS[criterion.status]}
      </span>
      <span class="vl-criterion__name">
        {Object.hasOwn(CRITERION_LABELS, criterion.id)
          ? CRITERION_LABELS[criterion.id as CriterionId]
          : criterion.id}
      </span>
      <span class="vl-sr">: </span>
      <span class={`vl-status vl-status--${criterion.status}`}>{STATUS_LABELS[criterion.status]}</span>
    </span>
  );
}

function CriterionBody({ criterion, links }: { criterion: ShownCriterion; links: EvidenceLinks }) {
  const field = criterion.evidenceField;
  return (
    <div class="vl-criterion__body">
      <p class="vl-criterion__message">{criterion.message}</p>
      {field && canShow(links, field) && (
        <button type="button" class="vl-link" onClick={() => links.onShow?.(field)}>
          {showWhereText(fieldLabel(field), links.where)}
        </button>
      )}
    </div>
  );
}
