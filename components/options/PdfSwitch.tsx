/** The user's switch for opening PDFs in Vacancy Lens's viewer (Chromium's PDF handler route). */
import { useEffect, useState } from 'preact/hooks';

export interface PdfSwitchProps {
  /** null when this browser has no PDF handler route (Firefox): the switch is explained, not shown. */
  load: (() => Promise<boolean>) | null;
  save: (enabled: boolean) => Promise<void>;
  viewerUrl: string;
}

export function PdfSwitch({ load, save, viewerUrl }: PdfSwitchProps) {
  const [enabled, setEnabled] = useState<boolean | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    load?.().then(setEnabled, (e: unknown) => setError(String(e)));
  }, [load]);
  return (
    <section class="section" aria-labelledby="vl-pdf-title">
      <h2 id="vl-pdf-title">PDF notices</h2>
      {load ? (
        <label>
          <input
            type="checkbox"
            checked={enabled ?? false}
            disabled={enabled === null}
            onChange={async (e) => {
              const value = e.currentTarget.checked;
              setEnabled(value);
              await save(value).catch((err: unknown) => setError(String(err)));
            }}
          />{' '}
          Open PDFs in the Vacancy Lens viewer (the address stays the same; “Open in the browser's viewer” is
          one click away)
        </label>
      ) : (
        <p>
          This browser does not let extensions show PDFs in place. Use “Analyse with Vacancy Lens” on a PDF
          link, or open a file in the viewer.
        </p>
      )}
      <p>
        <a href={viewerUrl} target="_blank" rel="noopener">
          Open a PDF file in the viewer
        </a>
      </p>
      {error && <p role="alert">Could not change the setting: {error}</p>}
    </section>
  );
}
