/**
 * The process that IsolatedPdfReader (lib/pdf/node.ts) reads PDFs in, so that a PDF can be stopped
 * for real: pdf.js cannot be interrupted from the outside, a process can be killed, and all its
 * memory goes back to the system (a worker thread's does not all: pdf.js inflates streams with
 * DecompressionStream, whose many small buffers stay in the allocator after the thread is gone).
 *
 * Protocol (IPC, advanced serialization): the parent sends `{ bytes, options }`, one read at a
 * time; this process answers `{ result, rss }` with what readPdf gives (PdfText or PdfError) and
 * its resident memory afterwards.
 *
 * Memory cap: a watchdog thread looks at this process's resident memory every `pollMs`; above the
 * cap it writes "too-much-memory" on fd 4 (a pipe the parent reads) and kills this process. A thread,
 * because the main thread may be stuck inside pdf.js; resident memory, because V8's heap limits do
 * not count the typed arrays pdf.js inflates into. The time limit is the parent's (it kills us).
 *
 * Plain JavaScript on purpose: pdf.js (3 MB of JavaScript) is loaded by Node itself, not through
 * tsx's TypeScript loader, which costs about 1 s and 350 MB on pdf.js. Only our own read.ts (and
 * what it imports) goes through tsx, by tsImport, scoped to that import.
 */
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';

const maxRssBytes = Number(process.env.VL_PDF_MAX_RSS_MB) * 1024 * 1024;
const pollMs = Number(process.env.VL_PDF_POLL_MS) || 25;

// The watchdog first: it must already watch while pdf.js loads.
if (maxRssBytes > 0)
  new Worker(
    `const { writeSync } = require('node:fs');
     const { workerData } = require('node:worker_threads');
     setInterval(() => {
       if (process.memoryUsage.rss() <= workerData.maxRssBytes) return;
       try { writeSync(4, 'too-much-memory\\n'); } catch {}
       process.kill(process.pid, 'SIGKILL');
     }, workerData.pollMs);`,
    { eval: true, workerData: { maxRssBytes, pollMs } },
  ).unref();

/** pdf.js (loaded by Node) and our readPdf (through tsx), ready before the first read. */
const loaded = (async () => {
  const require = createRequire(import.meta.url);
  const workerUrl = pathToFileURL(require.resolve('pdfjs-dist/legacy/build/pdf.worker.mjs')).href;
  const [pdfjs, pdfjsWorker] = await Promise.all([
    import('pdfjs-dist/legacy/build/pdf.mjs'),
    import(workerUrl),
  ]);
  pdfjs.GlobalWorkerOptions.workerSrc = workerUrl;
  // pdf.js's "fake worker" (this thread) takes its handler from here rather than importing it later.
  globalThis.pdfjsWorker = pdfjsWorker;
  // tsx last: its hooks, even scoped, would see pdf.js's imports.
  const { tsImport } = await import('tsx/esm/api');
  /** @type {typeof import('./read.ts')} */
  const { readPdf } = await tsImport('./read.ts', import.meta.url);
  return { pdfjs, readPdf };
})();

// Listening from the start: a message that came before a listener would be lost.
process.on('message', async (/** @type {{ bytes: Uint8Array, options: object }} */ msg) => {
  let result;
  try {
    const { pdfjs, readPdf } = await loaded;
    // The bytes may arrive as a Buffer, which pdf.js refuses: the same memory as a plain Uint8Array.
    const { buffer, byteOffset, byteLength } = msg.bytes;
    result = await readPdf(new Uint8Array(buffer, byteOffset, byteLength), { ...msg.options, pdfjs });
  } catch (e) {
    // readPdf does not throw for a bad file; this is a failure to load the reader (or a bug).
    result = { error: 'corrupt', message: `this PDF could not be read (${e?.message ?? e})` };
  }
  process.send?.({ result, rss: process.memoryUsage.rss() });
});
// The parent went away (or closed us): nothing more to read.
process.on('disconnect', () => process.exit(0));
