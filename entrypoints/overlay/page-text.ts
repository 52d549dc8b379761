/**
 * The visible text of the page as one string, with a map from each offset back
 * to the DOM text node it came from, so evidence found by the reader can be
 * turned into a DOM Range and highlighted where the user sees it.
 */

const SKIP = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'SVG',
  'IFRAME',
  'OBJECT',
  'CANVAS',
  'SELECT',
  'SUP',
]);
const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'CAPTION', 'DD', 'DETAILS', 'DIALOG', 'DIV', 'DL', 'DT', 'FIELDSET',
  'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL',
  'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL',
]); // prettier-ignore

export interface PageText {
  text: string;
  /** Text nodes in order with the offset where each starts in `text`. */
  nodes: Text[];
  starts: number[];
}

function isHidden(el: Element): boolean {
  if (el instanceof HTMLElement && (el.hidden || el.getAttribute('aria-hidden') === 'true')) return true;
  const check = (el as Element & { checkVisibility?: () => boolean }).checkVisibility;
  return typeof check === 'function' ? !check.call(el) : false;
}

/** How long one slice of work on the live page may take before it yields (a long task is 50 ms). */
const SLICE_MS = 8;

/**
 * A pause for work done in slices on the page's main thread: each call yields to the page's event loop
 * once the current slice has run SLICE_MS, and returns at once before that.
 */
export function slicePause(): () => Promise<void> | undefined {
  let sliceStart = performance.now();
  return () => {
    if (performance.now() - sliceStart <= SLICE_MS) return undefined;
    return new Promise<void>((resolve) =>
      setTimeout(() => {
        sliceStart = performance.now();
        resolve();
      }, 0),
    );
  };
}

type Step = { kind: 'enter'; el: Element } | { kind: 'text'; node: Text } | { kind: 'leave'; block: boolean };

/**
 * Walks `root` (skipping `exclude`, e.g. our own overlay host) and collects visible text. The walk
 * is iterative and yields to the page's event loop every few milliseconds, so reading a very large
 * page never makes one long task on the page's main thread.
 */
export async function collectPageText(root: Element, exclude?: Element | null): Promise<PageText> {
  const parts: string[] = [];
  const nodes: Text[] = [];
  const starts: number[] = [];
  let length = 0;
  let lastWasBreak = true;
  const push = (s: string) => {
    parts.push(s);
    length += s.length;
  };
  const stack: Step[] = [{ kind: 'enter', el: root }];
  const pause = slicePause();
  while (stack.length) {
    await pause();
    const step = stack.pop()!;
    if (step.kind === 'text') {
      const value = step.node.data;
      if (!value) continue;
      nodes.push(step.node);
      starts.push(length);
      // Same length as the node (offsets stay exact); whitespace becomes plain spaces.
      push(value.replace(/[\s\u00a0]/g, ' '));
      if (/\S/.test(value)) lastWasBreak = false;
      continue;
    }
    if (step.kind === 'leave') {
      if (step.block && !lastWasBreak) {
        push('\n');
        lastWasBreak = true;
      }
      continue;
    }
    const el = step.el;
    if (el === exclude || SKIP.has(el.tagName.toUpperCase()) || isHidden(el)) continue;
    const block = BLOCK.has(el.tagName.toUpperCase());
    if (block && !lastWasBreak) {
      push('\n');
      lastWasBreak = true;
    }
    if (el.tagName === 'LI') {
      push('- ');
      lastWasBreak = false;
    }
    stack.push({ kind: 'leave', block });
    // Children pushed last-first, so they come off the stack in document order.
    for (let child = el.lastChild; child; child = child.previousSibling) {
      if (child.nodeType === Node.TEXT_NODE) stack.push({ kind: 'text', node: child as Text });
      else if (child.nodeType === Node.ELEMENT_NODE) stack.push({ kind: 'enter', el: child as Element });
    }
  }
  return { text: parts.join(''), nodes, starts };
}

/** The DOM position of text offset `offset` (the node holding that character). */
function locate(page: PageText, offset: number, isEnd: boolean): { node: Text; offset: number } | null {
  let lo = 0;
  let hi = page.starts.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (page.starts[mid] <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  if (found < 0) return null;
  let node = page.nodes[found];
  let within = offset - page.starts[found];
  // An end offset on a synthetic line break belongs to the end of the previous node.
  if (within > node.data.length) {
    if (!isEnd) {
      const next = page.nodes[found + 1];
      if (!next) return null;
      return { node: next, offset: 0 };
    }
    within = node.data.length;
  }
  if (isEnd && within === 0 && found > 0) {
    node = page.nodes[found - 1];
    within = node.data.length;
  }
  return { node, offset: within };
}

/** A DOM Range for the text range [start, end) of `page`. */
export function rangeFor(page: PageText, start: number, end: number): Range | null {
  const a = locate(page, start, false);
  const b = locate(page, end, true);
  if (!a || !b) return null;
  const range = document.createRange();
  range.setStart(a.node, a.offset);
  range.setEnd(b.node, b.offset);
  return range.collapsed ? null : range;
}
