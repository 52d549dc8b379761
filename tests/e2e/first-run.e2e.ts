/**
 * First run, in Debian's Chromium: installing the extension opens the welcome page; a new user
 * reaches a verdict on a notice in at most 15 interactions (counted below); a Europass CV —
 * the XML and the PDF with the XML attached — gives a profile with the same verdicts as the same
 * person typed by hand; screenshots and axe on the welcome and options pages, light and dark.
 */
import { join } from 'node:path';
import type { Server } from 'node:http';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ARTIFACTS,
  axeViolations,
  buildSite,
  card,
  launch,
  ROOT,
  serve,
  shot,
  type Browser,
} from './harness';

const FIXTURES = join(ROOT, 'tests', 'fixtures', 'europass');
/** The seed pages (deadlines mostly past: "closed" plus the criteria) and one notice still open. */
const NOTICES = ['seed-000', 'seed-001', 'seed-002', 'seed-003', 'seed-004', 'open-notice'];

let server: Server;
let base: string;
const browsers: Browser[] = [];

beforeAll(async () => {
  ({ server, base } = await serve(buildSite()));
});

afterAll(async () => {
  for (const b of browsers) await b.close().catch(() => {});
  server?.close();
});

/** A fresh install: a new browser profile with the extension loaded. */
async function install(): Promise<Browser> {
  const b = await launch();
  browsers.push(b);
  return b;
}

/** The tab the extension opened by itself on install. */
async function welcomeTab(b: Browser): Promise<Page> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const page = b.context.pages().find((p) => p.url().endsWith('/welcome.html'));
    if (page) {
      await page.getByRole('heading', { name: /Your profile in five questions/ }).waitFor();
      return page;
    }
    if (Date.now() > deadline) throw new Error('the welcome page did not open on install');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Every user action goes through `act`, so the test can say how many it took. */
function counter() {
  const actions: string[] = [];
  return {
    actions,
    async act(what: string, run: () => Promise<unknown>) {
      actions.push(what);
      await run();
    },
  };
}

type Verdicts = Record<string, string[]>;

/** The card's verdict and each criterion's status, per notice page. */
async function verdicts(b: Browser): Promise<Verdicts> {
  const out: Verdicts = {};
  for (const name of NOTICES) {
    const page = await b.context.newPage();
    await page.goto(`${base}/${name}.html`);
    // One reload if the card is slow to come (18 pages in a row on a loaded 2-core machine).
    const c = await card(page).catch(async () => {
      await page.reload();
      return card(page);
    });
    await c.locator('[class*="vl-verdict--"]').first().waitFor();
    const overall = await c.locator('[class*="vl-verdict--"]').first().getAttribute('class');
    const criteria = await c
      .locator('.vl-criterion')
      .evaluateAll((items) =>
        items.map(
          (li) =>
            `${li.querySelector('.vl-criterion__name')?.textContent?.trim()}: ${/vl-criterion--(\w+)/.exec(li.className)?.[1]}`,
        ),
      );
    out[name] = [String(/vl-verdict--(\w+)/.exec(overall ?? '')?.[1]), ...criteria.sort()];
    await page.close();
  }
  return out;
}

async function saveAndWait(page: Page, act: (what: string, run: () => Promise<unknown>) => Promise<void>) {
  await act('save', () => page.getByRole('button', { name: 'Save my profile' }).click());
  await page.getByRole('heading', { name: /Your profile is saved/ }).waitFor({ timeout: 10_000 });
}

/** The person of tests/fixtures/europass/cv-2020.xml, typed by hand in the quick profile. */
async function typeInesByHand(page: Page, act: (what: string, run: () => Promise<unknown>) => Promise<void>) {
  await act('nationality', () => page.selectOption('#profile-nationalities-0', 'PT'));
  await act('diploma level', () => page.selectOption('#profile-diplomas-0-level', 'university_4y'));
  await act('diploma date', () => page.fill('#profile-diplomas-0-awarded', '2019-07-12'));
  await act('diploma recognised', () => page.check('#profile-diplomas-0-recognisedInEU'));
  await act('add diploma', () => page.getByRole('button', { name: 'Add another diploma' }).click());
  await act('diploma 2 level', () => page.selectOption('#profile-diplomas-1-level', 'secondary'));
  await act('diploma 2 date', () => page.fill('#profile-diplomas-1-awarded', '2014-07-15'));
  await act('diploma 2 recognised', () => page.check('#profile-diplomas-1-recognisedInEU'));
  await act('job from', () => page.fill('#profile-experience-0-from', '2022-09-01'));
  await act('add job', () => page.getByRole('button', { name: 'Add another job' }).click());
  await act('job 2 from', () => page.fill('#profile-experience-1-from', '2019-09-02'));
  await act('job 2 not ongoing', () => page.uncheck('#profile-experience-1-to-ongoing'));
  await act('job 2 to', () => page.fill('#profile-experience-1-to', '2022-08-31'));
  await act('language 1', () => page.selectOption('#profile-languages-0-language', 'PT'));
  await act('level 1', () => page.selectOption('#profile-languages-0-understanding', 'C2'));
  await act('language 2', () => page.selectOption('#profile-languages-1-language', 'EN'));
  await act('level 2', () => page.selectOption('#profile-languages-1-understanding', 'C1'));
  await act('add language', () => page.getByRole('button', { name: 'Add another language' }).click());
  await act('language 3', () => page.selectOption('#profile-languages-2-language', 'FR'));
  await act('level 3', () => page.selectOption('#profile-languages-2-understanding', 'B1'));
  await addCast(page, act);
}

/** Europass holds no CAST result: the same two answers on every route. */
async function addCast(page: Page, act: (what: string, run: () => Promise<unknown>) => Promise<void>) {
  await act('CAST group', () => page.selectOption('#profile-cast-0-functionGroup', 'FGIV'));
  await act('CAST passed', () => page.check('#profile-cast-0-status-passed'));
}

async function importEuropass(
  page: Page,
  file: string,
  act: (what: string, run: () => Promise<unknown>) => Promise<void>,
) {
  await act('choose the CV', () =>
    page.locator('#welcome-europass-file').setInputFiles(join(FIXTURES, file)),
  );
  await page.getByRole('heading', { name: `What ${file} holds` }).waitFor({ timeout: 15_000 });
  await act('confirm the preview', () => page.getByRole('button', { name: 'Use these details' }).click());
  await page.getByText(`Filled in from ${file}`).waitFor();
}

describe('first run', () => {
  it('opens the welcome page on install, and a new user reaches a verdict in ≤ 15 interactions', async () => {
    const b = await install();
    const welcome = await welcomeTab(b); // opened by the extension: no interaction
    const { act, actions } = counter();
    await act('nationality', () => welcome.selectOption('#profile-nationalities-0', 'PT'));
    await act('diploma level', () => welcome.selectOption('#profile-diplomas-0-level', 'university_4y'));
    await act('diploma date', () => welcome.fill('#profile-diplomas-0-awarded', '2019-07-12'));
    await act('diploma recognised', () => welcome.check('#profile-diplomas-0-recognisedInEU'));
    await act('job from (still there is pre-ticked)', () =>
      welcome.fill('#profile-experience-0-from', '2019-09-02'),
    );
    await act('main language', () => welcome.selectOption('#profile-languages-0-language', 'PT'));
    await act('its level', () => welcome.selectOption('#profile-languages-0-understanding', 'C2'));
    await act('second language', () => welcome.selectOption('#profile-languages-1-language', 'EN'));
    await act('its level', () => welcome.selectOption('#profile-languages-1-understanding', 'C1'));
    await addCast(welcome, act);
    await saveAndWait(welcome, act);
    await shot(welcome, 'first-run-saved');

    let notice: Page | undefined;
    await act('open a vacancy notice', async () => {
      notice = await b.context.newPage();
      await notice.goto(`${base}/open-notice.html`);
    });
    const c = await card(notice!);
    await expect.poll(() => c.innerText()).toMatch(/Eligible|Not eligible|Check/);
    await shot(notice!, 'first-run-verdict');
    console.log(`first run: ${actions.length} interactions — ${actions.join(', ')}`);
    expect(actions.length).toBeLessThanOrEqual(15);
  });

  it('a Europass XML and a Europass PDF give the same verdicts as the same profile typed by hand', async () => {
    const byHand = await install();
    const typed = counter();
    const page1 = await welcomeTab(byHand);
    await typeInesByHand(page1, typed.act);
    await saveAndWait(page1, typed.act);
    const expected = await verdicts(byHand);
    console.log(`typed by hand: ${JSON.stringify(expected)}`);
    expect(Object.values(expected).flat().join(' ')).toMatch(/eligible|check|closed/);

    for (const file of ['cv-2020.xml', 'cv-2020.pdf']) {
      const b = await install();
      const page = await welcomeTab(b);
      const { act, actions } = counter();
      await importEuropass(page, file, act);
      // What the CV filled in is on the form, as typed by hand.
      expect(await page.inputValue('#profile-nationalities-0')).toBe('PT');
      expect(await page.inputValue('#profile-diplomas-0-awarded')).toBe('2019-07-12');
      expect(await page.inputValue('#profile-experience-1-to')).toBe('2022-08-31');
      expect(await page.inputValue('#profile-languages-2-understanding')).toBe('B1'); // FR: lowest of five
      await addCast(page, act);
      await saveAndWait(page, act);
      console.log(`${file}: ${actions.length} interactions (typed by hand: ${typed.actions.length})`);
      expect(await verdicts(b)).toEqual(expected);
      await b.close();
      browsers.splice(browsers.indexOf(b), 1);
    }
    await byHand.close();
    browsers.splice(browsers.indexOf(byHand), 1);
  });

  it('closed the welcome page? the card on a notice leads back to it, not to the full options form', async () => {
    const b = await install();
    await (await welcomeTab(b)).close();
    const page = await b.context.newPage();
    await page.goto(`${base}/open-notice.html`);
    const c = await card(page);
    const [opened] = await Promise.all([
      b.context.waitForEvent('page'),
      c.getByRole('link', { name: /Create your profile/ }).click(),
    ]);
    await opened.waitForLoadState();
    expect(opened.url()).toMatch(/\/welcome\.html$/);
    await opened.getByRole('heading', { name: /Your profile in five questions/ }).waitFor();
    await b.close();
    browsers.splice(browsers.indexOf(b), 1);
  });

  it('refuses an unrelated file with a message and changes nothing', async () => {
    const b = await install();
    const page = await welcomeTab(b);
    await page.selectOption('#profile-nationalities-0', 'BE');
    await page.locator('#welcome-europass-file').setInputFiles(join(FIXTURES, 'not-europass.xml'));
    await page
      .getByRole('alert')
      .getByText(/not a Europass CV/)
      .waitFor();
    expect(await page.inputValue('#profile-nationalities-0')).toBe('BE');
    const plainPdf = join(ROOT, 'tests', 'fixtures', 'pdf', 'seed-000.pdf');
    await page.locator('#welcome-europass-file').setInputFiles(plainPdf);
    await page
      .getByRole('alert')
      .getByText(/carries no Europass data/)
      .waitFor();
    expect(await page.inputValue('#profile-nationalities-0')).toBe('BE');
  });
});

describe('welcome and options pages: screenshots and axe, light and dark', () => {
  it('has no axe violations and looks right at 1280×800 and 400×800', async () => {
    const b = await install();
    const welcome = await welcomeTab(b);
    const options = await b.context.newPage();
    await options.goto(`chrome-extension://${b.extensionId}/options.html`);
    await options.getByRole('button', { name: 'Save profile' }).waitFor();
    // The options page with no profile yet, then with the Europass preview open.
    for (const [name, page] of [
      ['welcome', welcome],
      ['options', options],
    ] as const) {
      for (const scheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme: scheme });
        for (const [w, h] of [
          [1280, 800],
          [400, 800],
        ]) {
          await page.setViewportSize({ width: w, height: h });
          await page.evaluate(() => window.scrollTo(0, 0));
          await shot(page, `${name}-${w}-${scheme}`);
          await page.screenshot({ path: join(ARTIFACTS, `${name}-${w}-${scheme}-full.png`), fullPage: true });
        }
        expect(await axeViolations(page), `${name} ${scheme}`).toEqual([]);
      }
    }
    // With the Europass preview shown (tables, notes) and after a failed save (errors shown).
    await welcome.locator('#welcome-europass-file').setInputFiles(join(FIXTURES, 'cv-2020.pdf'));
    await welcome.getByRole('heading', { name: 'What cv-2020.pdf holds' }).waitFor({ timeout: 15_000 });
    await options.locator('#options-europass-file').setInputFiles(join(FIXTURES, 'cv-v3.xml'));
    await options.getByRole('heading', { name: 'What cv-v3.xml holds' }).waitFor();
    await options.getByRole('button', { name: 'Use these details' }).click();
    await options.getByRole('button', { name: 'Save profile' }).click();
    await options.getByText(/Not saved: \d+ problems? to fix/).waitFor();
    for (const [name, page] of [
      ['welcome-preview', welcome],
      ['options-errors', options],
    ] as const) {
      for (const scheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme: scheme });
        await page.setViewportSize({ width: 1280, height: 800 });
        await page.screenshot({ path: join(ARTIFACTS, `${name}-1280-${scheme}-full.png`), fullPage: true });
        expect(await axeViolations(page), `${name} ${scheme}`).toEqual([]);
      }
    }
  });
});
