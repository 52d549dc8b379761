/** PDFs in the browser: Chromium hands them to our viewer; fields, evidence, local files, broken files. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, shot, useBrowserWithProfile, viewerFrame } from './harness';
import { textUnderHighlight } from './viewer-helpers';

const env = useBrowserWithProfile();

const expected = (n: string) =>
  JSON.parse(
    readFileSync(
      join(
        ROOT,
        'seeds',
        readdirSync(join(ROOT, 'seeds')).find((f) => f.startsWith(n) && f.endsWith('.expected.json'))!,
      ),
      'utf8',
    ),
  );

/** A seed PDF opened in a new tab, once its card, its first page and the end of its reading show. */
async function openRead(n: string) {
  const page = await env.browser.context.newPage();
  await page.goto(`${env.base}/pdf/seed-${n}.pdf`);
  const frame = await viewerFrame(page);
  await frame.locator('.vl-card').waitFor({ timeout: 20_000 });
  await frame.locator('.pdfViewer .page canvas').first().waitFor({ timeout: 20_000 });
  await expect.poll(() => frame.locator('.vl-viewer__progress').count(), { timeout: 20_000 }).toBe(0);
  return { page, frame };
}

describe('a PDF notice opened in the browser', () => {
  it.each(['000', '002', '004'])(
    'seed %s lands in the viewer with the right card, the URL unchanged',
    async (n) => {
      const page = await env.browser.context.newPage();
      const url = `${env.base}/pdf/seed-${n}.pdf`;
      await page.goto(url);
      const frame = await viewerFrame(page);
      const card = frame.locator('.vl-card');
      await card.waitFor({ timeout: 20_000 });
      const text = (await card.textContent()) ?? '';
      const exp = expected(n);
      expect(text).toContain(exp.reference);
      expect(text).toContain(exp.title);
      expect(page.url()).toBe(url);
      // pdf.js's PDFViewer draws the pages (lazily: at least the first one).
      await frame.locator('.pdfViewer .page canvas').first().waitFor({ timeout: 20_000 });
      await shot(page, `viewer-seed-${n}`);
      await page.close();
    },
  );

  it('fits the pages to their pane in the very frame the pane changes width (never drawn under the card)', async () => {
    const { page, frame } = await openRead('000');
    // Observed after the viewer's own observer: each notice is what the next paint draws (the
    // card's appearance narrows the pane the same way; a window resize makes it repeatable).
    await frame.evaluate(() => {
      const pane = document.querySelector('.vl-pdf')!;
      const seen: Array<[number, number]> = [];
      (window as unknown as { vlFits: typeof seen }).vlFits = seen;
      new ResizeObserver(() => {
        const first = document.querySelector('.pdfViewer .page')!;
        seen.push([pane.clientWidth, first.getBoundingClientRect().width]);
      }).observe(pane);
    });
    // The last notice (count, pane width): each width change adds one with a new width.
    const last = () =>
      frame.evaluate(() => {
        const f = (window as unknown as { vlFits: Array<[number, number]> }).vlFits;
        return [f.length, f.length ? f[f.length - 1][0] : -1];
      });
    for (const width of [1100, 900, 1200]) {
      const [count, pane] = await last();
      await page.setViewportSize({ width, height: 900 });
      await expect
        .poll(
          async () => {
            const [n, p] = await last();
            return n > count && p !== pane;
          },
          { timeout: 10_000 },
        )
        .toBe(true);
    }
    const fits = await frame.evaluate(
      () => (window as unknown as { vlFits: Array<[number, number]> }).vlFits,
    );
    expect(new Set(fits.map(([pane]) => pane)).size).toBeGreaterThanOrEqual(3);
    for (const [pane, pageWidth] of fits) expect(pageWidth, `pane ${pane}`).toBeLessThanOrEqual(pane);
    await page.close();
  });

  it('highlights a value on its page when it is clicked', async () => {
    const { page, frame } = await openRead('000');
    await frame
      .locator('.vl-card')
      .getByRole('button', { name: /deadline/i })
      .first()
      .click();
    await expect.poll(() => frame.locator('.vl-ev-box').count()).toBeGreaterThan(0);
    // The text-layer spans under the highlight are the deadline's own words.
    await expect.poll(() => textUnderHighlight(frame), { timeout: 10_000 }).toMatch(/04\/06\/2026/);
    await page.waitForTimeout(800);
    await shot(page, 'viewer-evidence-highlight');
    await page.close();
  });

  it('opens a local file chosen in the viewer', async () => {
    const page = await env.browser.context.newPage();
    await page.goto(`chrome-extension://${env.browser.extensionId}/viewer.html`);
    await page.getByText(/Open a vacancy notice/).waitFor();
    await page
      .locator('input[type=file]')
      .setInputFiles(join(ROOT, 'tests', 'fixtures', 'pdf', 'seed-003.pdf'));
    await page.locator('.vl-card').waitFor({ timeout: 20_000 });
    expect(await page.locator('.vl-card').textContent()).toContain('EC/2026/DIGIT/456893');
    await page.close();
  });
});

describe('more ways in', () => {
  it('reads a PDF dropped onto the viewer', async () => {
    const page = await env.browser.context.newPage();
    await page.goto(`chrome-extension://${env.browser.extensionId}/viewer.html`);
    await page.getByText(/Open a vacancy notice/).waitFor();
    const b64 = readFileSync(join(ROOT, 'tests', 'fixtures', 'pdf', 'seed-001.pdf')).toString('base64');
    await page.evaluate((data) => {
      const bytes = Uint8Array.from(atob(data), (c) => c.charCodeAt(0));
      const dt = new DataTransfer();
      dt.items.add(new File([bytes], 'seed-001.pdf', { type: 'application/pdf' }));
      document
        .querySelector('.vl-viewer')!
        .dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
    }, b64);
    await page.locator('.vl-card').waitFor({ timeout: 20_000 });
    expect(await page.locator('.vl-card').textContent()).toContain('CLIMA/COM/2025/814');
    await page.close();
  });

  it('reads a very large PDF up to its page limit and says so', async () => {
    const page = await env.browser.context.newPage();
    await page.goto(`${env.base}/pdf/large.pdf`);
    const frame = await viewerFrame(page);
    await frame.getByText(/Only the first \d+ of 300 pages/).waitFor({ timeout: 60_000 });
    await page.close();
  });
});

describe('broken PDFs get a clear message, not a blank page', () => {
  it.each([
    ['empty.pdf', /empty/i],
    ['truncated.pdf', /damaged|corrupt/i],
    ['html-as-pdf.pdf', /not a PDF/i],
    ['encrypted.pdf', /password/i],
  ])('%s', async (file, message) => {
    const page = await env.browser.context.newPage();
    await page.goto(`${env.base}/pdf/broken/${file}`);
    const frame = await viewerFrame(page);
    const alert = frame.locator('[role=alert]');
    await alert.waitFor({ timeout: 20_000 });
    expect(await alert.innerText()).toMatch(message);
    await shot(page, `viewer-broken-${file.replace('.pdf', '')}`);
    await page.close();
  });
});
