/**
 * Sync between browsers, on the tracker page: off until the user turns it on, with the one sentence
 * on what leaves the machine and where it goes; then the state, the space used, the notices kept on
 * this browser only (and why), and the conflicts to settle. Talks to the background through a
 * client (messageSyncClient in the extension, anything in tests).
 */
import { useEffect, useState } from 'preact/hooks';
import { LOCAL_ONLY_REASONS, SYNC_DISCLOSURE, type SyncStatus } from '../../lib/sync';

export interface SyncClient {
  status(): Promise<SyncStatus>;
  setEnabled(enabled: boolean, removeSynced?: boolean): Promise<SyncStatus>;
  /** Keep the value shown for a conflict. */
  resolve(entry: string, field: string): Promise<SyncStatus>;
}

/** The client for the extension: the typed messages of lib/messages.ts. */
export function messageSyncClient(send: (message: unknown) => Promise<unknown>): SyncClient {
  const ask = async (message: unknown): Promise<SyncStatus> => {
    const answer = (await send(message)) as SyncStatus | { error: string } | undefined;
    if (!answer || 'error' in answer) throw new Error(answer?.error ?? 'the extension did not answer');
    return answer;
  };
  return {
    status: () => ask({ type: 'sync-status' }),
    setEnabled: (enabled, removeSynced) => ask({ type: 'sync-set-enabled', enabled, removeSynced }),
    resolve: (entry, field) => ask({ type: 'sync-resolve', entry, field }),
  };
}

export interface SyncSettingsProps {
  client: SyncClient;
  /** Asked before removing the copy in the browser account. */
  confirm?: (message: string) => boolean | Promise<boolean>;
}

function kB(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} kB`;
}

export function SyncSettings({ client, confirm }: SyncSettingsProps) {
  const [status, setStatus] = useState<SyncStatus | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    client.status().then(setStatus, (e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  }, [client]);

  const act = async (work: () => Promise<SyncStatus>) => {
    setBusy(true);
    setError(null);
    try {
      setStatus(await work());
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  const turnOff = async (removeSynced: boolean) => {
    if (
      removeSynced &&
      confirm &&
      !(await confirm(
        'Remove the copy in your browser account? Every browser keeps its own tracker; they stop exchanging changes.',
      ))
    )
      return;
    await act(() => client.setEnabled(false, removeSynced));
  };

  return (
    <section class="section sync-settings" aria-labelledby="sync-settings-title">
      <h2 id="sync-settings-title">Sync between your browsers</h2>
      <p class="hint sync-disclosure">{SYNC_DISCLOSURE}</p>
      {status === null && !error && <p>Reading the sync settings…</p>}
      {status !== null && !status.enabled && (
        <button
          type="button"
          class="button button-primary"
          disabled={busy}
          onClick={() => act(() => client.setEnabled(true))}
        >
          Turn on sync
        </button>
      )}
      {status?.enabled && (
        <>
          <p role="status">
            {status.state === 'error'
              ? 'Sync: not written this time.'
              : status.state === 'waiting'
                ? 'Sync: on, changes waiting.'
                : 'Sync: on.'}{' '}
            {status.lastSyncAt && <>Last round {new Date(status.lastSyncAt).toLocaleString()}. </>}
            {status.synced} notice{status.synced === 1 ? '' : 's'} synced, {kB(status.usage.bytes)} of{' '}
            {kB(status.usage.quotaBytes)} used.
          </p>
          {status.message && <p class="sync-message">{status.message}</p>}
          <p>
            <button
              type="button"
              class="button button-secondary"
              disabled={busy}
              onClick={() => turnOff(false)}
            >
              Turn off sync
            </button>{' '}
            <button
              type="button"
              class="button button-secondary"
              disabled={busy}
              onClick={() => turnOff(true)}
            >
              Turn off and remove the copy in my browser account
            </button>
          </p>
        </>
      )}
      {error && <p role="alert">Sync: {error}</p>}
      {status?.enabled && status.localOnly.length > 0 && (
        <details open>
          <summary>
            {status.localOnly.length} notice{status.localOnly.length === 1 ? '' : 's'} kept on this browser
            only
          </summary>
          <ul class="sync-local-only">
            {status.localOnly.map((item) => (
              <li key={item.id}>
                <bdi>{item.title}</bdi> — {LOCAL_ONLY_REASONS[item.reason]}.
              </li>
            ))}
          </ul>
        </details>
      )}
      {status?.enabled && status.conflicts.length > 0 && (
        <details open>
          <summary>
            {status.conflicts.length} change{status.conflicts.length === 1 ? '' : 's'} made on two browsers at
            once
          </summary>
          <ul class="sync-conflicts">
            {status.conflicts.map((c) => (
              <li key={`${c.key}/${c.field}`}>
                <bdi>{c.title}</bdi>, {c.label}: shown <bdi>{c.shown}</bdi>; also{' '}
                {c.others.map((other, i) => (
                  <span key={i}>
                    {i > 0 && ', '}
                    <bdi>{other}</bdi>
                  </span>
                ))}
                .{' '}
                <button
                  type="button"
                  class="link-button"
                  disabled={busy}
                  onClick={() => act(() => client.resolve(c.key, c.field))}
                >
                  Keep what is shown
                </button>
              </li>
            ))}
          </ul>
          <p>Editing the field in the tracker settles it too.</p>
        </details>
      )}
      {status?.enabled && status.errors.length > 0 && (
        <details>
          <summary>Changes from other browsers that could not be stored here</summary>
          <ul>
            {status.errors.map((e) => (
              <li key={e}>
                <bdi>{e}</bdi>
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
