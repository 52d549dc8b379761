/**
 * End-to-end harness: serves fixture pages from 127.0.0.1, launches Debian's
 * Chromium with the e2e build of the extension (which also matches 127.0.0.1),
 * and offers the few helpers the tests need. See ../../shared/RECIPE.md.
 */
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { createRequire } from 'node:module';
import {
  chromium,
  type BrowserContext,
  type Frame,
  type Locator,
  type Page,
  type Worker,
} from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { commissionPage, noticeToHtml, writeSeedPages } from '../../scripts/seed-pages';

// The service worker has `chrome`; this file only passes functions to it.
declare const chrome: { tabs: { query(q: object): Promise<Array<{ id?: number; url?: string }>> } };

export const ROOT = join(import.meta.dirname, '..', '..');
/** The extension under test (VL_EXT_DIR: another build, e.g. an older one to show an attack test fails on it). */
export const EXT_DIR = process.env.VL_EXT_DIR ?? join(ROOT, '.output-e2e', 'chrome-mv3');
export const ARTIFACTS = join(ROOT, 'test-results', 'e2e');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.pdf': 'application/pdf',
  '.json': 'application/json',
};

/** Records DOM mutations from the very start of the page, to prove the extension changed nothing. */
/** Counts DOM mutations once the parser is done (DOMContentLoaded), i.e. anything a script does afterwards. */
const MUTATION_PROBE = `<script>window.__mutations = 0; document.addEventListener('DOMContentLoaded', () => new MutationObserver((l) => { window.__mutations += l.length; }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true }));</script>`;

function withProbe(html: string): string {
  return html.includes('<head>') ? html.replace('<head>', `<head>${MUTATION_PROBE}`) : MUTATION_PROBE + html;
}

const brusselsText = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Brussels', day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
}); // prettier-ignore

/** Moves every `<time datetime>` but the first one year later, rewriting its Brussels-time text to match. */
export function shiftDeadlines(html: string): string {
  let n = 0;
  return html.replace(
    /<time datetime="([^"]+)"([^>]*)>[^<]*<\/time>/g,
    (whole, iso: string, rest: string) => {
      if (n++ === 0) return whole;
      const t = new Date(Date.parse(iso) + 365 * 86_400_000);
      const p = Object.fromEntries(brusselsText.formatToParts(t).map((x) => [x.type, x.value]));
      return `<time datetime="${t.toISOString().replace('.000', '')}"${rest}>${p.day}/${p.month}/${p.year} - ${p.hour}:${p.minute}</time>`;
    },
  );
}

/** Builds the site the tests browse: seed pages, non-notice pages, a hostile page. */
export function buildSite(): string {
  const dir = mkdtempSync(join(tmpdir(), 'vl-site-'));
  writeSeedPages(join(ROOT, 'seeds'), dir);
  const nonDir = join(ROOT, 'tests', 'fixtures', 'non-notices');
  mkdirSync(join(dir, 'non'), { recursive: true });
  for (const f of readdirSync(nonDir)) {
    const text = readFileSync(join(nonDir, f), 'utf8');
    // Private and national employers' pages are served as what they are, not in EU branding.
    const html = f.endsWith('.html')
      ? text
      : /^(private|national)-/.test(f)
        ? `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${f}</title></head><body>${noticeToHtml(text)}</body></html>`
        : commissionPage(f, noticeToHtml(text));
    writeFileSync(join(dir, 'non', f.replace(/\.(md|txt)$/, '.html')), html);
  }
  // A single-page app: the "page" changes by history.pushState, not by loading a document.
  const spaNotice = noticeToHtml(readFileSync(join(ROOT, 'seeds', '001_bcb9272260b6f462.txt'), 'utf8'));
  writeFileSync(
    join(dir, 'spa.html'),
    commissionPage(
      'Jobs app',
      `<div id="view"><p>Welcome to our jobs app.</p><a id="open" href="/spa/notice">Open the vacancy</a></div>
<template id="notice">${spaNotice}<a id="back" href="/spa.html">Back to the list</a></template>
<script>
  const view = document.getElementById('view');
  const home = view.innerHTML;
  document.addEventListener('click', (e) => {
    const a = e.target.closest('a');
    if (!a || (a.id !== 'open' && a.id !== 'back')) return;
    e.preventDefault();
    history.pushState({}, '', a.getAttribute('href'));
    view.innerHTML = a.id === 'open' ? document.getElementById('notice').innerHTML : home;
  });
</script>`,
    ),
  );
  // A notice still open: seed 000 with its closing date moved 40 days ahead (Brussels noon).
  const ahead = new Date(Date.now() + 40 * 86_400_000);
  const dd = String(ahead.getUTCDate()).padStart(2, '0');
  const mm = String(ahead.getUTCMonth() + 1).padStart(2, '0');
  const open = readFileSync(join(ROOT, 'seeds', '000_0f9ac1ed0ce481ba.txt'), 'utf8').replace(
    '04/06/2026 - 12.00',
    `${dd}/${mm}/${ahead.getUTCFullYear()} - 12.00`,
  );
  writeFileSync(join(dir, 'open-notice.html'), commissionPage('Open call', noticeToHtml(open)));
  // The same call re-published at another address with its closing date two weeks later.
  const extended = new Date(ahead.getTime() + 14 * 86_400_000);
  const two = (n: number) => String(n).padStart(2, '0');
  writeFileSync(
    join(dir, 'open-notice-extended.html'),
    commissionPage(
      'Open call (extended)',
      noticeToHtml(
        open.replace(
          `${dd}/${mm}/${ahead.getUTCFullYear()} - 12.00`,
          `${two(extended.getUTCDate())}/${two(extended.getUTCMonth() + 1)}/${extended.getUTCFullYear()} - 12.00`,
        ),
      ),
    ),
  );
  // A notice whose title carries markup: it must show as text and run nothing.
  const seed = readFileSync(join(ROOT, 'seeds', '003_5f73d1b694f078e8.txt'), 'utf8').replace(
    'Job title: IT Service Officer - AI Governance, Risk and Compliance',
    'Job title: <img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script> Officer',
  );
  writeFileSync(join(dir, 'hostile.html'), commissionPage('Hostile', noticeToHtml(seed)));
  // PDF fixtures (seed PDFs, harder layouts, the broken set), served as application/pdf.
  const pdfs = join(ROOT, 'tests', 'fixtures', 'pdf');
  if (existsSync(pdfs)) {
    for (const sub of ['', 'broken']) {
      const from = join(pdfs, sub);
      if (!existsSync(from)) continue;
      mkdirSync(join(dir, 'pdf', sub), { recursive: true });
      for (const f of readdirSync(from).filter((f) => f.endsWith('.pdf')))
        writeFileSync(join(dir, 'pdf', sub, f), readFileSync(join(from, f)));
    }
  }
  const sites = join(ROOT, 'tests', 'fixtures', 'sites');
  if (existsSync(sites)) {
    mkdirSync(join(dir, 'sites'), { recursive: true });
    for (const f of readdirSync(sites)) writeFileSync(join(dir, 'sites', f), readFileSync(join(sites, f)));
    // The listing with its deadlines moved a year on (all but the first), so most rows are open today.
    writeFileSync(
      join(dir, 'sites', 'eu-careers-listing-live.html'),
      shiftDeadlines(readFileSync(join(sites, 'eu-careers-listing.html'), 'utf8')),
    );
    // The same detail page, linking to an official notice served here as HTML (a different post: they disagree).
    const detail = readFileSync(join(sites, 'eu-careers-detail.html'), 'utf8').replace(
      /href="https:\/\/www\.enisa\.europa\.eu\/[^"]+\.pdf"/,
      'href="/notices/enisa-notice.html"',
    );
    writeFileSync(join(dir, 'sites', 'eu-careers-detail-html-notice.html'), detail);
    mkdirSync(join(dir, 'notices'), { recursive: true });
    const enisa = readFileSync(
      join(ROOT, 'tests', 'fixtures', 'notices', 'misc-enisa-contract-agent-fg4-athens.txt'),
      'utf8',
    );
    writeFileSync(
      join(dir, 'notices', 'enisa-notice.html'),
      commissionPage('ENISA vacancy notice', noticeToHtml(enisa)),
    );
  }
  return dir;
}

export async function serve(dir: string): Promise<{ server: Server; base: string }> {
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(
      /^(\.\.[/\\])+/,
      '',
    );
    const file = join(dir, path);
    if (!file.startsWith(dir) || !existsSync(file) || !extname(file)) {
      res.writeHead(404).end('not found');
      return;
    }
    const body = readFileSync(file);
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    res.writeHead(200, { 'content-type': type });
    res.end(type.startsWith('text/html') ? withProbe(body.toString('utf8')) : body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { server, base: `http://127.0.0.1:${port}` };
}

export interface Browser {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  profileDir: string;
  close(): Promise<void>;
}

export async function launch(): Promise<Browser> {
  if (!existsSync(join(EXT_DIR, 'manifest.json')))
    throw new Error(`no e2e build in ${EXT_DIR}: run VL_E2E=1 wxt build`);
  const profileDir = mkdtempSync(join(tmpdir(), 'vl-profile-'));
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1280, height: 900 },
    args: [
      '--headless=new', `--disable-extensions-except=${EXT_DIR}`, `--load-extension=${EXT_DIR}`, '--no-sandbox',
      '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--no-first-run', '--disable-quic',
      // EU host names (and one foreign one) resolve to the test server: pages under *.europa.eu see
      // the release rules for EU sites (the test build adds plain http and ports only).
      '--host-resolver-rules=MAP *.europa.eu 127.0.0.1, MAP evil.example 127.0.0.1',
    ], // prettier-ignore
  });
  let [worker] = context.serviceWorkers();
  if (!worker) worker = await context.waitForEvent('serviceworker');
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    worker,
    extensionId,
    profileDir,
    async close() {
      await context.close();
      rmSync(profileDir, { recursive: true, force: true });
    },
  };
}

/** Saves a profile the way a user does: import on the options page. */
export async function importProfile(b: Browser, profilePath: string): Promise<void> {
  const page = await b.context.newPage();
  await page.goto(`chrome-extension://${b.extensionId}/options.html`);
  page.on('dialog', (d) => void d.accept());
  await page.getByLabel('Import a profile (JSON file)').setInputFiles(profilePath);
  await page.getByText(/saved it as your profile/i).waitFor({ timeout: 10_000 });
  await page.close();
}

export async function tabIdFor(b: Browser, url: string): Promise<number> {
  return b.worker.evaluate(async (u) => {
    const tabs = await chrome.tabs.query({});
    return tabs.find((t) => t.url === u)?.id ?? -1;
  }, url);
}

export async function shot(page: Page, name: string): Promise<Buffer> {
  mkdirSync(ARTIFACTS, { recursive: true });
  // Every frame paints what it holds before the picture is taken: the card and the viewer are
  // extension frames, drawn by another process, a frame or two after their DOM changed (headless,
  // the PDF viewer's frame draws about twice a second while pdf.js renders). A frame that does not
  // paint, hidden or gone, is waited for 1.5 s at most.
  await Promise.all(
    page.frames().map((f) =>
      f
        .evaluate(
          () =>
            new Promise<void>((done) => {
              setTimeout(done, 1500);
              requestAnimationFrame(() => requestAnimationFrame(() => done()));
            }),
        )
        .catch(() => undefined),
    ),
  );
  return page.screenshot({ path: join(ARTIFACTS, `${name}.png`) });
}

/** The viewer's frame when Chromium hands a PDF to our mime handler (a child frame of the PDF's own document). */
export async function viewerFrame(page: Page, timeout = 15_000) {
  const deadline = Date.now() + timeout;
  for (;;) {
    const frame = page.frames().find((f) => f.url().includes('/viewer.html'));
    if (frame) return frame;
    if (Date.now() > deadline) throw new Error(`no viewer frame in ${page.url()}`);
    await page.waitForTimeout(100);
  }
}

/**
 * The card's frame: an extension page (card.html) in an iframe inside the overlay's *closed* shadow
 * root. Page scripts can't reach it; Playwright can, through the browser's own frame tree.
 */
export async function cardFrame(page: Page, timeout = 15_000): Promise<Frame> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const frame = page.frames().find((f) => f.url().includes('/card.html'));
    if (frame) return frame;
    if (Date.now() > deadline) throw new Error(`no card frame in ${page.url()}`);
    await page.waitForTimeout(100);
  }
}

/**
 * The card, once it shows a notice. It starts as a one-line pill; unless `expand` is false this
 * opens it the way a user does (one click on its header).
 */
export async function card(page: Page, timeout = 15_000, expand = true): Promise<Locator> {
  const c = (await cardFrame(page, timeout)).locator('.vl-card');
  await c.waitFor({ timeout });
  // The frame loads transparent and click-through; it shows once the card has told its size.
  await page.waitForFunction(
    () =>
      [...document.documentElement.children].some(
        (e) =>
          e.tagName === 'DIV' &&
          getComputedStyle(e).position === 'fixed' &&
          getComputedStyle(e).opacity === '1',
      ),
    null,
    { timeout },
  );
  const toggle = c.locator('.vl-card__toggle');
  if (expand && (await toggle.getAttribute('aria-expanded')) === 'false') {
    const pill = await cardBox(page);
    await toggle.click();
    // The frame grows when the card has told its new size: until then a screenshot shows the pill.
    await page.waitForFunction(
      (pillHeight) =>
        [...document.documentElement.children].some(
          (e) =>
            e.tagName === 'DIV' &&
            getComputedStyle(e).position === 'fixed' &&
            e.getBoundingClientRect().height > pillHeight + 20,
        ),
      pill?.height ?? 0,
      { timeout },
    );
  }
  return c;
}

/**
 * Saves the notice a card shows, as a user does: "Save to tracker" for a new notice, "Update the
 * saved copy" when it differs from the saved one; a saved, unchanged notice has nothing to save.
 * Answers which of the three it was.
 */
export async function saveFromCard(c: Locator): Promise<'added' | 'updated' | 'unchanged'> {
  const save = c.getByRole('button', { name: 'Save to tracker' });
  const update = c.getByRole('button', { name: 'Update the saved copy' });
  const saved = c.getByText(/In your tracker since/);
  await save.or(update).or(saved).first().waitFor();
  if (await save.isVisible()) {
    await save.click();
    await c.getByText(/Saved to your tracker/).waitFor();
    return 'added';
  }
  if (await update.isVisible()) {
    await update.click();
    await c.getByText(/Updated in your tracker|Already in your tracker/).waitFor();
    return 'updated';
  }
  return 'unchanged';
}

/** The overlay's frame host as the page lays it out (its box is all the page can know of it). */
export function cardBox(page: Page): Promise<{ x: number; y: number; width: number; height: number } | null> {
  return page.evaluate(() => {
    const host = [...document.documentElement.children].find(
      (e) => e.tagName === 'DIV' && getComputedStyle(e).position === 'fixed',
    );
    const r = host?.getBoundingClientRect();
    return r ? { x: r.x, y: r.y, width: r.width, height: r.height } : null;
  });
}

/** A tracked record as stored (the fields the tests read). */
export interface StoredTracked {
  id: string;
  reference: string | null;
  status: string;
  notes: string;
  notice: { deadline: string | null };
}

/** Every tracked record as IndexedDB holds it, read in the extension's own origin (its worker). */
export function storedTracked(b: Browser): Promise<StoredTracked[]> {
  return b.worker.evaluate(
    () =>
      new Promise<StoredTracked[]>((resolve, reject) => {
        const open = indexedDB.open('vacancy-lens');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const req = open.result.transaction('tracked').objectStore('tracked').getAll();
          req.onsuccess = () => resolve(req.result as StoredTracked[]);
          req.onerror = () => reject(req.error);
        };
      }),
  );
}

/** Runs axe-core in a page or frame (evaluate bypasses the page's CSP) and lists the violations. */
export async function axeViolations(target: Page | Frame, context: unknown = null): Promise<string[]> {
  await target.evaluate(AXE_SOURCE);
  return target.evaluate(async (ctx) => {
    const axe = (
      window as unknown as {
        axe: {
          run(c: unknown, o: unknown): Promise<{ violations: Array<{ id: string; nodes: unknown[] }> }>;
        };
      }
    ).axe;
    const r = await axe.run(ctx ?? document, { resultTypes: ['violations'] });
    return r.violations.map((v) => `${v.id} (${v.nodes.length})`);
  }, context);
}

/** axe-core's source, evaluated in a page to check it (page.evaluate bypasses extension CSP). */
export const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * For one test file: the site served from 127.0.0.1 and one browser with the extension and the
 * example profile imported, started before the tests and closed after them.
 */
export function useBrowserWithProfile(): {
  readonly browser: Browser;
  readonly base: string;
  readonly euBase: string;
  readonly server: Server;
} {
  let browser: Browser | undefined;
  let server: Server | undefined;
  let base = '';
  beforeAll(async () => {
    ({ server, base } = await serve(buildSite()));
    browser = await launch();
    await importProfile(browser, join(ROOT, 'seeds', 'profile.example.json'));
  });
  afterAll(async () => {
    await browser?.close();
    server?.close();
  });
  return {
    get browser() {
      if (!browser) throw new Error('the browser is not started yet');
      return browser;
    },
    get base() {
      return base;
    },
    /** The same site under an EU host name (see --host-resolver-rules in launch). */
    get euBase() {
      return base.replace('127.0.0.1', 'eu-careers.europa.eu');
    },
    get server() {
      if (!server) throw new Error('the server is not started yet');
      return server;
    },
  };
}
