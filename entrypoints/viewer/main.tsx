/**
 * The PDF viewer: an extension page that shows the PDF (pages with a text
 * layer) beside the same summary card as the overlay. Reached three ways:
 * Chromium's mime handler (the PDF's own URL stays in the address bar; we get
 * the original response's bytes), `viewer.html#<url>` (context menu, popup),
 * or a local file opened or dropped here. Every step has a timeout; every
 * failure gets a message and, where it makes sense, a way back to the original.
 */
import { render } from 'preact';
import { createRef } from 'preact';
import { browser } from 'wxt/browser';
import '../../assets/card.css';
import '../../assets/viewer.css';
import 'pdfjs-dist/web/pdf_viewer.css';
import { NoticeCard } from '../../components/notice/NoticeCard';
import { ViewerShell, type ViewerStatus } from '../../components/viewer/ViewerShell';
import { saveMessage } from '../../components/notice/save-message';
import type { Evaluation, SaveResult } from '../../lib/messages';
import { analyseNotice, type Analysis } from '../../lib/notice';
import { pageOf, readPdf, type PdfError } from '../../lib/pdf';
import { loadBrowserPdfjs } from '../../lib/pdf/browser';
import { highlightQuote, renderPages, type RenderedPage } from './pages';

const MAX_PAGES = 60;
const FETCH_TIMEOUT_MS = 30_000;
const MAX_BYTES = 40 * 1024 * 1024;

interface MimeHandlerApi {
  getStreamInfo(): Promise<{ originalUrl: string; streamUrl: string; tabId: number; embedded?: boolean }>;
  abortAndFallbackToNativeHandler(): Promise<void>;
}
const mimeHandler = (globalThis as { chrome?: { mimeHandler?: MimeHandlerApi } }).chrome?.mimeHandler;

const pagesRef = createRef<HTMLDivElement>();
const root = document.getElementById('app')!;

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
  analysis: Analysis | null;
  evaluation: Evaluation | null;
  pages: RenderedPage[];
  collapsed: boolean;
  inMimeHandler: boolean;
  snapshot: string;
  saveStatus?: string;
} = {
  status: { kind: 'idle' },
  sourceUrl: null,
  fileName: null,
  analysis: null,
  evaluation: null,
  pages: [],
  collapsed: false,
  inMimeHandler: false,
  snapshot: '',
};

function set(patch: Partial<typeof state>) {
  state = { ...state, ...patch };
  draw();
}

function openOriginal() {
  if (state.inMimeHandler && mimeHandler) void mimeHandler.abortAndFallbackToNativeHandler();
  else if (state.sourceUrl) window.open(state.sourceUrl, '_blank', 'noopener');
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
              notice: {
                url: state.sourceUrl ?? `file:${state.fileName ?? 'local.pdf'}`,
                analysis,
                source: 'pdf',
              },
              snapshotText: state.snapshot,
            })
            .then((r) => set({ saveStatus: saveMessage(r as SaveResult) }))
        }
        saveStatus={state.saveStatus}
        onShowEvidence={(field) => {
          const ev = analysis.evidence[field];
          if (ev) highlightQuote(state.pages, ev.page, ev.quote);
        }}
        optionsUrl={browser.runtime.getURL('/options.html')}
        onOpenOptions={() => void browser.runtime.openOptionsPage()}
      />
    ) : analysis && !analysis.notice ? (
      <p class="vl-viewer__note">
        This PDF does not look like a vacancy notice ({analysis.detection.signals.slice(-1)[0]}).
      </p>
    ) : null;
  render(
    <ViewerShell
      status={state.status}
      sourceUrl={state.sourceUrl}
      fileName={state.fileName}
      pagesRef={pagesRef}
      card={card}
      onOpenFile={(file) => void openFile(file)}
      onOpenOriginal={state.sourceUrl ? openOriginal : undefined}
    />,
    root,
  );
}

function withTimeout<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  return Promise.race([
    p,
    new Promise<T>((_r, reject) => setTimeout(() => reject(new Error(`${what} took too long`)), ms)),
  ]);
}

/** Downloads with progress (bytes known from content-length when the server gives it). */
async function download(url: string): Promise<Uint8Array> {
  const res = await withTimeout(fetch(url, { credentials: 'include' }), FETCH_TIMEOUT_MS, 'The download');
  if (!res.ok) throw new Error(`the server answered ${res.status} ${res.statusText}`);
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
  const out = new Uint8Array(received);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

async function show(bytes: Uint8Array) {
  set({
    status: { kind: 'loading', label: 'Reading the PDF…', fraction: null },
    analysis: null,
    evaluation: null,
    pages: [],
  });
  pagesRef.current?.replaceChildren();
  const pdfjs = await loadBrowserPdfjs();
  const text = await readPdf(bytes.slice(), { pdfjs, maxPages: MAX_PAGES });
  if ('error' in text) {
    set({
      status: {
        kind: 'error',
        title: ERRORS[text.error],
        message: text.message.charAt(0).toUpperCase() + text.message.slice(1),
        canOpenOriginal: Boolean(state.sourceUrl),
      },
    });
    return;
  }
  const analysis = analyseNotice(text.text, { format: 'text' });
  for (const ev of Object.values(analysis.evidence)) ev.page = pageOf(text, ev.start);
  const evaluation = analysis.notice
    ? ((await browser.runtime.sendMessage({ type: 'evaluate', notice: analysis.notice })) as Evaluation)
    : null;
  set({
    analysis,
    evaluation,
    snapshot: text.text,
    saveStatus: undefined,
    status: { kind: 'loading', label: 'Rendering pages…', fraction: 0 },
  });
  const doc = await withTimeout(
    pdfjs.getDocument({ data: bytes.slice(), isEvalSupported: false }).promise,
    20_000,
    'Opening the PDF',
  );
  const pages = await renderPages(pdfjs, doc, pagesRef.current!, MAX_PAGES, (done, total) =>
    set({
      status: { kind: 'loading', label: `Rendering page ${done} of ${total}…`, fraction: done / total },
    }),
  );
  const truncated = text.truncated
    ? `Only the first ${MAX_PAGES} of ${text.pageCount} pages are shown and read.`
    : undefined;
  set({ pages, status: { kind: 'ready', truncated } });
  document.title = `${analysis.notice?.title ?? state.fileName ?? 'PDF'} — Vacancy Lens`;
}

async function openFile(file: File) {
  set({ fileName: file.name, sourceUrl: null, inMimeHandler: false });
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
  try {
    if (mimeHandler && window.parent !== window) {
      const info = await mimeHandler.getStreamInfo();
      // A PDF framed or embedded by another page is that page's business: the browser's own viewer
      // shows it. Otherwise a page could frame a notice of its choosing, nearly invisible, and have
      // the user click Save (or read the verdict's size and layout).
      if (info.embedded || window.parent !== window.top) {
        await mimeHandler.abortAndFallbackToNativeHandler();
        return;
      }
      url = info.originalUrl;
      streamUrl = info.streamUrl;
      set({ inMimeHandler: true });
    }
  } catch {
    // Not opened as the PDF handler: fine, look at our own address.
  }
  url ??= decodeURIComponent(location.hash.slice(1)) || new URLSearchParams(location.search).get('url');
  if (!url) return;
  set({ sourceUrl: url, status: { kind: 'loading', label: 'Downloading…', fraction: null } });
  try {
    await show(await download(streamUrl ?? url));
  } catch (e) {
    set({
      status: {
        kind: 'error',
        title: 'The PDF could not be downloaded',
        message: `${(e as Error).message}. The site may need you to be logged in, or Vacancy Lens may not have access to it.`,
        canOpenOriginal: true,
      },
    });
  }
}

void start();
