import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runAnalyze, type Io } from '../../cli/analyze';
import { EXPECTED_FIELDS } from '../../lib/notice';
import { goldenCases, NON_NOTICES_DIR, ROOT, SEEDS_DIR } from '../helpers/fixtures';

async function run(argv: string[], localZone = 'America/New_York') {
  let out = '';
  let err = '';
  const io: Io = { out: (s) => (out += s), err: (s) => (err += s), cwd: ROOT, localZone };
  const code = await runAnalyze(argv, io);
  return { code, out, err };
}

const NOW = ['--now', '2026-03-01T10:00:00Z'];

describe('npm run analyze', () => {
  it('with no files analyses the five seeds and prints a readable summary with a verdict', async () => {
    const r = await run(NOW);
    expect(r.code).toBe(0);
    expect(r.out.match(/^━━ seeds\/\d{3}_/gm)).toHaveLength(5);
    expect(r.out).toContain('EC/2026/TAXUD/453922');
    expect(r.out).toContain('Thu, 4 Jun 2026, 12:00 CEST (UTC+02:00) Brussels');
    expect(r.out).toContain('Thu, 4 Jun 2026, 06:00 (UTC-04:00) your time (America/New_York)');
    expect(r.out).toContain('95 days left');
    expect(r.out).toMatch(/Verdict {6}ELIGIBLE/);
  });

  it('with --json prints one object per line whose notice is exactly the expected fields', async () => {
    const seeds = goldenCases(SEEDS_DIR);
    const r = await run(['--json', ...NOW, ...seeds.map((s) => s.path)]);
    expect(r.code).toBe(0);
    const lines = r.out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines).toHaveLength(5);
    lines.forEach((line, i) => {
      expect(Object.keys(line.notice)).toEqual([...EXPECTED_FIELDS]);
      expect(line.notice).toEqual(seeds[i].expected);
      expect(line.evidence.deadline.quote).toMatch(/\d/);
      expect(line.detection.isNotice).toBe(true);
      expect(['eligible', 'not_eligible', 'check', 'closed']).toContain(line.eligibility.overall);
    });
  });

  it('prints notice: null with the reasons for a page that is not a notice', async () => {
    const r = await run(['--json', join(NON_NOTICES_DIR, 'eu-careers-working-conditions.html')]);
    const line = JSON.parse(r.out);
    expect(line.notice).toBeNull();
    expect(line.detection.isNotice).toBe(false);
    expect(line.detection.signals.length).toBeGreaterThan(0);
  });

  it('reports unreadable and unsupported files on stderr, exits 1, and still processes the rest', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vl-cli-'));
    const pdf = join(dir, 'notice.pdf');
    writeFileSync(pdf, '%PDF-1.7');
    const bin = join(dir, 'blob.txt');
    writeFileSync(bin, Buffer.from([0, 1, 2, 3]));
    const r = await run(['--json', join(dir, 'missing.txt'), pdf, bin, goldenCases(SEEDS_DIR)[0].path]);
    expect(r.code).toBe(1);
    expect(r.err).toContain('missing.txt: no such file');
    expect(r.err).toMatch(/notice\.pdf: this PDF is damaged or incomplete/);
    expect(r.err).toContain('blob.txt: binary file');
    expect(r.out.trim().split('\n')).toHaveLength(1);
  });

  it('rejects an invalid profile with the reasons and exit code 2', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vl-cli-'));
    const bad = join(dir, 'profile.json');
    writeFileSync(bad, JSON.stringify({ nationalities: ['XX'] }));
    const r = await run(['--profile', bad]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/invalid profile/);
    expect(r.err).toMatch(/nationalities/);
  });

  it('rejects a bad --now', async () => {
    expect((await run(['--now', 'tomorrow'])).code).toBe(2);
  });

  it('rejects a bad --pdf-timeout or --pdf-memory', async () => {
    for (const argv of [['--pdf-timeout', '0'], ['--pdf-timeout'], ['--pdf-memory', 'lots']]) {
      const r = await run(argv);
      expect(r.code).toBe(2);
      expect(r.err).toMatch(/needs a positive number/);
    }
  });

  it('--help lists every option', async () => {
    const r = await run(['--help']);
    for (const option of [
      '--json',
      '--now',
      '--profile',
      '--no-profile',
      '--force',
      '--pdf-timeout',
      '--pdf-memory',
    ])
      expect(r.err).toContain(option);
  });
});

describe('npm run analyze -- --force (what the context menu does)', () => {
  const page = join(NON_NOTICES_DIR, 'eu-careers-working-conditions.html');

  it('reads a page detection rejects, and keeps the detection that says so', async () => {
    const plain = JSON.parse((await run(['--json', page])).out);
    expect(plain.notice).toBeNull();
    const forced = await run(['--json', '--force', page]);
    expect(forced.code).toBe(0);
    const line = JSON.parse(forced.out);
    expect(line.detection.isNotice).toBe(false);
    expect(line.notice).not.toBeNull();
    expect(Object.keys(line.notice)).toEqual([...EXPECTED_FIELDS]);
    // what the page does say is read, with its evidence
    expect(line.notice.functionGroup).toBe('FGIV');
    expect(line.evidence.functionGroup.quote).toMatch(/FG ?IV/);
    expect(line.eligibility).not.toBeNull();
  });

  it('the summary says the file was read although detection said no', async () => {
    const r = await run(['--force', '--no-profile', page]);
    expect(r.code).toBe(0);
    expect(r.out).toContain('Detection    not a vacancy notice, read anyway (--force):');
    // FG IV exists for contract agents alone: the summary says so, with a note in the evidence.
    expect(r.out).toMatch(/Post {9}Contract agent · FGIV/);
  });

  it('changes nothing for a real notice', async () => {
    const seed = goldenCases(SEEDS_DIR)[0].path;
    const [plain, forced] = await Promise.all([
      run(['--json', ...NOW, seed]),
      run(['--json', '--force', ...NOW, seed]),
    ]);
    expect(forced.out).toBe(plain.out);
  });

  it('applies to PDFs too', async () => {
    const pdf = join(ROOT, 'tests', 'fixtures', 'pdf', 'large.pdf'); // 300 "Annex page n." pages
    expect(JSON.parse((await run(['--json', pdf])).out).notice).toBeNull();
    const line = JSON.parse((await run(['--json', '--force', pdf])).out);
    expect(line.detection.isNotice).toBe(false);
    expect(line.notice).not.toBeNull();
  }, 30_000);
});
