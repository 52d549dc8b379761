/**
 * Rendering PDF pages (canvas + pdf.js text layer) and highlighting evidence in
 * the text layer. DOM work, so it lives with the viewer entrypoint.
 */
// Types only: pdf.js itself is loaded by lib/pdf/browser.ts (the one module that imports it).
import type * as Pdfjs from 'pdfjs-dist';

export interface RenderedPage {
  number: number;
  element: HTMLElement;
  textDivs: HTMLElement[];
  strings: string[];
}

const SCALE = 1.35;

export async function renderPages(
  pdfjs: Pick<typeof Pdfjs, 'TextLayer'>,
  doc: Pdfjs.PDFDocumentProxy,
  container: HTMLElement,
  maxPages: number,
  onPage: (done: number, total: number) => void,
): Promise<RenderedPage[]> {
  const total = Math.min(doc.numPages, maxPages);
  const out: RenderedPage[] = [];
  for (let n = 1; n <= total; n++) {
    const page = await doc.getPage(n);
    const viewport = page.getViewport({ scale: SCALE });
    const wrap = document.createElement('section');
    wrap.className = 'vl-page';
    wrap.setAttribute('aria-label', `Page ${n}`);
    wrap.dataset.page = String(n);
    wrap.style.setProperty('--total-scale-factor', String(SCALE));
    wrap.style.width = `${viewport.width}px`;
    wrap.style.height = `${viewport.height}px`;
    const canvas = document.createElement('canvas');
    const ratio = window.devicePixelRatio || 1;
    canvas.width = Math.floor(viewport.width * ratio);
    canvas.height = Math.floor(viewport.height * ratio);
    canvas.style.width = `${viewport.width}px`;
    canvas.style.height = `${viewport.height}px`;
    const text = document.createElement('div');
    text.className = 'textLayer';
    wrap.append(canvas, text);
    container.append(wrap);
    await page.render({
      canvas,
      canvasContext: canvas.getContext('2d')!,
      viewport,
      transform: ratio === 1 ? undefined : [ratio, 0, 0, ratio, 0, 0],
    }).promise;
    const layer = new pdfjs.TextLayer({
      textContentSource: await page.getTextContent(),
      container: text,
      viewport,
    });
    await layer.render();
    out.push({ number: n, element: wrap, textDivs: layer.textDivs, strings: layer.textContentItemsStr });
    onPage(n, total);
  }
  return out;
}

const squash = (s: string) => s.replace(/[\s\u00ad-]+/g, '').toLowerCase();

/** Marks the text-layer spans that hold `quote` on `page` (whitespace and hyphenation ignored). */
export function highlightQuote(
  pages: RenderedPage[],
  pageNumber: number | undefined,
  quote: string,
): boolean {
  for (const el of document.querySelectorAll('.vl-hit')) el.classList.remove('vl-hit');
  const target = squash(quote).slice(0, 400);
  if (!target) return false;
  const candidates = pageNumber ? pages.filter((p) => p.number === pageNumber) : pages;
  for (const page of candidates) {
    let joined = '';
    const starts: number[] = [];
    page.strings.forEach((s) => {
      starts.push(joined.length);
      joined += squash(s);
    });
    const at = joined.indexOf(target.slice(0, Math.min(target.length, 120)));
    if (at < 0) continue;
    const end = at + target.length;
    let first: HTMLElement | null = null;
    page.strings.forEach((_s, i) => {
      const s = starts[i];
      const e = i + 1 < starts.length ? starts[i + 1] : joined.length;
      if (e > at && s < end && page.textDivs[i]) {
        page.textDivs[i].classList.add('vl-hit');
        first ??= page.textDivs[i];
      }
    });
    // Scroll the pages column only (not the whole viewer, which would hide the card).
    const scrollTo = first ?? page.element;
    const scroller = page.element.closest('.vl-viewer__pages');
    if (scroller) {
      const top =
        scrollTo.getBoundingClientRect().top - scroller.getBoundingClientRect().top + scroller.scrollTop;
      scroller.scrollTo({ top: Math.max(0, top - scroller.clientHeight / 2), behavior: 'smooth' });
    } else scrollTo.scrollIntoView({ behavior: 'smooth', block: 'center' });
    return true;
  }
  return false;
}
