/** Export and import of the profile as a JSON file, with the reminder to keep a backup. */
import type { FieldError } from '../../lib/profile';
import { describePath } from './form-state';

export type ImportReport =
  | { kind: 'rejected'; fileName: string; reasons: FieldError[] }
  | { kind: 'imported'; fileName: string }
  | { kind: 'failed'; fileName: string; message: string };

interface BackupPanelProps {
  report: ImportReport | null;
  /** Shown after an export, e.g. "Exported …". */
  exportNote: string | null;
  onExport: () => void;
  onImport: (file: File) => void;
}

export const IMPORT_INPUT_ID = 'profile-import-file';

function ImportResult({ report }: { report: ImportReport }) {
  if (report.kind === 'imported') {
    return (
      <p class="message message-success" role="status">
        Imported <strong>{report.fileName}</strong> and saved it as your profile.
      </p>
    );
  }
  if (report.kind === 'failed') {
    return (
      <div class="message message-error" role="alert">
        <p>
          Could not save the profile from <strong>{report.fileName}</strong>: {report.message}
        </p>
      </div>
    );
  }
  return (
    <div class="message message-error" role="alert">
      <p>
        <strong>{report.fileName}</strong> was not imported: it is not a valid profile. Your current profile
        is unchanged.
      </p>
      <ul class="reasons">
        {report.reasons.map((reason, index) => (
          <li key={index}>
            {reason.path === '' ? (
              reason.message
            ) : (
              <>
                {describePath(reason.path)} <code>{reason.path}</code>: {reason.message}
              </>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}

export function BackupPanel({ report, exportNote, onExport, onImport }: BackupPanelProps) {
  return (
    <section class="backup" aria-labelledby="backup-title">
      <h2 id="backup-title">Backup</h2>
      <p class="backup-warning">
        <strong>Keep a copy.</strong> Your profile is stored only in this browser (IndexedDB). Removing the
        extension deletes it, so export a backup and keep the file somewhere safe.
      </p>
      <p class="hint">
        This file holds your profile only. The <a href="tracker.html">tracker page</a> makes a full backup:
        your profile and your saved notices, with their status and notes.
      </p>
      <div class="backup-actions">
        <div class="backup-action">
          <button type="button" class="button button-secondary" onClick={onExport}>
            Export profile (JSON)
          </button>
        </div>
        <div class="backup-action">
          <label for={IMPORT_INPUT_ID}>Import a profile (JSON file)</label>
          <input
            type="file"
            id={IMPORT_INPUT_ID}
            accept="application/json,.json"
            aria-describedby="profile-import-hint"
            onChange={(event) => {
              const input = event.currentTarget;
              const file = input.files?.[0];
              // Cleared so that choosing the same file again (after fixing it) imports again.
              input.value = '';
              if (file) onImport(file);
            }}
          />
          <p id="profile-import-hint" class="hint">
            Replaces your current profile. An invalid file changes nothing.
          </p>
        </div>
      </div>
      {exportNote && (
        <p class="message message-success" role="status">
          {exportNote}
        </p>
      )}
      {report && <ImportResult report={report} />}
    </section>
  );
}
