/**
 * The files attached to a PDF (its EmbeddedFiles), read with pdf.js's `getAttachments()`.
 * The Europass editor attaches the CV's XML to the PDFs it makes (attachment.xml, text/xml),
 * so a Europass PDF can be imported without reading its pages.
 *
 * pdf.js is passed in, as for readPdf (lib/pdf/node.ts in Node, lib/pdf/browser.ts in the
 * extension); the document is always destroyed, and the whole read runs under one deadline.
 */
import { pdfError, TEXT_ONLY_PARAMS } from './read';
import type { PdfError, PdfjsDocument, PdfjsDocumentParams, PdfjsLib, PdfjsLoadingTask } from './types';

export interface PdfAttachment {
  /** The file name without any path, as pdf.js gives it ("attachment.xml"). */
  filename: string;
  content: Uint8Array;
  description: string;
}

export interface ReadPdfAttachmentsOptions {
  pdfjs: PdfjsLib;
  /** Default 10 000 ms. */
  timeoutMs?: number;
  /** Larger files are refused as 'too-large'. Default 20 MB. */
  maxBytes?: number;
  documentParams?: Partial<PdfjsDocumentParams>;
}

/** What pdf.js 5 returns from getAttachments(): one entry per name in the EmbeddedFiles tree. */
interface PdfjsAttachmentEntry {
  filename?: unknown;
  content?: unknown;
  description?: unknown;
}
type WithAttachments = PdfjsDocument & {
  getAttachments?: () => Promise<Record<string, PdfjsAttachmentEntry> | null>;
};

const MB = 1024 * 1024;

function hasPdfHeader(bytes: Uint8Array): boolean {
  const head = String.fromCharCode(...bytes.subarray(0, 1024));
  return head.includes('%PDF-');
}

/**
 * Lists a PDF's attached files. A PDF with none gives []. A file that is not a readable PDF
 * gives a PdfError whose message a person can act on; this never throws.
 */
export async function readPdfAttachments(
  bytes: Uint8Array,
  opts: ReadPdfAttachmentsOptions,
): Promise<PdfAttachment[] | PdfError> {
  const timeoutMs = opts.timeoutMs ?? 10_000;
  const maxBytes = opts.maxBytes ?? 20 * MB;
  if (bytes.length === 0) return pdfError('empty', 'this file is empty (0 bytes)');
  if (bytes.length > maxBytes)
    return pdfError(
      'too-large',
      `this PDF is ${(bytes.length / MB).toFixed(1)} MB, more than the ${Math.round(maxBytes / MB)} MB a CV can be`,
    );
  if (!hasPdfHeader(bytes))
    return pdfError('not-pdf', 'this file is not a PDF (it does not start with %PDF-)');

  let task: PdfjsLoadingTask | null = null;
  let doc: WithAttachments | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('timeout')), timeoutMs);
  });
  try {
    task = opts.pdfjs.getDocument({ ...TEXT_ONLY_PARAMS, ...opts.documentParams, data: bytes.slice() });
    doc = (await Promise.race([task.promise, late])) as WithAttachments;
    if (typeof doc.getAttachments !== 'function') return [];
    const found = await Promise.race([doc.getAttachments(), late]);
    return Object.values(found ?? {}).flatMap((entry) =>
      entry.content instanceof Uint8Array
        ? [
            {
              filename: typeof entry.filename === 'string' ? entry.filename : 'unnamed',
              content: entry.content,
              description: typeof entry.description === 'string' ? entry.description : '',
            },
          ]
        : [],
    );
  } catch (e) {
    const name = (e as { name?: unknown } | null)?.name;
    if (e instanceof Error && e.message === 'timeout')
      return pdfError('timeout', 'reading this PDF took too long and was stopped');
    if (name === 'PasswordException')
      return pdfError('encrypted', 'this PDF is password-protected; save an unprotected copy and try again');
    return pdfError('corrupt', 'this PDF is damaged or incomplete and cannot be read');
  } finally {
    clearTimeout(timer);
    late.catch(() => {});
    const destroyed = (doc ?? task)?.destroy().catch(() => {});
    let stop: ReturnType<typeof setTimeout> | undefined;
    await Promise.race([destroyed, new Promise((resolve) => (stop = setTimeout(resolve, 1000)))]);
    clearTimeout(stop);
  }
}
