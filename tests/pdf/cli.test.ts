/** npm run analyze on PDFs: the same JSON as for text files, evidence with its page, broken files on stderr. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runAnalyze, type Io } from '../../cli/analyze';
import { EXPECTED_FIELDS } from '../../lib/notice';
import { ROOT } from '../helpers/fixtures';
import { BROKEN_DIR, PDF_DIR, pdfCases } from './helpers';

async function run(argv: string[]) {
  let out = '';
  let err = '';
  const io: Io = { out: (s) => (out += s), err: (s) => (err += s), cwd: ROOT, localZone: 'Europe/Brussels' };
  const code = await runAnalyze(argv, io);
  return { code, out, err };
}

const NOW = ['--now', '2026-03-01T10:00:00Z'];

describe('npm run analyze -- notice.pdf', () => {
  it('--json: one line per PDF whose notice is exactly expected.json, evidence with its page', async () => {
    const cases = pdfCases();
    const r = await run(['--json', ...NOW, ...cases.map((c) => c.path)]);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const lines = r.out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines).toHaveLength(cases.length);
    lines.forEach((line, i) => {
      expect(line.file).toBe(`tests/fixtures/pdf/${cases[i].name}`);
      expect(Object.keys(line.notice)).toEqual([...EXPECTED_FIELDS]);
      expect(line.notice).toEqual(cases[i].expected);
      for (const ev of Object.values(line.evidence) as Array<{ page?: number; quote: string }>) {
        expect(ev.page).toBeGreaterThanOrEqual(1);
        expect(ev.quote.length).toBeGreaterThan(0);
      }
      expect(['eligible', 'not_eligible', 'check', 'closed']).toContain(line.eligibility.overall);
    });
    expect(lines[0].evidence.deadline).toMatchObject({
      quote: 'Express your interest until: 04/06/2026 - 12.00 (noon, Brussels time)',
      page: 2,
    });
  });

  it('prints the readable summary for a PDF too', async () => {
    const r = await run([...NOW, join(PDF_DIR, 'key-facts-table.pdf')]);
    expect(r.code).toBe(0);
    expect(r.out).toContain('━━ tests/fixtures/pdf/key-facts-table.pdf');
    expect(r.out).toContain('EC/2026/CLIMA/461207');
  });

  it('a broken PDF: its message on stderr, exit 1, the other files still processed', async () => {
    const r = await run([
      '--json',
      ...NOW,
      join(BROKEN_DIR, 'encrypted.pdf'),
      join(PDF_DIR, 'seed-001.pdf'),
      join(BROKEN_DIR, 'truncated.pdf'),
      join(BROKEN_DIR, 'html-as-pdf.pdf'),
      join(BROKEN_DIR, 'empty.pdf'),
      join(BROKEN_DIR, 'missing.pdf'),
    ]);
    expect(r.code).toBe(1);
    expect(r.err).toContain(
      'analyze: tests/fixtures/pdf/broken/encrypted.pdf: this PDF is password-protected',
    );
    expect(r.err).toContain(
      'analyze: tests/fixtures/pdf/broken/truncated.pdf: this PDF is damaged or incomplete',
    );
    expect(r.err).toContain(
      'analyze: tests/fixtures/pdf/broken/html-as-pdf.pdf: this file is a web page (HTML)',
    );
    expect(r.err).toContain('analyze: tests/fixtures/pdf/broken/empty.pdf: this file is empty');
    expect(r.err).toContain('analyze: tests/fixtures/pdf/broken/missing.pdf: no such file');
    const lines = r.out.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0]).notice.reference).toBe('CLIMA/COM/2025/814');
  });
});
