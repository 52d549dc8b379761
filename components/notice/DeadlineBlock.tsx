/**
 * The closing date as an exact instant: in Brussels time (how EU notices state it), in the
 * user's own zone, and in the notice's zone when it named another one; then the time left and
 * the reader's note on how the time was read. Missed and misread deadlines are the most costly
 * mistakes a candidate can make, so every line is spelled out.
 */
import { BRUSSELS, countdown, formatInstant } from '../../lib/time/format';
import type { EvidenceLinks } from './evidence';
import { NotStated, Value } from './Value';

export interface DeadlineBlockProps {
  /** NoticeFields.deadline: ISO 8601 with offset, or null. */
  deadline: string | null;
  /** NoticeFields.deadlineZone: the IANA zone the notice stated the time in. */
  deadlineZone?: string | null;
  /** The evidence note, e.g. "no time zone stated: Brussels time assumed". */
  note?: string;
  /** analysis.missing.deadline */
  missingReason?: string;
  nowMs: number;
  userZone: string;
  links: EvidenceLinks;
  /**
   * No urgency colour: the candidate no longer has to act before the deadline (applied,
   * withdrawn…). The time left is still spelled out.
   */
  calm?: boolean;
}

/** formatInstant, or null for a zone the platform does not know (a bad zone must not break the card). */
function formatIn(ms: number, zone: string): string | null {
  try {
    return formatInstant(ms, zone);
  } catch {
    return null;
  }
}

export function DeadlineBlock({
  deadline,
  deadlineZone,
  note,
  missingReason,
  nowMs,
  userZone,
  links,
  calm = false,
}: DeadlineBlockProps) {
  const ms = deadline === null ? NaN : Date.parse(deadline);
  const brussels = Number.isNaN(ms) ? null : formatIn(ms, BRUSSELS);
  if (brussels === null) {
    return (
      <div class="vl-deadline vl-deadline--unknown">
        <NotStated
          label="no closing date found"
          reason={missingReason ?? (deadline ? 'the date could not be read' : undefined)}
        />
        <p class="vl-deadline__line">Check the closing date in the notice itself.</p>
      </div>
    );
  }
  const left = countdown(ms, nowMs);
  const own = userZone !== BRUSSELS ? formatIn(ms, userZone) : null;
  const stated =
    deadlineZone && deadlineZone !== BRUSSELS && deadlineZone !== userZone
      ? formatIn(ms, deadlineZone)
      : null;
  const state = calm ? 'calm' : left.closed ? 'closed' : left.days < 3 ? 'soon' : 'open';
  return (
    <div class="vl-deadline">
      <p class="vl-deadline__line">
        <Value field="deadline" label="Deadline" text={brussels} links={links} />{' '}
        <span class="vl-deadline__zone">Brussels time</span>
      </p>
      {own && (
        <p class="vl-deadline__line">
          {own} <span class="vl-deadline__zone">your time ({userZone})</span>
        </p>
      )}
      {stated && (
        <p class="vl-deadline__line">
          {stated} <span class="vl-deadline__zone">as the notice states it ({deadlineZone})</span>
        </p>
      )}
      <p class={`vl-countdown vl-countdown--${state}`}>{left.text}</p>
      {note && <p class="vl-note">Note: {note}</p>}
    </div>
  );
}
