/**
 * A "PDF bomb" made on the fly (never committed): a small, valid PDF with one page whose content
 * stream (FlateDecode) inflates to gigabytes — a line of text, then zeros (NUL is white space in PDF).
 *
 * Deflating 4 GB of zeros with zlib takes about 15 s, so the stream is assembled instead: zlib
 * compresses one 16 MB block of zeros with a full flush (which resets its state and ends on a byte
 * boundary, so the same block compresses to the same bytes every time), and that block is repeated.
 * A final empty block and the Adler-32 of the whole inflated data close the zlib stream, so any
 * inflater (zlib included) accepts it. 4 GiB → about 4 MB of PDF, built in well under a second.
 */
import { constants, deflateRawSync } from 'node:zlib';

const BLOCK = 16 * 1024 * 1024;
export const GiB = 1024 * 1024 * 1024;

/** The content stream's visible start. */
export const BOMB_TEXT = 'BT /F1 12 Tf 72 770 Td (Vacancy notice) Tj ET\n';

/** A zlib stream (as in a FlateDecode PDF stream) of BOMB_TEXT then zeros: `inflated` bytes in all (rounded up to 16 MB of zeros). */
export function zlibBomb(inflated: number): { deflated: Buffer; inflatedLength: number } {
  const prefix = Buffer.from(BOMB_TEXT, 'latin1');
  const blocks = Math.max(1, Math.ceil((inflated - prefix.length) / BLOCK));
  const flush = { finishFlush: constants.Z_FULL_FLUSH };
  const head = deflateRawSync(prefix, flush);
  const zeros = deflateRawSync(Buffer.alloc(BLOCK), { ...flush, level: 9, memLevel: 9 });
  // Adler-32 of the prefix, then of the zeros: each zero adds nothing to a and adds a to b.
  let a = 1;
  let b = 0;
  for (const byte of prefix) {
    a = (a + byte) % 65521;
    b = (b + a) % 65521;
  }
  b = (b + Number((BigInt(blocks) * BigInt(BLOCK)) % 65521n) * a) % 65521;
  const adler = Buffer.alloc(4);
  adler.writeUInt32BE(((b << 16) | a) >>> 0);
  const deflated = Buffer.concat([
    Buffer.from([0x78, 0xda]), // zlib header: deflate, 32 KB window, best compression
    head,
    ...Array.from({ length: blocks }, () => zeros),
    Buffer.from([0x03, 0x00]), // a final, empty block (fixed Huffman, end-of-block only)
    adler,
  ]);
  return { deflated, inflatedLength: prefix.length + blocks * BLOCK };
}

/** A one-page PDF whose content stream inflates to `inflated` bytes (default 4 GiB). */
export function pdfBomb(inflated = 4 * GiB): Buffer {
  const { deflated } = zlibBomb(inflated);
  const objects: Array<string | Buffer> = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    deflated,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  const parts: Buffer[] = [Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  let offset = parts[0].length;
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(offset);
    const part =
      typeof o === 'string'
        ? Buffer.from(`${i + 1} 0 obj\n${o}\nendobj\n`, 'latin1')
        : Buffer.concat([
            Buffer.from(`${i + 1} 0 obj\n<< /Length ${o.length} /Filter /FlateDecode >>\nstream\n`, 'latin1'),
            o,
            Buffer.from('\nendstream\nendobj\n', 'latin1'),
          ]);
    parts.push(part);
    offset += part.length;
  });
  const xref =
    `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n` +
    offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('') +
    `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${offset}\n%%EOF\n`;
  parts.push(Buffer.from(xref, 'latin1'));
  return Buffer.concat(parts);
}
