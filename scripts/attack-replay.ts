// npm run attack:replay (VL_EXT_DIR=<a build>): replays the attacks of tests/e2e/attack.e2e.ts against any build and prints what the page got. Against the build before the card moved into an extension frame, all four answered YES; against the current build, all four answer no.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSite, importProfile, launch, ROOT, serve } from '../tests/e2e/harness';
const site = buildSite();
const detail = readFileSync(join(ROOT, 'tests/fixtures/sites/eu-careers-detail.html'), 'utf8');
const { server, base } = await serve(site);
const port = new URL(base).port;
writeFileSync(
  join(site, 'link-private.html'),
  detail.replace(
    /href="https:\/\/www\.enisa\.europa\.eu\/[^"]+\.pdf"/,
    `href="http://127.0.0.1:${port}/secret-private.html"`,
  ),
);
writeFileSync(
  join(site, 'frames-pdf.html'),
  '<!doctype html><html><head><title>x</title></head><body><iframe src="/pdf/seed-001.pdf" style="opacity:0.02;width:700px;height:500px"></iframe></body></html>',
);
const requested: string[] = [];
server.on('request', (r) => requested.push(r.url ?? ''));
const b = await launch();
await importProfile(b, join(ROOT, 'seeds', 'profile.example.json'));
const count = () =>
  b.worker.evaluate(
    () =>
      new Promise<number>((res) => {
        const o = indexedDB.open('vacancy-lens');
        o.onsuccess = () => {
          const q = o.result.transaction('tracked').objectStore('tracked').count();
          q.onsuccess = () => res(q.result);
        };
      }),
  );
const page = await b.context.newPage();
await page.goto(`${base}/open-notice.html`);
await page.waitForTimeout(4000);
const leaked = await page.evaluate(() => {
  const h = document.getElementById('vacancy-lens-overlay');
  return h?.shadowRoot?.textContent ?? '';
});
console.log(
  '1. page reads from the card:',
  /national of Portugal/.test(leaked)
    ? 'YES — "' + /You are a national of [A-Za-z]+/.exec(leaked)?.[0] + '"'
    : 'no',
);
const before = await count();
await page.evaluate(() => {
  const h = document.getElementById('vacancy-lens-overlay');
  for (const btn of h?.shadowRoot?.querySelectorAll('button') ?? [])
    if (/Save/.test(btn.textContent ?? '')) (btn as HTMLButtonElement).click();
});
await page.waitForTimeout(1500);
console.log('2. synthetic click saved a record:', (await count()) > before ? 'YES' : 'no');
const p3 = await b.context.newPage();
await p3.goto(`${base}/link-private.html`);
await p3.waitForTimeout(4000);
console.log('3. private link fetched:', requested.some((r) => r.includes('secret-private')) ? 'YES' : 'no');
const p4 = await b.context.newPage();
await p4.goto(`${base}/frames-pdf.html`);
await p4.waitForTimeout(5000);
let cards = 0;
for (const f of p4.frames().filter((f) => f.url().includes('/viewer.html')))
  cards += await f.locator('.vl-card').count();
console.log('4. framed PDF shows the Vacancy Lens card:', cards > 0 ? 'YES' : 'no');
await b.close();
server.close();
