/**
 * How a shown value links back to the notice text it was read from. The card passes a handler
 * (the content script scrolls to and highlights the quote); the popup passes none, so values are
 * plain text there.
 */
import type { Evidence } from '../../lib/notice/schema';

export interface EvidenceLinks {
  /** The analysis's evidence, by field name. */
  evidence: Record<string, Evidence>;
  /** Called with the field name when the user activates a value that has evidence. */
  onShow?: (field: string) => void;
  /** Where the evidence is, for the buttons' names: "page" or "PDF". */
  where: string;
}

/** "Show where 'Deadline' comes from in the page" */
export function showWhereText(label: string, where: string): string {
  return `Show where '${label}' comes from in the ${where}`;
}

export function canShow(links: EvidenceLinks, field: string): boolean {
  return Boolean(links.onShow) && Object.hasOwn(links.evidence, field);
}

/** Notice text is untrusted and can be arbitrarily long: keep what is shown bounded. */
export function clip(text: string, max = 240): string {
  return text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
}
