/**
 * The notice's identity and post as a description list: reference, employer, place, deadline,
 * staff category · articles · function group · grades. Values with evidence link back to the
 * notice; fields the reader could not find say "not stated" and why.
 */
import { Fragment, type ComponentChildren } from 'preact';
import type { Analysis, NoticeFields } from '../../lib/notice/schema';
import {
  FIELD_LABELS,
  formatContractArticles,
  formatGrades,
  FUNCTION_GROUP_LABELS,
  STAFF_CATEGORY_LABELS,
} from '../../lib/notice/labels';
import { DeadlineBlock } from './DeadlineBlock';
import type { EvidenceLinks } from './evidence';
import { NotStated, Value } from './Value';

export interface NoticeFactsProps {
  notice: NoticeFields;
  analysis: Analysis;
  nowMs: number;
  userZone: string;
  links: EvidenceLinks;
  /** false where the deadline is already shown above the facts (card and popup: verdict first). */
  withDeadline?: boolean;
}

interface Part {
  field: keyof NoticeFields;
  text: string;
}

export function NoticeFacts({
  notice: n,
  analysis,
  nowMs,
  userZone,
  links,
  withDeadline = true,
}: NoticeFactsProps) {
  const missing = analysis.missing;
  const parts = (list: Array<Part | null>, separator: string) => {
    const present = list.filter((p): p is Part => p !== null && p.text !== '');
    return present.map((p, i) => (
      <Fragment key={p.field}>
        {i > 0 && <span class="vl-sep">{separator}</span>}
        <Value field={p.field} label={FIELD_LABELS[p.field]} text={p.text} links={links} />
      </Fragment>
    ));
  };
  const one = (field: keyof NoticeFields, text: string | null) =>
    text ? (
      <Value field={field} label={FIELD_LABELS[field]} text={text} links={links} />
    ) : (
      <NotStated reason={missing[field]} />
    );

  const department = parts(
    [
      n.department ? { field: 'department', text: n.department } : null,
      n.unit ? { field: 'unit', text: n.unit } : null,
    ],
    ' — ',
  );
  const post = parts(
    [
      n.staffCategory ? { field: 'staffCategory', text: STAFF_CATEGORY_LABELS[n.staffCategory] } : null,
      { field: 'contractArticles', text: formatContractArticles(n.contractArticles) },
      n.functionGroup ? { field: 'functionGroup', text: FUNCTION_GROUP_LABELS[n.functionGroup] } : null,
      { field: 'grades', text: formatGrades(n.grades) },
    ],
    ' · ',
  );
  // Which of the post's parts the reader could not find; the function group or the grades are
  // often absent for good reason, so they are named in small text rather than hidden.
  const postGaps = (
    [
      ['staffCategory', n.staffCategory === null],
      ['functionGroup', n.functionGroup === null],
      ['grades', n.grades.length === 0],
    ] as const
  ).filter(([, gap]) => gap);

  return (
    <dl class="vl-facts">
      <Row term="Reference">{one('reference', n.reference)}</Row>
      <Row term="Institution">{one('institution', n.institution)}</Row>
      <Row term="Department">
        {department.length ? department : <NotStated reason={missing.department} />}
      </Row>
      <Row term="Place">{one('location', n.location)}</Row>
      {withDeadline && (
        <Row term="Deadline" wide>
          <DeadlineBlock
            deadline={n.deadline}
            deadlineZone={n.deadlineZone}
            note={analysis.evidence.deadline?.note}
            missingReason={missing.deadline}
            nowMs={nowMs}
            userZone={userZone}
            links={links}
          />
        </Row>
      )}
      <Row term="Post">
        {post.length ? post : <NotStated />}
        {postGaps.length > 0 && (
          <span class="vl-gaps">
            {postGaps.map(([field]) => (
              <span key={field} class="vl-gap">
                {FIELD_LABELS[field]}: <NotStated reason={missing[field]} />
              </span>
            ))}
          </span>
        )}
      </Row>
    </dl>
  );
}

/** `wide`: the value gets the full width under its term (the deadline's times must not wrap). */
function Row({
  term,
  wide = false,
  children,
}: {
  term: string;
  wide?: boolean;
  children: ComponentChildren;
}) {
  return (
    <div class={wide ? 'vl-facts__row vl-facts__row--wide' : 'vl-facts__row'}>
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}
