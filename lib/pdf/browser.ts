/**
 * pdf.js for the extension's pages (the viewer): the modern build, with its worker bundled as
 * one of the extension's own files by Vite (`?url`), never fetched from a CDN. The worker runs
 * pdf.js's parsing off the page's main thread.
 */
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';

export type BrowserPdfjs = typeof import('pdfjs-dist');
export type BrowserPdfViewer = typeof import('pdfjs-dist/web/pdf_viewer.mjs');

let loading: Promise<BrowserPdfjs> | null = null;
let loadingViewer: Promise<{ pdfjs: BrowserPdfjs; viewer: BrowserPdfViewer }> | null = null;

/** The whole pdf.js module (the viewer also renders pages with it); it satisfies `PdfjsLib` for readPdf. */
export function loadBrowserPdfjs(): Promise<BrowserPdfjs> {
  loading ??= import('pdfjs-dist').then((pdfjs) => {
    pdfjs.GlobalWorkerOptions.workerSrc = workerUrl;
    return pdfjs;
  });
  return loading;
}

/**
 * pdf.js and its own viewer components (PDFViewer, EventBus, PDFLinkService, PDFFindController).
 * pdf_viewer.mjs reads the library from `globalThis.pdfjsLib` when it is evaluated, which the
 * library sets when it is loaded: so the library first, then the viewer.
 */
export function loadBrowserPdfViewer(): Promise<{ pdfjs: BrowserPdfjs; viewer: BrowserPdfViewer }> {
  loadingViewer ??= loadBrowserPdfjs().then(async (pdfjs) => {
    const g = globalThis as { pdfjsLib?: unknown };
    g.pdfjsLib ??= pdfjs;
    const viewer = await import('pdfjs-dist/web/pdf_viewer.mjs');
    return { pdfjs, viewer };
  });
  return loadingViewer;
}
