/**
 * npm run corpus [-- --quiet] [-- --only ID-PREFIX]
 *
 * Scores the reader on the real-notice corpus that is present on this machine:
 * texts in ~/corpus/texts/<id>.txt (or $VL_CORPUS_DIR), truth in
 * tests/corpus/truth/<id>.json (see tests/corpus/TRUTH.md). Texts are never in
 * the repository; a truth file whose text is absent is skipped and counted, and
 * the exit code stays 0 either way (the figures are a measurement, not a gate).
 *
 * Two separate figures:
 *   - detection: the reader as the extension runs it (no `force`), recall on
 *     notices (those whose truth has a dated deadline, and all) and false
 *     positives on look-alikes;
 *   - fields: read with detection bypassed (`force: true`), compared with the
 *     truth field by field; fields listed in `unsure` are not scored.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { analyseNotice, EXPECTED_FIELDS } from '../lib/notice';

const ROOT = join(import.meta.dirname, '..');
/**
 * VL_CORPUS_SET=blind (or blind2, …) scores a blind round: truth in tests/corpus/<set>, texts in
 * ~/corpus/<set>. Without it, the main corpus (tests/corpus/truth, texts in ~/corpus/texts).
 */
const SET_NAME = process.env.VL_CORPUS_SET ?? '';
if (SET_NAME && !/^blind\d*$/.test(SET_NAME))
  throw new Error(`VL_CORPUS_SET: "blind" or "blindN", not "${SET_NAME}"`);
const SET = SET_NAME || 'truth';
const TRUTH_DIR = join(ROOT, 'tests', 'corpus', SET);
const TEXT_DIR = process.env.VL_CORPUS_DIR ?? join(homedir(), 'corpus', SET_NAME || 'texts');

interface Truth {
  id: string;
  body?: string;
  language?: string;
  form?: string;
  isNotice: boolean;
  fields?: Record<string, unknown>;
  unsure?: string[];
}

const args = process.argv.slice(2);
const quiet = args.includes('--quiet');
const onlyAt = args.indexOf('--only');
const only = onlyAt >= 0 ? args[onlyAt + 1] : undefined;

/** Key-order-independent JSON, so `{level, alternative}` equals `{alternative, level}`. */
function canonical(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  if (v && typeof v === 'object')
    return `{${Object.keys(v)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical((v as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  return JSON.stringify(v ?? null);
}

const pct = (a: number, b: number) => (b === 0 ? 'n/a' : `${((100 * a) / b).toFixed(1)} %`);
const short = (v: unknown) => {
  const s = canonical(v);
  return s.length > 90 ? `${s.slice(0, 87)}...` : s;
};

function readTruths(): Truth[] {
  if (!existsSync(TRUTH_DIR)) return [];
  const out: Truth[] = [];
  for (const f of readdirSync(TRUTH_DIR).sort()) {
    if (!f.endsWith('.json')) continue;
    try {
      const t = JSON.parse(readFileSync(join(TRUTH_DIR, f), 'utf8')) as Truth;
      if (!t.id) t.id = f.replace(/\.json$/, '');
      if (!only || t.id.startsWith(only)) out.push(t);
    } catch (e) {
      console.log(`! ${f}: unreadable truth (${(e as Error).message})`);
    }
  }
  return out;
}

function textFor(id: string): string | null {
  for (const ext of ['.txt', '.md', '.html']) {
    const p = join(TEXT_DIR, id + ext);
    if (existsSync(p)) return readFileSync(p, 'utf8');
  }
  return null;
}

function main(): void {
  const truths = readTruths();
  const fields = EXPECTED_FIELDS.filter((f) => f !== 'isNotice');
  const perField = new Map<string, { right: number; total: number }>(
    fields.map((f) => [f, { right: 0, total: 0 }]),
  );
  const misses: string[] = [];
  const detectMisses: string[] = [];
  const falsePositives: string[] = [];
  let skipped = 0;
  let dated = 0;
  let datedFound = 0;
  let notices = 0;
  let noticesFound = 0;
  let lookAlikes = 0;
  const byLang = new Map<string, { found: number; total: number }>();

  for (const t of truths) {
    const text = textFor(t.id);
    if (text === null) {
      skipped++;
      continue;
    }
    const detection = analyseNotice(text).detection;
    const why = detection.signals.join('; ');
    if (!t.isNotice) {
      lookAlikes++;
      if (detection.isNotice) falsePositives.push(`${t.id}  score ${detection.score}: ${why}`);
      continue;
    }
    notices++;
    if (detection.isNotice) noticesFound++;
    const hasDeadline = t.fields?.deadline != null;
    if (hasDeadline) {
      dated++;
      if (detection.isNotice) datedFound++;
      const lang = t.language ?? '?';
      const l = byLang.get(lang) ?? { found: 0, total: 0 };
      l.total++;
      if (detection.isNotice) l.found++;
      byLang.set(lang, l);
    }
    if (!detection.isNotice)
      detectMisses.push(
        `${t.id}${hasDeadline ? '' : ' (no deadline in truth)'}  score ${detection.score}: ${why}`,
      );

    if (!t.fields) continue;
    const forced = analyseNotice(text, { force: true });
    const got = forced.notice as Record<string, unknown> | null;
    const unsure = new Set(t.unsure ?? []);
    for (const f of fields) {
      if (unsure.has(f) || !(f in t.fields)) continue;
      const stat = perField.get(f)!;
      stat.total++;
      const value = got?.[f] ?? null;
      if (canonical(value) === canonical(t.fields[f])) stat.right++;
      else {
        const reason = forced.missing[f] ? `  (${forced.missing[f]})` : '';
        misses.push(`${t.id}  ${f}: expected ${short(t.fields[f])}, got ${short(value)}${reason}`);
      }
    }
  }

  const scored = truths.length - skipped;
  console.log(`Corpus: ${truths.length} truth files, ${scored} with text, ${skipped} skipped (text absent)`);
  console.log(`  texts from ${TEXT_DIR}`);
  if (scored === 0) {
    console.log('No corpus text present: nothing to score.');
    return;
  }

  console.log('\nField accuracy (detection bypassed):');
  let right = 0;
  let total = 0;
  for (const [f, s] of perField) {
    right += s.right;
    total += s.total;
    if (s.total)
      console.log(`  ${f.padEnd(24)} ${`${s.right}/${s.total}`.padStart(8)}  ${pct(s.right, s.total)}`);
  }

  console.log('\nDetection recall by language (notices with a dated deadline):');
  for (const [lang, s] of [...byLang].sort())
    console.log(`  ${lang}  ${`${s.found}/${s.total}`.padStart(7)}  ${pct(s.found, s.total)}`);

  if (!quiet) {
    if (detectMisses.length) console.log(`\nNotices not detected (${detectMisses.length}):`);
    for (const m of detectMisses) console.log(`  ${m}`);
    if (falsePositives.length) console.log(`\nLook-alikes detected as notices (${falsePositives.length}):`);
    for (const m of falsePositives) console.log(`  ${m}`);
    if (misses.length) console.log(`\nField misses (${misses.length}):`);
    for (const m of misses) console.log(`  ${m}`);
  }

  const key = ['title', 'reference', 'deadline'].map((f) => {
    const s = perField.get(f)!;
    return `${f} ${pct(s.right, s.total)}`;
  });
  console.log('\nSummary');
  console.log(
    `  detection recall: ${pct(datedFound, dated)} of ${dated} notices with a dated deadline (${pct(noticesFound, notices)} of all ${notices} notices)`,
  );
  console.log(`  false positives: ${falsePositives.length} of ${lookAlikes} look-alikes`);
  console.log(`  all fields: ${pct(right, total)} (${right}/${total})`);
  console.log(`  ${key.join(', ')}`);
}

main();
