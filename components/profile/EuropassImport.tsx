/**
 * "Start from your Europass CV": pick the XML or the PDF the Europass editor made, see what it
 * holds — and what needs a check or was left out — then confirm. Confirming only fills the
 * form; nothing is saved until the candidate saves. A file that is not a Europass CV gives a
 * message and changes nothing.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { CefrLevel } from '../../lib/notice/schema';
import type {
  EuropassImport as EuropassValue,
  EuropassNote,
  EuropassResult,
} from '../../lib/profile/europass';
import { countryLabel, languageLabel } from './code-names';
import { sectionsReplaced } from './europass-form';
import { EDUCATION_LEVEL_LABELS } from './labels';

export interface EuropassImportProps {
  /** Reads a picked file (XML, or a PDF's attached XML) into a result; the entrypoint wires pdf.js. */
  readFile: (file: File) => Promise<EuropassResult>;
  /** The candidate confirmed the preview. */
  onConfirm: (value: EuropassValue, fileName: string) => void;
  /** Prefix for the ids, so the control can appear once per page under a stable name. */
  id?: string;
}

type State =
  | { kind: 'idle' }
  | { kind: 'reading'; fileName: string }
  | { kind: 'rejected'; fileName: string; message: string }
  | { kind: 'preview'; fileName: string; value: EuropassValue };

const FORMAT_NAMES = {
  'europass-2020': 'Europass CV (the format used since 2020)',
  'europass-v3': 'Europass CV (XML v3, 2013–2020)',
} as const;

function formatDate(iso: string | null): string {
  if (!iso) return '—';
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d)).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

function lowest(levels: Array<CefrLevel | null>): string {
  const order = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2'];
  const known = levels.filter((l): l is CefrLevel => l !== null);
  if (known.length === 0) return 'C2';
  return known.reduce((a, b) => (order.indexOf(b) < order.indexOf(a) ? b : a));
}

export function EuropassImport({ readFile, onConfirm, id = 'europass' }: EuropassImportProps) {
  const [state, setState] = useState<State>({ kind: 'idle' });
  const headingRef = useRef<HTMLHeadingElement>(null);
  const inputId = `${id}-file`;

  // The preview appears below the file input: move focus to its heading so it is read out.
  useEffect(() => {
    if (state.kind === 'preview') headingRef.current?.focus();
  }, [state]);

  async function choose(file: File) {
    setState({ kind: 'reading', fileName: file.name });
    let result: EuropassResult;
    try {
      result = await readFile(file);
    } catch (error) {
      result = { ok: false, message: error instanceof Error ? error.message : String(error) };
    }
    setState(
      result.ok
        ? { kind: 'preview', fileName: file.name, value: result.value }
        : { kind: 'rejected', fileName: file.name, message: result.message },
    );
  }

  return (
    <div class="europass">
      <div class="europass-pick">
        <label for={inputId}>Europass CV (XML or PDF)</label>
        <p id={`${inputId}-hint`} class="hint">
          The XML file, or the PDF made with the Europass editor (it carries the XML inside). The file is read
          on this computer only.
        </p>
        <input
          type="file"
          id={inputId}
          accept=".xml,.pdf,application/xml,text/xml,application/pdf"
          aria-describedby={`${inputId}-hint`}
          onChange={(event) => {
            const input = event.currentTarget;
            const file = input.files?.[0];
            input.value = '';
            if (file) void choose(file);
          }}
        />
      </div>
      <div aria-live="polite">
        {state.kind === 'reading' && <p class="hint">Reading {state.fileName}…</p>}
      </div>
      {state.kind === 'rejected' && (
        <div class="message message-error" role="alert">
          <p>
            <strong>{state.fileName}</strong> was not imported. {state.message} Nothing was changed.
          </p>
        </div>
      )}
      {state.kind === 'preview' && (
        <Preview
          headingRef={headingRef}
          id={id}
          fileName={state.fileName}
          value={state.value}
          onConfirm={() => {
            onConfirm(state.value, state.fileName);
            setState({ kind: 'idle' });
          }}
          onCancel={() => setState({ kind: 'idle' })}
        />
      )}
    </div>
  );
}

function Preview({
  headingRef,
  id,
  fileName,
  value,
  onConfirm,
  onCancel,
}: {
  headingRef: { current: HTMLHeadingElement | null };
  id: string;
  fileName: string;
  value: EuropassValue;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const { profile, assessments, notes } = value;
  const uncertain = notes.filter((n) => n.kind === 'uncertain');
  const skipped = notes.filter((n) => n.kind === 'skipped');
  const replaced = sectionsReplaced(profile);
  const titleId = `${id}-preview-title`;
  return (
    <section class="europass-preview" aria-labelledby={titleId}>
      <h3 id={titleId} ref={headingRef} tabIndex={-1}>
        What {fileName} holds
      </h3>
      <p class="hint">
        {FORMAT_NAMES[value.format]}. Check it, then use it to fill in the form: it replaces the{' '}
        {replaced.join(', ')} in the form and keeps everything else. Nothing is saved until you save.
      </p>

      {profile.nationalities.length > 0 && (
        <>
          <h4>Nationality</h4>
          <p>{profile.nationalities.map(countryLabel).join(', ')}</p>
        </>
      )}

      {profile.diplomas.length > 0 && (
        <div class="table-scroll">
          <table>
            <caption>Diplomas</caption>
            <thead>
              <tr>
                <th scope="col">Diploma</th>
                <th scope="col">Level</th>
                <th scope="col">Awarded</th>
                <th scope="col">Issued or recognised in the EU</th>
              </tr>
            </thead>
            <tbody>
              {profile.diplomas.map((d, index) => (
                <tr key={index}>
                  <th scope="row">{d.field || '—'}</th>
                  <td>{d.level ? EDUCATION_LEVEL_LABELS[d.level] : <em>to choose</em>}</td>
                  <td>{d.awarded ? formatDate(d.awarded) : <em>to fill in</em>}</td>
                  <td>{d.recognisedInEU === null ? <em>to answer</em> : d.recognisedInEU ? 'Yes' : 'No'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      {profile.experience.length > 0 && (
        <div class="table-scroll">
          <table>
            <caption>Professional experience</caption>
            <thead>
              <tr>
                <th scope="col">Job</th>
                <th scope="col">From</th>
                <th scope="col">To</th>
              </tr>
            </thead>
            <tbody>
              {profile.experience.map((e, index) => (
                <tr key={index}>
                  <th scope="row">{e.description || '—'}</th>
                  <td>{formatDate(e.from)}</td>
                  <td>{e.to ? formatDate(e.to) : 'now'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      {assessments.length > 0 && (
        <div class="table-scroll">
          <table>
            <caption>Languages (your self-assessment; EPSO counts the lowest skill)</caption>
            <thead>
              <tr>
                <th scope="col">Language</th>
                <th scope="col">Listening</th>
                <th scope="col">Reading</th>
                <th scope="col">Spoken interaction</th>
                <th scope="col">Spoken production</th>
                <th scope="col">Writing</th>
                <th scope="col">Counted</th>
              </tr>
            </thead>
            <tbody>
              {assessments.map((a) => (
                <tr key={a.language}>
                  <th scope="row">{languageLabel(a.language)}</th>
                  {a.motherTongue ? (
                    <td colSpan={5}>Mother tongue</td>
                  ) : (
                    <>
                      <td>{a.listening}</td>
                      <td>{a.reading}</td>
                      <td>{a.spokenInteraction}</td>
                      <td>{a.spokenProduction}</td>
                      <td>{a.writing}</td>
                    </>
                  )}
                  <td>
                    <strong>
                      {lowest([a.listening, a.reading, a.spokenInteraction, a.spokenProduction, a.writing])}
                    </strong>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      <NoteList title="Please check" notes={uncertain} tone="warn" />
      <NoteList title="Not imported" notes={skipped} tone="muted" />

      <div class="europass-actions">
        <button type="button" class="button button-primary" onClick={onConfirm}>
          Use these details
        </button>
        <button type="button" class="button button-secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </section>
  );
}

function NoteList({ title, notes, tone }: { title: string; notes: EuropassNote[]; tone: 'warn' | 'muted' }) {
  if (notes.length === 0) return null;
  return (
    <div class={`europass-notes europass-notes-${tone}`}>
      <h4>{title}</h4>
      <ul>
        {notes.map((n, index) => (
          <li key={index}>{n.message}</li>
        ))}
      </ul>
    </div>
  );
}
