/**
 * readPdf on real PDFs (Chromium prints of the seed pages and of two harder layouts), through the
 * notice reader: every field as expected, text in reading order, page furniture gone, evidence on
 * the right page, broken files named for what they are, and nothing that can hang.
 */
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { EXPECTED_FIELDS, analyseNotice } from '../../lib/notice';
import { isPdfError, pageOf, type PdfError, type PdfText, type PdfjsLib } from '../../lib/pdf';
import { loadNodePdfjs, readPdf } from '../../lib/pdf/node';
import { BROKEN_DIR, PDF_DIR, fakePdfjs, flat, item, pdfBytes, pdfCases } from './helpers';

let pdfjs: PdfjsLib;
beforeAll(async () => {
  pdfjs = await loadNodePdfjs();
});

async function readOk(path: string, opts: Parameters<typeof readPdf>[1] = {}): Promise<PdfText> {
  const r = await readPdf(pdfBytes(path), opts);
  if (isPdfError(r)) throw new Error(`${path}: ${r.error}: ${r.message}`);
  return r;
}

const cases = pdfCases();

describe('readPdf + analyseNotice: every field as expected', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const pdf = await readOk(c.path);
    const analysis = analyseNotice(pdf.text, { format: 'text' });
    expect(analysis.notice).not.toBeNull();
    const got = Object.fromEntries(EXPECTED_FIELDS.map((f) => [f, analysis.notice![f]]));
    expect(got).toEqual(c.expected);
  });

  it.each(['two-columns', 'key-facts-table'])(
    'control: %s.source.html read as a web page gives the same expected.json (the notice, not the PDF, is what is tested there)',
    (name) => {
      const html = readFileSync(join(PDF_DIR, `${name}.source.html`), 'utf8');
      const expected = cases.find((c) => c.name === `${name}.pdf`)!.expected;
      const notice = analyseNotice(html, { format: 'html' }).notice!;
      expect(Object.fromEntries(EXPECTED_FIELDS.map((f) => [f, notice[f]]))).toEqual(expected);
    },
  );
});

describe('reading order', () => {
  it('two columns: the left column is read before the right one, each sentence whole', async () => {
    const pdf = await readOk(join(PDF_DIR, 'two-columns.pdf'));
    const text = flat(pdf.text);
    const leftLast =
      'The Project Officer reports to the Head of Unit and works closely with the teams in charge of the satellite data contracts.';
    const rightFirst =
      '3. ELIGIBILITY CRITERIA To be considered eligible, candidates must satisfy all the criteria below by the deadline for applications.';
    expect(text).toContain(leftLast);
    expect(text).toContain(rightFirst);
    expect(text.indexOf(leftLast)).toBeLessThan(text.indexOf(rightFirst));
    // Both columns sit on page 1: the left one ends before the right one starts, on that page.
    const ends = pdf.items.filter((i) => i.page === 1);
    const leftItem = ends.find((i) => i.str.includes('satellite data contracts'))!;
    const rightItem = ends.find((i) => i.str.includes('3. ELIGIBILITY CRITERIA'))!;
    expect(leftItem.x).toBeLessThan(rightItem.x);
    expect(leftItem.y).toBeGreaterThan(rightItem.y);
    expect(leftItem.start).toBeLessThan(rightItem.start);
  });

  it.each(['two-columns', 'key-facts-table'])(
    '%s: every paragraph and list item of the source reads whole and in order',
    async (name) => {
      const pdf = await readOk(join(PDF_DIR, `${name}.pdf`));
      const html = readFileSync(join(PDF_DIR, `${name}.source.html`), 'utf8');
      const text = flat(pdf.text);
      const blocks = [...html.matchAll(/<(p|li)>([\s\S]*?)<\/\1>/g)].map((m) =>
        flat(
          m[2]
            .replace(/<[^>]+>/g, '')
            .replace(/&shy;/g, '')
            .replace(/&amp;/g, '&'),
        ),
      );
      expect(blocks.length).toBeGreaterThan(10);
      let from = 0;
      for (const b of blocks) {
        const at = text.indexOf(b, from);
        expect(at, b).toBeGreaterThanOrEqual(0);
        from = at + b.length;
      }
    },
  );

  it('key facts table: each label line is followed by its value line, wrapped cells whole', async () => {
    const pdf = await readOk(join(PDF_DIR, 'key-facts-table.pdf'));
    const lines = pdf.text.split('\n');
    const valueOf = (label: string) => lines[lines.indexOf(label) + 1];
    expect(valueOf('Reference')).toBe('EC/2026/CLIMA/461207');
    expect(valueOf('Deadline for applications')).toBe('23 March 2026 at 12:00 (midday, Brussels time)');
    expect(valueOf('Duration of the first contract')).toBe('4 years');
    expect(valueOf('Directorate-General')).toBe(
      'Directorate-General for Climate Action (DG CLIMA), Directorate B – Carbon Markets and Clean Mobility, Unit B.1 – ETS Policy',
    );
  });

  it('de-hyphenates a word split at the end of a line, keeps real hyphens and URLs', async () => {
    const two = await readOk(join(PDF_DIR, 'two-columns.pdf'));
    expect(flat(two.text)).toContain('the environmental performance of shipping');
    expect(flat(two.text)).toContain('responsible for the development and the day-to-day running');
    const seed = await readOk(join(PDF_DIR, 'seed-000.pdf'));
    expect(seed.text).toContain('https://taxation-customs.ec.europa.eu/carbon-border-adjustment-mechanism');
    expect(seed.text).toContain('post-secondary education');
    expect(seed.text).toContain('a 9-month probationary period');
  });

  it('footnote markers are superscript digits (the notice reader drops them), not glued numbers', async () => {
    const pdf = await readOk(join(PDF_DIR, 'seed-000.pdf'));
    expect(pdf.text).toContain('Slovakia and Sweden¹.');
    expect(pdf.text).not.toMatch(/Sweden1/);
  });
});

describe('page furniture', () => {
  it.each(cases.map((c) => [c.name, c] as const))(
    '%s: no "Page N of M" footers and no running header (the reference in the top margin)',
    async (_name, c) => {
      const pdf = await readOk(c.path);
      expect(pdf.pageCount).toBeGreaterThan(1);
      expect(pdf.text).not.toMatch(/Page \d+ of \d+/);
      // Chromium prints the header and footer templates in the top and bottom 20 mm (of 297).
      const inMargins = pdf.items.filter((i) => i.y < 0.06 * 842 || i.y + i.height > 0.94 * 842);
      expect(inMargins).toEqual([]);
    },
  );
});

describe('pages and items', () => {
  it.each(cases.map((c) => [c.name, c] as const))(
    '%s: the deadline evidence carries the page the date is printed on',
    async (_name, c) => {
      const pdf = await readOk(c.path);
      const analysis = analyseNotice(pdf.text, { format: 'text' });
      const ev = analysis.evidence.deadline;
      const date = /\d{1,2}[./]\d{1,2}[./]\d{4}|\d{1,2} [A-Z][a-z]+ \d{4}/.exec(ev.quote)![0];
      // Independently of our layout: the first page whose raw pdf.js text holds that date.
      const doc = await pdfjs.getDocument({ data: pdfBytes(c.path), verbosity: 0 }).promise;
      let printedOn = 0;
      for (let n = 1; n <= doc.numPages && !printedOn; n++) {
        const content = await (await doc.getPage(n)).getTextContent();
        if (
          content.items
            .map((i) => ('str' in i ? i.str : ''))
            .join(' ')
            .includes(date)
        )
          printedOn = n;
      }
      await doc.destroy();
      expect(printedOn).toBeGreaterThan(0);
      expect(pageOf(pdf, ev.start)).toBe(printedOn);
    },
  );

  it('seed-000: the deadline is on page 2', async () => {
    const pdf = await readOk(join(PDF_DIR, 'seed-000.pdf'));
    const ev = analyseNotice(pdf.text, { format: 'text' }).evidence.deadline;
    expect(ev.quote).toBe('Express your interest until: 04/06/2026 - 12.00 (noon, Brussels time)');
    expect(pageOf(pdf, ev.start)).toBe(2);
  });

  it.each(cases.map((c) => [c.name, c] as const))(
    '%s: items are in text order, quote their runs, and lie on the page pageOf gives',
    async (_name, c) => {
      const pdf = await readOk(c.path);
      expect(pdf.pages.map((p) => p.number)).toEqual(pdf.pages.map((_, i) => i + 1));
      let last = 0;
      for (const it of pdf.items) {
        expect(it.start).toBeGreaterThanOrEqual(last);
        last = it.end;
        const quoted = pdf.text.slice(it.start, it.end);
        // A run keeps its characters; footnote digits become superscripts; a split word's hyphen goes.
        expect(
          it.str.startsWith(quoted.replace(/[⁰¹²³⁴⁵⁶⁷⁸⁹]/g, (d) => String('⁰¹²³⁴⁵⁶⁷⁸⁹'.indexOf(d)))),
        ).toBe(true);
        expect(pageOf(pdf, it.start)).toBe(it.page);
        expect(it.width).toBeGreaterThan(0);
      }
    },
  );
});

describe('pageOf', () => {
  const pdf = {
    pages: [
      { number: 1, start: 0, end: 10 },
      { number: 2, start: 12, end: 20 },
      { number: 3, start: 20, end: 20 }, // a page without text
      { number: 4, start: 22, end: 30 },
    ],
  };
  it.each([
    [0, 1],
    [9, 1],
    [10, 1], // the blank line between pages counts for the page before
    [11, 1],
    [12, 2],
    [21, 2],
    [22, 4],
    [29, 4],
    [500, 4],
  ])('offset %i → page %i', (offset, page) => {
    expect(pageOf(pdf, offset)).toBe(page);
  });
});

describe('broken files', () => {
  it.each<[string, PdfError['error'], RegExp]>([
    ['empty.pdf', 'empty', /empty \(0 bytes\)/],
    ['truncated.pdf', 'corrupt', /damaged or incomplete/],
    ['html-as-pdf.pdf', 'not-pdf', /web page \(HTML\).*not a PDF/],
    ['encrypted.pdf', 'encrypted', /password-protected/],
  ])('%s → %s, with a message a person can act on', async (file, kind, message) => {
    const r = await readPdf(pdfBytes(join(BROKEN_DIR, file)));
    expect(r).toEqual({ error: kind, message: expect.stringMatching(message) });
  });

  it('random bytes → not-pdf', async () => {
    const bytes = new Uint8Array(4096).map((_, i) => (i * 7919) % 251);
    expect(await readPdf(bytes)).toMatchObject({
      error: 'not-pdf',
      message: expect.stringMatching(/not a PDF/),
    });
  });

  it('a file over maxBytes → too-large, without parsing it', async () => {
    const { lib, calls } = fakePdfjs({});
    const r = await readPdf(pdfBytes(join(PDF_DIR, 'seed-000.pdf')), { pdfjs: lib, maxBytes: 10_000 });
    expect(r).toMatchObject({ error: 'too-large', message: expect.stringMatching(/MB/) });
    expect(calls.getDocument).toBe(0);
  });

  it('the caller keeps its bytes (pdf.js is given a copy)', async () => {
    const bytes = pdfBytes(join(PDF_DIR, 'seed-001.pdf'));
    await readPdf(bytes);
    expect(bytes.byteLength).toBeGreaterThan(0);
    expect(String.fromCharCode(...bytes.subarray(0, 5))).toBe('%PDF-');
  });
});

describe('limits', () => {
  it('large.pdf (300 pages) stops at maxPages and says so', async () => {
    const pdf = await readOk(join(PDF_DIR, 'large.pdf'));
    expect(pdf).toMatchObject({ truncated: true, pageCount: 300 });
    expect(pdf.pages).toHaveLength(200);
    expect(pdf.text).toContain('Annex page 200.');
    expect(pdf.text).not.toContain('Annex page 201.');
    const five = await readOk(join(PDF_DIR, 'large.pdf'), { maxPages: 5 });
    expect(five.pages).toHaveLength(5);
    expect(five.text.split('\n\n')).toEqual([1, 2, 3, 4, 5].map((n) => `Annex page ${n}.`));
  });

  it('a document within maxPages is not truncated', async () => {
    expect(await readOk(join(PDF_DIR, 'seed-000.pdf'))).toMatchObject({ truncated: false, pageCount: 9 });
  });

  it('a tiny timeout gives "timeout", quickly', async () => {
    const t = Date.now();
    const r = await readPdf(pdfBytes(join(PDF_DIR, 'seed-000.pdf')), { timeoutMs: 1 });
    expect(r).toMatchObject({ error: 'timeout', message: expect.stringMatching(/took longer than/) });
    expect(Date.now() - t).toBeLessThan(3000);
  });

  it('a page that never comes back times out, and the document is destroyed', async () => {
    const { lib, calls } = fakePdfjs({ pages: [[item('Deadline: 1 June 2026', 72, 100)], 'hang'] });
    const t = Date.now();
    const r = await readPdf(new TextEncoder().encode('%PDF-1.7 fake'), { pdfjs: lib, timeoutMs: 100 });
    expect(r).toMatchObject({ error: 'timeout' });
    expect(Date.now() - t).toBeLessThan(1500);
    expect(calls.destroyed).toBe(1);
  });
});

describe('pdf.js exceptions → error kinds (fake pdf.js)', () => {
  it.each<[string, PdfError['error']]>([
    ['PasswordException', 'encrypted'],
    ['InvalidPDFException', 'corrupt'],
    ['MissingPDFException', 'corrupt'],
    ['UnknownErrorException', 'corrupt'],
    ['FormatError', 'corrupt'],
    ['TypeError', 'corrupt'],
  ])('%s → %s, and the loading task is destroyed', async (name, kind) => {
    const { lib, calls } = fakePdfjs({ fail: { name, message: 'boom' } });
    const r = await readPdf(new TextEncoder().encode('%PDF-1.7 fake'), { pdfjs: lib });
    expect(r).toMatchObject({ error: kind });
    expect(calls.destroyed).toBe(1);
  });

  it('a PDF without any text (a scan) → empty, with the reason', async () => {
    const { lib } = fakePdfjs({ pages: [[], []] });
    expect(await readPdf(new TextEncoder().encode('%PDF-1.7 fake'), { pdfjs: lib })).toMatchObject({
      error: 'empty',
      message: expect.stringMatching(/no text.*scanned/),
    });
  });
});
