/**
 * One value read from the notice. With evidence (and a handler) it is a button that shows where
 * the value comes from; without, plain text. Always rendered as text: notice text is hostile input,
 * and bidi-isolated (<bdi>): a right-to-left override in a title must not reorder what follows it.
 */
import { canShow, clip, showWhereText, type EvidenceLinks } from './evidence';

interface ValueProps {
  /** The evidence key, e.g. "deadline". */
  field: string;
  /** The field's name in the button's accessible name, e.g. "Deadline". */
  label: string;
  text: string;
  links: EvidenceLinks;
}

export function Value({ field, label, text, links }: ValueProps) {
  const shown = clip(text);
  if (!canShow(links, field)) {
    return (
      <span class="vl-value">
        <bdi>{shown}</bdi>
      </span>
    );
  }
  // The name starts with the visible value (so speech input and screen readers get the value)
  // and ends with what the button does.
  return (
    <button type="button" class="vl-value vl-evidence" onClick={() => links.onShow?.(field)}>
      <bdi>{shown}</bdi>
      <span class="vl-sr"> — {showWhereText(label, links.where)}</span>
    </button>
  );
}

/** A field the reader could not find, with its reason in small text (and as a tooltip). */
export function NotStated({ reason, label = 'not stated' }: { reason?: string; label?: string }) {
  return (
    <span class="vl-missing" title={reason}>
      {label}
      {reason ? <span class="vl-missing__reason"> ({reason})</span> : null}
    </span>
  );
}
