// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SyncSettings, messageSyncClient, type SyncClient } from '../../components/tracker/SyncSettings';
import { offStatus, SYNC_DISCLOSURE, type SyncStatus } from '../../lib/sync';

afterEach(cleanup);

const on: SyncStatus = {
  ...offStatus(),
  enabled: true,
  state: 'ok',
  message: 'Sync storage is full (100 kB): 1 notice stay on this browser only (listed below).',
  lastSyncAt: '2026-05-01T10:00:00.000Z',
  synced: 3,
  usage: { bytes: 2048, items: 4, quotaBytes: 102400, maxItems: 512 },
  localOnly: [{ id: 'old', title: 'Old closed notice', reason: 'no-space', bytes: 700 }],
  conflicts: [
    {
      key: 'r1:n1',
      id: 'n1',
      title: 'IT Officer',
      field: 's',
      label: 'status',
      shown: 'applied',
      others: ['withdrawn'],
    },
  ],
};

function client(initial: SyncStatus): SyncClient & { calls: unknown[][] } {
  const calls: unknown[][] = [];
  return {
    calls,
    status: vi.fn(async () => initial),
    setEnabled: vi.fn(async (enabled: boolean, removeSynced?: boolean) => {
      calls.push(['setEnabled', enabled, removeSynced]);
      return enabled ? on : offStatus();
    }),
    resolve: vi.fn(async (entry: string, field: string) => {
      calls.push(['resolve', entry, field]);
      return { ...on, conflicts: [] };
    }),
  };
}

describe('SyncSettings', () => {
  it('is off until the user turns it on, and says in one sentence what leaves the machine', async () => {
    const c = client(offStatus());
    render(<SyncSettings client={c} />);
    expect(screen.getByText(SYNC_DISCLOSURE)).toBeTruthy();
    expect(SYNC_DISCLOSURE).toContain('nothing goes to Vacancy Lens');
    fireEvent.click(await screen.findByRole('button', { name: 'Turn on sync' }));
    await screen.findByText(/3 notices synced/);
    expect(c.calls).toEqual([['setEnabled', true, undefined]]);
  });

  it('shows the quota message, the notices kept local, and the conflicts with a way to settle them', async () => {
    const c = client(on);
    render(<SyncSettings client={c} />);
    await screen.findByText(/Sync storage is full/);
    expect(screen.getByText('Old closed notice')).toBeTruthy();
    expect(
      screen.getByText(/closed, withdrawn and rejected notices stay on this browser first/),
    ).toBeTruthy();
    expect(screen.getByText('withdrawn')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Keep what is shown' }));
    await waitFor(() => expect(c.calls).toEqual([['resolve', 'r1:n1', 's']]));
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Keep what is shown' })).toBeNull());
  });

  it('sends the typed messages', async () => {
    const send = vi.fn(async () => on);
    const m = messageSyncClient(send);
    await m.setEnabled(false, true);
    await m.resolve('r1:x', 'n');
    expect(send.mock.calls).toEqual([
      [{ type: 'sync-set-enabled', enabled: false, removeSynced: true }],
      [{ type: 'sync-resolve', entry: 'r1:x', field: 'n' }],
    ]);
    await expect(messageSyncClient(async () => ({ error: 'nope' })).status()).rejects.toThrow('nope');
  });
});
