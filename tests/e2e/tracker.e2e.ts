/** The deadline tracker in the browser: save from the overlay, status that survives a reload, calendar export, popup. */
import { readFileSync } from 'node:fs';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { AXE_SOURCE, card, shot, tabIdFor, useBrowserWithProfile } from './harness';

const env = useBrowserWithProfile();

describe('deadline tracker', () => {
  it('saves from the overlay, keeps a status change after reload, exports a calendar the user can import', async () => {
    const page = await env.browser.context.newPage();
    const url = `${env.base}/open-notice.html`;
    await page.goto(url);
    await card(page);
    await (await card(page)).getByRole('button', { name: 'Save to tracker' }).click();
    await (await card(page)).getByText(/Saved to your tracker/).waitFor();
    // Saving again updates instead of duplicating.
    await (await card(page)).getByRole('button', { name: 'Save to tracker' }).click();
    await (await card(page)).getByText(/Already in your tracker/).waitFor();

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
});
