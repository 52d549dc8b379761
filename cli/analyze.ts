/**
 * npm run analyze -- [--json] [--now ISO] [--profile FILE] [FILE...]
 *
 * Reads vacancy notices (.txt, .md, .html, .pdf) and prints a readable summary per
 * notice, or one JSON object per line with --json (a PDF's evidence also gives its page). Without files it analyses
 * the bundled seeds; without --profile it uses seeds/profile.example.json.
 * A file that cannot be read is reported on stderr and the others still run;
 * the exit code is then 1.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import { evaluateEligibility, type EligibilityResult } from '../lib/eligibility';
import { analyseNotice, EXPECTED_FIELDS, type Analysis, type NoticeFields } from '../lib/notice';
import { isPdfError, pageOf } from '../lib/pdf';
import { readPdf } from '../lib/pdf/node';
import { parseProfile, type Profile } from '../lib/profile';
import { formatSummary } from './summary';

const ROOT = join(import.meta.dirname, '..');
const USAGE = 'usage: npm run analyze -- [--json] [--now ISO-8601] [--profile FILE | --no-profile] [FILE...]';

interface Options {
  json: boolean;
  now: Date;
  profilePath: string | null;
  files: string[];
}

class UsageError extends Error {}

function parseArgs(argv: string[]): Options {
  const opts: Options = {
    json: false,
    now: new Date(),
    profilePath: join(ROOT, 'seeds', 'profile.example.json'),
    files: [],
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

/** A PDF: its text in reading order, read like a text file; each piece of evidence gets its page. */
async function analysePdf(path: string): Promise<FileResult> {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(readFileSync(path));
  } catch (e) {
    return readError(e);
  }
  const pdf = await readPdf(bytes);
  if (isPdfError(pdf)) return { ok: false, error: pdf.message };
  const analysis = analyseNotice(pdf.text, { format: 'text' });
  for (const ev of Object.values(analysis.evidence)) ev.page = pageOf(pdf, ev.start);
  return { ok: true, analysis };
}

async function analyseFile(path: string): Promise<FileResult> {
  const ext = extname(path).toLowerCase();
  if (ext === '.pdf') return analysePdf(path);
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
  return { ok: true, analysis: analyseNotice(text, { format }) };
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
  for (const file of opts.files) {
    const shown = relative(io.cwd, file) || file;
    const r = await analyseFile(file);
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
        formatSummary(shown, r.analysis, eligibility, { nowMs: opts.now.getTime(), localZone: io.localZone }),
      );
  }
  if (!opts.json) {
    if (!profile) blocks.push('(no profile: eligibility not evaluated)');
    io.out(`${blocks.join('\n\n')}\n`);
  }
  return failures ? 1 : 0;
}

if (process.argv[1] && /analyze\.ts$/.test(process.argv[1]))
  process.exitCode = await runAnalyze(process.argv.slice(2));
