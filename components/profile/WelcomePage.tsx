/**
 * The page that opens when Vacancy Lens is installed: what it does, then the profile in two
 * minutes — from a Europass CV, or five questions — then where to go next. Storage, the
 * Europass file reader and the links come in as props, as on the options page.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { FieldError } from '../../lib/profile';
import type { EuropassImport as EuropassValue, EuropassResult } from '../../lib/profile/europass';
import { ErrorSummary } from './ErrorSummary';
import { applyEuropass } from './europass-form';
import { EuropassImport } from './EuropassImport';
import { errorsByField, toFormState, validateForm, type ProfileFormState } from './form-state';
import type { FormUpdater } from './ProfileForm';
import { QuickProfileForm } from './QuickProfileForm';
import { dropEmptyRows, quickFormState, withStarterRows } from './quick-state';
import type { ProfileStore } from './store';

export interface WelcomePageProps {
  store: ProfileStore;
  readEuropass: (file: File) => Promise<EuropassResult>;
  /** The full profile (options page). */
  optionsUrl: string;
  /** The deadline tracker. */
  trackerUrl: string;
}

export const EU_CAREERS_VACANCIES = 'https://eu-careers.europa.eu/en/job-opportunities/open-vacancies';

type Status =
  | { kind: 'editing' }
  | { kind: 'saving' }
  | { kind: 'invalid' }
  | { kind: 'saved' }
  | { kind: 'failed'; message: string };

export function WelcomePage({ store, readEuropass, optionsUrl, trackerUrl }: WelcomePageProps) {
  const [form, setForm] = useState<ProfileFormState>(quickFormState);
  const [loading, setLoading] = useState(true);
  const [status, setStatus] = useState<Status>({ kind: 'editing' });
  const [showErrors, setShowErrors] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const [filledFrom, setFilledFrom] = useState<string | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const doneRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    let current = true;
    store.load().then(
      (loaded) => {
        if (!current) return;
        if (loaded.value) setForm(withStarterRows(toFormState(loaded.value)));
        setLoading(false);
      },
      () => current && setLoading(false),
    );
    return () => {
      current = false;
    };
  }, [store]);

  const validation = useMemo(() => validateForm(dropEmptyRows(form)), [form]);
  const shown: FieldError[] = showErrors && !validation.ok ? validation.errors : [];
  const errorMap = useMemo(() => errorsByField(shown), [shown]);

  useEffect(() => {
    if (attempt > 0) formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [attempt]);
  useEffect(() => {
    if (status.kind === 'saved') doneRef.current?.focus();
  }, [status.kind]);

  function update(updater: FormUpdater) {
    setForm(updater);
    setStatus((s) => (s.kind === 'saved' || s.kind === 'failed' ? { kind: 'editing' } : s));
  }

  async function save(event: Event) {
    event.preventDefault();
    if (status.kind === 'saving') return;
    // Untouched starter rows are not part of the profile; dropping them keeps the indices of the
    // errors in step with the rows on screen.
    const trimmed = dropEmptyRows(form);
    const result = validateForm(trimmed);
    if (!result.ok) {
      setForm(withStarterRows(trimmed));
      setShowErrors(true);
      setAttempt((n) => n + 1);
      setStatus({ kind: 'invalid' });
      return;
    }
    setStatus({ kind: 'saving' });
    try {
      await store.save(result.profile);
      setShowErrors(false);
      setStatus({ kind: 'saved' });
    } catch (error) {
      setStatus({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  }

  function fillFromEuropass(value: EuropassValue, fileName: string) {
    update((previous) => withStarterRows(applyEuropass(dropEmptyRows(previous), value.profile)));
    setFilledFrom(fileName);
  }

  return (
    <main class="page welcome">
      <header class="page-header welcome-header">
        <p class="brand">Vacancy Lens</p>
        <h1 id="welcome-title">Welcome to Vacancy Lens</h1>
        <p class="lede">
          It reads EU vacancy notices and tells you, criterion by criterion, whether you can apply. First, a
          few facts about you: about two minutes, kept only on this computer.
        </p>
        <ol class="welcome-steps" aria-label="How it works">
          <li>Your profile, below</li>
          <li>Open a vacancy notice</li>
          <li>See whether you can apply</li>
        </ol>
      </header>

      <section class="section welcome-europass" aria-labelledby="welcome-europass-title">
        <h2 id="welcome-europass-title">Have a Europass CV? Start from it</h2>
        <p class="intro">
          Your nationality, education, work experience and languages are filled in for you; you check them and
          add what Europass does not hold (your CAST results).
        </p>
        <EuropassImport id="welcome-europass" readFile={readEuropass} onConfirm={fillFromEuropass} />
      </section>

      {loading ? (
        <p class="loading" role="status">
          Loading…
        </p>
      ) : (
        <form
          ref={formRef}
          class="profile quick-profile"
          noValidate
          aria-labelledby="quick-title"
          onSubmit={save}
        >
          <h2 id="quick-title" class="quick-title">
            Your profile in five questions
          </h2>
          <p class="intro">
            Only what decides eligibility. Everything else — security clearance, EU staff status, domains of
            experience — is optional and can be added later in your <a href={optionsUrl}>full profile</a>.
          </p>
          {filledFrom && (
            <p class="message message-success" role="status">
              Filled in from <strong>{filledFrom}</strong>. Check the answers, add your CAST results if you
              have any, then save.
            </p>
          )}
          <ErrorSummary errors={shown} attempt={attempt} action="save" />
          <QuickProfileForm value={form} errors={errorMap} onChange={update} />
          <div class="action-bar welcome-actions">
            <button type="submit" class="button button-primary" disabled={status.kind === 'saving'}>
              Save my profile
            </button>
            <p
              class={`save-status save-status-${status.kind === 'failed' || shown.length > 0 ? 'error' : 'neutral'}`}
              role="status"
            >
              {status.kind === 'saving'
                ? 'Saving…'
                : status.kind === 'failed'
                  ? `Not saved: ${status.message}`
                  : shown.length > 0
                    ? `${shown.length === 1 ? '1 problem' : `${shown.length} problems`} to fix.`
                    : status.kind === 'saved'
                      ? 'Saved.'
                      : 'Saved only in this browser.'}
            </p>
          </div>
        </form>
      )}

      {status.kind === 'saved' && (
        <section class="section welcome-done" aria-labelledby="welcome-done-title">
          <h2 id="welcome-done-title" ref={doneRef} tabIndex={-1}>
            <span aria-hidden="true">✓ </span>Your profile is saved
          </h2>
          <p>
            Now open any vacancy notice: Vacancy Lens shows on the page whether you can apply, and why. Its
            badge on the toolbar shows the days left.
          </p>
          <ul class="welcome-links">
            <li>
              <a href={EU_CAREERS_VACANCIES} target="_blank" rel="noopener">
                Browse open vacancies on EU Careers
              </a>
            </li>
            <li>
              <a href={optionsUrl}>Review or complete your full profile</a>
            </li>
            <li>
              <a href={trackerUrl}>Track deadlines</a> — save a notice from its card and get reminders.
            </li>
          </ul>
        </section>
      )}
    </main>
  );
}
