/**
 * The extension on real pages, in Debian's Chromium: the overlay on the seed
 * notices' web pages, evidence highlighting, silence on other pages, the popup,
 * hostile text, accessibility.
 */
import { readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  axeViolations,
  buildSite,
  card,
  cardBox,
  cardFrame,
  EXT_DIR,
  importProfile,
  launch,
  ROOT,
  serve,
  shot,
  tabIdFor,
  type Browser,
} from './harness';

const require = createRequire(import.meta.url);

const SEEDS = ['000', '001', '002', '003', '004'].map((n) => {
  const file = require('node:fs')
    .readdirSync(join(ROOT, 'seeds'))
    .find((f: string) => f.startsWith(n) && f.endsWith('.expected.json'));
  return { n, expected: JSON.parse(readFileSync(join(ROOT, 'seeds', file), 'utf8')) };
});

let browser: Browser;
let server: Server;
let base: string;

beforeAll(async () => {
  const site = buildSite();
  ({ server, base } = await serve(site));
  browser = await launch();
  await importProfile(browser, join(ROOT, 'seeds', 'profile.example.json'));
});

afterAll(async () => {
  await browser?.close();
  server?.close();
});

describe('content script cost', () => {
  it('ships ≤ 12 kB gzip on every page', () => {
    const js = readFileSync(join(EXT_DIR, 'content-scripts', 'content.js'));
    const gz = gzipSync(js).length;
    console.log(
      `content script: ${statSync(join(EXT_DIR, 'content-scripts', 'content.js')).size} B, ${gz} B gzip`,
    );
    expect(gz).toBeLessThanOrEqual(12 * 1024);
  });
});

describe('overlay on the seed notices', () => {
  it.each(SEEDS)('seed $n shows its title, reference, deadline and verdict', async ({ n, expected }) => {
    const page = await browser.context.newPage();
    await page.goto(`${base}/seed-${n}.html`);
    const c = await card(page);
    await expect.poll(() => c.textContent().then((t) => t ?? '')).toContain(expected.reference);
    const text = await c.textContent().then((t) => t ?? '');
    expect(text).toContain(expected.title);
    const deadline = new Date(expected.deadline);
    const brussels = new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Europe/Brussels',
      day: 'numeric',
      month: 'short',
      year: 'numeric',
    }).format(deadline);
    expect(text).toContain(brussels);
    expect(text).toMatch(/Eligible|Not eligible|Check|Closed/);
    await shot(page, `overlay-seed-${n}`);
    await page.close();
  });

  it('highlights the evidence of a value when it is clicked', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${base}/seed-000.html`);
    await card(page);
    await (
      await card(page)
    )
      .getByRole('button', { name: /deadline/i })
      .first()
      .click();
    const highlighted = await page.evaluate(() => {
      const h = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get(
        'vacancy-lens-evidence',
      );
      return h ? [...h].map((r) => r.toString()) : [];
    });
    expect(highlighted.join(' ')).toContain('04/06/2026');
    await page.waitForTimeout(900); // let the smooth scroll finish before the picture
    await shot(page, 'overlay-evidence-highlight');
    await page.close();
  });
});

describe('silence elsewhere', () => {
  const pages = require('node:fs')
    .readdirSync(join(ROOT, 'tests', 'fixtures', 'non-notices'))
    .map((f: string) => f.replace(/\.(md|txt)$/, '.html'));

  it.each(pages as string[])('no overlay and no DOM change on %s', async (name) => {
    const page = await browser.context.newPage();
    await page.goto(`${base}/non/${name}`);
    await page.waitForTimeout(1200);
    expect(await page.locator('#vacancy-lens-overlay').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __mutations: number }).__mutations)).toBe(0);
    await page.close();
  });
});

describe('the mutation probe', () => {
  it('does see the DOM changes the overlay makes on a notice page', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${base}/seed-001.html`);
    await card(page);
    expect(
      await page.evaluate(() => (window as unknown as { __mutations: number }).__mutations),
    ).toBeGreaterThan(0);
    await page.close();
  });
});

describe('single-page navigation', () => {
  it('shows the card when the app navigates to a notice and removes it when it navigates away', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${base}/spa.html`);
    await page.waitForTimeout(800);
    expect(await page.locator('#vacancy-lens-overlay').count()).toBe(0);
    await page.click('#open');
    await card(page);
    await expect
      .poll(async () => (await card(page)).textContent().then((t) => t ?? ''))
      .toContain('CLIMA/COM/2025/814');
    await page.click('#back');
    await expect.poll(() => page.locator('#vacancy-lens-overlay').count(), { timeout: 15_000 }).toBe(0);
    await page.close();
  });
});

describe('hostile page text', () => {
  it('renders markup in notice text as text and runs nothing', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${base}/hostile.html`);
    await card(page);
    // The reader drops tag-like text from a title; whatever remains is text, never markup.
    expect(await (await card(page)).locator('.vl-title').textContent()).toContain('Officer');
    expect(await (await cardFrame(page)).locator('img, script:not([src])').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    await page.close();
  });
});

describe('popup', () => {
  it('matches the overlay and opens fast', async () => {
    const page = await browser.context.newPage();
    const url = `${base}/seed-002.html`;
    await page.goto(url);
    await card(page);
    const overlayText = await (await card(page)).textContent().then((t) => t ?? '');
    const tabId = await tabIdFor(browser, url);
    const popup = await browser.context.newPage();
    await popup.setViewportSize({ width: 380, height: 600 });
    const t0 = Date.now();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${tabId}`);
    await popup.getByText('ICT Officer – Project Manager').waitFor();
    console.log(
      `popup: ready in ${Date.now() - t0} ms (render ${await popup.locator('#app').getAttribute('data-render-ms')} ms)`,
    );
    const popupText = (await popup.locator('#app').textContent()) ?? '';
    for (const s of ['ICT Officer – Project Manager', 'EC/2026/CNECT/510505']) {
      expect(overlayText).toContain(s);
      expect(popupText).toContain(s);
    }
    const verdictOf = (t: string) => /(Eligible|Not eligible|Check|Closed)/.exec(t)?.[1];
    const cardVerdict = verdictOf(await (await card(page)).locator('.vl-verdict__label').innerText());
    expect(cardVerdict).toBeDefined();
    expect(verdictOf(await popup.locator('.vl-verdict__label').innerText())).toBe(cardVerdict);
    await shot(popup, 'popup-seed-002');
    await popup.close();
    await page.close();
  });

  it('says no notice was found on other pages', async () => {
    const page = await browser.context.newPage();
    const url = `${base}/non/cooking-recipe-carbonnade-flamande.html`;
    await page.goto(url);
    const tabId = await tabIdFor(browser, url);
    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${tabId}`);
    await popup.getByText(/no vacancy notice/i).waitFor();
    await popup.close();
    await page.close();
  });
});

describe('accessibility (axe-core)', () => {
  it('the card has no violations', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${base}/seed-000.html`);
    await card(page);
    expect(await axeViolations(await cardFrame(page))).toEqual([]);
    await page.close();
  });

  it('the popup has no violations', async () => {
    const page = await browser.context.newPage();
    const url = `${base}/seed-001.html`;
    await page.goto(url);
    await card(page);
    const tabId = await tabIdFor(browser, url);
    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${tabId}`);
    await popup.locator('.vl-verdict').waitFor();
    const violations = await axeViolations(popup);
    expect(violations).toEqual([]);
    await popup.close();
    await page.close();
  });
});

describe('never covering the notice', () => {
  it('starts as a one-line pill with the verdict and the time left, at 1280 and at 400 px', async () => {
    for (const width of [1280, 400]) {
      const page = await browser.context.newPage();
      await page.setViewportSize({ width, height: 800 });
      await page.goto(`${base}/open-notice.html`);
      const c = await card(page, 15_000, false);
      await expect.poll(() => c.locator('.vl-card__peek').textContent()).toMatch(/days left/);
      expect(await c.locator('.vl-card__toggle').getAttribute('aria-expanded')).toBe('false');
      await expect.poll(async () => (await cardBox(page))?.height ?? 999).toBeLessThanOrEqual(64);
      const box = (await cardBox(page))!;
      expect(box.width).toBeLessThanOrEqual(Math.min(400, width - 24));
      // What it covers at the top right is the site's header bar, not the notice's text.
      const covered = await page.evaluate(({ x, y, width: w, height: h }) => {
        const texts: string[] = [];
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          const range = document.createRange();
          range.selectNodeContents(n);
          for (const r of range.getClientRects())
            if (r.right > x && r.left < x + w && r.bottom > y && r.top < y + h && n.textContent?.trim())
              texts.push(n.textContent.trim());
        }
        return texts;
      }, box);
      expect(
        covered.filter(
          (t) =>
            !/^(European Commission|Home|Jobs at the European Commission|>|Calls for expression of interest)$/.test(
              t,
            ),
        ),
      ).toEqual([]);
      await shot(page, `overlay-pill-${width}`);
      await page.close();
    }
  });

  it('the side panel shows the same card, and its evidence buttons highlight the page', async () => {
    const page = await browser.context.newPage();
    const url = `${base}/seed-000.html`;
    await page.goto(url);
    await card(page, 15_000, false);
    const tabId = await tabIdFor(browser, url);
    const panel = await browser.context.newPage();
    await panel.setViewportSize({ width: 400, height: 800 });
    await panel.goto(`chrome-extension://${browser.extensionId}/sidepanel.html?tab=${tabId}`);
    const c = panel.locator('.vl-card');
    await c.waitFor();
    await expect.poll(() => c.textContent()).toContain('EC/2026/TAXUD/453922');
    await c
      .getByRole('button', { name: /deadline/i })
      .first()
      .click();
    await expect
      .poll(() =>
        page.evaluate(() => {
          const h = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get(
            'vacancy-lens-evidence',
          );
          return h ? [...h].map((r) => r.toString()).join(' ') : '';
        }),
      )
      .toContain('04/06/2026');
    await shot(panel, 'side-panel-seed-000');
    await panel.close();
    await page.close();
  });
});

describe('themes, sizes and timings', () => {
  it.each([
    ['light', 1280],
    ['dark', 1280],
    ['light', 400],
    ['dark', 400],
  ] as const)(
    'card and popup in %s at %i px: verdict and failing rule visible without scrolling, axe clean',
    async (scheme, width) => {
      const page = await browser.context.newPage();
      await page.setViewportSize({ width, height: 800 });
      await page.emulateMedia({ colorScheme: scheme });
      const t0 = Date.now();
      await page.goto(`${base}/open-notice.html`);
      const c = await card(page, 15_000, false);
      await c.locator('.vl-card__peek').waitFor();
      const pillMs = Date.now() - t0;
      await c.locator('.vl-card__toggle').click();
      const frame = await cardFrame(page);
      // The verdict and the first blocking rule (or the deadline when none blocks) sit in the first 300 px.
      const top = await frame.evaluate(() => {
        const y = (sel: string) => document.querySelector(sel)?.getBoundingClientRect().bottom ?? Infinity;
        return {
          verdict: y('.vl-verdict'),
          first: Math.min(y('.vl-first .vl-criterion'), y('.vl-first .vl-deadline')),
        };
      });
      expect(top.verdict).toBeLessThanOrEqual(300);
      expect(top.first).toBeLessThanOrEqual(420);
      expect(await axeViolations(frame)).toEqual([]);
      await shot(page, `card-${scheme}-${width}`);

      const tabId = await tabIdFor(browser, page.url());
      const popup = await browser.context.newPage();
      await popup.setViewportSize({ width: 380, height: 600 });
      await popup.emulateMedia({ colorScheme: scheme });
      const p0 = Date.now();
      await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${tabId}`);
      await popup.locator('.vl-verdict').waitFor();
      const popupMs = Date.now() - p0;
      const save = await popup.getByRole('button', { name: 'Save to tracker' }).boundingBox();
      expect(save && save.y + save.height).toBeLessThanOrEqual(600);
      expect(await axeViolations(popup)).toEqual([]);
      await shot(popup, `popup-${scheme}`);
      console.log(
        `${scheme} ${width}px: pill shown ${pillMs} ms after navigation; popup ready in ${popupMs} ms`,
      );
      await popup.close();
      await page.close();
    },
  );
});

describe('hiding the card', () => {
  it('"×" can be undone on the spot, and later from the popup', async () => {
    const page = await browser.context.newPage();
    const url = `${base}/seed-004.html`;
    await page.goto(url);
    const c = await card(page);
    const frame = await cardFrame(page);
    await c.getByRole('button', { name: 'Hide for this notice' }).click();
    await frame.getByText('Hidden for this notice').waitFor();
    await frame.getByRole('button', { name: 'Undo' }).click();
    await frame.locator('.vl-card__toggle').waitFor();
    // Hidden for good this time: the frame goes after the undo delay.
    await frame.getByRole('button', { name: 'Hide for this notice' }).click();
    await expect.poll(async () => (await cardBox(page)) === null, { timeout: 12_000 }).toBe(true);
    const tabId = await tabIdFor(browser, url);
    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${tabId}`);
    await popup.getByRole('button', { name: 'Show the card on the page' }).click();
    await expect.poll(async () => (await cardBox(page)) !== null, { timeout: 10_000 }).toBe(true);
    await popup.close().catch(() => undefined);
    await page.close();
  });
});
