/**
 * pdf.js for Node: the legacy build (transpiled, with polyfills for what Node 20 lacks, e.g.
 * Promise.withResolvers, which the modern build calls).
 *
 * Node has no web workers: the legacy build notices it runs in Node and uses its "fake worker",
 * i.e. it imports the worker module into the main thread (pdf.js 5 has no `disableWorker`
 * option any more). We point `GlobalWorkerOptions.workerSrc` at the worker file explicitly so
 * that this works wherever the code is bundled or transformed (tsx, vitest), not only next to
 * node_modules/pdfjs-dist/legacy/build/pdf.mjs.
 */
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { readPdf as readWith, type ReadPdfOptions } from './read';
import type { PdfError, PdfText, PdfjsLib } from './types';

type Legacy = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

let loading: Promise<PdfjsLib> | null = null;

/** Loads the legacy build once (lazily: a CLI run on text files never pays for it). */
export function loadNodePdfjs(): Promise<PdfjsLib> {
  loading ??= import('pdfjs-dist/legacy/build/pdf.mjs').then((pdfjs: Legacy) => {
    const require = createRequire(import.meta.url);
    pdfjs.GlobalWorkerOptions.workerSrc = pathToFileURL(
      require.resolve('pdfjs-dist/legacy/build/pdf.worker.mjs'),
    ).href;
    // Compile-time check that the real module satisfies our narrow interface.
    const lib: PdfjsLib = pdfjs;
    return lib;
  });
  return loading;
}

/** readPdf with the Node build of pdf.js (or the one given in opts.pdfjs). */
export async function readPdf(
  bytes: Uint8Array,
  opts: Partial<ReadPdfOptions> = {},
): Promise<PdfText | PdfError> {
  return readWith(bytes, { ...opts, pdfjs: opts.pdfjs ?? (await loadNodePdfjs()) });
}
