/**
 * readPdf: bytes in, the document's text in reading order (or a reason it cannot be read) out.
 * pdf.js is passed in (see types.ts); every call into it runs under one deadline, and the
 * document is always destroyed.
 */
import { layoutPages, toRuns, type PageRuns } from './layout';
import type {
  PdfError,
  PdfErrorKind,
  PdfText,
  PdfjsDocument,
  PdfjsDocumentParams,
  PdfjsLib,
  PdfjsLoadingTask,
} from './types';

export interface ReadPdfOptions {
  /** The loaded pdf.js module (lib/pdf/node.ts in Node, lib/pdf/browser.ts in the extension, a fake in tests). */
  pdfjs: PdfjsLib;
  /** Pages read at most; the rest are left out and `truncated` is set. Default 200. */
  maxPages?: number;
  /** The whole read, from bytes to text. Default 20 000 ms. */
  timeoutMs?: number;
  /** Larger files are refused as 'too-large'. Default 50 MB. */
  maxBytes?: number;
  /** Extra getDocument parameters (font data locations). */
  documentParams?: Partial<PdfjsDocumentParams>;
}

export const DEFAULT_MAX_PAGES = 200;
export const DEFAULT_TIMEOUT_MS = 20_000;
export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;

const MB = 1024 * 1024;

export function pdfError(error: PdfErrorKind, message: string): PdfError {
  return { error, message };
}

class Timeout extends Error {}

/** pdf.js's own exception names (they survive the trip from the worker; instanceof does not). */
const CORRUPT = new Set([
  'InvalidPDFException',
  'MissingPDFException',
  'UnknownErrorException',
  'FormatError',
  'XRefParseException',
  'ResponseException',
]);

const PDF_HEADER = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-

/** The header may follow a little junk (the spec allows it within the first 1024 bytes). */
function hasPdfHeader(bytes: Uint8Array): boolean {
  const end = Math.min(bytes.length, 1024) - PDF_HEADER.length;
  outer: for (let i = 0; i <= end; i++) {
    for (let j = 0; j < PDF_HEADER.length; j++) if (bytes[i + j] !== PDF_HEADER[j]) continue outer;
    return true;
  }
  return false;
}

function looksLikeHtml(bytes: Uint8Array): boolean {
  const head = String.fromCharCode(...bytes.subarray(0, 512))
    .replace(/^\uFEFF|^\xEF\xBB\xBF/, '')
    .trimStart()
    .toLowerCase();
  return /^<(?:!doctype html|html|head|body|!--|\?xml[^>]*>\s*<!doctype html)/.test(head);
}

function classify(e: unknown, timeoutMs: number): PdfError {
  if (e instanceof Timeout)
    return pdfError(
      'timeout',
      `reading this PDF took longer than ${Math.round(timeoutMs / 100) / 10} s and was stopped; the file may be damaged or unusually complex`,
    );
  const name = (e as { name?: unknown } | null)?.name;
  if (name === 'PasswordException')
    return pdfError(
      'encrypted',
      'this PDF is password-protected, so its text cannot be read; open it with its password and save an unprotected copy',
    );
  if (typeof name === 'string' && CORRUPT.has(name))
    return pdfError(
      'corrupt',
      'this PDF is damaged or incomplete (perhaps the download was cut short) and cannot be read; download it again',
    );
  return pdfError(
    'corrupt',
    `this PDF could not be read (${e instanceof Error ? e.message : String(e)}); download it again or save it as text`,
  );
}

/** Reads a PDF's text. Never throws for a bad file: the answer is then a PdfError. */
/** How pdf.js is opened when only text (or attachments) is wanted: no eval, no fonts, quiet. */
export const TEXT_ONLY_PARAMS = {
  isEvalSupported: false,
  disableFontFace: true,
  useSystemFonts: false,
  verbosity: 0,
} as const;

export async function readPdf(bytes: Uint8Array, opts: ReadPdfOptions): Promise<PdfText | PdfError> {
  const maxPages = Math.max(1, opts.maxPages ?? DEFAULT_MAX_PAGES);
  const timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  if (bytes.length === 0) return pdfError('empty', 'this file is empty (0 bytes); download it again');
  if (bytes.length > maxBytes)
    return pdfError(
      'too-large',
      `this PDF is ${(bytes.length / MB).toFixed(1)} MB, more than the ${Math.round(maxBytes / MB)} MB that can be read`,
    );
  if (!hasPdfHeader(bytes))
    return pdfError(
      'not-pdf',
      looksLikeHtml(bytes)
        ? 'this file is a web page (HTML) saved with a .pdf name, not a PDF; open the page in the browser instead'
        : 'this file is not a PDF (it does not start with %PDF-)',
    );

  const deadline = Date.now() + timeoutMs;
  /** Each step races the time left of the one deadline. */
  const within = <T>(p: Promise<T>): Promise<T> => {
    const left = deadline - Date.now();
    if (left <= 0) {
      p.catch(() => {}); // settles after we gave up: nobody waits for it
      return Promise.reject(new Timeout());
    }
    let timer: ReturnType<typeof setTimeout> | undefined;
    const late = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Timeout()), left);
    });
    return Promise.race([p, late]).finally(() => clearTimeout(timer));
  };

  let task: PdfjsLoadingTask | null = null;
  let doc: PdfjsDocument | null = null;
  const pages: PageRuns[] = [];
  let pageCount = 0;
  try {
    // pdf.js takes over (detaches) the buffer it is given: give it a copy.
    task = opts.pdfjs.getDocument({ ...TEXT_ONLY_PARAMS, ...opts.documentParams, data: bytes.slice() });
    doc = await within(task.promise);
    pageCount = doc.numPages;
    const last = Math.min(pageCount, maxPages);
    for (let n = 1; n <= last; n++) {
      const page = await within(doc.getPage(n));
      const viewport = page.getViewport({ scale: 1 });
      const content = await within(page.getTextContent());
      pages.push({
        number: n,
        width: viewport.width,
        height: viewport.height,
        runs: toRuns(content.items, viewport),
      });
    }
  } catch (e) {
    return classify(e, timeoutMs);
  } finally {
    // Bounded too: a stuck worker must not keep the caller waiting.
    const destroyed = (doc ?? task)?.destroy().catch(() => {});
    let timer: ReturnType<typeof setTimeout> | undefined;
    await Promise.race([destroyed, new Promise((resolve) => (timer = setTimeout(resolve, 1000)))]);
    clearTimeout(timer);
  }

  const { text, pages: ranges, items } = layoutPages(pages);
  if (text.trim() === '')
    return pdfError(
      'empty',
      'this PDF has no text to read (it may be a scanned image); look for a text version of the notice',
    );
  return { text, pages: ranges, items, truncated: pageCount > pages.length, pageCount };
}

/** The page (1-based) a text offset falls on; an offset between two pages counts for the page before. */
export function pageOf(pdf: Pick<PdfText, 'pages'>, offset: number): number {
  const pages = pdf.pages.filter((p) => p.end > p.start);
  let found = pages[0]?.number ?? pdf.pages[0]?.number ?? 1;
  for (const p of pages) {
    if (p.start > offset) break;
    found = p.number;
  }
  return found;
}
