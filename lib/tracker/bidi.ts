/**
 * Bidirectional-text controls in notice text. A title holding U+202E (RIGHT-TO-LEFT OVERRIDE)
 * shows the rest of the line reversed — "fdp.exe" passing for "exe.pdf", a date or a status
 * read backwards — and the override runs on into whatever follows it (the next CSV cell, the
 * rest of a calendar description, a notification). Text that leaves the page (CSV, .ics,
 * notifications) has no markup to isolate it, so the rule there is one: these characters are
 * removed. In the tracker page, values are isolated with <bdi> / dir="auto" instead.
 *
 * Removed: LRE, RLE, PDF, LRO, RLO (U+202A–U+202E), LRI, RLI, FSI, PDI (U+2066–U+2069),
 * LRM, RLM (U+200E, U+200F) and ALM (U+061C). Letters of right-to-left scripts are kept:
 * they are text, and without the controls they cannot reorder what follows them.
 */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/g;

/** @example stripBidiControls('IT Officer \u202Efdp.exe') // → 'IT Officer fdp.exe' */
export function stripBidiControls(text: string): string {
  return text.replace(BIDI_CONTROLS, '');
}
