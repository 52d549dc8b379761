/**
 * The subset of the PDF.js interface this project relies on, written by hand
 * (as hypothesis does in src/types/pdfjs.ts), and the project's own types for
 * what comes out of a PDF.
 *
 * Keeping pdf.js behind this narrow type lets the same reader run on the
 * legacy build in Node (lib/pdf/node.ts), on the worker build in the extension
 * (lib/pdf/browser.ts), and on a hand-made fake in tests. Only these fields are
 * read; the real `pdfjs-dist` module is checked against this type in node.ts.
 */

// ---- pdf.js, as far as we use it ------------------------------------------

export interface PdfjsLib {
  getDocument(src: PdfjsDocumentParams): PdfjsLoadingTask;
}

export interface PdfjsDocumentParams {
  data: Uint8Array;
  /** No `eval`/`new Function` (the extension's CSP forbids it; Node does not need it). */
  isEvalSupported?: boolean;
  /** Text extraction needs no font loading into a document. */
  disableFontFace?: boolean;
  useSystemFonts?: boolean;
  /** 0 = errors only: broken files are reported by us, not logged by pdf.js. */
  verbosity?: number;
  standardFontDataUrl?: string;
  cMapUrl?: string;
  cMapPacked?: boolean;
}

export interface PdfjsLoadingTask {
  promise: Promise<PdfjsDocument>;
  destroy(): Promise<void>;
}

export interface PdfjsDocument {
  numPages: number;
  getPage(pageNumber: number): Promise<PdfjsPage>;
  destroy(): Promise<void>;
}

export interface PdfjsPage {
  getViewport(params: { scale: number }): PdfjsViewport;
  getTextContent(params?: { includeMarkedContent?: boolean }): Promise<PdfjsTextContent>;
}

export interface PdfjsViewport {
  width: number;
  height: number;
  /** PDF user space → viewport space (origin top-left, y down), as [a, b, c, d, e, f]. */
  transform: number[];
}

export interface PdfjsTextContent {
  items: Array<PdfjsTextItem | PdfjsMarkedContent>;
}

export interface PdfjsTextItem {
  str: string;
  /** Text space → PDF user space, [a, b, c, d, e, f]; (e, f) is the start of the baseline. */
  transform: number[];
  /** Advance width in user space. */
  width: number;
  /** Font height in user space. */
  height: number;
  fontName?: string;
  hasEOL?: boolean;
}

export interface PdfjsMarkedContent {
  type: string;
}

// ---- ours ------------------------------------------------------------------

/**
 * One run of text on a page, in page coordinates (PDF points, origin at the
 * top-left corner of the page, y down) and its place in `PdfText.text`.
 * `y` is the top of the run's box (baseline − font height).
 */
export interface TextItem {
  page: number;
  x: number;
  y: number;
  width: number;
  height: number;
  str: string;
  /** [start, end) of this run in `PdfText.text`. */
  start: number;
  end: number;
}

export interface PdfPage {
  number: number;
  /** [start, end) of the page's text in `PdfText.text`. */
  start: number;
  end: number;
}

export interface PdfText {
  /** The document's text in reading order: "\n" between lines, a blank line between paragraphs and pages. */
  text: string;
  pages: PdfPage[];
  /** The runs that made it into `text` (headers, footers and page numbers are left out), in reading order. */
  items: TextItem[];
  /** True when the document has more pages than were read (maxPages). */
  truncated: boolean;
  /** Pages in the document (not only those read). */
  pageCount: number;
}

export type PdfErrorKind = 'not-pdf' | 'empty' | 'corrupt' | 'encrypted' | 'too-large' | 'timeout';

export interface PdfError {
  error: PdfErrorKind;
  /** One sentence a person can act on. */
  message: string;
}

export function isPdfError(r: PdfText | PdfError): r is PdfError {
  return 'error' in r;
}
