/** The deadline tracker in the browser: save from the overlay, status that survives a reload, calendar export, popup. */
import { readFileSync } from 'node:fs';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import {
  AXE_SOURCE,
  axeViolations,
  card,
  cardBox,
  saveFromCard,
  shot,
  storedTracked,
  tabIdFor,
  useBrowserWithProfile,
} from './harness';

const env = useBrowserWithProfile();

describe('deadline tracker', () => {
  it('saves from the overlay, keeps a status change after reload, exports a calendar the user can import', async () => {
    const page = await env.browser.context.newPage();
    const url = `${env.base}/open-notice.html`;
    await page.goto(url);
    await (await card(page)).getByRole('button', { name: 'Save to tracker' }).click();
    await (await card(page)).getByText(/Saved to your tracker/).waitFor();
    // Seen again: the card says it is saved, and there is nothing to save twice.
    await page.reload();
    const again = await card(page);
    await again.getByText(/In your tracker since .* · Saved/).waitFor();
    expect(await again.getByRole('button', { name: 'Save to tracker' }).count()).toBe(0);

    const tracker = await env.browser.context.newPage();
    await tracker.goto(`chrome-extension://${env.browser.extensionId}/tracker.html`);
    // One row in the table; its details (status, notes…) open beneath it.
    const row = tracker.locator('.tracker-row', { hasText: 'EC/2026/TAXUD/453922' });
    await row.waitFor({ timeout: 10_000 });
    expect(await row.count()).toBe(1);
    await row.locator('.tracker-row__toggle').click();
    const item = tracker.locator('article', { hasText: 'EC/2026/TAXUD/453922' });
    await item.waitFor({ timeout: 10_000 });
    expect(await tracker.locator('article', { hasText: 'EC/2026/TAXUD/453922' }).count()).toBe(1);
    await item.getByLabel('Status').selectOption('preparing');
    await tracker.waitForTimeout(500);
    await tracker.reload();
    await tracker
      .locator('.tracker-row', { hasText: 'EC/2026/TAXUD/453922' })
      .locator('.tracker-row__toggle')
      .click();
    await tracker.locator('article', { hasText: 'EC/2026/TAXUD/453922' }).waitFor();
    expect(
      await tracker.locator('article', { hasText: 'EC/2026/TAXUD/453922' }).getByLabel('Status').inputValue(),
    ).toBe('preparing');

    await tracker.getByRole('button', { name: /Settings and export/ }).click();
    const [download] = await Promise.all([
      tracker.waitForEvent('download'),
      tracker.getByRole('button', { name: /Calendar: all deadlines/ }).click(),
    ]);
    const ics = readFileSync((await download.path())!, 'utf8');
    const vevent = new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent('vevent')!;
    const start = vevent.getFirstPropertyValue('dtstart') as ICAL.Time;
    const brusselsNoon = new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Europe/Brussels',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    }).format(start.toJSDate());
    expect(brusselsNoon).toBe('12:00');
    expect(vevent.getFirstSubcomponent('valarm')).not.toBeNull();
    await shot(tracker, 'tracker');

    await tracker.evaluate(AXE_SOURCE);
    const violations = await tracker.evaluate(async () => {
      const axe = (
        window as unknown as {
          axe: { run(ctx: unknown, o: unknown): Promise<{ violations: Array<{ id: string }> }> };
        }
      ).axe;
      return (await axe.run(document, { resultTypes: ['violations'] })).violations.map((v) => v.id);
    });
    expect(violations).toEqual([]);

    // The popup lists the next deadlines from the tracker.
    const tabId = await tabIdFor(env.browser, url);
    const popup = await env.browser.context.newPage();
    await popup.goto(`chrome-extension://${env.browser.extensionId}/popup.html?tab=${tabId}`);
    await popup.getByText('Next deadlines in your tracker').waitFor();
    expect(await popup.locator('.vl-upcoming').innerText()).toContain('IT service assistant');
    await shot(popup, 'popup-with-upcoming');
    await popup.close();
    await tracker.close();
    await page.close();
  });

  it('a saved notice seen again with a later deadline: noted, not written over the saved copy, until the user updates it', async () => {
    const reference = 'EC/2026/TAXUD/453922';
    const original = await env.browser.context.newPage();
    await original.goto(`${env.base}/open-notice.html`);
    await saveFromCard(await card(original));
    await original.close();
    const before = await savedDeadline(reference);

    const page = await env.browser.context.newPage();
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(`${env.base}/open-notice-extended.html`);
    const c = await card(page);
    const note = c.getByRole('note').filter({ hasText: 'This notice differs from the copy you saved' });
    await note.waitFor();
    expect(await note.innerText()).toMatch(/Deadline: saved “.+ 12:00 CES?T .+”, now “.+ 12:00 CES?T .+”/);
    await expect.poll(async () => (await cardBox(page))?.height ?? 0).toBeGreaterThan(300);
    await page.waitForTimeout(500); // the card's frame paints after it is resized
    await shot(page, 'card-seen-again-changed');
    // Nothing of the saved copy moved; the sighting is recorded beside it.
    expect(await savedDeadline(reference)).toBe(before);

    const tracker = await env.browser.context.newPage();
    await tracker.goto(`chrome-extension://${env.browser.extensionId}/tracker.html`);
    const row = tracker.locator('.tracker-row', { hasText: reference });
    await row.getByText('changed on the notice').waitFor({ timeout: 10_000 });
    await row.locator('.tracker-row__toggle').click();
    const item = tracker.locator('article', { hasText: reference });
    await item.getByText('The notice differs from your saved copy').waitFor();
    expect(await item.innerText()).toContain('open-notice-extended.html');
    await shot(tracker, 'tracker-seen-again');
    expect(await axeViolations(tracker)).toEqual([]);

    // The user takes the new deadline from the card: saved, and the tracker no longer flags it.
    await c.getByRole('button', { name: 'Update the saved copy' }).click();
    await c.getByText(/Updated in your tracker\. The deadline changed/).waitFor();
    await c.getByText(/In your tracker since/).waitFor();
    expect(Date.parse((await savedDeadline(reference))!) - Date.parse(before!)).toBe(14 * 86_400_000);
    await tracker.reload();
    await tracker.locator('.tracker-row', { hasText: reference }).waitFor();
    expect(await tracker.getByText('changed on the notice').count()).toBe(0);
    await tracker.close();
    await page.close();
  });
});

/** The saved deadline of a tracked notice. */
async function savedDeadline(reference: string): Promise<string | null> {
  return (await storedTracked(env.browser)).find((r) => r.reference === reference)?.notice.deadline ?? null;
}
