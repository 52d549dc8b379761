/**
 * Notices whose card the user hid ("×"), kept in storage.local as a list of keys: the overlay hides
 * the card for them, the popup offers to show it again. One key rule for both.
 */
export const DISMISSED_KEY = 'dismissedNotices';

/** The notice's reference, else the page's address without query and fragment. */
export function dismissKey(reference: string | null | undefined, url: string): string {
  if (reference) return reference;
  try {
    const u = new URL(url);
    return `${u.origin}${u.pathname}`;
  } catch {
    return url;
  }
}

/** The stored list, whatever was stored (anything that is not a list of strings counts as empty). */
export function dismissedKeys(stored: unknown): string[] {
  return Array.isArray(stored) ? stored.filter((k): k is string => typeof k === 'string') : [];
}
