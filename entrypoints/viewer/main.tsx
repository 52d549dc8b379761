/**
 * The PDF viewer: an extension page that shows the PDF (pdf.js's own PDFViewer: pages rendered
 * as they come into view, text selection, find, zoom, page navigation, print, download) beside
 * the same summary card as the overlay. Reached three ways: Chromium's mime handler (the PDF's own
 * URL stays in the address bar; we get the original response's bytes), `viewer.html#<url>`
 * (context menu, popup), or a local file opened or dropped here. Every step has a timeout; every
 * failure gets a message and, where it makes sense, a way back to the original.
 *
 * The document is opened once: the reader (readPdf, for the card) and the pages share it.
 */
import { render } from 'preact';
import { createRef } from 'preact';
import { browser } from 'wxt/browser';
import type { PDFDocumentLoadingTask, PDFDocumentProxy, PDFPageProxy } from 'pdfjs-dist';
import 'pdfjs-dist/web/pdf_viewer.css';
import '../../assets/card.css';
import '../../assets/viewer.css';
import { NoticeCard } from '../../components/notice/NoticeCard';
import { ViewerShell, type ViewerControls, type ViewerStatus } from '../../components/viewer/ViewerShell';
import type { ViewState } from '../../components/viewer/view-state';
import { saveMessage } from '../../components/notice/save-message';
import { MAX_PAGE_TEXT, type Evaluation, type SaveResult } from '../../lib/messages';
import type { Analysis } from '../../lib/notice';
import { pageOf, readPdf, type PdfError, type PdfText, type PdfjsLib } from '../../lib/pdf';
import { loadBrowserPdfViewer } from '../../lib/pdf/browser';
import { evidenceBoxes } from '../../lib/pdf/evidence-boxes';
import { pdfFileName } from './file-name';
import { PdfView } from './pdf-view';
import { keepsPdf, opensAllSites, setOpensAllSites } from './sites';

/** Pages read for the card (all pages are shown). */
const MAX_PAGES = 60;
const FETCH_TIMEOUT_MS = 30_000;
const MAX_BYTES = 40 * 1024 * 1024;

interface StreamInfo {
  originalUrl: string;
  streamUrl: string;
  tabId: number;
  embedded?: boolean;
  responseHeaders?: Record<string, string>;
}
interface MimeHandlerApi {
  getStreamInfo(): Promise<StreamInfo>;
  abortAndFallbackToNativeHandler(): Promise<void>;
}
const mimeHandler = (globalThis as { chrome?: { mimeHandler?: MimeHandlerApi } }).chrome?.mimeHandler;

// Start loading pdf.js and its viewer at once: it overlaps with the download.
const libs = loadBrowserPdfViewer();

const pdfRef = createRef<HTMLDivElement>();
const root = document.getElementById('app')!;
const printRoot = document.getElementById('vl-print')!;

const ERRORS: Record<PdfError['error'], string> = {
  'not-pdf': 'This is not a PDF',
  empty: 'The file is empty',
  corrupt: 'The PDF is damaged',
  encrypted: 'The PDF is password-protected',
  'too-large': 'The PDF is too large',
  timeout: 'Reading the PDF took too long',
};

let state: {
  status: ViewerStatus;
  sourceUrl: string | null;
  fileName: string | null;
  disposition: string | null;
  bytes: Uint8Array | null;
  analysis: Analysis | null;
  evaluation: Evaluation | null;
  text: PdfText | null;
  notes: string[];
  view: ViewState | null;
  collapsed: boolean;
  inMimeHandler: boolean;
  saveStatus?: string;
  busy: string | null;
  allSites: boolean | null;
} = {
  status: { kind: 'idle' },
  sourceUrl: null,
  fileName: null,
  disposition: null,
  bytes: null,
  analysis: null,
  evaluation: null,
  text: null,
  notes: [],
  view: null,
  collapsed: false,
  inMimeHandler: false,
  busy: null,
  allSites: null,
};

function set(patch: Partial<typeof state>) {
  state = { ...state, ...patch };
  draw();
}

let pdfView: PdfView | null = null;
/** Times (ms since navigation) printed by the end-to-end tests. */
const marks: Record<string, number> = { script: performance.now() };
void libs.then(() => (marks.pdfjs = performance.now()));
(globalThis as { __vlViewerMarks?: Record<string, number> }).__vlViewerMarks = marks;

async function getView(): Promise<PdfView> {
  if (pdfView) return pdfView;
  const { pdfjs, viewer } = await libs;
  pdfView ??= new PdfView(pdfjs, viewer, pdfRef.current!, (view) => set({ view }));
  return pdfView;
}

function openOriginal() {
  if (state.inMimeHandler && mimeHandler) void mimeHandler.abortAndFallbackToNativeHandler();
  else if (state.sourceUrl) window.open(state.sourceUrl, '_blank', 'noopener');
}

function showEvidence(field: string) {
  const ev = state.analysis?.evidence[field];
  if (!ev || !state.text || !pdfView) return;
  const found = evidenceBoxes(state.text, ev.start, ev.end);
  if (found) void pdfView.showEvidence(found.page, found.boxes);
  else if (ev.page) pdfView.goToPage(ev.page);
}

function download() {
  if (!state.bytes) return;
  const name = pdfFileName(state.sourceUrl, state.disposition, state.fileName ?? 'document.pdf');
  const url = URL.createObjectURL(new Blob([state.bytes as BlobPart], { type: 'application/pdf' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = state.fileName && !state.sourceUrl ? state.fileName : name;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

let printing = false;
async function print() {
  if (!pdfView?.document || printing) return;
  printing = true;
  try {
    await pdfView.renderForPrint(printRoot, (done, total) =>
      set({ busy: `Preparing page ${done} of ${total} for printing…` }),
    );
    set({ busy: null });
    window.print();
  } catch (e) {
    set({ busy: `Printing failed: ${(e as Error).message}` });
  } finally {
    printing = false;
  }
}
window.addEventListener('afterprint', () => {
  for (const img of printRoot.querySelectorAll('img')) URL.revokeObjectURL(img.src);
  printRoot.replaceChildren();
});

const controls: ViewerControls = {
  goToPage: (n) => pdfView?.goToPage(n),
  nextPage: () => pdfView?.nextPage(),
  previousPage: () => pdfView?.previousPage(),
  zoomIn: () => pdfView?.zoomIn(),
  zoomOut: () => pdfView?.zoomOut(),
  setScale: (v) => pdfView?.setScale(v),
  find: (q, opts) => pdfView?.find(q, opts),
  closeFind: () => pdfView?.closeFind(),
  print: () => void print(),
  download,
};

/** The address the tracker keeps for this PDF (a local file has none: its name stands in). */
function noticeUrl(): string {
  return state.sourceUrl ?? `file:${state.fileName ?? 'local.pdf'}`;
}

function draw() {
  const { analysis, evaluation } = state;
  const card =
    analysis?.notice && evaluation ? (
      <NoticeCard
        analysis={analysis}
        eligibility={evaluation.eligibility}
        hasProfile={evaluation.hasProfile}
        nowMs={Date.now()}
        userZone={Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC'}
        source={{ kind: 'pdf' }}
        collapsed={state.collapsed}
        onToggleCollapsed={() => set({ collapsed: !state.collapsed })}
        onDismiss={() => set({ analysis: null })}
        onSave={() =>
          void browser.runtime
            .sendMessage({
              type: 'save-notice',
              notice: { url: noticeUrl(), analysis, source: 'pdf' },
              snapshotText: state.text?.text ?? '',
            })
            .then((r) => {
              const result = r as SaveResult;
              set({
                saveStatus: saveMessage(result),
                ...(result.ok && result.tracked && state.evaluation
                  ? { evaluation: { ...state.evaluation, tracked: result.tracked } }
                  : {}),
              });
            })
        }
        saveStatus={state.saveStatus}
        tracked={evaluation.tracked}
        onShowEvidence={showEvidence}
        optionsUrl={browser.runtime.getURL('/options.html')}
        onOpenOptions={() => void browser.runtime.sendMessage({ type: 'open-options' })}
      />
    ) : null;
  render(
    <ViewerShell
      status={state.status}
      sourceUrl={state.sourceUrl}
      fileName={state.fileName}
      pdfRef={pdfRef}
      card={card}
      notes={state.notes}
      view={state.view}
      controls={state.view ? controls : null}
      busy={state.busy}
      onOpenFile={(file) => void openFile(file)}
      onOpenOriginal={state.sourceUrl ? openOriginal : undefined}
      allSites={
        mimeHandler && state.allSites !== null
          ? {
              value: state.allSites,
              onChange: (value) => {
                set({ allSites: value });
                void setOpensAllSites(value);
              },
            }
          : null
      }
    />,
    root,
  );
}

function withTimeout<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return Promise.race([
    p,
    new Promise<T>((_r, reject) => {
      timer = setTimeout(() => reject(new Error(`${what} took too long`)), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}

/** Downloads with progress (bytes known from content-length when the server gives it). */
async function download_(url: string): Promise<Uint8Array> {
  const res = await withTimeout(fetch(url, { credentials: 'include' }), FETCH_TIMEOUT_MS, 'The download');
  if (!res.ok) throw new Error(`the server answered ${res.status} ${res.statusText}`);
  state.disposition ??= res.headers.get('content-disposition');
  const total = Number(res.headers.get('content-length')) || null;
  if (!res.body) return new Uint8Array(await res.arrayBuffer());
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let received = 0;
  for (;;) {
    const { done, value } = await withTimeout(reader.read(), FETCH_TIMEOUT_MS, 'The download');
    if (done) break;
    chunks.push(value);
    received += value.length;
    if (received > MAX_BYTES) throw new Error('the file is larger than 40 MB');
    set({
      status: {
        kind: 'loading',
        label: `Downloading… ${Math.round(received / 1024)} kB`,
        fraction: total ? received / total : null,
      },
    });
  }
  if (chunks.length === 1) return chunks[0];
  const out = new Uint8Array(received);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/** Opens `bytes`: pages in the view as soon as pdf.js has the document, the card once it is read. */
async function show(bytes: Uint8Array) {
  marks.bytes = performance.now();
  const view = await getView();
  view.clearEvidence();
  view.close();
  set({
    status: { kind: 'loading', label: 'Reading the PDF…', fraction: null },
    bytes,
    analysis: null,
    evaluation: null,
    text: null,
    notes: [],
    view: null,
    saveStatus: undefined,
  });
  const { pdfjs } = await libs;

  // One document for the reader and the pages: readPdf opens it through this, the view shows it.
  let task: PDFDocumentLoadingTask | null = null;
  let opened: PDFDocumentProxy | null = null;
  const shared: PdfjsLib = {
    getDocument(params) {
      task = pdfjs.getDocument({
        ...params,
        // The pages are drawn too: real fonts, not the text-only settings readPdf asks for.
        disableFontFace: false,
        useSystemFonts: true,
        isEvalSupported: false,
        enableXfa: false,
      });
      task.promise.then(
        (doc) => {
          opened = doc;
          marks.document = performance.now();
          view.open(doc);
          set({ view: view.state() });
        },
        () => undefined,
      );
      return {
        // readPdf destroys what it opened when it is done: here the view keeps the document.
        promise: task.promise.then((doc) => {
          // All the pages' text is asked for at once (readPdf asks page by page): the worker
          // answers one request after another without waiting for us in between.
          const texts = new Map<number, ReturnType<PDFPageProxy['getTextContent']>>();
          for (let n = 1; n <= Math.min(doc.numPages, MAX_PAGES); n++) {
            const t = doc.getPage(n).then((p) => p.getTextContent());
            t.catch(() => undefined);
            texts.set(n, t);
          }
          return {
            numPages: doc.numPages,
            getPage: async (n: number) => {
              const page = await doc.getPage(n);
              return {
                getViewport: (o: { scale: number }) => page.getViewport(o),
                getTextContent: () => texts.get(n) ?? page.getTextContent(),
              };
            },
            destroy: async () => undefined,
          };
        }),
        destroy: async () => undefined,
      };
    },
  };
  const text = await readPdf(bytes, { pdfjs: shared, maxPages: MAX_PAGES });
  marks.text = performance.now();
  if ('error' in text) {
    // A PDF that opened but has no text (a scan) is still shown, as the browser's viewer would.
    if (opened && (text.error === 'empty' || text.error === 'timeout')) {
      set({ status: { kind: 'ready' }, notes: [`${ERRORS[text.error]}: ${text.message}.`] });
      return;
    }
    view.close();
    if (!opened) void (task as PDFDocumentLoadingTask | null)?.destroy();
    set({
      view: null,
      status: {
        kind: 'error',
        title: ERRORS[text.error],
        message: text.message.charAt(0).toUpperCase() + text.message.slice(1),
        canOpenOriginal: Boolean(state.sourceUrl),
      },
    });
    return;
  }
  // Read in the background, where the reader is loaded and warm: the viewer page does not carry it.
  const analysis = (await browser.runtime.sendMessage({
    type: 'analyse-text',
    text: text.text.slice(0, MAX_PAGE_TEXT),
    format: 'text',
    force: false,
  })) as Analysis;
  for (const ev of Object.values(analysis.evidence)) ev.page = pageOf(text, ev.start);
  const evaluation = analysis.notice
    ? ((await browser.runtime.sendMessage({
        type: 'evaluate',
        notice: analysis.notice,
        url: noticeUrl(),
      })) as Evaluation)
    : null;
  const notes = analysis.notice
    ? []
    : [`Not a vacancy notice (${analysis.detection.signals.slice(-1)[0] ?? 'no notice wording found'}).`];
  const truncated = text.truncated
    ? `Only the first ${MAX_PAGES} of ${text.pageCount} pages are read for the summary; all pages are shown.`
    : undefined;
  set({ analysis, evaluation, text, notes, status: { kind: 'ready', truncated } });
  marks.card = performance.now();
  document.title = `${analysis.notice?.title ?? state.fileName ?? pdfFileName(state.sourceUrl)} — Vacancy Lens`;
}

async function openFile(file: File) {
  set({ fileName: file.name, sourceUrl: null, disposition: null, inMimeHandler: false });
  try {
    await show(new Uint8Array(await file.arrayBuffer()));
  } catch (e) {
    set({
      status: {
        kind: 'error',
        title: 'The file could not be read',
        message: (e as Error).message,
        canOpenOriginal: false,
      },
    });
  }
}

async function start() {
  draw();
  let url: string | null = null;
  let streamUrl: string | null = null;
  let early: Promise<Uint8Array> | null = null;
  try {
    if (mimeHandler && window.parent !== window) {
      const info = await mimeHandler.getStreamInfo();
      marks.info = performance.now();
      // A PDF framed or embedded by another page is that page's business: the browser's own viewer
      // shows it. Otherwise a page could frame a notice of its choosing, nearly invisible, and have
      // the user click Save (or read the verdict's size and layout).
      if (info.embedded || window.parent !== window.top) {
        await mimeHandler.abortAndFallbackToNativeHandler();
        return;
      }
      // PDFs from sites Vacancy Lens does not run on stay with the browser's viewer (see sites.ts).
      // (The response is read meanwhile: it is already here, in the browser.)
      early = download_(info.streamUrl);
      early.catch(() => undefined);
      if (!(await keepsPdf(info.originalUrl))) {
        await mimeHandler.abortAndFallbackToNativeHandler();
        return;
      }
      url = info.originalUrl;
      streamUrl = info.streamUrl;
      const headers = Object.fromEntries(
        Object.entries(info.responseHeaders ?? {}).map(([k, v]) => [k.toLowerCase(), v]),
      );
      set({ inMimeHandler: true, disposition: headers['content-disposition'] ?? null });
    }
  } catch {
    // Not opened as the PDF handler: fine, look at our own address.
  }
  url ??= decodeURIComponent(location.hash.slice(1)) || new URLSearchParams(location.search).get('url');
  if (!url) {
    if (mimeHandler) set({ allSites: await opensAllSites() });
    return;
  }
  set({
    sourceUrl: url,
    fileName: pdfFileName(url, state.disposition),
    status: { kind: 'loading', label: 'Downloading…', fraction: null },
  });
  let bytes: Uint8Array;
  try {
    bytes = await (early ?? download_(streamUrl ?? url));
  } catch (e) {
    set({
      status: {
        kind: 'error',
        title: 'The PDF could not be downloaded',
        message: `${(e as Error).message}. The site may need you to be logged in, or Vacancy Lens may not have access to it.`,
        canOpenOriginal: true,
      },
    });
    return;
  }
  try {
    await show(bytes);
  } catch (e) {
    set({
      status: {
        kind: 'error',
        title: 'The PDF could not be shown',
        message: (e as Error).message,
        canOpenOriginal: true,
      },
    });
  }
}

void start();
