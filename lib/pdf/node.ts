/**
 * pdf.js for Node: the legacy build (transpiled, with polyfills for what Node 20 lacks, e.g.
 * Promise.withResolvers, which the modern build calls).
 *
 * Node has no web workers: the legacy build notices it runs in Node and uses its "fake worker",
 * i.e. it imports the worker module into the main thread (pdf.js 5 has no `disableWorker`
 * option any more). We point `GlobalWorkerOptions.workerSrc` at the worker file explicitly so
 * that this works wherever the code is bundled or transformed (tsx, vitest), not only next to
 * node_modules/pdfjs-dist/legacy/build/pdf.mjs.
 *
 * The fake worker shares the caller's thread, so a hostile PDF (a 4 MB file whose stream inflates
 * to 4 GB) cannot be stopped by readPdf's own deadline, and its memory is the caller's.
 * IsolatedPdfReader runs readPdf in a child process (node-child.mjs) that is killed when the read
 * takes too long or its memory goes over a cap: the CLI reads PDFs that way.
 */
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { fork, type ChildProcess } from 'node:child_process';
import type { Readable } from 'node:stream';
import {
  DEFAULT_MAX_BYTES,
  DEFAULT_MAX_PAGES,
  DEFAULT_TIMEOUT_MS,
  readPdf as readWith,
  type ReadPdfOptions,
} from './read';
import type { PdfError, PdfErrorKind, PdfText, PdfjsLib } from './types';

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

// ---- IsolatedPdfReader: readPdf in a child process that is stopped for real ------------------

/** PdfErrorKind, plus what only an isolated read can report. */
export type IsolatedPdfErrorKind = PdfErrorKind | 'too-much-memory';

export interface IsolatedPdfError {
  error: IsolatedPdfErrorKind;
  /** One sentence a person can act on. */
  message: string;
}

export interface IsolatedReadOptions {
  /** As readPdf. Default 200. */
  maxPages?: number;
  /** As readPdf. Default 50 MB. */
  maxBytes?: number;
  /** The whole read, start of the reader process included; then the process is killed. Default 20 000 ms. */
  timeoutMs?: number;
  /**
   * The reader process's resident memory, in MB; above it the process is killed. Resident memory,
   * not V8's heap: pdf.js inflates streams into typed arrays, which V8's limits do not count. Default 640.
   */
  maxRssMb?: number;
  /** How often the memory is looked at, in ms. Default 25. */
  pollMs?: number;
}

export const DEFAULT_MAX_RSS_MB = 640;
const DEFAULT_POLL_MS = 25;
const MB = 1024 * 1024;

const CHILD_PATH = fileURLToPath(new URL('./node-child.mjs', import.meta.url));

export function isIsolatedPdfError(r: PdfText | IsolatedPdfError): r is IsolatedPdfError {
  return 'error' in r;
}

function timeoutError(timeoutMs: number): IsolatedPdfError {
  return {
    error: 'timeout',
    message: `reading this PDF took longer than ${Math.round(timeoutMs / 100) / 10} s and was stopped; the file may be damaged or unusually complex`,
  };
}

function memoryError(maxRssMb: number): IsolatedPdfError {
  return {
    error: 'too-much-memory',
    message: `reading this PDF needed more memory than the ${maxRssMb} MB allowed and was stopped; the file may be damaged or built to expand to gigabytes (a "PDF bomb")`,
  };
}

interface Reader {
  child: ChildProcess;
  /** Set when the child's watchdog said it went over the memory cap (just before it killed itself). */
  overMemory: boolean;
}

/**
 * Reads PDFs one at a time in a child process (lib/pdf/node-child.mjs), under a time limit and a
 * memory cap that really stop it: the process is killed and all its memory returned. The process
 * is kept for the next read when it answered (unless it grew past half the cap, or its answer was
 * readPdf's own timeout, after which pdf.js may still be busy) and replaced otherwise. close()
 * when done; an idle reader does not keep the caller's process alive.
 */
export class IsolatedPdfReader {
  private reader: Reader | null = null;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly opts: IsolatedReadOptions = {}) {}

  /** Never throws for a bad file (nor for a crashed or stopped reader): the answer is then an error. */
  read(bytes: Uint8Array): Promise<PdfText | IsolatedPdfError> {
    const run = this.queue.then(() => this.readNow(bytes));
    this.queue = run.catch(() => {});
    return run;
  }

  async close(): Promise<void> {
    await this.queue;
    const r = this.reader;
    this.reader = null;
    if (r) await kill(r.child);
  }

  private get maxRssMb(): number {
    return this.opts.maxRssMb ?? DEFAULT_MAX_RSS_MB;
  }

  private spawn(): Reader {
    const child = fork(CHILD_PATH, [], {
      // Not the parent's flags: under tsx they would load tsx's loader for all of pdf.js.
      execArgv: [],
      env: {
        ...process.env,
        VL_PDF_MAX_RSS_MB: String(this.maxRssMb),
        VL_PDF_POLL_MS: String(this.opts.pollMs ?? DEFAULT_POLL_MS),
      },
      serialization: 'advanced',
      // stdout ignored (the CLI's own output must stay clean), stderr shared, fd 4: the watchdog's word.
      stdio: ['ignore', 'ignore', 'inherit', 'ipc', 'pipe'],
    });
    const reader: Reader = { child, overMemory: false };
    const word = child.stdio[4] as Readable | null;
    word?.on('data', (d: Buffer) => {
      if (d.toString().includes('too-much-memory')) reader.overMemory = true;
    });
    word?.on('error', () => {});
    // Between reads nobody listens: a late error must not become an uncaught one; a dead reader is replaced.
    child.on('error', () => {});
    child.on('exit', () => {
      if (this.reader === reader) this.reader = null;
    });
    idle(child);
    return reader;
  }

  private readNow(bytes: Uint8Array): Promise<PdfText | IsolatedPdfError> {
    const timeoutMs = this.opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    const maxRssMb = this.maxRssMb;
    const options = {
      maxPages: this.opts.maxPages ?? DEFAULT_MAX_PAGES,
      maxBytes: this.opts.maxBytes ?? DEFAULT_MAX_BYTES,
      // readPdf's own deadline, for a PDF that is slow but lets pdf.js breathe; ours is the hard one.
      timeoutMs,
    };
    const reader = (this.reader ??= this.spawn());
    const { child } = reader;
    return new Promise((resolve) => {
      let done = false;
      const finish = (result: PdfText | IsolatedPdfError, keep = false) => {
        if (done) return;
        done = true;
        clearTimeout(timer);
        child.off('message', onMessage).off('exit', onExit).off('error', onError);
        if (keep) {
          idle(child);
          return resolve(result);
        }
        // Stopped, dead, or possibly still busy: replace it.
        if (this.reader === reader) this.reader = null;
        void kill(child).then(() => resolve(result));
      };
      const onMessage = (msg: { result: PdfText | PdfError; rss: number }) =>
        finish(
          msg.result,
          !(isIsolatedPdfError(msg.result) && msg.result.error === 'timeout') &&
            msg.rss < (maxRssMb * MB) / 2,
        );
      const onExit = (code: number | null, signal: NodeJS.Signals | null) =>
        // The watchdog writes its word then kills at once: let the pipe deliver it first.
        setImmediate(() =>
          finish(
            reader.overMemory
              ? memoryError(maxRssMb)
              : {
                  error: 'corrupt',
                  message: `this PDF could not be read (the reader stopped${signal ? ` by ${signal}` : ` with code ${code}`})`,
                },
          ),
        );
      const onError = (e: Error) =>
        finish({ error: 'corrupt', message: `this PDF could not be read (${e.message})` });
      const timer = setTimeout(() => finish(timeoutError(timeoutMs)), timeoutMs);
      child.on('message', onMessage).on('exit', onExit).on('error', onError);
      busy(child);
      child.send({ bytes, options }, (e) => {
        if (e) onError(e);
      });
    });
  }
}

/** While reading, the child keeps the caller alive (our timer does too); idle, it must not. */
function busy(child: ChildProcess) {
  child.ref();
  child.channel?.ref();
}
function idle(child: ChildProcess) {
  child.unref();
  child.channel?.unref();
}

/** Kills a child and waits until it is gone (SIGKILL cannot be caught; bounded all the same). */
function kill(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, 2000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGKILL');
  });
}

/** One read in its own process (started and stopped for this read). */
export async function readPdfIsolated(
  bytes: Uint8Array,
  opts: IsolatedReadOptions = {},
): Promise<PdfText | IsolatedPdfError> {
  const reader = new IsolatedPdfReader(opts);
  try {
    return await reader.read(bytes);
  } finally {
    await reader.close();
  }
}
