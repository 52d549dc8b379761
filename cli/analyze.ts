/**
 * npm run analyze -- [--json] [--now ISO] [--profile FILE] [--force] [FILE...]
 *
 * Reads vacancy notices (.txt, .md, .html, .pdf) and prints a readable summary per
 * notice, or one JSON object per line with --json (a PDF's evidence also gives its page). Without files it analyses
 * the bundled seeds; without --profile it uses seeds/profile.example.json. --force reads every file
 * as a notice even when detection says it is not one (as the context menu's "Analyse with Vacancy Lens").
 * PDFs are read in a separate process that is killed after --pdf-timeout seconds or above
 * --pdf-memory MB (a small PDF can inflate to gigabytes).
 * A file that cannot be read is reported on stderr and the others still run;
 * the exit code is then 1.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import { evaluateEligibility, type EligibilityResult } from '../lib/eligibility';
import { analyseNotice, EXPECTED_FIELDS, type Analysis, type NoticeFields } from '../lib/notice';
import { DEFAULT_TIMEOUT_MS, pageOf } from '../lib/pdf';
import { DEFAULT_MAX_RSS_MB, IsolatedPdfReader, isIsolatedPdfError } from '../lib/pdf/node';
import { parseProfile, type Profile } from '../lib/profile';
import { formatSummary } from './summary';

const ROOT = join(import.meta.dirname, '..');
const USAGE = `usage: npm run analyze -- [--json] [--now ISO-8601] [--profile FILE | --no-profile] [--force]
                           [--pdf-timeout SECONDS] [--pdf-memory MB] [FILE...]
  --json            one JSON object per line instead of the readable summary
  --now ISO-8601    the moment deadlines and time left are counted from (default: now)
  --profile FILE    the candidate profile (default: seeds/profile.example.json); --no-profile: fields only
  --force           read each file as a notice even when detection says it is not one
  --pdf-timeout S   stop reading a PDF after S seconds (default ${DEFAULT_TIMEOUT_MS / 1000})
  --pdf-memory MB   stop reading a PDF when its reader uses more than MB of memory (default ${DEFAULT_MAX_RSS_MB})`;

interface Options {
  json: boolean;
  now: Date;
  profilePath: string | null;
  force: boolean;
  pdfTimeoutMs: number;
  pdfMaxRssMb: number;
  files: string[];
}

class UsageError extends Error {}

function parseArgs(argv: string[]): Options {
  const opts: Options = {
    json: false,
    now: new Date(),
    profilePath: join(ROOT, 'seeds', 'profile.example.json'),
    force: false,
    pdfTimeoutMs: DEFAULT_TIMEOUT_MS,
    pdfMaxRssMb: DEFAULT_MAX_RSS_MB,
    files: [],
  };
  const positive = (name: string, v: string | undefined): number => {
    const n = v === undefined || v.trim() === '' ? NaN : Number(v);
    if (!Number.isFinite(n) || n <= 0)
      throw new UsageError(`${name} needs a positive number, got ${v ?? 'nothing'}`);
    return n;
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--json') opts.json = true;
    else if (a === '--now') {
      const v = argv[++i];
      const t = v ? Date.parse(v) : NaN;
      if (Number.isNaN(t)) throw new UsageError(`--now needs an ISO 8601 date-time, got ${v ?? 'nothing'}`);
      opts.now = new Date(t);
    } else if (a === '--profile') {
      const v = argv[++i];
      if (!v) throw new UsageError('--profile needs a file');
      opts.profilePath = v;
    } else if (a === '--no-profile') opts.profilePath = null;
    else if (a === '--force') opts.force = true;
    else if (a === '--pdf-timeout') opts.pdfTimeoutMs = positive(a, argv[++i]) * 1000;
    else if (a === '--pdf-memory') opts.pdfMaxRssMb = positive(a, argv[++i]);
    else if (a === '--help' || a === '-h') throw new UsageError('');
    else if (a.startsWith('--')) throw new UsageError(`unknown option ${a}`);
    else opts.files.push(a);
  }
  if (opts.files.length === 0) {
    const seeds = join(ROOT, 'seeds');
    opts.files = readdirSync(seeds)
      .filter((f) => /^\d+_.*\.(txt|md|html)$/.test(f))
      .sort()
      .map((f) => join(seeds, f));
  }
  return opts;
}

function loadProfile(path: string | null): Profile | null {
  if (!path) return null;
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new UsageError(`cannot read the profile ${path}: ${(e as Error).message}`);
  }
  const parsed = parseProfile(json);
  if (!parsed.ok)
    throw new UsageError(
      `invalid profile ${path}:\n${parsed.errors.map((e) => `  ${e.path || '(root)'}: ${e.message}`).join('\n')}`,
    );
  return parsed.profile;
}

type FileResult = { ok: true; analysis: Analysis } | { ok: false; error: string };

function readError(e: unknown): FileResult {
  const err = e as NodeJS.ErrnoException;
  return {
    ok: false,
    error: err.code === 'ENOENT' ? 'no such file' : err.code === 'EISDIR' ? 'is a directory' : err.message,
  };
}

/** Hints at the option that lifts a limit, after the reader's own message. */
const PDF_LIMIT_HINTS: Record<string, string> = {
  timeout: ' (--pdf-timeout raises the limit)',
  'too-much-memory': ' (--pdf-memory raises the limit)',
};

/**
 * A PDF: its text in reading order, read like a text file; each piece of evidence gets its page.
 * pdf.js runs in a child process (one for the whole run, replaced after a failure) that is killed
 * at the time limit or the memory cap.
 */
async function analysePdf(path: string, pdfs: IsolatedPdfReader, force: boolean): Promise<FileResult> {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(readFileSync(path));
  } catch (e) {
    return readError(e);
  }
  const pdf = await pdfs.read(bytes);
  if (isIsolatedPdfError(pdf)) return { ok: false, error: pdf.message + (PDF_LIMIT_HINTS[pdf.error] ?? '') };
  const analysis = analyseNotice(pdf.text, { format: 'text', force });
  for (const ev of Object.values(analysis.evidence)) ev.page = pageOf(pdf, ev.start);
  return { ok: true, analysis };
}

async function analyseFile(path: string, opts: Options, pdfs: () => IsolatedPdfReader): Promise<FileResult> {
  const ext = extname(path).toLowerCase();
  if (ext === '.pdf') return analysePdf(path, pdfs(), opts.force);
  if (!['.txt', '.md', '.html', '.htm'].includes(ext))
    return { ok: false, error: `unsupported file type "${ext || '(none)'}": use .txt, .md, .html or .pdf` };
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    return readError(e);
  }
  if (text.includes('\u0000')) return { ok: false, error: 'binary file, not text' };
  const format = ext === '.md' ? 'markdown' : ext === '.txt' ? undefined : 'html';
  return { ok: true, analysis: analyseNotice(text, { format, force: opts.force }) };
}

/** The notice exactly as in expected.json; the extras go beside it. */
function split(notice: NoticeFields | null) {
  if (!notice) return { notice: null, details: null };
  const fields: Record<string, unknown> = {};
  for (const f of EXPECTED_FIELDS) fields[f] = notice[f];
  const { unit, domain, probationMonths, deadlineZone, requirements } = notice;
  return { notice: fields, details: { unit, domain, probationMonths, deadlineZone, requirements } };
}

export interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
  cwd: string;
  localZone: string;
}

const processIo: Io = {
  out: (s) => process.stdout.write(s),
  err: (s) => process.stderr.write(s),
  cwd: process.cwd(),
  localZone: Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC',
};

/** Runs the CLI; resolves to the exit code (0 ok, 1 a file failed, 2 usage error). */
export async function runAnalyze(argv: string[], io: Io = processIo): Promise<number> {
  let opts: Options;
  let profile: Profile | null;
  try {
    opts = parseArgs(argv);
    profile = loadProfile(opts.profilePath);
  } catch (e) {
    if (e instanceof UsageError) {
      if (e.message) io.err(`analyze: ${e.message}\n`);
      io.err(`${USAGE}\n`);
      return 2;
    }
    throw e;
  }
  let failures = 0;
  const blocks: string[] = [];
  let reader: IsolatedPdfReader | null = null;
  const pdfs = () =>
    (reader ??= new IsolatedPdfReader({ timeoutMs: opts.pdfTimeoutMs, maxRssMb: opts.pdfMaxRssMb }));
  try {
    for (const file of opts.files) {
      const shown = relative(io.cwd, file) || file;
      const r = await analyseFile(file, opts, pdfs);
      if (!r.ok) {
        failures++;
        io.err(`analyze: ${shown}: ${r.error}\n`);
        continue;
      }
      const eligibility: EligibilityResult | null = r.analysis.notice
        ? evaluateEligibility(r.analysis.notice, profile, opts.now)
        : null;
      if (opts.json) {
        const { notice, details } = split(r.analysis.notice);
        const line = {
          file: shown,
          notice,
          details,
          evidence: r.analysis.evidence,
          missing: r.analysis.missing,
          detection: r.analysis.detection,
          eligibility,
        };
        io.out(`${JSON.stringify(line)}\n`);
      } else
        blocks.push(
          formatSummary(shown, r.analysis, eligibility, {
            nowMs: opts.now.getTime(),
            localZone: io.localZone,
          }),
        );
    }
  } finally {
    await (reader as IsolatedPdfReader | null)?.close();
  }
  if (!opts.json) {
    if (!profile) blocks.push('(no profile: eligibility not evaluated)');
    io.out(`${blocks.join('\n\n')}\n`);
  }
  return failures ? 1 : 0;
}

if (process.argv[1] && /analyze\.ts$/.test(process.argv[1]))
  process.exitCode = await runAnalyze(process.argv.slice(2));
