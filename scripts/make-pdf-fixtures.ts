/**
 * Makes the PDF fixtures in tests/fixtures/pdf/ (committed; run again only to change them):
 *
 *   npx tsx scripts/make-pdf-fixtures.ts
 *
 * - seed-000.pdf … seed-004.pdf: each seed's web page (scripts/seed-pages.ts) printed by Chromium
 *   to A4, with a running header (the reference) and a "Page N of M" footer.
 * - two-columns.pdf, key-facts-table.pdf: two notices of our own in harder layouts (CSS columns;
 *   key facts in a bordered table). Their HTML sources are written beside them
 *   (*.source.html) and their fields, read from those notices by a person, are in *.expected.json.
 * - large.pdf: 300 short pages (readPdf stops at maxPages).
 * - broken/: empty.pdf (0 bytes), truncated.pdf (first 40% of seed-000.pdf), html-as-pdf.pdf (a
 *   web page saved as .pdf), encrypted.pdf (built by hand below: pdf.js cannot write PDFs).
 *
 * Needs Debian's Chromium at /usr/bin/chromium (playwright-core drives it).
 */
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Page } from 'playwright-core';
import { commissionPage, writeSeedPages } from './seed-pages';

const ROOT = join(import.meta.dirname, '..');
const SEEDS = join(ROOT, 'seeds');
const OUT = join(ROOT, 'tests', 'fixtures', 'pdf');
const BROKEN = join(OUT, 'broken');

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

async function printPdf(page: Page, url: string, reference: string | null): Promise<Buffer> {
  await page.goto(url);
  return page.pdf({
    format: 'A4',
    printBackground: true,
    displayHeaderFooter: reference !== null,
    headerTemplate: `<div style="font-size:8px;width:100%;text-align:right;margin:0 15mm;color:#555">${esc(reference ?? '')}</div>`,
    footerTemplate:
      '<div style="font-size:8px;width:100%;text-align:center;color:#555">Page <span class=pageNumber></span> of <span class=totalPages></span></div>',
    margin: { top: '22mm', bottom: '20mm', left: '15mm', right: '15mm' },
  });
}

// ---- two harder layouts of our own --------------------------------------------------

/** An agency notice set in two columns (CSS columns: 2), justified, with soft hyphens. */
const TWO_COLUMNS = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>EMSA vacancy notice EMSA/TA/2026/07</title>
<style>
  body { margin: 0; font-family: "DejaVu Serif", Georgia, serif; font-size: 9.5pt; line-height: 1.3; color: #111; }
  header { border-bottom: 2px solid #0b4f8a; margin-bottom: 10pt; }
  header p { margin: 0 0 3pt; }
  .agency { font-family: Arial, sans-serif; font-weight: bold; color: #0b4f8a; letter-spacing: 0.5pt; }
  h1 { font-size: 15pt; margin: 4pt 0 6pt; color: #0b4f8a; }
  .cols { columns: 2; column-gap: 18pt; text-align: justify; }
  h2 { font-family: Arial, sans-serif; font-size: 10.5pt; color: #0b4f8a; margin: 9pt 0 3pt; break-after: avoid; }
  h3 { font-size: 10pt; margin: 6pt 0 2pt; break-after: avoid; }
  p { margin: 0 0 5pt; }
  ul { margin: 0 0 5pt; padding-left: 12pt; }
  li { margin: 0 0 2pt; }
  .facts p { margin: 0 0 2pt; text-align: left; }
  .break { break-before: column; }
</style></head>
<body>
<header>
<p class="agency">EUROPEAN MARITIME SAFETY AGENCY</p>
<p>VACANCY NOTICE</p>
<h1>Project Officer – Maritime Surveillance Services (AD 6)</h1>
<p>Reference: EMSA/TA/2026/07</p>
</header>
<div class="cols">
<h2>KEY FACTS</h2>
<div class="facts">
<p>Title of the post: Project Officer – Maritime Surveillance Services</p>
<p>Type of contract: Temporary agent, Article 2(f) of the CEOS</p>
<p>Function group and grade: AD 6</p>
<p>Place of employment: Lisbon, Portugal</p>
<p>Deadline for applications: 15 April 2026 at 23:59 (Lisbon time)</p>
<p>Duration of the first contract: 5 years</p>
</div>
<h2>1. THE AGENCY</h2>
<p>The European Maritime Safety Agency (EMSA) is one of the European Union's decentralised agencies. Based in Lisbon, the Agency provides technical assistance and operational support to the European Commission and to the Member States on maritime safety, maritime security, the prevention of and response to pollution by ships, and the environ&shy;mental performance of shipping.</p>
<h2>2. THE POST</h2>
<p>The Project Officer will join the Maritime Surveillance Services unit and will be responsible for the develop&shy;ment and the day-to-day running of integrated maritime services for Member State authorities and for EU bodies such as Frontex and the European Fisheries Control Agency.</p>
<p>The main duties will be to:</p>
<ul>
<li>coordinate the delivery of surveillance services to user communities and monitor their quality;</li>
<li>manage service contracts, including planning, budget follow-up and the acceptance of deliverables;</li>
<li>analyse user requirements and translate them into functional specifications;</li>
<li>organise user group meetings, workshops and training sessions;</li>
<li>represent the Agency in technical working groups and international fora.</li>
</ul>
<p>The Project Officer reports to the Head of Unit and works closely with the teams in charge of the satellite data contracts.</p>
<h2 class="break">3. ELIGIBILITY CRITERIA</h2>
<p>To be considered eligible, candidates must satisfy all the criteria below by the deadline for applications.</p>
<h3>3.1 General conditions</h3>
<ul>
<li>be a national of a Member State of the European Union, Iceland or Norway;</li>
<li>enjoy full rights as a citizen;</li>
<li>have fulfilled any obligations imposed by the applicable laws concerning military service;</li>
<li>be physically fit to perform the duties linked to the post.</li>
</ul>
<h3>3.2 Education and professional experience</h3>
<ul>
<li>have a level of education which corresponds to completed university studies of at least three years attested by a diploma;</li>
<li>after obtaining the diploma, have at least 3 years of professional experience relevant to the duties.</li>
</ul>
<h3>3.3 Languages</h3>
<ul>
<li>have a thorough knowledge of one of the official languages of the European Union and a satisfactory knowledge of another official language of the European Union to the extent necessary for the performance of the duties.</li>
</ul>
<h2>4. SELECTION CRITERIA</h2>
<h3>Essential</h3>
<ul>
<li>experience in managing service contracts or projects in the maritime or space domain;</li>
<li>very good knowledge of English, both written and spoken.</li>
</ul>
<h3>Advantageous</h3>
<ul>
<li>experience with satellite-based surveillance or vessel traffic monitoring systems;</li>
<li>knowledge of the EU financial rules applying to procurement.</li>
</ul>
<h2>5. SECURITY CLEARANCE</h2>
<p>The successful candidate will be required to hold, or to be able to obtain, a personnel security clearance at EU SECRET level before taking up duties.</p>
<h2>6. CONDITIONS OF EMPLOYMENT</h2>
<p>The successful candidate will be offered a contract as a temporary agent pursuant to Article 2(f) of the Conditions of Employment of Other Servants of the European Union, in grade AD 6. The first contract will be for a period of 5 years, renewable. The place of employment is Lisbon, Portugal.</p>
<p>The monthly basic salary for grade AD 6, step 1, is EUR 6 883.61, weighted by the correction coefficient for Portugal, to which allowances may be added depending on the personal situation of the jobholder.</p>
<h2>7. HOW TO APPLY</h2>
<p>Applications must be submitted through the EMSA online recruitment tool no later than 15 April 2026 at 23:59 (Lisbon time). Applications sent by e-mail will not be accepted.</p>
<p>For questions about the selection procedure, please contact jobs@emsa.europa.eu.</p>
<h2>8. DATA PROTECTION</h2>
<p>The personal data of applicants are processed in accordance with Regulation (EU) 2018/1725 on the protection of natural persons with regard to the processing of personal data by the Union institutions, bodies, offices and agencies.</p>
</div>
</body></html>
`;

/** A Commission call whose key facts sit in a bordered two-column table. */
const KEY_FACTS_TABLE = commissionPage(
  'Call for expression of interest EC/2026/CLIMA/461207',
  `
<style>
  table.facts { border-collapse: collapse; width: 100%; margin: 8px 0 16px; font-size: 14px; }
  table.facts th, table.facts td { border: 1px solid #7f8ea3; padding: 6px 10px; text-align: left; vertical-align: top; }
  table.facts th { background: #e6edf5; width: 32%; font-weight: bold; }
</style>
<h1>CALL FOR EXPRESSION OF INTEREST</h1>
<h2>Policy Officer in DG CLIMA (AD 7)</h2>
<table class="facts">
<tr><th>Job title</th><td>Policy Officer – EU Emissions Trading System</td></tr>
<tr><th>Reference</th><td>EC/2026/CLIMA/461207</td></tr>
<tr><th>Directorate-General</th><td>Directorate-General for Climate Action (DG CLIMA), Directorate B – Carbon Markets and Clean Mobility, Unit B.1 – ETS Policy</td></tr>
<tr><th>Place of employment</th><td>Brussels</td></tr>
<tr><th>Type of post</th><td>Temporary agent (Article 2(b) of the CEOS)</td></tr>
<tr><th>Function group and grade</th><td>AD 7</td></tr>
<tr><th>Deadline for applications</th><td>23 March 2026 at 12:00 (midday, Brussels time)</td></tr>
<tr><th>Duration of the first contract</th><td>4 years</td></tr>
</table>
<h2>WHO WE ARE</h2>
<p>The Directorate-General for Climate Action leads the European Commission's efforts to fight climate change at EU and international level. Unit B.1 is responsible for the EU Emissions Trading System (EU ETS), the cornerstone of the EU's policy to reduce greenhouse gas emissions cost-effectively, and for its extension to buildings, road transport and maritime transport.</p>
<h2>WHAT WE PROPOSE</h2>
<p>The Policy Officer will contribute to the review and implementation of the EU ETS Directive. The main tasks will be to:</p>
<ul>
<li>prepare impact assessments, legislative proposals and implementing acts on the functioning of the carbon market;</li>
<li>analyse market data and the allocation of free allowances, and draft briefings for senior management;</li>
<li>follow negotiations with the European Parliament and the Council;</li>
<li>maintain contacts with Member States, industry and civil society.</li>
</ul>
<h2>ELIGIBILITY CRITERIA</h2>
<p>Candidates must:</p>
<ul>
<li>be a national of a Member State of the European Union and enjoy full rights as a citizen;</li>
<li>have a level of education which corresponds to completed university studies attested by a diploma when the normal period of university education is four years or more, or a level of education which corresponds to completed university studies attested by a diploma and appropriate professional experience of at least one year when the normal period of university education is three years;</li>
<li>have at least 6 years of professional experience gained after obtaining the diploma;</li>
<li>have a thorough knowledge of one of the official languages of the European Union (minimum level C1) and a satisfactory knowledge of English or French (minimum level B2).</li>
</ul>
<h2>WHO WE ARE LOOKING FOR</h2>
<p>We are looking for a colleague with a sound understanding of carbon pricing and of EU climate legislation, strong analytical and drafting skills in English, and the ability to work under pressure in a team. Experience of legislative negotiations would be an asset.</p>
<h2>DIVERSITY</h2>
<p>To promote a geographically balanced workforce, we strongly encourage applications from nationals of Member States which are currently under-represented in the Commission: Austria, Denmark, Finland, Ireland and Sweden.</p>
<h2>HOW TO APPLY</h2>
<p>Please send your CV and a motivation letter to CLIMA-B1-RECRUITMENT@ec.europa.eu, indicating the reference EC/2026/CLIMA/461207 in the subject, no later than 23 March 2026 at 12:00 (midday, Brussels time). Applications received after the deadline will not be considered.</p>
<h2>CONDITIONS OF EMPLOYMENT</h2>
<p>The successful candidate will be engaged as a temporary agent under Article 2(b) of the Conditions of Employment of Other Servants, in grade AD 7, for a first contract of 4 years, renewable once for a maximum of 2 years. The place of employment is Brussels.</p>
<p>The Commission applies a policy of equal opportunities and non-discrimination in accordance with Article 1d of the Staff Regulations.</p>
`,
);

/** 300 one-line pages, kept small (one font, no header or footer); the line sits mid-page, not where a running header would. */
function largeHtml(pages: number): string {
  const body = Array.from(
    { length: pages },
    (_, i) =>
      `<p style="margin:0;padding-top:200pt;${i < pages - 1 ? 'break-after:page' : ''}">Annex page ${i + 1}.</p>`,
  ).join('');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Annexes</title></head><body style="font:12pt Arial,sans-serif">${body}</body></html>`;
}

// ---- an encrypted PDF, by hand ------------------------------------------------------

/** RC4, for the PDF Standard security handler (revision 2, 40-bit key). */
function rc4(key: Uint8Array, data: Uint8Array): Uint8Array {
  const s = new Uint8Array(256).map((_, i) => i);
  for (let i = 0, j = 0; i < 256; i++) {
    j = (j + s[i] + key[i % key.length]) & 255;
    [s[i], s[j]] = [s[j], s[i]];
  }
  const out = new Uint8Array(data.length);
  for (let n = 0, i = 0, j = 0; n < data.length; n++) {
    i = (i + 1) & 255;
    j = (j + s[i]) & 255;
    [s[i], s[j]] = [s[j], s[i]];
    out[n] = data[n] ^ s[(s[i] + s[j]) & 255];
  }
  return out;
}

const md5 = (...parts: Uint8Array[]) =>
  new Uint8Array(createHash('md5').update(Buffer.concat(parts)).digest());
const PASSWORD_PADDING = Buffer.from(
  '28BF4E5E4E758A4164004E56FFFA01082E2E00B6D0683E802F0CA9FE6453697A',
  'hex',
);
const padPassword = (pw: string) =>
  new Uint8Array(Buffer.concat([Buffer.from(pw, 'latin1'), PASSWORD_PADDING]).subarray(0, 32));
const hex = (b: Uint8Array) => Buffer.from(b).toString('hex').toUpperCase();

/**
 * A one-page PDF encrypted with the Standard security handler, V1 R2 (RC4, 40-bit), with a user
 * password: no reader can show it without the password (PDF 1.7, 7.6.3, algorithms 2–4).
 */
export function encryptedPdf(userPassword: string, ownerPassword: string): Buffer {
  const id = md5(Buffer.from('vacancy-lens encrypted fixture'));
  const P = -4; // every permission; the point is the user password
  const O = rc4(md5(padPassword(ownerPassword)).subarray(0, 5), padPassword(userPassword));
  const p = new Uint8Array(4);
  new DataView(p.buffer).setInt32(0, P, true);
  const key = md5(padPassword(userPassword), O, p, id).subarray(0, 5);
  const U = rc4(key, PASSWORD_PADDING);
  const objectKey = (num: number, gen: number) =>
    md5(
      key,
      new Uint8Array([num & 255, (num >> 8) & 255, (num >> 16) & 255, gen & 255, (gen >> 8) & 255]),
    ).subarray(0, 10);
  const content = Buffer.from('BT /F1 14 Tf 72 770 Td (Vacancy notice: confidential draft) Tj ET', 'latin1');
  const stream = rc4(objectKey(5, 0), content);
  const objects: Buffer[] = [
    Buffer.from('<< /Type /Catalog /Pages 2 0 R >>'),
    Buffer.from('<< /Type /Pages /Kids [3 0 R] /Count 1 >>'),
    Buffer.from(
      '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
    ),
    Buffer.from('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>'),
    Buffer.concat([
      Buffer.from(`<< /Length ${stream.length} >>\nstream\n`),
      Buffer.from(stream),
      Buffer.from('\nendstream'),
    ]),
    Buffer.from(`<< /Filter /Standard /V 1 /R 2 /O <${hex(O)}> /U <${hex(U)}> /P ${P} >>`),
  ];
  const parts: Buffer[] = [Buffer.from('%PDF-1.4\n%\xE2\xE3\xCF\xD3\n', 'latin1')];
  let offset = parts[0].length;
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    const obj = Buffer.concat([Buffer.from(`${i + 1} 0 obj\n`), body, Buffer.from('\nendobj\n')]);
    offsets.push(offset);
    parts.push(obj);
    offset += obj.length;
  });
  const xref =
    `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n` +
    offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('') +
    `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Encrypt 6 0 R /ID [<${hex(id)}> <${hex(id)}>] >>\n` +
    `startxref\n${offset}\n%%EOF\n`;
  parts.push(Buffer.from(xref));
  return Buffer.concat(parts);
}

// ---- checks --------------------------------------------------------------------------

/** The encrypted file must be a real encrypted PDF: refused without its password, readable with it. */
async function checkEncrypted(bytes: Buffer, password: string): Promise<void> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const without = pdfjs.getDocument({ data: new Uint8Array(bytes), verbosity: 0 });
  const refused = await without.promise.then(
    () => 'opened',
    (e: { name?: string }) => e.name ?? 'error',
  );
  await without.destroy();
  if (refused !== 'PasswordException') throw new Error(`encrypted.pdf without password: ${refused}`);
  const withPw = pdfjs.getDocument({ data: new Uint8Array(bytes), password, verbosity: 0 });
  const doc = await withPw.promise;
  const content = await (await doc.getPage(1)).getTextContent();
  const text = content.items.map((i) => ('str' in i ? i.str : '')).join('');
  await withPw.destroy();
  if (!text.includes('Vacancy notice')) throw new Error(`encrypted.pdf with password: "${text}"`);
}

async function main(): Promise<void> {
  mkdirSync(BROKEN, { recursive: true });
  const tmp = mkdtempSync(join(tmpdir(), 'vl-pdf-'));
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });
  const written: Array<[string, number]> = [];
  const write = (path: string, bytes: Uint8Array) => {
    writeFileSync(path, bytes);
    written.push([path.slice(OUT.length + 1), bytes.length]);
  };
  try {
    const page = await browser.newPage();
    const seedFiles = readdirSync(SEEDS)
      .filter((f) => /^\d+_.*\.txt$/.test(f))
      .sort();
    const pages = writeSeedPages(SEEDS, tmp);
    for (const [i, name] of pages.entries()) {
      const expected = JSON.parse(
        readFileSync(join(SEEDS, seedFiles[i].replace(/\.txt$/, '.expected.json')), 'utf8'),
      ) as { reference: string | null };
      const pdf = await printPdf(page, pathToFileURL(join(tmp, name)).href, expected.reference);
      write(join(OUT, name.replace(/\.html$/, '.pdf')), pdf);
    }
    for (const [name, html, reference] of [
      ['two-columns', TWO_COLUMNS, 'EMSA/TA/2026/07'],
      ['key-facts-table', KEY_FACTS_TABLE, 'EC/2026/CLIMA/461207'],
    ] as const) {
      writeFileSync(join(OUT, `${name}.source.html`), html);
      write(
        join(OUT, `${name}.pdf`),
        await printPdf(page, pathToFileURL(join(OUT, `${name}.source.html`)).href, reference),
      );
    }
    writeFileSync(join(tmp, 'large.html'), largeHtml(300));
    write(join(OUT, 'large.pdf'), await printPdf(page, pathToFileURL(join(tmp, 'large.html')).href, null));

    write(join(BROKEN, 'empty.pdf'), new Uint8Array(0));
    const seed0 = readFileSync(join(OUT, 'seed-000.pdf'));
    write(join(BROKEN, 'truncated.pdf'), seed0.subarray(0, Math.floor(seed0.length * 0.4)));
    write(join(BROKEN, 'html-as-pdf.pdf'), readFileSync(join(tmp, pages[0])));
    const encrypted = encryptedPdf('notice-2026', 'owner-2026');
    await checkEncrypted(encrypted, 'notice-2026');
    write(join(BROKEN, 'encrypted.pdf'), encrypted);
  } finally {
    await browser.close();
    rmSync(tmp, { recursive: true, force: true });
  }
  for (const [name, size] of written)
    console.log(`${name.padEnd(28)} ${(size / 1024).toFixed(1).padStart(7)} kB`);
}

if (process.argv[1]?.endsWith('make-pdf-fixtures.ts')) await main();
