/**
 * The tracker's three views in the browser: a board move by drag and by keyboard that survives a
 * reload, the table's sorting, each deadline on its day in the calendar, axe on every view (light
 * and dark), screenshots at 1280×800, and the time to the first view with 500 saved notices.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations, card, saveFromCard, shot, useBrowserWithProfile } from './harness';

const env = useBrowserWithProfile();
const REF = 'EC/2026/TAXUD/453922';

/** Copies the saved notice into `count` more records straight into IndexedDB (as lib/db stores them). */
async function seed(page: Page, count: number): Promise<void> {
  await page.evaluate(async (n) => {
    const request = indexedDB.open('vacancy-lens');
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const tx = db.transaction('tracked', 'readwrite');
    const store = tx.objectStore('tracked');
    const all = await new Promise<Record<string, unknown>[]>((resolve) => {
      const q = store.getAll();
      q.onsuccess = () => resolve(q.result as Record<string, unknown>[]);
    });
    const base = all.find((r) => !String(r.id).startsWith('seed-'))!;
    const statuses = ['saved', 'preparing', 'applied', 'interview', 'offer', 'rejected', 'withdrawn'];
    const grades = [['AD5'], ['AST3'], ['AD7', 'AD9'], []];
    const start = Date.now();
    for (let i = 0; i < n; i++) {
      // Deadlines from 20 days ago to a year ahead, at 12:00 UTC (+00:00 offset, a valid reading).
      const at = new Date(start + (i * 7 - 20 * 10) * 3_600_000 * 2.4);
      at.setUTCHours(12, 0, 0, 0);
      const iso = at.toISOString().replace('.000Z', '+00:00');
      const status = statuses[i % statuses.length];
      store.put({
        ...base,
        id: `seed-${i}`,
        reference: `SEED/${i}`,
        url: `https://example.eu/notice/${i}`,
        notice: {
          ...(base.notice as object),
          title: `Seeded notice ${String(i).padStart(3, '0')}`,
          reference: `SEED/${i}`,
          deadline: iso,
          deadlineZone: null,
          grades: grades[i % grades.length],
        },
        status,
        appliedAt: ['saved', 'preparing'].includes(status)
          ? null
          : new Date(start - i * 3_600_000).toISOString(),
        history: undefined,
        version: 1,
        deadlineAt: at.toISOString(),
        matchKeys: [`ref:SEED/${i}`],
      });
    }
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, count);
}

/** Saves the open seed notice from its card, as a user does. */
async function saveOpenNotice(): Promise<void> {
  const notice = await env.browser.context.newPage();
  await notice.goto(`${env.base}/open-notice.html`);
  await saveFromCard(await card(notice));
  await notice.close();
}

async function openTracker(page: Page): Promise<void> {
  await page.goto(`chrome-extension://${env.browser.extensionId}/tracker.html`);
  await page.locator('.tracker-figures').waitFor({ timeout: 10_000 });
}

async function choose(page: Page, view: 'Table' | 'Board' | 'Calendar'): Promise<void> {
  await page.getByRole('button', { name: view, exact: true }).click();
}

const columnOf = (page: Page, ref: string) =>
  page
    .locator('section.board-column', { has: page.locator('.board-card', { hasText: ref }) })
    .getAttribute('data-status');

describe('tracker views', () => {
  it('board moves by drag and by keyboard persist; the table sorts; the calendar shows each deadline on its day; axe clean', async () => {
    await saveOpenNotice();

    const page = await env.browser.context.newPage();
    await page.setViewportSize({ width: 1280, height: 800 });
    await openTracker(page);
    await seed(page, 30);
    await page.reload();
    await page.locator('.tracker-table tbody tr').first().waitFor();
    const title = (
      await page.locator('.tracker-row', { hasText: REF }).locator('.tracker-row__title').innerText()
    ).trim();

    // The table: first view; sorts by status, and back.
    const rows = () => page.locator('.tracker-row .tracker-row__title').allInnerTexts();
    const byDeadline = await rows();
    expect(byDeadline.length).toBe(31);
    await page.getByRole('button', { name: /^Status/ }).click();
    const byStatus = await rows();
    expect(byStatus).not.toEqual(byDeadline);
    const statuses = await page.locator('.tracker-row .status-pill').allInnerTexts();
    const order = ['Saved', 'Preparing', 'Applied', 'Interview', 'Offer', 'Rejected', 'Withdrawn'];
    expect(statuses.map((s) => order.indexOf(s))).toEqual(
      [...statuses.map((s) => order.indexOf(s))].sort((a, b) => a - b),
    );
    expect(await page.locator('th[aria-sort="ascending"]').innerText()).toContain('Status');
    await page.getByRole('button', { name: /^Deadline/ }).click();
    expect(await rows()).toEqual(byDeadline);
    const visibleRows = await page.evaluate(
      () =>
        [...document.querySelectorAll('.tracker-row')].filter((r) => r.getBoundingClientRect().bottom <= 800)
          .length,
    );
    console.log(`table: ${visibleRows} rows within the first 800 px`);
    await shot(page, 'tracker-table-1280x800');
    expect(visibleRows).toBeGreaterThanOrEqual(15);
    expect(await axeViolations(page)).toEqual([]);
    // Details open under the row.
    await page.locator('.tracker-row__toggle', { hasText: title }).click();
    await page.locator('.tracker-details-row .history').waitFor();
    // The verdict was kept when the notice was saved (the background evaluates it then).
    expect(await page.locator('.tracker-details-row .history__verdicts').innerText()).toMatch(
      /Verdict when saved: Eligible/,
    );
    await page.locator('.tracker-details-row .history').scrollIntoViewIfNeeded();
    await shot(page, 'tracker-table-details-1280x800');
    expect(await axeViolations(page)).toEqual([]);
    await page.locator('.tracker-row__toggle', { hasText: title }).click();

    // The board: drag from Saved to Preparing.
    await choose(page, 'Board');
    const cardOf = page.locator('.board-card', { hasText: title });
    expect(await columnOf(page, title)).toBe('saved');
    await cardOf.dragTo(page.locator('section.board-column[data-status="preparing"]'));
    await expect.poll(() => columnOf(page, title)).toBe('preparing');
    await shot(page, 'tracker-board-1280x800');
    expect(await axeViolations(page)).toEqual([]);
    // A drop where the status cannot go is refused.
    await page
      .locator('.board-card', { hasText: title })
      .dragTo(page.locator('section.board-column[data-status="offer"]'));
    // (the column does not accept it: no drop happens, nothing is written)
    await page.waitForTimeout(300);
    expect(await columnOf(page, title)).toBe('preparing');

    await page.reload();
    await page.locator('.tracker-board').waitFor(); // the view is remembered
    expect(await columnOf(page, title)).toBe('preparing');

    // By keyboard: → goes to Applied (the nearest column Preparing may change to).
    await page.locator('.board-card', { hasText: title }).focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => columnOf(page, title)).toBe('applied');
    expect(await page.evaluate(() => document.activeElement?.textContent ?? '')).toContain(title);
    await page.reload();
    await page.locator('.tracker-board').waitFor();
    expect(await columnOf(page, title)).toBe('applied');

    // The calendar: the saved notice's deadline on its day (the browser's zone), and every seeded one.
    await choose(page, 'Calendar');
    const deadlines = await page.evaluate(async () => {
      const request = indexedDB.open('vacancy-lens');
      const db = await new Promise<IDBDatabase>(
        (resolve) => (request.onsuccess = () => resolve(request.result)),
      );
      const q = db.transaction('tracked').objectStore('tracked').getAll();
      const all = await new Promise<Array<{ notice: { title: string; deadline: string } }>>(
        (resolve) => (q.onsuccess = () => resolve(q.result)),
      );
      db.close();
      const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
      const day = new Intl.DateTimeFormat('en-CA', {
        timeZone: zone,
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
      });
      return all.map((r) => ({ title: r.notice.title, day: day.format(new Date(r.notice.deadline)) }));
    });
    let checked = 0;
    for (const month of [...new Set(deadlines.map((d) => d.day.slice(0, 7)))].sort().slice(0, 4)) {
      // Go to that month.
      for (let i = 0; i < 24; i++) {
        const shown = await page.locator('td[data-day]').first().getAttribute('data-day');
        if (shown!.slice(0, 7) === month) break;
        // The navigation's first button goes back a month, the second forward.
        await page
          .locator('.tracker-calendar__nav button')
          .nth(shown!.slice(0, 7) < month ? 1 : 0)
          .click();
      }
      for (const d of deadlines.filter((x) => x.day.slice(0, 7) === month)) {
        const cell = page.locator(`td[data-day="${d.day}"] .calendar-event--deadline`, {
          hasText: d.title.slice(0, 30),
        });
        expect(await cell.count(), `${d.title} on ${d.day}`).toBe(1);
        checked++;
      }
    }
    console.log(`calendar: ${checked} deadlines found on their day`);
    expect(checked).toBeGreaterThan(5);
    await shot(page, 'tracker-calendar-1280x800');
    expect(await axeViolations(page)).toEqual([]);

    // Settings and export: a panel, not above the list.
    await page.getByRole('button', { name: /Settings and export/ }).click();
    await page.getByRole('heading', { name: 'Export and backup' }).waitFor();
    await shot(page, 'tracker-settings-1280x800');
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');

    // Dark mode: every view again.
    await page.emulateMedia({ colorScheme: 'dark' });
    for (const view of ['Table', 'Board', 'Calendar'] as const) {
      await choose(page, view);
      await page.waitForTimeout(100);
      await shot(page, `tracker-${view.toLowerCase()}-dark-1280x800`);
      expect(await axeViolations(page), `${view} in dark mode`).toEqual([]);
    }
    await page.emulateMedia({ colorScheme: 'light' });
    await choose(page, 'Table');
    await page.close();
  });

  it('500 saved notices: time to the first view', async () => {
    await saveOpenNotice();
    const page = await env.browser.context.newPage();
    await page.setViewportSize({ width: 1280, height: 800 });
    await openTracker(page);
    await choose(page, 'Table');
    await seed(page, 500);
    // When the table's rows first appear, measured in the page from the start of navigation.
    await page.addInitScript(() => {
      const w = window as unknown as { __firstView?: number; __allRead?: number };
      new MutationObserver((_l, observer) => {
        if (w.__firstView === undefined && document.querySelector('.tracker-table tbody tr'))
          w.__firstView = performance.now();
        // The figures are drawn once every record is read.
        if (w.__allRead === undefined && document.querySelector('figure.figure')) {
          w.__allRead = performance.now();
          observer.disconnect();
        }
      }).observe(document, { childList: true, subtree: true });
    });
    const times: number[] = [];
    const allRead: number[] = [];
    for (let run = 0; run < 5; run++) {
      await page.reload();
      await page.locator('.tracker-table tbody tr').first().waitFor();
      await page.locator('figure.figure').first().waitFor();
      const [t, all] = await page.evaluate(() => {
        const w = window as unknown as { __firstView: number; __allRead: number };
        return [w.__firstView, w.__allRead];
      });
      times.push(t);
      allRead.push(all);
    }
    await expect.poll(() => page.locator('.tracker-row').count()).toBe(501);
    const rows = await page.locator('.tracker-row').count();
    const sorted = [...times].sort((a, b) => a - b);
    const allSorted = [...allRead].sort((a, b) => a - b);
    console.log(
      `tracker, ${rows} saved notices: first view (table rows in the DOM) at ${times.map((t) => t.toFixed(0)).join(', ')} ms after navigation start, median ${sorted[2].toFixed(0)} ms; every record read and the figures drawn at ${allRead.map((t) => t.toFixed(0)).join(', ')} ms, median ${allSorted[2].toFixed(0)} ms`,
    );
    // The target is ≤ 300 ms (≈ 140 ms on this 2-core machine when idle); timings are printed,
    // not asserted, as they follow the machine's load. What is asserted: the first screen does
    // not wait for the whole read.
    expect(sorted[2]).toBeLessThan(allSorted[2]);
    expect(rows).toBe(501);
    await shot(page, 'tracker-500-1280x800');
    await page.close();
  });
});
