/**
 * The notice's text as it was saved (notices are taken off the web after they close), in a
 * modal <dialog>. The text is hostile input: it is shown in a <pre> as text, never as HTML.
 */
import { useEffect, useId, useRef } from 'preact/hooks';
import type { TrackedNotice } from '../../lib/db';
import { displayTitle } from '../../lib/tracker';
import { clip } from '../notice/evidence';

export interface SnapshotDialogProps {
  /** null: closed. */
  record: TrackedNotice | null;
  onClose: () => void;
}

export function SnapshotDialog({ record, onClose }: SnapshotDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const id = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (record !== null && !dialog.open) {
      // showModal traps focus and closes on Escape; the attribute is a fallback only.
      if (typeof dialog.showModal === 'function') dialog.showModal();
      else dialog.setAttribute('open', '');
    } else if (record === null && dialog.open) {
      dialog.close();
    }
  }, [record]);

  return (
    <dialog ref={ref} class="snapshot-dialog" aria-labelledby={`${id}-title`} onClose={onClose}>
      {record !== null && (
        <>
          <div class="snapshot-dialog__head">
            <h2 id={`${id}-title`} class="snapshot-dialog__title">
              Saved copy: <bdi>{clip(displayTitle(record), 200)}</bdi>
            </h2>
            <button type="button" class="button button-secondary" onClick={onClose}>
              Close
            </button>
          </div>
          <p class="hint">
            The notice's text as Vacancy Lens read it when you last saved the notice. The official notice is
            the one that counts.
          </p>
          {record.snapshot.trim() ? (
            <pre class="snapshot-text" dir="auto" tabIndex={0} role="region" aria-label="Text of the notice">
              {record.snapshot}
            </pre>
          ) : (
            <p class="empty-rows">No text was kept for this notice.</p>
          )}
        </>
      )}
    </dialog>
  );
}
