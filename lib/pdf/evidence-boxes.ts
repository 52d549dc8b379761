/**
 * Where a piece of evidence sits on its page: from text offsets (`[start, end)` into
 * `PdfText.text`, as the reader's evidence gives them) to boxes in page space. Pure.
 *
 * The match is by offsets, never by searching the quote: the quote may span lines, carry the
 * "• " the layout wrote for a drawn bullet, a de-hyphenated word or a superscript digit, none of
 * which a search in the page's own text would find.
 */
import type { PdfText } from './types';

/** A box in page space (points at scale 1, origin at the page's top-left corner, y down). */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface EvidenceBoxes {
  /** The page of the first box (1-based). */
  page: number;
  /** One box per line, in reading order; only those on `page` (evidence crossing a page is cut there). */
  boxes: Box[];
}

/**
 * The boxes covering `[start, end)`: each text run that overlaps is cut to the overlapping part
 * (in proportion to its characters) and runs on one line are merged. null when no run overlaps
 * (an offset in a header or footer the layout left out, or an empty range).
 */
export function evidenceBoxes(pdf: Pick<PdfText, 'items'>, start: number, end: number): EvidenceBoxes | null {
  if (!(end > start)) return null;
  let page: number | null = null;
  const boxes: Box[] = [];
  for (const item of pdf.items) {
    if (item.end <= start || item.start >= end) continue;
    if (page === null) page = item.page;
    else if (item.page !== page) break;
    const span = Math.max(1, item.end - item.start);
    const from = Math.max(0, start - item.start) / span;
    const to = Math.min(span, end - item.start) / span;
    const box: Box = {
      x: item.x + item.width * from,
      y: item.y,
      width: Math.max(1, item.width * (to - from)),
      height: item.height,
    };
    const last = boxes[boxes.length - 1];
    // Same line: vertical overlap of more than half the smaller height.
    const overlap = last ? Math.min(last.y + last.height, box.y + box.height) - Math.max(last.y, box.y) : 0;
    if (last && overlap > 0.5 * Math.min(last.height, box.height)) {
      const x0 = Math.min(last.x, box.x);
      const y0 = Math.min(last.y, box.y);
      last.width = Math.max(last.x + last.width, box.x + box.width) - x0;
      last.height = Math.max(last.y + last.height, box.y + box.height) - y0;
      last.x = x0;
      last.y = y0;
    } else boxes.push(box);
  }
  return page === null ? null : { page, boxes };
}
