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
});
