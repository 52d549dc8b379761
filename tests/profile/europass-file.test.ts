/** Europass PDFs: the XML attached by the Europass editor, read with pdf.js (Node build). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readEuropassFile, type AttachmentReader } from '../../components/profile/europass-file';
import { readPdfAttachments } from '../../lib/pdf/attachments';
import { loadNodePdfjs } from '../../lib/pdf/node';
import { parseEuropassXml } from '../../lib/profile/europass';

const ROOT = join(import.meta.dirname, '..', '..');
const DIR = join(ROOT, 'tests', 'fixtures', 'europass');
const bytesOf = (path: string) => new Uint8Array(readFileSync(path));
const attachments: AttachmentReader = async (bytes) =>
  readPdfAttachments(bytes, { pdfjs: await loadNodePdfjs() });

function file(name: string, bytes: Uint8Array | string, type = ''): File {
  return new File([bytes as BlobPart], name, { type });
}

describe('readPdfAttachments', () => {
  it('finds attachment.xml in our Europass PDF, byte for byte the XML', async () => {
    const found = await readPdfAttachments(bytesOf(join(DIR, 'cv-2020.pdf')), {
      pdfjs: await loadNodePdfjs(),
    });
    expect(Array.isArray(found)).toBe(true);
    if (!Array.isArray(found)) return;
    expect(found.map((a) => [a.filename, a.description])).toEqual([['attachment.xml', 'Europass CV data']]);
    expect(new TextDecoder().decode(found[0].content)).toBe(readFileSync(join(DIR, 'cv-2020.xml'), 'utf8'));
  });

  it('gives [] for a PDF without attachments and a reason for what is not a PDF', async () => {
    const pdfjs = await loadNodePdfjs();
    expect(
      await readPdfAttachments(bytesOf(join(ROOT, 'tests', 'fixtures', 'pdf', 'seed-000.pdf')), { pdfjs }),
    ).toEqual([]);
    expect(await readPdfAttachments(new TextEncoder().encode('<x/>'), { pdfjs })).toMatchObject({
      error: 'not-pdf',
    });
    expect(
      await readPdfAttachments(new TextEncoder().encode('%PDF-1.7 then nothing'), { pdfjs }),
    ).toMatchObject({
      error: 'corrupt',
    });
    expect(await readPdfAttachments(new Uint8Array(), { pdfjs })).toMatchObject({ error: 'empty' });
  });
});

describe('readEuropassFile', () => {
  it('reads the PDF and the XML into the same result', async () => {
    const fromPdf = await readEuropassFile(file('cv.pdf', bytesOf(join(DIR, 'cv-2020.pdf'))), attachments);
    const fromXml = await readEuropassFile(
      file('cv.xml', readFileSync(join(DIR, 'cv-2020.xml'), 'utf8')),
      attachments,
    );
    expect(fromPdf).toEqual(fromXml);
    expect(fromXml).toEqual(parseEuropassXml(readFileSync(join(DIR, 'cv-2020.xml'), 'utf8')));
  });

  it.each([
    [
      'a PDF without Europass data',
      'notice.pdf',
      () => bytesOf(join(ROOT, 'tests', 'fixtures', 'pdf', 'seed-000.pdf')),
      /carries no Europass data/,
    ],
    [
      'a damaged PDF',
      'cv.pdf',
      () => new TextEncoder().encode('%PDF-1.7 broken'),
      /could not be read: this PDF is damaged/,
    ],
    [
      'a Word file',
      'cv.docx',
      () => new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]),
      /neither XML nor a PDF/,
    ],
    ['an empty file', 'cv.xml', () => new Uint8Array(), /is empty/],
  ])('refuses %s with a message', async (_name, fileName, bytes, message) => {
    const result = await readEuropassFile(file(fileName, bytes()), attachments);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toMatch(message);
  });
});
