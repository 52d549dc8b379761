/** Exports (calendar, CSV, full backup) and restoring a backup, with the reminder to keep one. */
import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';
import { ImportReport, type ImportState } from './ImportReport';

export interface ToolbarMessage {
  tone: 'ok' | 'error';
  /** Notice-derived text in it is isolated with <bdi>. */
  text: ComponentChildren;
}

export interface TrackerToolbarProps {
  /** Calendar and CSV need at least one notice; a backup can hold the profile alone. */
  hasRecords: boolean;
  message: ToolbarMessage | null;
  importState: ImportState | null;
  userZone: string;
  onExportCalendar: () => void;
  onExportCsv: () => void;
  onExportBackup: () => void;
  onImport: (file: File) => void;
  onApplyImport: () => void;
  onCancelImport: () => void;
}

export function TrackerToolbar(props: TrackerToolbarProps) {
  const id = useId();
  const busy = props.importState?.kind === 'reading' || props.importState?.kind === 'applying';
  return (
    <section class="backup tracker-toolbar" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Export and backup</h2>
      <p class="backup-warning">
        <strong>Keep a copy.</strong> Your saved notices, notes and profile are stored only in this browser
        (IndexedDB). Removing the extension deletes them: download a full backup now and then, and keep the
        file somewhere safe.
      </p>
      <div class="tracker-toolbar__group">
        <button
          type="button"
          class="button button-secondary"
          disabled={!props.hasRecords}
          onClick={props.onExportCalendar}
        >
          Calendar: all deadlines (.ics)
        </button>
        <button
          type="button"
          class="button button-secondary"
          disabled={!props.hasRecords}
          onClick={props.onExportCsv}
          aria-describedby={`${id}-csv-hint`}
        >
          Export CSV
        </button>
        <button type="button" class="button button-primary" onClick={props.onExportBackup}>
          Download full backup (JSON)
        </button>
      </div>
      <p id={`${id}-csv-hint`} class="hint">
        The CSV is a proof of your applications: one row per notice with its status, the date you applied and
        your notes, readable in any spreadsheet.
      </p>
      <div class="backup-action tracker-toolbar__import">
        <label for={`${id}-import`}>Restore a backup (JSON file)</label>
        <input
          type="file"
          id={`${id}-import`}
          accept="application/json,.json"
          disabled={busy}
          aria-describedby={`${id}-import-hint`}
          onChange={(event) => {
            const input = event.currentTarget;
            const file = input.files?.[0];
            // Cleared so that choosing the same file again (after fixing it) reads it again.
            input.value = '';
            if (file) props.onImport(file);
          }}
        />
        <p id={`${id}-import-hint`} class="hint">
          You see what would be added and replaced before anything changes. Nothing is deleted; an invalid
          file changes nothing.
        </p>
      </div>
      {props.message && (
        <p
          class={`message ${props.message.tone === 'ok' ? 'message-success' : 'message-error'}`}
          role={props.message.tone === 'ok' ? 'status' : 'alert'}
        >
          {props.message.text}
        </p>
      )}
      {props.importState && (
        <ImportReport
          state={props.importState}
          userZone={props.userZone}
          onApply={props.onApplyImport}
          onCancel={props.onCancelImport}
        />
      )}
    </section>
  );
}
