// Options page wiring: open the database, render the page, and do the two things a
// component should not: download a file and warn before the tab closes with unsaved edits.
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { PdfSwitch } from '../../components/options/PdfSwitch';
import { openVacancyDb } from '../../lib/db';
import { readPdfAttachments } from '../../lib/pdf/attachments';
import { loadBrowserPdfjs } from '../../lib/pdf/browser';
import { readEuropassFile } from '../../components/profile/europass-file';
import { ProfileOptionsPage } from '../../components/profile/ProfileOptionsPage';
import { dbProfileStore } from '../../components/profile/store';
import '../../assets/options.css';

let dirty = false;

window.addEventListener('beforeunload', (event) => {
  if (!dirty) return;
  event.preventDefault();
  // Older Chromium versions still need returnValue set to show the prompt.
  event.returnValue = '';
});

function downloadJson(json: string): void {
  const url = URL.createObjectURL(new Blob([json], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = `vacancy-lens-profile-${new Date().toISOString().slice(0, 10)}.json`;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

const root = document.getElementById('app')!;

openVacancyDb().then(
  (db) => {
    render(
      <ProfileOptionsPage
        store={dbProfileStore(db)}
        onExport={downloadJson}
        onDirtyChange={(value) => {
          dirty = value;
        }}
        confirmReplace={(message) => window.confirm(message)}
        readEuropass={(file) =>
          readEuropassFile(file, async (bytes) =>
            readPdfAttachments(bytes, { pdfjs: await loadBrowserPdfjs() }),
          )
        }
        welcomeUrl={browser.runtime.getURL('/welcome.html')}
      />,
      root,
    );
  },
  (error: unknown) => {
    root.textContent = `Vacancy Lens could not open its database: ${error instanceof Error ? error.message : String(error)}`;
  },
);

interface MimeHandlerOptionsApi {
  getMimeHandlerOptions(mime: string): Promise<{ enabled: boolean }>;
  setMimeHandlerOptions(mime: string, options: { enabled: boolean }): Promise<void>;
}
const mimeHandler = (globalThis as { chrome?: { mimeHandler?: Partial<MimeHandlerOptionsApi> } }).chrome
  ?.mimeHandler;
const canSwitch = Boolean(mimeHandler?.getMimeHandlerOptions && mimeHandler.setMimeHandlerOptions);

render(
  <PdfSwitch
    load={
      canSwitch ? async () => (await mimeHandler!.getMimeHandlerOptions!('application/pdf')).enabled : null
    }
    save={async (enabled) => {
      await mimeHandler?.setMimeHandlerOptions?.('application/pdf', { enabled });
    }}
    viewerUrl={browser.runtime.getURL('/viewer.html')}
  />,
  document.getElementById('pdf-settings')!,
);
