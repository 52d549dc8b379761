/**
 * "Settings and export": a button in the page header opening a panel (a modal <dialog>: focus
 * stays inside, Escape closes) with the exports, the backup, the default reminders and what
 * else the entrypoint adds. None of it sits above the list any more.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';

export interface SettingsMenuProps {
  open: boolean;
  onOpen: () => void;
  onClose: () => void;
  children: ComponentChildren;
}

export function SettingsMenu({ open, onOpen, onClose, children }: SettingsMenuProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const opener = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    const d = dialog.current;
    if (!d) return;
    if (open && !d.open) {
      if (typeof d.showModal === 'function') d.showModal();
      else d.setAttribute('open', '');
    } else if (!open && d.open) {
      d.close();
      opener.current?.focus();
    }
  }, [open]);

  return (
    <>
      <button
        ref={opener}
        type="button"
        class="button button-secondary settings-opener"
        aria-haspopup="dialog"
        aria-expanded={open}
        onClick={onOpen}
      >
        <span aria-hidden="true">⚙ </span>Settings and export
      </button>
      <dialog ref={dialog} class="settings-dialog" aria-labelledby="settings-title" onClose={onClose}>
        <div class="settings-dialog__head">
          <h2 id="settings-title">Settings and export</h2>
          <button type="button" class="button button-secondary" onClick={onClose}>
            Close
          </button>
        </div>
        {open && <div class="settings-dialog__body">{children}</div>}
      </dialog>
    </>
  );
}
