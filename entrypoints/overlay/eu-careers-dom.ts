/**
 * A DOM collector for the EU Careers readers (DOM code stays out of lib/; tested over happy-dom).
 * It shows what the content script has to hand to `readVacancyDetail` and
 * `readVacancyListing`, and it finds things by their words, not their CSS classes:
 *
 * - label/value pairs: any element whose whole text is a known label, followed by its
 *   sibling value(s) — Drupal's `.field__label` + `.field__item`, `<dt>` + `<dd>`…,
 *   `<th>` + `<td>` in a key-facts table are all this one rule;
 * - listing tables: header texts and, per body row, each cell's text, first link and
 *   first `<time datetime>`.
 */
import type { ListingCell, PageField } from '../../lib/sites/eu-careers';
import { isDetailLabel, listingColumnOf } from '../../lib/sites/eu-careers-labels';
import { slicePause } from './page-text';

export function parseHtml(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

const SKIPPED = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'HEAD', 'TITLE']);
/** A label next to a form control is a search filter, not a vacancy field. */
const NOT_A_VALUE = new Set(['SELECT', 'INPUT', 'TEXTAREA', 'BUTTON', 'OPTION', 'SCRIPT', 'STYLE']);

export function textOf(el: Element): string {
  return (el.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** The link in `el`; relative links resolve against `baseUrl` when given (the page's own address). */
function hrefIn(el: Element, baseUrl?: string): string | undefined {
  const a = el.matches('a[href]') ? el : el.querySelector('a[href]');
  const raw = a?.getAttribute('href') ?? undefined;
  if (raw === undefined || !baseUrl) return raw;
  try {
    return new URL(raw, baseUrl).href;
  } catch {
    return raw;
  }
}

function datetimeIn(el: Element): string | undefined {
  const t = el.matches('time[datetime]') ? el : el.querySelector('time[datetime]');
  return t?.getAttribute('datetime') ?? undefined;
}

const hasOwnText = (el: Element) =>
  [...el.childNodes].some((n) => n.nodeType === 3 && (n.textContent ?? '').trim() !== '');

/** A wrapper of several like items (`.field__items` > `.field__item`, `ul` > `li`) is several values. */
function itemsOf(value: Element): Element[] {
  let el = value;
  while (el.children.length === 1 && !hasOwnText(el)) el = el.children[0];
  const kids = [...el.children];
  if (kids.length >= 2 && !hasOwnText(el) && kids.every((k) => k.tagName === kids[0].tagName)) return kids;
  return [value];
}

/** Labels are short: no label is longer than this. */
const LABEL_MAX = 120;

/**
 * The element's text when it is at most `max` characters, else null — without building the text of
 * a large subtree (textContent of every element of a 1 MB page would be quadratic in its depth).
 */
function shortTextOf(el: Element, max = LABEL_MAX): string | null {
  const walker = el.ownerDocument.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  let text = '';
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    text += (n as Text).data;
    if (text.length > max * 4 && text.trim().length > max) return null;
  }
  const label = text.replace(/\s+/g, ' ').trim();
  return label.length > max ? null : label;
}

/** Every known label with its sibling value(s), in document order. */
/**
 * The page's labelled fields, element by element: each step yields the fields found at one element (often
 * none), so that a caller on a live page can give the main thread back between steps.
 */
function* labelledFieldSteps(root: ParentNode, baseUrl?: string): Generator<PageField[]> {
  for (const el of root.querySelectorAll('*')) {
    if (SKIPPED.has(el.tagName) || el.closest('head, script, style, form, label')) {
      yield [];
      continue;
    }
    const label = shortTextOf(el);
    if (!label || !isDetailLabel(label)) {
      yield [];
      continue;
    }
    const found: PageField[] = [];
    // Siblings up to the next label: one <dd> or several, one .field__item or a wrapper of them.
    for (let v = el.nextElementSibling; v && !isDetailLabel(textOf(v)); v = v.nextElementSibling) {
      if (NOT_A_VALUE.has(v.tagName)) break;
      for (const item of itemsOf(v)) {
        const field: PageField = { label, value: textOf(item) };
        const href = hrefIn(item, baseUrl);
        const datetime = datetimeIn(item);
        if (href !== undefined) field.href = href;
        if (datetime !== undefined) field.datetime = datetime;
        found.push(field);
      }
    }
    yield found;
  }
}

export function collectLabelledFields(root: ParentNode, baseUrl?: string): PageField[] {
  const out: PageField[] = [];
  for (const found of labelledFieldSteps(root, baseUrl)) out.push(...found);
  return out;
}

/**
 * collectLabelledFields on the live page, in slices of a few milliseconds: a 1 MB page's thousands of
 * elements are never read in one long task.
 */
export async function collectLabelledFieldsSliced(root: ParentNode, baseUrl?: string): Promise<PageField[]> {
  const out: PageField[] = [];
  const pause = slicePause();
  for (const found of labelledFieldSteps(root, baseUrl)) {
    out.push(...found);
    await pause();
  }
  return out;
}

export interface CollectedTable {
  headers: string[];
  rows: Array<{ cells: ListingCell[] }>;
  /** The <tr> of each row, in the same order. */
  rowElements: Element[];
}

function cellsOf(tr: Element): Element[] {
  return [...tr.children].filter((c) => c.tagName === 'TD' || c.tagName === 'TH');
}

function rowsOf(table: Element): Element[] {
  const out: Element[] = [];
  for (const part of table.children) {
    if (part.tagName === 'TR') out.push(part);
    else if (/^T(HEAD|BODY|FOOT)$/.test(part.tagName))
      for (const tr of part.children) if (tr.tagName === 'TR') out.push(tr);
  }
  return out;
}

export function collectTable(table: Element, baseUrl?: string): CollectedTable {
  const all = rowsOf(table);
  const headerRow = all.find((tr) => cellsOf(tr).every((c) => c.tagName === 'TH')) ?? null;
  const headers = headerRow ? cellsOf(headerRow).map(textOf) : [];
  const rowElements = all.filter((tr) => tr !== headerRow && tr.parentElement?.tagName !== 'THEAD');
  const rows = rowElements.map((tr) => ({
    cells: cellsOf(tr).map((c) => {
      const cell: ListingCell = { text: textOf(c) };
      const href = hrefIn(c, baseUrl);
      const datetime = datetimeIn(c);
      if (href !== undefined) cell.href = href;
      if (datetime !== undefined) cell.datetime = datetime;
      return cell;
    }),
  }));
  return { headers, rows, rowElements };
}

/** The table whose headers name the most listing columns; null when no header is known. */
export function collectListing(root: ParentNode, baseUrl?: string): CollectedTable | null {
  let best: { table: CollectedTable; known: number } | null = null;
  for (const table of root.querySelectorAll('table')) {
    const collected = collectTable(table, baseUrl);
    const known = collected.headers.filter((h) => listingColumnOf(h) !== null).length;
    if (known > 0 && (!best || known > best.known)) best = { table: collected, known };
  }
  return best?.table ?? null;
}
