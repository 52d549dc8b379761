/**
 * A file the candidate picked → the Europass CV it holds. An .xml file is read as it is; a PDF
 * is searched for the XML the Europass editor attaches to the PDFs it makes. Reading a PDF's
 * attachments needs pdf.js, which the entrypoint passes in (lib/pdf/browser + lib/pdf/attachments),
 * so this module runs the same in tests.
 */
import type { PdfAttachment } from '../../lib/pdf/attachments';
import type { PdfError } from '../../lib/pdf/types';
import { parseEuropassXml, type EuropassResult } from '../../lib/profile/europass';

export type AttachmentReader = (bytes: Uint8Array) => Promise<PdfAttachment[] | PdfError>;

/** No CV comes near this; refused before reading. */
export const MAX_EUROPASS_FILE_BYTES = 20 * 1024 * 1024;

const NOT_A_CV =
  'Choose a Europass CV: the XML file or a PDF made with the Europass editor (europa.eu/europass).';

function startsWithPdf(bytes: Uint8Array): boolean {
  return String.fromCharCode(...bytes.subarray(0, 1024)).includes('%PDF-');
}

function looksLikeXml(bytes: Uint8Array): boolean {
  const head = new TextDecoder('utf-8').decode(bytes.subarray(0, 256)).replace(/^\uFEFF/, '');
  return /^\s*</.test(head);
}

/** The Europass editor names its attachment attachment.xml; any other XML attachment will do. */
export function pickEuropassAttachment(attachments: readonly PdfAttachment[]): PdfAttachment | null {
  return (
    attachments.find((a) => a.filename.toLowerCase() === 'attachment.xml') ??
    attachments.find((a) => a.filename.toLowerCase().endsWith('.xml')) ??
    attachments.find((a) => looksLikeXml(a.content)) ??
    null
  );
}

export async function readEuropassFile(
  file: File,
  readAttachments: AttachmentReader,
): Promise<EuropassResult> {
  if (file.size === 0) return { ok: false, message: `${file.name} is empty.` };
  if (file.size > MAX_EUROPASS_FILE_BYTES)
    return { ok: false, message: `${file.name} is too large to be a CV. ${NOT_A_CV}` };
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (startsWithPdf(bytes)) {
    const attachments = await readAttachments(bytes);
    if (!Array.isArray(attachments))
      return { ok: false, message: `${file.name} could not be read: ${attachments.message}.` };
    const xml = pickEuropassAttachment(attachments);
    if (!xml)
      return {
        ok: false,
        message: `${file.name} carries no Europass data. Only PDFs made with the Europass editor have the CV attached as XML: download your CV from the editor as a PDF or as XML, or fill in the form.`,
      };
    return parseEuropassXml(new TextDecoder('utf-8').decode(xml.content));
  }
  if (!looksLikeXml(bytes))
    return { ok: false, message: `${file.name} is neither XML nor a PDF. ${NOT_A_CV}` };
  return parseEuropassXml(new TextDecoder('utf-8').decode(bytes));
}
