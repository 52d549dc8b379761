/** Reminder notifications (entrypoints/background/reminders.ts) show notice titles without bidi controls. */
import { fakeBrowser } from 'wxt/testing';
import { browser } from 'wxt/browser';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { notifyReminder } from '../../entrypoints/background/reminders';

afterEach(() => {
  vi.restoreAllMocks();
  fakeBrowser.reset();
});

describe('notifyReminder', () => {
  it('removes bidi controls from the label it shows', async () => {
    await browser.storage.local.set({
      reminderLabels: { 'a:7d': 'IT Officer \u202Efdp.exe\u202C closes in 7 days' },
    });
    const create = vi.fn(async () => 'id');
    vi.spyOn(browser.notifications, 'create').mockImplementation(create as never);
    vi.spyOn(browser.runtime, 'getURL').mockImplementation(
      ((path: string) => `chrome-extension://x${path}`) as never,
    );
    await notifyReminder('reminder:a:7d');
    expect(create).toHaveBeenCalledTimes(1);
    const [, options] = create.mock.calls[0] as unknown as [string, { message: string }];
    expect(options.message).toBe('IT Officer fdp.exe closes in 7 days');
  });
});
