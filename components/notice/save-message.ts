/** What the user is told after "Save to tracker" (card, popup, viewer say the same). */
import type { SaveResult } from '../../lib/messages';
import { displayValue } from '../../lib/notice/labels';

export function saveMessage(r: SaveResult | undefined): string {
  if (!r) return 'Could not reach the extension.';
  if (!r.ok) return `Not saved: ${r.error}`;
  if (r.deadlineChanged)
    return `Updated in your tracker. The deadline changed from ${r.deadlineChanged.from ? displayValue('deadline', r.deadlineChanged.from) : 'none'} to ${r.deadlineChanged.to ? displayValue('deadline', r.deadlineChanged.to) : 'none'}.`;
  return r.action === 'added' ? 'Saved to your tracker.' : 'Already in your tracker: updated.';
}
