/**
 * The PDF viewer's frame: the source bar, progress, errors, the drop zone for
 * local files, the pages area (filled by the entrypoint) and the summary card.
 * Props in → markup out; the entrypoint does the loading.
 */
import type { ComponentChildren, RefObject } from 'preact';
import { useState } from 'preact/hooks';

export type ViewerStatus =
  | { kind: 'idle' }
  | { kind: 'loading'; label: string; fraction: number | null }
  | { kind: 'ready'; truncated?: string }
  | { kind: 'error'; title: string; message: string; canOpenOriginal: boolean };

export interface ViewerShellProps {
  status: ViewerStatus;
  sourceUrl: string | null;
  fileName: string | null;
  pagesRef: RefObject<HTMLDivElement | null>;
  card: ComponentChildren;
  onOpenFile: (file: File) => void;
  onOpenOriginal?: () => void;
}

export function ViewerShell({
  status,
  sourceUrl,
  fileName,
  pagesRef,
  card,
  onOpenFile,
  onOpenOriginal,
}: ViewerShellProps) {
  const [dragging, setDragging] = useState(false);
  const pick = (files: FileList | null | undefined) => {
    const file = files?.[0];
    if (file) onOpenFile(file);
  };
  return (
    <div
      class={`vl-viewer${dragging ? ' vl-viewer--drop' : ''}`}
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
        <strong class="vl-viewer__brand">Vacancy Lens</strong>
        <span class="vl-viewer__source" title={sourceUrl ?? fileName ?? ''}>
          {sourceUrl ?? fileName ?? 'No document open'}
        </span>
        {onOpenOriginal && (
          <button type="button" class="vl-button vl-button--secondary" onClick={onOpenOriginal}>
            Open in the browser's viewer
          </button>
        )}
        <label class="vl-button vl-button--secondary vl-viewer__open">
          Open a PDF…
          <input
            type="file"
            accept="application/pdf,.pdf"
            class="vl-visually-hidden"
            onChange={(e) => pick(e.currentTarget.files)}
          />
        </label>
      </header>
      {status.kind === 'loading' && (
        <div class="vl-viewer__progress" role="status" aria-live="polite">
          <span>{status.label}</span>
          <progress max={1} value={status.fraction ?? undefined} aria-label={status.label} />
        </div>
      )}
      {status.kind === 'error' && (
        <div class="vl-viewer__error" role="alert">
          <h1>{status.title}</h1>
          <p>{status.message}</p>
          {status.canOpenOriginal && onOpenOriginal && (
            <button type="button" class="vl-button vl-button--primary" onClick={onOpenOriginal}>
              Open the original
            </button>
          )}
        </div>
      )}
      {status.kind === 'idle' && (
        <div class="vl-viewer__empty">
          <h1>Open a vacancy notice (PDF)</h1>
          <p>Drop a PDF here, or use “Open a PDF…”. It is read on your computer and never uploaded.</p>
        </div>
      )}
      {status.kind === 'ready' && status.truncated && (
        <p class="vl-viewer__note" role="status">
          {status.truncated}
        </p>
      )}
      <main class="vl-viewer__main">
        <div class="vl-viewer__pages" ref={pagesRef} />
        <aside class="vl-viewer__card">{card}</aside>
      </main>
    </div>
  );
}
