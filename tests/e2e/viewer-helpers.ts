/** Helpers for the viewer's end-to-end tests: what the evidence highlight covers and whether it is seen. */
import type { Frame } from 'playwright-core';

export interface HighlightSeen {
  /** Page number of the highlighted page, 0 when there is no highlight. */
  page: number;
  /** Boxes of the highlight. */
  boxes: number;
  /** The first box is (at least half) inside the visible part of the pages' scrolling container. */
  visible: boolean;
  /** Text of the text-layer spans under the boxes, in document order. */
  text: string;
  /** The pages' container's scroll position (0 = not scrolled). */
  scrollTop: number;
}

/** Looks at the highlight as the user sees it (frame coordinates, after scrolling). */
export function seenHighlight(frame: Frame): Promise<HighlightSeen> {
  return frame.evaluate(() => {
    const container = document.querySelector('.vl-pdf') as HTMLElement | null;
    const layer = document.querySelector('.vl-ev-layer');
    const pageDiv = layer?.closest('.page') as HTMLElement | null;
    if (!container || !layer || !pageDiv)
      return { page: 0, boxes: 0, visible: false, text: '', scrollTop: 0 };
    const boxes = [...layer.querySelectorAll('.vl-ev-box')].map((b) => b.getBoundingClientRect());
    const c = container.getBoundingClientRect();
    const first = boxes[0];
    const visibleH = first ? Math.min(first.bottom, c.bottom) - Math.max(first.top, c.top) : 0;
    const visibleW = first ? Math.min(first.right, c.right) - Math.max(first.left, c.left) : 0;
    const visible =
      Boolean(first) && visibleH >= first.height / 2 && visibleW > Math.min(20, first.width / 2);
    const spans = [...pageDiv.querySelectorAll('.textLayer span')].filter((s) => {
      if (s.children.length) return false;
      const r = s.getBoundingClientRect();
      if (!r.width || !r.height) return false;
      return boxes.some((b) => {
        const h = Math.min(r.bottom, b.bottom) - Math.max(r.top, b.top);
        const w = Math.min(r.right, b.right) - Math.max(r.left, b.left);
        return h > 0.5 * Math.min(r.height, b.height) && w > 0;
      });
    });
    return {
      page: Number(pageDiv.dataset.pageNumber),
      boxes: boxes.length,
      visible,
      text: spans.map((s) => s.textContent ?? '').join(' '),
      scrollTop: container.scrollTop,
    };
  });
}

export async function textUnderHighlight(frame: Frame): Promise<string> {
  return (await seenHighlight(frame)).text;
}

/** Letters and digits only, lower case, compatibility forms folded ("¹" → "1"). */
export const alnum = (s: string) =>
  s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
