/**
 * Showing where a value came from: scroll to the evidence and highlight it with
 * the CSS Custom Highlight API — no element is added to or changed in the page.
 */
export const HIGHLIGHT_NAME = 'vacancy-lens-evidence';

let sheetInstalled = false;

function installSheet(): void {
  if (sheetInstalled) return;
  sheetInstalled = true;
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(`::highlight(${HIGHLIGHT_NAME}) { background-color: #ffd54f; color: #1b1b1b; }`);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
}

type HighlightRegistry = Map<string, unknown> & { set(name: string, h: unknown): void };

export function highlightRange(range: Range): boolean {
  const registry = (CSS as unknown as { highlights?: HighlightRegistry }).highlights;
  const HighlightCtor = (globalThis as { Highlight?: new (...r: Range[]) => unknown }).Highlight;
  const target = range.startContainer.parentElement;
  target?.scrollIntoView({ behavior: 'smooth', block: 'center' });
  if (!registry || !HighlightCtor) {
    // No Highlight API (older browsers): select the text instead, which needs no DOM change either.
    const selection = getSelection();
    selection?.removeAllRanges();
    selection?.addRange(range);
    return false;
  }
  installSheet();
  registry.set(HIGHLIGHT_NAME, new HighlightCtor(range));
  return true;
}

export function clearHighlight(): void {
  (CSS as unknown as { highlights?: HighlightRegistry }).highlights?.delete(HIGHLIGHT_NAME);
}
