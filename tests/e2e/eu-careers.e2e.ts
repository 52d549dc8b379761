/** EU Careers pages in the browser: structured fields, the linked notice, changed markup, listings. */
import { describe, expect, it } from 'vitest';
import { card, shot, useBrowserWithProfile } from './harness';

const env = useBrowserWithProfile();

describe('EU Careers vacancy detail page', () => {
  it('uses the labelled fields and says the official notice is a PDF', async () => {
    const page = await env.browser.context.newPage();
    await page.goto(`${env.euBase}/sites/eu-careers-detail.html`);
    const c = await card(page);
    const text = await c.textContent().then((t) => t ?? '');
    expect(text).toContain('ENISA/2026/TA/07');
    expect(text).toContain('Wed, 12 Aug 2026, 23:59 CEST');
    expect(text).toMatch(/official notice is a PDF/);
    await shot(page, 'eu-careers-detail');
    await page.close();
  });

  it('reads the linked notice and shows where page and notice disagree', async () => {
    const page = await env.browser.context.newPage();
    await page.goto(`${env.euBase}/sites/eu-careers-detail-html-notice.html`);
    const c = await card(page);
    await expect.poll(() => c.textContent().then((t) => t ?? '')).toMatch(/disagree/);
    const text = await c.textContent().then((t) => t ?? '');
    expect(text).toContain('ENISA-CA-FGIV-2026-05');
    expect(text).toMatch(/Requirements read from the official notice/);
    await shot(page, 'eu-careers-disagreement');
    await page.close();
  });

  it('says the labels of a page whose markup changed could not be read, and falls back to its text', async () => {
    const page = await env.browser.context.newPage();
    await page.goto(`${env.euBase}/sites/eu-careers-detail-changed.html`);
    const c = await card(page);
    const text = await c.textContent().then((t) => t ?? '');
    expect(text).toMatch(/could not be read/i);
    expect(text).toMatch(/come from the page's text/);
    // The text reader's reading stands (never less than the text reader): the reference is in the text.
    expect(text).toContain('ENISA/2026/TA/07');
    await shot(page, 'eu-careers-changed');
    await page.close();
  });
});

describe('EU Careers listing page', () => {
  it('annotates each row with the days left, and nothing from the profile', async () => {
    const page = await env.browser.context.newPage();
    await page.goto(`${env.euBase}/sites/eu-careers-listing-live.html`);
    const notes = page.locator('[data-vacancy-lens-row]');
    await expect.poll(() => notes.count(), { timeout: 15_000 }).toBeGreaterThanOrEqual(8);
    const all = await notes.allTextContents();
    expect(all.some((t) => /closed/.test(t))).toBe(true);
    expect(all.some((t) => /days? left/.test(t))).toBe(true);
    // Whether the candidate's CAST fits a row is profile data: the page could read it, so it is not written.
    expect(all.some((t) => /CAST/.test(t))).toBe(false);
    expect(await page.locator('#vacancy-lens-overlay').count()).toBe(0);
    await shot(page, 'eu-careers-listing');
    await page.close();
  });
});
