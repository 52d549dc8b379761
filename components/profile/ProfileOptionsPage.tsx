/**
 * The options page: loads the profile, lets the candidate edit it, saves it, and imports or
 * exports it as JSON. Storage and file download come in as props, so the page runs the same
 * in the extension and in tests.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { RecordError } from '../../lib/db';
import { parseProfile, type FieldError } from '../../lib/profile';
import type { EuropassResult } from '../../lib/profile/europass';
import { BackupPanel, type ImportReport } from './BackupPanel';
import { ErrorSummary } from './ErrorSummary';
import { applyEuropass } from './europass-form';
import { EuropassImport } from './EuropassImport';
import {
  describePath,
  emptyFormState,
  errorsByField,
  fingerprint,
  toFormState,
  validateForm,
  type ProfileFormState,
} from './form-state';
import { ProfileForm, type FormUpdater } from './ProfileForm';
import type { ProfileStore } from './store';

export interface ProfileOptionsPageProps {
  store: ProfileStore;
  /** Receives the profile as pretty-printed JSON; the entrypoint turns it into a download. */
  onExport: (json: string) => void;
  /** Told whenever the form gains or loses unsaved changes (the entrypoint warns before leaving). */
  onDirtyChange?: (dirty: boolean) => void;
  /** Asked before an import replaces a non-empty profile; without it, imports go ahead. */
  confirmReplace?: (message: string) => boolean;
  /** Reads a Europass CV (XML, or a PDF's attached XML); without it the Europass import is not offered. */
  readEuropass?: (file: File) => Promise<EuropassResult>;
  /** The welcome page's quick set-up, offered while there is no saved profile. */
  welcomeUrl?: string;
}

type SaveStatus =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved' }
  | { kind: 'invalid'; action: 'save' | 'export' }
  | { kind: 'failed'; message: string };

/** Anything bigger is certainly not a profile; refuse it before reading it into memory. */
const MAX_IMPORT_BYTES = 1_000_000;
const EMPTY_FINGERPRINT = fingerprint(emptyFormState());

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function ProfileOptionsPage({
  store,
  onExport,
  onDirtyChange,
  confirmReplace,
  readEuropass,
  welcomeUrl,
}: ProfileOptionsPageProps) {
  const [loading, setLoading] = useState(true);
  const [loadProblem, setLoadProblem] = useState<{ errors: RecordError[]; failure: string | null }>({
    errors: [],
    failure: null,
  });
  const [form, setForm] = useState<ProfileFormState>(emptyFormState);
  const [savedFingerprint, setSavedFingerprint] = useState(EMPTY_FINGERPRINT);
  const [status, setStatus] = useState<SaveStatus>({ kind: 'idle' });
  // Errors are shown from the first failed save or export on, then follow every edit.
  const [showErrors, setShowErrors] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const [importReport, setImportReport] = useState<ImportReport | null>(null);
  const [exportNote, setExportNote] = useState<string | null>(null);
  const [europassNote, setEuropassNote] = useState<string | null>(null);
  const [hasSaved, setHasSaved] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);

  useEffect(() => {
    let current = true;
    store.load().then(
      (loaded) => {
        if (!current) return;
        const state = loaded.value ? toFormState(loaded.value) : emptyFormState();
        setForm(state);
        setSavedFingerprint(fingerprint(state));
        setLoadProblem({ errors: loaded.errors, failure: null });
        setHasSaved(loaded.value !== null);
        setLoading(false);
      },
      (error: unknown) => {
        if (!current) return;
        setLoadProblem({ errors: [], failure: messageOf(error) });
        setLoading(false);
      },
    );
    return () => {
      current = false;
    };
  }, [store]);

  const validation = useMemo(() => validateForm(form), [form]);
  const shownErrors: FieldError[] = showErrors && !validation.ok ? validation.errors : [];
  const errorMap = useMemo(() => errorsByField(shownErrors), [shownErrors]);
  const dirty = !loading && fingerprint(form) !== savedFingerprint;

  useEffect(() => {
    onDirtyChange?.(dirty);
  }, [dirty, onDirtyChange]);

  // After a failed save or export, focus the first field in error, in page order.
  useEffect(() => {
    if (attempt === 0) return;
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [attempt]);

  function reject(action: 'save' | 'export') {
    setShowErrors(true);
    setAttempt((n) => n + 1);
    setStatus({ kind: 'invalid', action });
  }

  function update(updater: FormUpdater) {
    setForm(updater);
    setExportNote(null);
    setImportReport((previous) => (previous?.kind === 'imported' ? null : previous));
    setStatus((previous) => (previous.kind === 'saved' ? { kind: 'idle' } : previous));
  }

  async function save(event: Event) {
    event.preventDefault();
    if (status.kind === 'saving') return;
    if (!validation.ok) return reject('save');
    const saving = form;
    setStatus({ kind: 'saving' });
    try {
      await store.save(validation.profile);
      setSavedFingerprint(fingerprint(saving));
      setShowErrors(false);
      setLoadProblem({ errors: [], failure: null });
      setHasSaved(true);
      setEuropassNote(null);
      setStatus({ kind: 'saved' });
    } catch (error) {
      setStatus({ kind: 'failed', message: messageOf(error) });
    }
  }

  function exportProfile() {
    if (!validation.ok) return reject('export');
    onExport(`${JSON.stringify(validation.profile, null, 2)}\n`);
    setExportNote(
      dirty
        ? 'Exported the profile as it is in the form. It is not saved in the browser yet.'
        : 'Exported your profile as a JSON file.',
    );
  }

  async function importFile(file: File) {
    setExportNote(null);
    const rejectFile = (message: string) =>
      setImportReport({ kind: 'rejected', fileName: file.name, reasons: [{ path: '', message }] });
    if (file.size > MAX_IMPORT_BYTES) return rejectFile('The file is too large to be a profile.');
    let json: unknown;
    try {
      json = JSON.parse(await file.text());
    } catch (error) {
      return rejectFile(`The file is not valid JSON (${messageOf(error)}).`);
    }
    const parsed = parseProfile(json);
    if (!parsed.ok) {
      setImportReport({ kind: 'rejected', fileName: file.name, reasons: parsed.errors });
      return;
    }
    const hasProfile = fingerprint(form) !== EMPTY_FINGERPRINT || savedFingerprint !== EMPTY_FINGERPRINT;
    if (
      hasProfile &&
      confirmReplace &&
      !confirmReplace(`Replace your current profile with the one in ${file.name}? This cannot be undone.`)
    ) {
      setImportReport(null);
      return;
    }
    try {
      await store.save(parsed.profile);
    } catch (error) {
      setImportReport({ kind: 'failed', fileName: file.name, message: messageOf(error) });
      return;
    }
    const state = toFormState(parsed.profile);
    setForm(state);
    setSavedFingerprint(fingerprint(state));
    setShowErrors(false);
    setStatus({ kind: 'idle' });
    setLoadProblem({ errors: [], failure: null });
    setHasSaved(true);
    setImportReport({ kind: 'imported', fileName: file.name });
  }

  const problemCount = shownErrors.length;
  return (
    <main class="page">
      <header class="page-header">
        <p class="brand">Vacancy Lens</p>
        <h1 id="profile-title">Your candidate profile</h1>
        <p class="lede">
          Vacancy Lens compares EU vacancy notices with this profile to tell you whether you are eligible. It
          never leaves your computer.
        </p>
      </header>

      {!loading && !hasSaved && loadProblem.failure === null && loadProblem.errors.length === 0 && (
        <div class="message message-info start-banner">
          <p>
            <strong>You have no profile yet.</strong>{' '}
            {welcomeUrl ? (
              <>
                The <a href={welcomeUrl}>quick set-up</a> asks five questions and takes about two
                minutes.{' '}
              </>
            ) : null}
            {readEuropass
              ? 'You can also start from your Europass CV, or fill in the form below.'
              : 'Fill in the form below.'}
          </p>
        </div>
      )}

      <LoadProblem problem={loadProblem} />

      {readEuropass && !loading && (
        <section class="section" aria-labelledby="europass-title">
          <h2 id="europass-title">Fill in from your Europass CV</h2>
          <p class="intro">
            Nationality, education, work experience and languages come from the CV; CAST results, security
            clearance and staff status stay as they are.
          </p>
          <EuropassImport
            id="options-europass"
            readFile={readEuropass}
            onConfirm={(value, fileName) => {
              update((previous) => applyEuropass(previous, value.profile));
              setEuropassNote(
                `Filled in from ${fileName}. Check the form, then save: nothing is saved until you do.`,
              );
            }}
          />
          {europassNote && (
            <p class="message message-success" role="status">
              {europassNote}
            </p>
          )}
        </section>
      )}

      {loading ? (
        <p class="loading" role="status">
          Loading your profile…
        </p>
      ) : (
        <form ref={formRef} class="profile" noValidate aria-labelledby="profile-title" onSubmit={save}>
          <ErrorSummary
            errors={shownErrors}
            attempt={attempt}
            action={status.kind === 'invalid' ? status.action : 'save'}
          />
          <ProfileForm value={form} errors={errorMap} onChange={update} />
          <div class="action-bar">
            <button type="submit" class="button button-primary" disabled={status.kind === 'saving'}>
              Save profile
            </button>
            <p
              class={`save-status save-status-${problemCount > 0 || status.kind === 'failed' ? 'error' : status.kind === 'saved' && !dirty ? 'ok' : 'neutral'}`}
              role="status"
            >
              <SaveStatusText status={status} dirty={dirty} problemCount={problemCount} />
            </p>
          </div>
        </form>
      )}

      <BackupPanel
        report={importReport}
        exportNote={exportNote}
        onExport={exportProfile}
        onImport={importFile}
      />
    </main>
  );
}

function SaveStatusText({
  status,
  dirty,
  problemCount,
}: {
  status: SaveStatus;
  dirty: boolean;
  problemCount: number;
}) {
  if (status.kind === 'saving') return <>Saving…</>;
  if (status.kind === 'failed') return <>Not saved: {status.message}</>;
  if (problemCount > 0) {
    return <>{problemCount === 1 ? '1 problem to fix.' : `${problemCount} problems to fix.`}</>;
  }
  if (dirty) return <>Unsaved changes.</>;
  if (status.kind === 'saved') {
    return (
      <>
        <span aria-hidden="true">✓ </span>Saved.
      </>
    );
  }
  return <>No unsaved changes.</>;
}

function LoadProblem({ problem }: { problem: { errors: RecordError[]; failure: string | null } }) {
  if (problem.failure !== null) {
    return (
      <div class="message message-error" role="alert">
        <p>Your saved profile could not be opened: {problem.failure}</p>
      </div>
    );
  }
  if (problem.errors.length === 0) return null;
  const issues = problem.errors.flatMap((error) => error.issues);
  return (
    <div class="message message-error" role="alert">
      <p>
        Your saved profile could not be read, so the form starts empty. Import a backup, or fill in the form:
        saving replaces the damaged record.
      </p>
      <ul class="reasons">
        {issues.map((issue, index) => (
          <li key={index}>
            {describePath(issue.path)}: {issue.message}
          </li>
        ))}
      </ul>
    </div>
  );
}
