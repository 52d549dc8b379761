/**
 * Web-page forms of the seed notices: each seed's text turned into an HTML page
 * styled like a Commission page (header bar, breadcrumb, content column,
 * footer), so the extension can be tested on what a candidate actually opens.
 *
 *   npx tsx scripts/seed-pages.ts OUT_DIR     (the e2e tests call `writeSeedPages`)
 */
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const esc = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Inline Markdown (bold, links, escapes, footnote sups) → HTML, escaping everything else. */
function inline(md: string): string {
  // Escaped characters are literal: park them out of the way of the bold and link rules.
  const parked: string[] = [];
  let s = esc(
    md.replace(/\\([\\`*_{}[\]()#+\-.!|<>~])/g, (_m, c: string) => `\uE000${parked.push(c) - 1}\uE001`),
  );
  s = s.replace(/&lt;sup&gt;(\d+)&lt;\/sup&gt;/g, '<sup>$1</sup>');
  s = s.replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>');
  s = s.replace(
    /\[([^\]]*)\]\(([^)\s]*)\)/g,
    (_m, text: string, href: string) => `<a href="${href === '#' ? '#' : href}">${text}</a>`,
  );
  s = s.replace(/&lt;(https?:\/\/[^&\s]+)&gt;/g, '<a href="$1">$1</a>');
  s = s.replace(/\uE000(\d+)\uE001/g, (_m, i: string) => esc(parked[Number(i)]));
  return s.replace(/[¹²³⁴]/g, (c) => `<sup>${'¹²³⁴'.indexOf(c) + 1}</sup>`);
}

/** Block structure: headings, lists, rules, paragraphs (blank-line separated). */
export function noticeToHtml(text: string): string {
  const out: string[] = [];
  let list: string[] = [];
  let para: string[] = [];
  const flushPara = () => {
    if (para.length)
      out.push(
        `<p>${para.map((l) => (l.endsWith('<br>') ? `${inline(l.slice(0, -4))}<br>` : inline(l))).join(' ')}</p>`,
      );
    para = [];
  };
  const flushList = () => {
    if (list.length) out.push(`<ul>${list.map((li) => `<li>${inline(li)}</li>`).join('')}</ul>`);
    list = [];
  };
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    const hardBreak = / {2,}$/.test(raw); // Markdown: two trailing spaces end the line
    const heading = /^(#{1,6})\s+(.*)$/.exec(line);
    const item = /^(?:[-•*]|\d+\.)\s+(.*)$/.exec(line);
    if (!line) {
      flushPara();
      flushList();
    } else if (heading) {
      flushPara();
      flushList();
      const level = Math.min(4, heading[1].length + 1);
      out.push(`<h${level}>${inline(heading[2])}</h${level}>`);
    } else if (/^-{3,}$/.test(line)) {
      flushPara();
      flushList();
    } else if (item) {
      flushPara();
      list.push(item[1]);
    } else if (list.length) list[list.length - 1] += ` ${line}`;
    else para.push(hardBreak ? `${line}<br>` : line);
  }
  flushPara();
  flushList();
  return out.join('\n');
}

export function commissionPage(title: string, body: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${esc(title)} - European Commission</title>
<style>
  body { margin: 0; font-family: Arial, sans-serif; color: #171a22; background: #fff; line-height: 1.5; }
  header.site { background: #004494; color: #fff; padding: 12px 32px; font-size: 20px; }
  nav.breadcrumb { padding: 8px 32px; font-size: 13px; color: #404040; border-bottom: 1px solid #cfcfcf; }
  main { max-width: 860px; padding: 16px 32px 48px; }
  h1, h2, h3, h4 { color: #004494; }
  footer { background: #f5f5f5; padding: 16px 32px; font-size: 13px; }
</style>
<script>window.pageScriptRan = true;</script></head>
<body><header class="site">European Commission</header>
<nav class="breadcrumb">Home &gt; Jobs at the European Commission &gt; Calls for expression of interest</nav>
<main>${body}</main>
<footer>Contact the European Commission · Legal notice · Cookies</footer></body></html>`;
}

export function writeSeedPages(seedsDir: string, outDir: string): string[] {
  mkdirSync(outDir, { recursive: true });
  const names: string[] = [];
  for (const f of readdirSync(seedsDir)
    .filter((f) => /^\d+_.*\.txt$/.test(f))
    .sort()) {
    const text = readFileSync(join(seedsDir, f), 'utf8');
    const name = `seed-${f.slice(0, 3)}.html`;
    writeFileSync(
      join(outDir, name),
      commissionPage(`Call for expression of interest ${f.slice(0, 3)}`, noticeToHtml(text)),
    );
    names.push(name);
  }
  return names;
}

if (process.argv[1]?.endsWith('seed-pages.ts')) {
  const out = process.argv[2] ?? 'tmp/pages';
  console.log(writeSeedPages(join(import.meta.dirname, '..', 'seeds'), out).join('\n'));
}
