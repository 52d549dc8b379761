/**
 * The PDF reader: the only place that talks to pdf.js (behind the narrow type in types.ts).
 *
 *   readPdf(bytes, { pdfjs })  → PdfText { text, pages, items, truncated, pageCount } | PdfError
 *   pageOf(pdfText, offset)    → the page an evidence offset is on
 *
 * Load pdf.js with lib/pdf/node.ts (Node: legacy build, no worker) or lib/pdf/browser.ts
 * (extension: bundled worker).
 */
export {
  readPdf,
  pageOf,
  DEFAULT_MAX_PAGES,
  DEFAULT_TIMEOUT_MS,
  DEFAULT_MAX_BYTES,
  type ReadPdfOptions,
} from './read';
export { layoutPages, toRuns, type PageRuns, type Run } from './layout';
export * from './types';
