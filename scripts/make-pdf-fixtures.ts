/**
 * Makes the PDF fixtures in tests/fixtures/pdf/ (committed; run again only to change them):
 *
 *   npx tsx scripts/make-pdf-fixtures.ts
 *
 * - seed-000.pdf … seed-004.pdf: each seed's web page (scripts/seed-pages.ts) printed by Chromium
 *   to A4, with a running header (the reference) and a "Page N of M" footer.
 * - two-columns.pdf, key-facts-table.pdf: two notices of our own in harder layouts (CSS columns;
 *   key facts in a bordered table). Their HTML sources are written beside them
 *   (*.source.html) and their fields, read from those notices by a person, are in *.expected.json.
 * - large.pdf: 300 short pages (readPdf stops at maxPages).
 * - broken/: empty.pdf (0 bytes), truncated.pdf (first 40% of seed-000.pdf), html-as-pdf.pdf (a
 *   web page saved as .pdf), encrypted.pdf (built by hand below: pdf.js cannot write PDFs).
 *
 * Needs Debian's Chromium at /usr/bin/chromium (playwright-core drives it).
 */
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Page } from 'playwright-core';
import { writeSeedPages } from './seed-pages';

const ROOT = join(import.meta.dirname, '..');
const SEEDS = join(ROOT, 'seeds');
const OUT = join(ROOT, 'tests', 'fixtures', 'pdf');
const BROKEN = join(OUT, 'broken');

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

async function printPdf(page: Page, url: string, reference: string | null): Promise<Buffer> {
  await page.goto(url);
  return page.pdf({
    format: 'A4',
    printBackground: true,
    displayHeaderFooter: reference !== null,
    headerTemplate: `<div style="font-size:8px;width:100%;text-align:right;margin:0 15mm;color:#555">${esc(reference ?? '')}</div>`,
    footerTemplate:
      '<div style="font-size:8px;width:100%;text-align:center;color:#555">Page <span class=pageNumber></span> of <span class=totalPages></span></div>',
    margin: { top: '22mm', bottom: '20mm', left: '15mm', right: '15mm' },
  });
}

// ---- two harder layouts of our own --------------------------------------------------

/** An agency notice set in two columns (CSS columns: 2), justified, with soft hyphens. */
/** The two harder layouts are written by hand as HTML (committed beside their PDFs) and printed from there. */
const HARDER_LAYOUTS = [
  ['two-columns', 'EMSA/TA/2026/07'],
  ['key-facts-table', 'EC/2026/CLIMA/461207'],
] as const;

function largeHtml(pages: number): string {
  const body = Array.from(
    { length: pages },
    (_, i) =>
      `<p style="margin:0;padding-top:200pt;${i < pages - 1 ? 'break-after:page' : ''}">Annex page ${i + 1}.</p>`,
  ).join('');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Annexes</title></head><body style="font:12pt Arial,sans-serif">${body}</body></html>`;
}

// ---- an encrypted PDF, by hand ------------------------------------------------------

/** RC4, for the PDF Standard security handler (revision 2, 40-bit key). */
function rc4(key: Uint8Array, data: Uint8Array): Uint8Array {
  const s = new Uint8Array(256).map((_, i) => i);
  for (let i = 0, j = 0; i < 256; i++) {
    j = (j + s[i] + key[i % key.length]) & 255;
    [s[i], s[j]] = [s[j], s[i]];
  }
  const out = new Uint8Array(data.length);
  for (let n = 0, i = 0, j = 0; n < data.length; n++) {
    i = (i + 1) & 255;
    j = (j + s[i]) & 255;
    [s[i], s[j]] = [s[j], s[i]];
    out[n] = data[n] ^ s[(s[i] + s[j]) & 255];
  }
  return out;
}

const md5 = (...parts: Uint8Array[]) =>
  new Uint8Array(createHash('md5').update(Buffer.concat(parts)).digest());
const PASSWORD_PADDING = Buffer.from(
  '28BF4E5E4E758A4164004E56FFFA01082E2E00B6D0683E802F0CA9FE6453697A',
  'hex',
);
const padPassword = (pw: string) =>
  new Uint8Array(Buffer.concat([Buffer.from(pw, 'latin1'), PASSWORD_PADDING]).subarray(0, 32));
const hex = (b: Uint8Array) => Buffer.from(b).toString('hex').toUpperCase();

/**
 * A one-page PDF encrypted with the Standard security handler, V1 R2 (RC4, 40-bit), with a user
 * password: no reader can show it without the password (PDF 1.7, 7.6.3, algorithms 2–4).
 */
export function encryptedPdf(userPassword: string, ownerPassword: string): Buffer {
  const id = md5(Buffer.from('vacancy-lens encrypted fixture'));
  const P = -4; // every permission; the point is the user password
  const O = rc4(md5(padPassword(ownerPassword)).subarray(0, 5), padPassword(userPassword));
  const p = new Uint8Array(4);
  new DataView(p.buffer).setInt32(0, P, true);
  const key = md5(padPassword(userPassword), O, p, id).subarray(0, 5);
  const U = rc4(key, PASSWORD_PADDING);
  const objectKey = (num: number, gen: number) =>
    md5(
      key,
      new Uint8Array([num & 255, (num >> 8) & 255, (num >> 16) & 255, gen & 255, (gen >> 8) & 255]),
    ).subarray(0, 10);
  const content = Buffer.from('BT /F1 14 Tf 72 770 Td (Vacancy notice: confidential draft) Tj ET', 'latin1');
  const stream = rc4(objectKey(5, 0), content);
  const objects: Buffer[] = [
    Buffer.from('<< /Type /Catalog /Pages 2 0 R >>'),
    Buffer.from('<< /Type /Pages /Kids [3 0 R] /Count 1 >>'),
    Buffer.from(
      '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
    ),
    Buffer.from('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>'),
    Buffer.concat([
      Buffer.from(`<< /Length ${stream.length} >>\nstream\n`),
      Buffer.from(stream),
      Buffer.from('\nendstream'),
    ]),
    Buffer.from(`<< /Filter /Standard /V 1 /R 2 /O <${hex(O)}> /U <${hex(U)}> /P ${P} >>`),
  ];
  const parts: Buffer[] = [Buffer.from('%PDF-1.4\n%\xE2\xE3\xCF\xD3\n', 'latin1')];
  let offset = parts[0].length;
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    const obj = Buffer.concat([Buffer.from(`${i + 1} 0 obj\n`), body, Buffer.from('\nendobj\n')]);
    offsets.push(offset);
    parts.push(obj);
    offset += obj.length;
  });
  const xref =
    `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n` +
    offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('') +
    `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Encrypt 6 0 R /ID [<${hex(id)}> <${hex(id)}>] >>\n` +
    `startxref\n${offset}\n%%EOF\n`;
  parts.push(Buffer.from(xref));
  return Buffer.concat(parts);
}

// ---- checks --------------------------------------------------------------------------

/** The encrypted file must be a real encrypted PDF: refused without its password, readable with it. */
async function checkEncrypted(bytes: Buffer, password: string): Promise<void> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const without = pdfjs.getDocument({ data: new Uint8Array(bytes), verbosity: 0 });
  const refused = await without.promise.then(
    () => 'opened',
    (e: { name?: string }) => e.name ?? 'error',
  );
  await without.destroy();
  if (refused !== 'PasswordException') throw new Error(`encrypted.pdf without password: ${refused}`);
  const withPw = pdfjs.getDocument({ data: new Uint8Array(bytes), password, verbosity: 0 });
  const doc = await withPw.promise;
  const content = await (await doc.getPage(1)).getTextContent();
  const text = content.items.map((i) => ('str' in i ? i.str : '')).join('');
  await withPw.destroy();
  if (!text.includes('Vacancy notice')) throw new Error(`encrypted.pdf with password: "${text}"`);
}

async function main(): Promise<void> {
  mkdirSync(BROKEN, { recursive: true });
  const tmp = mkdtempSync(join(tmpdir(), 'vl-pdf-'));
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });
  const written: Array<[string, number]> = [];
  const write = (path: string, bytes: Uint8Array) => {
    writeFileSync(path, bytes);
    written.push([path.slice(OUT.length + 1), bytes.length]);
  };
  try {
    const page = await browser.newPage();
    const seedFiles = readdirSync(SEEDS)
      .filter((f) => /^\d+_.*\.txt$/.test(f))
      .sort();
    const pages = writeSeedPages(SEEDS, tmp);
    for (const [i, name] of pages.entries()) {
      const expected = JSON.parse(
        readFileSync(join(SEEDS, seedFiles[i].replace(/\.txt$/, '.expected.json')), 'utf8'),
      ) as { reference: string | null };
      const pdf = await printPdf(page, pathToFileURL(join(tmp, name)).href, expected.reference);
      write(join(OUT, name.replace(/\.html$/, '.pdf')), pdf);
    }
    for (const [name, reference] of HARDER_LAYOUTS) {
      write(
        join(OUT, `${name}.pdf`),
        await printPdf(page, pathToFileURL(join(OUT, `${name}.source.html`)).href, reference),
      );
    }
    writeFileSync(join(tmp, 'large.html'), largeHtml(300));
    write(join(OUT, 'large.pdf'), await printPdf(page, pathToFileURL(join(tmp, 'large.html')).href, null));

    write(join(BROKEN, 'empty.pdf'), new Uint8Array(0));
    const seed0 = readFileSync(join(OUT, 'seed-000.pdf'));
    write(join(BROKEN, 'truncated.pdf'), seed0.subarray(0, Math.floor(seed0.length * 0.4)));
    write(join(BROKEN, 'html-as-pdf.pdf'), readFileSync(join(tmp, pages[0])));
    const encrypted = encryptedPdf('notice-2026', 'owner-2026');
    await checkEncrypted(encrypted, 'notice-2026');
    write(join(BROKEN, 'encrypted.pdf'), encrypted);
  } finally {
    await browser.close();
    rmSync(tmp, { recursive: true, force: true });
  }
  for (const [name, size] of written)
    console.log(`${name.padEnd(28)} ${(size / 1024).toFixed(1).padStart(7)} kB`);
}

if (process.argv[1]?.endsWith('make-pdf-fixtures.ts')) await main();
