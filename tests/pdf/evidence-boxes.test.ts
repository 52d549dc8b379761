/** evidenceBoxes: evidence offsets → boxes on the page, for the viewer's highlight. */
import { beforeAll, describe, expect, it } from 'vitest';
import { analyseNotice } from '../../lib/notice';
import { isPdfError, pageOf, type PdfText, type TextItem } from '../../lib/pdf';
import { evidenceBoxes } from '../../lib/pdf/evidence-boxes';
import { readPdf } from '../../lib/pdf/node';
import { pdfBytes, pdfCases } from './helpers';

const run = (page: number, x: number, y: number, str: string, start: number): TextItem => ({
  page,
  x,
  y,
  width: str.length * 5,
  height: 10,
  str,
  start,
  end: start + str.length,
});

describe('evidenceBoxes (hand-made runs)', () => {
  // "Deadline: 04/06/2026" on one line as two runs, then "noon" on the next line, then page 2.
  const items = [
    run(1, 100, 50, 'Deadline: ', 0),
    run(1, 150, 50, '04/06/2026', 10),
    run(1, 100, 64, 'noon', 21),
  ];
  items.push(run(2, 100, 50, 'next page', 27));

  it('cuts a run to the part quoted, in proportion to its characters', () => {
    expect(evidenceBoxes({ items }, 10, 20)).toEqual({
      page: 1,
      boxes: [{ x: 150, y: 50, width: 50, height: 10 }],
    });
    expect(evidenceBoxes({ items }, 5, 10)!.boxes).toEqual([{ x: 125, y: 50, width: 25, height: 10 }]);
  });

  it('merges the runs of one line and gives one box per line', () => {
    expect(evidenceBoxes({ items }, 0, 25)!.boxes).toEqual([
      { x: 100, y: 50, width: 100, height: 10 },
      { x: 100, y: 64, width: 20, height: 10 },
    ]);
  });

  it('stays on the page where the evidence starts; nothing for an empty or unknown range', () => {
    expect(evidenceBoxes({ items }, 21, 40)).toEqual({
      page: 1,
      boxes: [{ x: 100, y: 64, width: 20, height: 10 }],
    });
    expect(evidenceBoxes({ items }, 5, 5)).toBeNull();
    expect(evidenceBoxes({ items }, 500, 600)).toBeNull();
  });
});

describe('evidenceBoxes on the seed PDFs: every field of every seed has boxes on its page', () => {
  const cases = pdfCases().filter((c) => c.name.startsWith('seed-'));
  const read = new Map<string, PdfText>();
  beforeAll(async () => {
    for (const c of cases) {
      const r = await readPdf(pdfBytes(c.path));
      if (isPdfError(r)) throw new Error(r.message);
      read.set(c.name, r);
    }
  });

  it.each(cases.map((c) => c.name))('%s', (name) => {
    const pdf = read.get(name)!;
    const analysis = analyseNotice(pdf.text, { format: 'text' });
    const fields = Object.entries(analysis.evidence);
    expect(fields.length).toBeGreaterThan(10);
    for (const [field, ev] of fields) {
      const found = evidenceBoxes(pdf, ev.start, ev.end);
      expect(found, field).not.toBeNull();
      expect(found!.page, field).toBe(pageOf(pdf, ev.start));
      // The boxes hold the quote's text: the runs under them spell it (letters and digits only).
      const alnum = (s: string) =>
        s
          .normalize('NFKC')
          .toLowerCase()
          .replace(/[^\p{L}\p{N}]+/gu, '');
      const under = pdf.items
        .filter((i) => i.page === found!.page && i.end > ev.start && i.start < ev.end)
        .map((i) => i.str)
        .join('');
      expect(alnum(under), field).toContain(alnum(ev.quote).slice(0, 40));
      for (const b of found!.boxes) expect(b.width > 0 && b.height > 0, field).toBe(true);
    }
  });
});
