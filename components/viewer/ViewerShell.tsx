/**
 * The PDF viewer's frame: the bar (source, page navigation, zoom, find, print, download, the way
 * back to the browser's viewer, opening a file), progress, errors, the drop zone for local
 * files, the pages area (pdf.js's PDFViewer, driven by the entrypoint) and the summary card.
 * Props in → markup out; the entrypoint does the loading and drives the pages.
 */
import type { ComponentChildren, RefObject } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { ViewState } from './view-state';

export type ViewerStatus =
  | { kind: 'idle' }
  | { kind: 'loading'; label: string; fraction: number | null }
  | { kind: 'ready'; truncated?: string }
  | { kind: 'error'; title: string; message: string; canOpenOriginal: boolean };

/** What the bar's controls do (the entrypoint passes them once a document is open). */
export interface ViewerControls {
  goToPage(n: number): void;
  nextPage(): void;
  previousPage(): void;
  zoomIn(): void;
  zoomOut(): void;
  setScale(value: string): void;
  find(query: string, opts?: { again?: boolean; previous?: boolean }): void;
  closeFind(): void;
  print(): void;
  download(): void;
}

export interface ViewerShellProps {
  status: ViewerStatus;
  sourceUrl: string | null;
  fileName: string | null;
  /** The pages' scrolling container (position: absolute, with pdf.js's `.pdfViewer` child). */
  pdfRef: RefObject<HTMLDivElement | null>;
  /** The summary card, or null (not a notice, dismissed, not read yet). */
  card: ComponentChildren;
  /** One line under the bar (e.g. "not a vacancy notice", "only the first 60 pages were read"). */
  notes?: string[];
  /** The document's state once pages are shown; null: no document. */
  view: ViewState | null;
  controls: ViewerControls | null;
  /** "Preparing page 3 of 9 for printing…" while printing is prepared. */
  busy?: string | null;
  onOpenFile: (file: File) => void;
  onOpenOriginal?: () => void;
  /** The "all sites" choice, shown on the start page (null: not offered in this browser). */
  allSites?: { value: boolean; onChange: (value: boolean) => void } | null;
}

const SCALES: Array<[string, string]> = [
  ['auto', 'Automatic'],
  ['page-width', 'Page width'],
  ['page-fit', 'Whole page'],
  ['0.5', '50%'],
  ['0.75', '75%'],
  ['1', '100%'],
  ['1.25', '125%'],
  ['1.5', '150%'],
  ['2', '200%'],
  ['3', '300%'],
];

export function ViewerShell(props: ViewerShellProps) {
  const { status, sourceUrl, fileName, pdfRef, card, view, controls, onOpenFile, onOpenOriginal } = props;
  const [dragging, setDragging] = useState(false);
  const findRef = useRef<HTMLInputElement>(null);
  const pick = (files: FileList | null | undefined) => {
    const file = files?.[0];
    if (file) onOpenFile(file);
  };

  // The usual shortcuts act on the PDF, not on this frame: find, print, save, zoom.
  useEffect(() => {
    if (!controls) return;
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey) return;
      const k = e.key.toLowerCase();
      const act: Record<string, () => void> = {
        f: () => {
          findRef.current?.focus();
          findRef.current?.select();
        },
        p: controls.print,
        s: controls.download,
        '+': controls.zoomIn,
        '=': controls.zoomIn,
        '-': controls.zoomOut,
        '0': () => controls.setScale('auto'),
      };
      const f = act[k];
      if (f) {
        e.preventDefault();
        f();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [controls]);

  const hasDoc = Boolean(view && controls);
  const notes = props.notes ?? [];
  return (
    <div
      class={`vl-viewer${dragging ? ' vl-viewer--drop' : ''}${card ? ' vl-viewer--card' : ''}`}
      onDragOver={(e) => {
        e.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={(e) => {
        e.preventDefault();
        setDragging(false);
        pick(e.dataTransfer?.files);
      }}
    >
      <header class="vl-viewer__bar">
        <div class="vl-viewer__row">
          <h1 class="vl-viewer__brand">
            Vacancy Lens <span class="vl-visually-hidden">PDF viewer</span>
          </h1>
          <span class="vl-viewer__source" title={sourceUrl ?? fileName ?? ''}>
            {sourceUrl ?? fileName ?? 'No document open'}
          </span>
          <div class="vl-viewer__actions">
            {onOpenOriginal && (
              <button type="button" class="vl-tool vl-tool--text" onClick={onOpenOriginal}>
                Open in the browser's viewer
              </button>
            )}
            <label class="vl-tool vl-tool--text vl-viewer__open">
              Open a PDF…
              <input
                type="file"
                accept="application/pdf,.pdf"
                class="vl-visually-hidden"
                onChange={(e) => pick(e.currentTarget.files)}
              />
            </label>
          </div>
        </div>
        {hasDoc && <Tools view={view!} controls={controls!} findRef={findRef} />}
      </header>
      {status.kind === 'loading' && (
        <div class="vl-viewer__progress" role="status" aria-live="polite">
          <span>{status.label}</span>
          <progress max={1} value={status.fraction ?? undefined} aria-label={status.label} />
        </div>
      )}
      {props.busy && (
        <div class="vl-viewer__progress" role="status" aria-live="polite">
          <span>{props.busy}</span>
        </div>
      )}
      {status.kind === 'ready' && status.truncated && (
        <p class="vl-viewer__note" role="status">
          {status.truncated}
        </p>
      )}
      {notes.map((n) => (
        <p key={n} class="vl-viewer__note">
          {n}
        </p>
      ))}
      <div class="vl-viewer__main">
        {status.kind === 'error' && (
          <div class="vl-viewer__panel vl-viewer__panel--error" role="alert">
            <h2>{status.title}</h2>
            <p>{status.message}</p>
            {status.canOpenOriginal && onOpenOriginal && (
              <button type="button" class="vl-tool vl-tool--primary" onClick={onOpenOriginal}>
                Open the original
              </button>
            )}
          </div>
        )}
        {status.kind === 'idle' && (
          <div class="vl-viewer__panel">
            <h2>Open a vacancy notice (PDF)</h2>
            <p>Drop a PDF here, or use “Open a PDF…”. It is read on your computer and never uploaded.</p>
            {props.allSites && (
              <label class="vl-viewer__option">
                <input
                  type="checkbox"
                  checked={props.allSites.value}
                  onChange={(e) => props.allSites!.onChange(e.currentTarget.checked)}
                />{' '}
                Open PDFs from every site in Vacancy Lens. Off: only PDFs from EU sites and the sites you
                enabled open here; the browser's own viewer shows the others.
              </label>
            )}
          </div>
        )}
        <main class="vl-viewer__pages" hidden={!hasDoc} aria-label="Pages">
          <div class="vl-pdf" ref={pdfRef} tabIndex={0} aria-label="PDF pages">
            <div class="pdfViewer" />
          </div>
        </main>
        {card && <div class="vl-viewer__card">{card}</div>}
      </div>
    </div>
  );
}

function Tools({
  view,
  controls,
  findRef,
}: {
  view: ViewState;
  controls: ViewerControls;
  findRef: RefObject<HTMLInputElement | null>;
}) {
  const [pageText, setPageText] = useState(String(view.page));
  const [query, setQuery] = useState('');
  useEffect(() => setPageText(String(view.page)), [view.page]);
  const known = SCALES.some(([v]) => v === view.scaleValue);
  const find = view.find;
  const findText =
    find.state === 'idle' || !find.query
      ? ''
      : find.state === 'pending' && find.total === 0
        ? 'Searching…'
        : find.total === 0
          ? 'Not found'
          : `${find.current} of ${find.total}`;
  return (
    <div class="vl-viewer__row vl-viewer__tools">
      <div class="vl-viewer__group" role="group" aria-label="Pages">
        <button
          type="button"
          class="vl-tool"
          aria-label="Previous page"
          title="Previous page"
          disabled={view.page <= 1}
          onClick={controls.previousPage}
        >
          <span aria-hidden="true">‹</span>
        </button>
        <input
          class="vl-viewer__page"
          type="text"
          inputMode="numeric"
          aria-label={`Page number, of ${view.pages}`}
          value={pageText}
          size={3}
          onInput={(e) => setPageText(e.currentTarget.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') controls.goToPage(Number(pageText) || view.page);
          }}
          onBlur={() => {
            const n = Number(pageText);
            if (n && n !== view.page) controls.goToPage(n);
            else setPageText(String(view.page));
          }}
        />
        <span class="vl-viewer__of" aria-hidden="true">
          / {view.pages}
        </span>
        <button
          type="button"
          class="vl-tool"
          aria-label="Next page"
          title="Next page"
          disabled={view.page >= view.pages}
          onClick={controls.nextPage}
        >
          <span aria-hidden="true">›</span>
        </button>
      </div>
      <div class="vl-viewer__group" role="group" aria-label="Zoom">
        <button
          type="button"
          class="vl-tool"
          aria-label="Zoom out"
          title="Zoom out"
          onClick={controls.zoomOut}
        >
          <span aria-hidden="true">−</span>
        </button>
        <select
          class="vl-viewer__zoom"
          aria-label="Zoom"
          value={known ? view.scaleValue : 'custom'}
          onChange={(e) => controls.setScale(e.currentTarget.value)}
        >
          {!known && <option value="custom">{view.percent}%</option>}
          {SCALES.map(([v, label]) => (
            <option key={v} value={v}>
              {label}
            </option>
          ))}
        </select>
        <button type="button" class="vl-tool" aria-label="Zoom in" title="Zoom in" onClick={controls.zoomIn}>
          <span aria-hidden="true">+</span>
        </button>
      </div>
      <form
        class="vl-viewer__group vl-viewer__find"
        role="search"
        onSubmit={(e) => {
          e.preventDefault();
          controls.find(query, { again: query === find.query });
        }}
      >
        <input
          ref={findRef}
          type="search"
          class="vl-viewer__find-input"
          aria-label="Find in the PDF"
          placeholder="Find in the PDF"
          value={query}
          onInput={(e) => {
            setQuery(e.currentTarget.value);
            controls.find(e.currentTarget.value);
          }}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && e.shiftKey) {
              e.preventDefault();
              controls.find(query, { again: true, previous: true });
            } else if (e.key === 'Escape') {
              setQuery('');
              controls.closeFind();
            }
          }}
        />
        <button
          type="button"
          class="vl-tool"
          aria-label="Previous match"
          title="Previous match"
          disabled={!query}
          onClick={() => controls.find(query, { again: true, previous: true })}
        >
          <span aria-hidden="true">↑</span>
        </button>
        <button
          type="button"
          class="vl-tool"
          aria-label="Next match"
          title="Next match"
          disabled={!query}
          onClick={() => controls.find(query, { again: true })}
        >
          <span aria-hidden="true">↓</span>
        </button>
        <span class="vl-viewer__count" role="status" aria-live="polite">
          {findText}
        </span>
      </form>
      <div class="vl-viewer__group" role="group" aria-label="File">
        <button type="button" class="vl-tool vl-tool--text" onClick={controls.print}>
          Print
        </button>
        <button type="button" class="vl-tool vl-tool--text" onClick={controls.download}>
          Download
        </button>
      </div>
    </div>
  );
}
