/** The PDF fixtures (scripts/make-pdf-fixtures.ts) and what each should give. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { PdfjsDocument, PdfjsLib, PdfjsLoadingTask, PdfjsPage, PdfjsTextItem } from '../../lib/pdf';
import { ROOT, SEEDS_DIR } from '../helpers/fixtures';

export const PDF_DIR = join(ROOT, 'tests', 'fixtures', 'pdf');
export const BROKEN_DIR = join(PDF_DIR, 'broken');

export const pdfBytes = (path: string) => new Uint8Array(readFileSync(path));

export interface PdfCase {
  name: string;
  path: string;
  expected: Record<string, unknown>;
}

/** seed-000.pdf … seed-004.pdf with the seeds' own expected.json, then our two harder layouts. */
export function pdfCases(): PdfCase[] {
  const seeds = readdirSync(SEEDS_DIR)
    .filter((f) => /^\d+_.*\.expected\.json$/.test(f))
    .sort()
    .map((f) => ({
      name: `seed-${f.slice(0, 3)}.pdf`,
      path: join(PDF_DIR, `seed-${f.slice(0, 3)}.pdf`),
      expected: JSON.parse(readFileSync(join(SEEDS_DIR, f), 'utf8')) as Record<string, unknown>,
    }));
  const layouts = ['two-columns', 'key-facts-table'].map((n) => ({
    name: `${n}.pdf`,
    path: join(PDF_DIR, `${n}.pdf`),
    expected: JSON.parse(readFileSync(join(PDF_DIR, `${n}.expected.json`), 'utf8')) as Record<
      string,
      unknown
    >,
  }));
  return [...seeds, ...layouts];
}

/** Whitespace collapsed, soft hyphens and the list marks readPdf adds left out: for "is this passage intact". */
export const flat = (s: string) =>
  s
    .replace(/\u00ad/g, '')
    .replace(/(^|\n)• /g, '$1')
    .replace(/\s+/g, ' ')
    .trim();

// ---- a fake pdf.js (the narrow interface), for what a real file cannot show on demand ----------

export interface FakeOptions {
  /** Pages of text items; a page may be a promise that never settles. */
  pages?: Array<PdfjsTextItem[] | 'hang'>;
  /** getDocument fails with this (an object with pdf.js's exception name). */
  fail?: { name: string; message: string };
}

export function fakePdfjs(opts: FakeOptions) {
  const calls = { destroyed: 0, getDocument: 0 };
  const pages = opts.pages ?? [];
  const doc: PdfjsDocument = {
    numPages: pages.length,
    getPage: async (n: number): Promise<PdfjsPage> => {
      const items = pages[n - 1];
      if (items === 'hang') return new Promise<never>(() => {});
      return {
        getViewport: () => ({ width: 595, height: 842, transform: [1, 0, 0, -1, 0, 842] }),
        getTextContent: async () => ({ items }),
      };
    },
    destroy: async () => {
      calls.destroyed++;
    },
  };
  const lib: PdfjsLib = {
    getDocument: (): PdfjsLoadingTask => {
      calls.getDocument++;
      return {
        promise: opts.fail
          ? Promise.reject(Object.assign(new Error(opts.fail.message), opts.fail))
          : Promise.resolve(doc),
        destroy: async () => {
          calls.destroyed++;
        },
      };
    },
  };
  return { lib, calls };
}

/** A text item at (x, y from the top of an A4 page) in PDF user space, as pdf.js gives it. */
export function item(
  str: string,
  x: number,
  top: number,
  size = 10,
  width = str.length * size * 0.5,
): PdfjsTextItem {
  return { str, transform: [size, 0, 0, size, x, 842 - top], width, height: size };
}
