/**
 * PDFs read in a separate process (IsolatedPdfReader, used by the CLI) under a time limit and a
 * memory cap that really stop pdf.js — tested on a PDF bomb: 4 MB whose content stream inflates
 * to 4 GB (tests/pdf/bomb.ts).
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_MAX_RSS_MB, IsolatedPdfReader, readPdf, readPdfIsolated } from '../../lib/pdf/node';
import { ROOT } from '../helpers/fixtures';
import { BOMB_TEXT, GiB, pdfBomb, zlibBomb } from './bomb';
import { BROKEN_DIR, PDF_DIR, pdfBytes } from './helpers';
import { procSupported, watchTree } from './proc-memory';

const MB = 1024 * 1024;

describe('the PDF bomb generator', () => {
  it('makes a valid zlib stream that inflates to exactly the size it says (64 MB here)', () => {
    const { deflated, inflatedLength } = zlibBomb(64 * MB);
    const inflated = inflateSync(deflated); // zlib checks the Adler-32 too
    expect(inflated.length).toBe(inflatedLength);
    expect(inflated.subarray(0, BOMB_TEXT.length).toString('latin1')).toBe(BOMB_TEXT);
    expect(inflated.subarray(BOMB_TEXT.length).every((b) => b === 0)).toBe(true);
  });

  it('4 GiB inflated fit in a PDF of under 5 MB, built quickly', () => {
    const t = Date.now();
    const pdf = pdfBomb(4 * GiB);
    expect(Date.now() - t).toBeLessThan(2000);
    expect(pdf.length).toBeLessThan(5 * MB);
    expect(pdf.subarray(0, 8).toString('latin1')).toBe('%PDF-1.7');
  });
});

describe('IsolatedPdfReader', () => {
  it('gives what readPdf gives in this process, for several PDFs in one reader', async () => {
    const reader = new IsolatedPdfReader();
    try {
      for (const name of ['seed-000.pdf', 'two-columns.pdf']) {
        const bytes = pdfBytes(join(PDF_DIR, name));
        expect(await reader.read(bytes)).toEqual(await readPdf(bytes));
      }
      expect(await reader.read(pdfBytes(join(BROKEN_DIR, 'encrypted.pdf')))).toMatchObject({
        error: 'encrypted',
      });
      // and the reader goes on
      expect(await reader.read(pdfBytes(join(PDF_DIR, 'seed-001.pdf')))).toMatchObject({ pageCount: 8 });
    } finally {
      await reader.close();
    }
  }, 60_000);

  it('the time limit kills pdf.js stuck inflating the bomb, in time', async () => {
    const t = Date.now();
    const r = await readPdfIsolated(pdfBomb(), { timeoutMs: 1000, maxRssMb: 1536 });
    expect(r).toEqual({
      error: 'timeout',
      message: expect.stringMatching(/^reading this PDF took longer than 1 s and was stopped/),
    });
    expect(Date.now() - t).toBeLessThan(3000);
  }, 20_000);
});

describe('npm run analyze on a 4 GB PDF bomb (a real CLI process)', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'vl-bomb-'));
    writeFileSync(join(dir, 'bomb.pdf'), pdfBomb(4 * GiB));
  });

  it('stops it at the memory cap, in seconds, under 1 GB in all, and still reads the next file', async () => {
    const seed = join(PDF_DIR, 'seed-001.pdf');
    // node itself with tsx's loader (not the tsx command, which would add a process).
    const cli = spawn(
      process.execPath,
      ['--import', 'tsx', 'cli/analyze.ts', '--json', join(dir, 'bomb.pdf'), seed],
      { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    const memory = watchTree(cli.pid!, 20);
    let out = '';
    let err = '';
    cli.stdout.on('data', (d) => (out += d));
    cli.stderr.on('data', (d) => (err += d));
    const t = Date.now();
    const code = await new Promise<number | null>((resolve) => cli.on('exit', resolve));
    const seconds = (Date.now() - t) / 1000;
    const { peakMb, processes } = memory.stop();
    console.log(
      `  bomb: CLI done in ${seconds.toFixed(1)} s; peak resident memory ${Math.round(peakMb)} MB ` +
        `(each process's peak: ${[...processes.values()].map((m) => `${Math.round(m)} MB`).join(', ')})`,
    );

    expect(code).toBe(1);
    expect(err).toContain(
      `bomb.pdf: reading this PDF needed more memory than the ${DEFAULT_MAX_RSS_MB} MB allowed and was stopped`,
    );
    expect(err).toContain('(--pdf-memory raises the limit)');
    const lines = out.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0]).notice.reference).toBe('CLIMA/COM/2025/814');
    // Before: 10.8 GB for 96 s. The time limit (20 s) was not needed: the memory cap came first.
    expect(seconds).toBeLessThan(20);
    if (procSupported) {
      expect(processes.size).toBeGreaterThanOrEqual(2); // the CLI and its PDF reader(s)
      expect(peakMb).toBeLessThan(1024);
      // nothing left running (tsx's esbuild helpers leave when their parent's pipe closes: give them a moment)
      const alive = () => [...processes.keys()].filter((pid) => existsSync(`/proc/${pid}`));
      for (let i = 0; i < 50 && alive().length > 0; i++) await new Promise((r) => setTimeout(r, 50));
      expect(alive()).toEqual([]);
    }
  }, 60_000);
});
