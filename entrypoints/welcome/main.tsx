// Welcome page wiring (opened by the background on install): the database, the Europass reader
// with the extension's own pdf.js, and the links to the other pages.
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { readEuropassFile } from '../../components/profile/europass-file';
import { dbProfileStore } from '../../components/profile/store';
import { WelcomePage } from '../../components/profile/WelcomePage';
import { openVacancyDb } from '../../lib/db';
import { readPdfAttachments } from '../../lib/pdf/attachments';
import { loadBrowserPdfjs } from '../../lib/pdf/browser';
import '../../assets/options.css';
import '../../assets/welcome.css';

const readEuropass = (file: File) =>
  readEuropassFile(file, async (bytes) => readPdfAttachments(bytes, { pdfjs: await loadBrowserPdfjs() }));

const root = document.getElementById('app')!;

openVacancyDb().then(
  (db) =>
    render(
      <WelcomePage
        store={dbProfileStore(db)}
        readEuropass={readEuropass}
        optionsUrl={browser.runtime.getURL('/options.html')}
        trackerUrl={browser.runtime.getURL('/tracker.html')}
      />,
      root,
    ),
  (error: unknown) => {
    root.textContent = `Vacancy Lens could not open its database: ${error instanceof Error ? error.message : String(error)}`;
  },
);
