/**
 * Sync between browsers, in the browser: the user turns it on from the tracker's settings; the
 * extension's background writes the tracker and the profile to the browser's own storage.sync (no
 * snapshot), and merges what another browser wrote there. The other browser is the same sync
 * engine (lib/sync) run here in Node on a copy of storage.sync, as Chromium's sync service would
 * carry it: what it writes is put into this browser's storage.sync, and the background must take
 * it in by itself (its storage.onChanged round), into IndexedDB and onto the tracker page.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { makeBrowser, runRound, typicalRecord } from '../sync/helpers';
import { axeViolations, card, saveFromCard, shot, storedTracked, useBrowserWithProfile } from './harness';

const env = useBrowserWithProfile();
const REFERENCE = 'EC/2026/TAXUD/453922';

/** What this browser's storage.sync holds (read in the extension's own origin). */
function syncItems(): Promise<Record<string, unknown>> {
  return env.browser.worker.evaluate(() =>
    (
      globalThis as unknown as {
        chrome: { storage: { sync: { get(k: null): Promise<Record<string, unknown>> } } };
      }
    ).chrome.storage.sync.get(null),
  );
}

/** Another browser's writes arriving through the sync service. */
function receive(items: Record<string, unknown>): Promise<void> {
  return env.browser.worker.evaluate(
    (set) =>
      (
        globalThis as unknown as { chrome: { storage: { sync: { set(i: unknown): Promise<void> } } } }
      ).chrome.storage.sync.set(set),
    items,
  );
}

const trackedRecords = () => storedTracked(env.browser);

async function openSettings(page: Page): Promise<void> {
  await page.goto(`chrome-extension://${env.browser.extensionId}/tracker.html`);
  await page.getByRole('button', { name: /Settings and export/ }).click();
  await page.getByRole('heading', { name: 'Sync between your browsers' }).waitFor();
}

describe('sync between browsers (storage.sync)', () => {
  it('off until turned on; then the tracker and profile go to storage.sync without the saved text, and another browser’s edits and notices come back into the tracker', async () => {
    const notice = await env.browser.context.newPage();
    await notice.goto(`${env.base}/open-notice.html`);
    await saveFromCard(await card(notice));
    await notice.close();

    const page = await env.browser.context.newPage();
    await page.setViewportSize({ width: 1280, height: 800 });
    await openSettings(page);
    // Off by default: nothing has left the machine, and the user is told what would.
    expect(Object.keys(await syncItems())).toEqual([]);
    const disclosure = await page.locator('.sync-disclosure').innerText();
    expect(disclosure).toMatch(/without their saved text/);
    expect(disclosure).toMatch(/nothing goes to Vacancy Lens/);
    await page.getByRole('button', { name: 'Turn on sync' }).click();
    await page.getByText(/Sync: on\./).waitFor({ timeout: 10_000 });
    expect(await page.getByRole('status').filter({ hasText: 'Sync: on.' }).innerText()).toMatch(
      /1 notice synced/,
    );

    // What is in the browser account now: the notice's metadata and the profile, never the notice's text.
    const items = await syncItems();
    const text = JSON.stringify(items);
    expect(Object.keys(items).some((k) => k.startsWith('r1:'))).toBe(true);
    expect(text).toContain(REFERENCE);
    expect(text).not.toContain('political scientists and lawyers'); // a sentence of the saved notice text
    for (const [key, value] of Object.entries(items))
      expect(new TextEncoder().encode(key + JSON.stringify(value)).length).toBeLessThanOrEqual(8192);
    await page.getByRole('heading', { name: 'Sync between your browsers' }).scrollIntoViewIfNeeded();
    await shot(page, 'sync-on');
    expect(await axeViolations(page)).toEqual([]);

    // The other browser (the laptop) receives it, including the profile.
    const laptop = makeBrowser('laptop', 'lptp');
    laptop.storage = new Map(Object.entries(items));
    runRound(laptop, Date.now());
    const mine = [...laptop.records.values()].find((r) => r.reference === REFERENCE);
    expect(mine).toBeDefined();
    expect(mine!.snapshot).toBe('');
    expect(laptop.profile?.nationalities).toBeDefined();
    // There the candidate marks it applied with a note, and saves another notice.
    laptop.records.set(mine!.id, { ...mine!, status: 'applied', notes: 'Sent from the laptop' });
    const other = typicalRecord(7);
    laptop.records.set(other.id, { ...other, status: 'saved', appliedAt: null, notes: '' });
    runRound(laptop, Date.now() + 1000);
    await receive(Object.fromEntries(laptop.storage));

    // This browser's background takes it in by itself.
    await expect
      .poll(
        async () => {
          const records = await trackedRecords();
          const here = records.find((r) => r.reference === REFERENCE);
          return `${here?.status}|${here?.notes}|${records.some((r) => r.reference === 'EPSO/AD/407/26')}`;
        },
        { timeout: 20_000 },
      )
      .toBe('applied|Sent from the laptop|true');
    await page.reload();
    const row = page.locator('.tracker-row', { hasText: REFERENCE });
    await row.waitFor();
    expect(await row.locator('.status-pill').innerText()).toBe('Applied');
    await page.locator('.tracker-row', { hasText: 'EPSO/AD/407/26' }).waitFor();

    // Both browsers change the notes at once: both texts are kept, and the settings list the conflict.
    await row.locator('.tracker-row__toggle').click();
    const item = page.locator('article', { hasText: REFERENCE });
    const notes = item.getByLabel('Notes');
    await notes.fill('Interview on 3 June (desktop)');
    await item.getByRole('button', { name: 'Save notes' }).click();
    await expect
      .poll(async () => JSON.stringify(await syncItems()), { timeout: 20_000 })
      .toContain('(desktop)');
    laptop.records.set(mine!.id, { ...laptop.records.get(mine!.id)!, notes: 'Bring the diplomas (laptop)' });
    runRound(laptop, Date.now() + 2000); // the laptop had not seen the desktop's note yet
    const fromLaptop = Object.fromEntries([...laptop.storage].filter(([k]) => k.startsWith('r1:')));
    await receive(fromLaptop);
    await expect
      .poll(async () => (await trackedRecords()).find((r) => r.reference === REFERENCE)?.notes, {
        timeout: 20_000,
      })
      .toMatch(/\(laptop\)[\s\S]*\(desktop\)|\(desktop\)[\s\S]*\(laptop\)/);
    await openSettings(page);
    const conflicts = page.locator('.sync-conflicts');
    await conflicts.waitFor({ timeout: 10_000 });
    expect(await conflicts.innerText()).toMatch(/notes: shown both texts/);
    await conflicts.scrollIntoViewIfNeeded();
    await shot(page, 'sync-conflict');
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });
});
