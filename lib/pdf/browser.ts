/**
 * pdf.js for the extension's pages (the viewer): the modern build, with its worker bundled as
 * one of the extension's own files by Vite (`?url`), never fetched from a CDN. The worker runs
 * pdf.js's parsing off the page's main thread.
 */
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';

export type BrowserPdfjs = typeof import('pdfjs-dist');

let loading: Promise<BrowserPdfjs> | null = null;

/** The whole pdf.js module (the viewer also renders pages with it); it satisfies `PdfjsLib` for readPdf. */
export function loadBrowserPdfjs(): Promise<BrowserPdfjs> {
  loading ??= import('pdfjs-dist').then((pdfjs) => {
    pdfjs.GlobalWorkerOptions.workerSrc = workerUrl;
    return pdfjs;
  });
  return loading;
}
