/**
 * "Clear analysed notices": the background keeps what the reader found on the pages the user
 * visited (a bounded cache: lib/db notices-store). The user can see that it exists and empty
 * it. Pure: clearing and confirming come in as props (the entrypoint sends a typed message).
 */
import { useId, useState } from 'preact/hooks';

export interface AnalysedNoticesProps {
  /** Empties the store; resolves to how many records there were. */
  onClear: () => Promise<{ removed: number }>;
  /** Asked before clearing; false keeps them. */
  confirm: (message: string) => boolean | Promise<boolean>;
  maxRecords: number;
  maxAgeDays: number;
}

type ClearState =
  | { kind: 'idle' }
  | { kind: 'clearing' }
  | { kind: 'cleared'; removed: number }
  | { kind: 'failed'; message: string };

export function AnalysedNotices({ onClear, confirm, maxRecords, maxAgeDays }: AnalysedNoticesProps) {
  const id = useId();
  const [state, setState] = useState<ClearState>({ kind: 'idle' });

  async function clear() {
    const ok = await confirm(
      'Clear the analysed notices? Vacancy Lens forgets what it read on the pages you visited. Your saved notices, notes and profile are kept.',
    );
    if (!ok) return;
    setState({ kind: 'clearing' });
    try {
      setState({ kind: 'cleared', ...(await onClear()) });
    } catch (error) {
      setState({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  }

  return (
    <section class="section analysed-notices" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Analysed notices</h2>
      <p class="hint">
        To show the card quickly, Vacancy Lens keeps what it read on the vacancy pages you visited: the{' '}
        {maxRecords} most recent, for {maxAgeDays} days (longer for notices you saved here). They stay on this
        computer and are not in backups. Your saved notices above do not depend on them.
      </p>
      <button
        type="button"
        class="button button-secondary"
        disabled={state.kind === 'clearing'}
        onClick={() => void clear()}
      >
        Clear analysed notices
      </button>
      <p
        role={state.kind === 'failed' ? 'alert' : 'status'}
        class={state.kind === 'failed' ? 'field-error' : 'hint'}
      >
        {state.kind === 'clearing' && 'Clearing…'}
        {state.kind === 'cleared' &&
          (state.removed === 0
            ? 'There were no analysed notices to clear.'
            : `Cleared ${state.removed} analysed notice${state.removed === 1 ? '' : 's'}.`)}
        {state.kind === 'failed' && `The analysed notices were not cleared: ${state.message}`}
      </p>
    </section>
  );
}
