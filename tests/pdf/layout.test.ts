/**
 * The text assembly steps on hand-placed runs (page space: points, y down), one behaviour each.
 */
import { describe, expect, it } from 'vitest';
import { layoutPages, toRuns, type PageRuns, type Run } from '../../lib/pdf';
import { item } from './helpers';

const H = 10;
/** A run whose width follows its length (0.5 em a character). */
function run(str: string, x: number, baseline: number, h = H): Run {
  return { str, x, x1: x + str.length * h * 0.5, baseline, h };
}
const page = (number: number, runs: Run[]): PageRuns => ({ number, width: 595, height: 842, runs });
const textOf = (...pages: PageRuns[]) => layoutPages(pages).text;

/** A paragraph of full lines (90 characters, each reaching x = 50 + 90 × 5 = 500), 14 pt apart. */
function fullLines(x: number, top: number, starts: string[]): Run[] {
  const fill = (s: string): string =>
    s.length >= 90 ? s.slice(0, 89).trimEnd().padEnd(89, 'm') + 'e' : fill(`${s} amet`);
  return starts.map((w, i) => run(fill(w), x, top + i * 14));
}

describe('runs', () => {
  it('maps pdf.js items to page space (y down) and leaves out empty and rotated text', () => {
    const runs = toRuns(
      [
        item('Deadline', 72, 100, 12, 48),
        item('   ', 130, 100),
        { str: 'DRAFT', transform: [0, 40, -40, 0, 300, 400], width: 120, height: 40 },
        { type: 'beginMarkedContent' },
      ],
      { width: 595, height: 842, transform: [1, 0, 0, -1, 0, 842] },
    );
    expect(runs).toEqual([{ str: 'Deadline', x: 72, x1: 120, baseline: 100, h: 12 }]);
  });
});

describe('lines', () => {
  it('groups runs by baseline, sorts them left to right, puts a space only where there is a gap', () => {
    expect(
      textOf(
        page(1, [run('world', 78, 100), run('Hello', 50, 100.5), run('!', 103, 100), run('Next', 50, 114)]),
      ),
    ).toBe('Hello world!\nNext');
  });

  it('a raised, smaller number glued to a word is a footnote marker: a superscript digit', () => {
    expect(textOf(page(1, [run('Sweden', 50, 100), run('1', 80, 96, 7), run('.', 83.5, 100)]))).toBe(
      'Sweden¹.',
    );
  });

  it('a blank line marks a paragraph: the line advance exceeds the usual pitch by half a line', () => {
    const runs = [
      run('First paragraph line one', 50, 100),
      run('line two', 50, 114),
      run('line three.', 50, 128),
      run('Second paragraph.', 50, 152),
    ];
    expect(textOf(page(1, runs))).toBe(
      'First paragraph line one\nline two\nline three.\n\nSecond paragraph.',
    );
  });

  it('a table row: a wide gap that other rows share splits label and value onto lines of their own', () => {
    const runs = [
      run('Reference', 50, 100),
      run('EC/2026/CLIMA/461207', 200, 100),
      run('Place of employment', 50, 124),
      run('Brussels', 200, 124),
    ];
    expect(textOf(page(1, runs))).toBe('Reference\nEC/2026/CLIMA/461207\n\nPlace of employment\nBrussels');
  });

  it("a table cell's wrapped lines stay with their cell", () => {
    const runs = [
      run('Duration of the first', 50, 100),
      run('4 years', 200, 100),
      run('contract', 50, 113),
      run('Deadline', 50, 137),
      run('23 March 2026 at 12:00', 200, 137),
      run('(Brussels time)', 200, 150),
    ];
    expect(textOf(page(1, runs))).toBe(
      'Duration of the first contract\n4 years\n\nDeadline\n23 March 2026 at 12:00 (Brussels time)',
    );
  });
});

describe('joining lines', () => {
  const para = fullLines(50, 100, ['The Agency provides', 'technical assistance', 'and operational']);

  it('a full line whose next word would not have fitted is wrapped: joined with a space', () => {
    const text = textOf(page(1, [...para, run('support to the Member States.', 50, 142)]));
    expect(text.split('\n')).toHaveLength(1);
    expect(text).toMatch(/e support to the Member States\.$/);
  });

  it('a short line ended on purpose: the line break stays', () => {
    const text = textOf(page(1, [...para, run('Short line', 50, 142), run('Next line', 50, 156)]));
    expect(text.endsWith('Short line\nNext line')).toBe(true);
  });

  it('a line ending a sentence, or a "Label: " line after a full line, keeps its break', () => {
    const full = run(
      'Deadline for applications is set out below in the call for expression of interest.',
      50,
      142,
    );
    const text = textOf(page(1, [...para, full, run('Place of employment: Brussels', 50, 156)]));
    expect(text.endsWith('of interest.\nPlace of employment: Brussels')).toBe(true);
  });

  it.each([
    ['develop-', 'ment of the system', '', 'development of the system'],
    ['post-', 'secondary education', 'a post-secondary diploma', 'post-secondary education'],
    [
      'https://eu-careers.europa.eu/en/Cast-',
      'permanent',
      '',
      'https://eu-careers.europa.eu/en/Cast-permanent',
    ],
    ['a 9-', 'month probation', '', 'a 9-month probation'],
    ['Franco-', 'German cooperation', '', 'Franco-German cooperation'],
  ])(
    '"%s" + "%s" → one word (the hyphen stays unless it only split a word)',
    (end, next, elsewhere, joined) => {
      const runs = [run(end, 50, 100), run(next, 50, 114)];
      if (elsewhere) runs.push(run(elsewhere, 50, 160));
      expect(textOf(page(1, runs)).split('\n')[0]).toBe(joined);
    },
  );

  it('a page break is a blank line; a word split across pages is still joined', () => {
    expect(textOf(page(1, [run('End of page one.', 50, 400)]), page(2, [run('Page two.', 50, 100)]))).toBe(
      'End of page one.\n\nPage two.',
    );
    expect(textOf(page(1, [run('the develop-', 50, 400)]), page(2, [run('ment plan', 50, 100)]))).toBe(
      'the development plan',
    );
  });
});

describe('lists', () => {
  it('indented lines after an intro are list items whose marks were drawn: they get "• "', () => {
    const runs = [
      run('Candidates are selected on the basis of the criteria below.', 50, 72),
      run('You must:', 50, 86),
      run('be a national of a Member State;', 80, 100),
      run('enjoy full rights as a citizen;', 80, 114),
      run('(c) have a diploma.', 80, 128),
      run('Back at the margin.', 50, 156),
    ];
    expect(textOf(page(1, runs))).toBe(
      'Candidates are selected on the basis of the criteria below.\nYou must:\n• be a national of a Member State;\n• enjoy full rights as a citizen;\n(c) have a diploma.\n\nBack at the margin.',
    );
  });
  it('a list whose marks are written gets none added, not even on its wrapped lines', () => {
    const runs = [
      run('Candidates are selected on the basis of the criteria below.', 50, 72),
      run('You must:', 50, 86),
      run('•', 62, 100),
      run('be a national of a Member State of the European Union.', 80, 100),
      run('Iceland and Norway count too.', 80, 114),
      run('•', 62, 128),
      run('enjoy full rights as a citizen.', 80, 128),
      run('This is checked later.', 80, 142),
      run('Back at the margin.', 50, 170),
    ];
    expect(textOf(page(1, runs))).toBe(
      'Candidates are selected on the basis of the criteria below.\nYou must:\n' +
        '• be a national of a Member State of the European Union.\nIceland and Norway count too.\n' +
        '• enjoy full rights as a citizen.\nThis is checked later.\n\nBack at the margin.',
    );
  });
});

describe('columns', () => {
  /** Two columns of full lines (x 50–250 and 300–500) under a full-width title. */
  function twoColumns(): Run[] {
    const col = (x: number, top: number, label: string) =>
      Array.from({ length: 12 }, (_, i) => run(`${label} ${i + 1} `.padEnd(40, 'x'), x, top + i * 14));
    return [
      run('A full-width title that runs across both of the columns below it', 50, 80, 14),
      ...col(300, 120, 'right'),
      ...col(50, 120, 'left'),
    ];
  }

  it('reads the left column before the right one, the full-width title first', () => {
    const text = textOf(page(1, twoColumns()));
    const order = [...text.matchAll(/(title|left \d+|right \d+)/g)].map((m) => m[1]);
    expect(order).toEqual([
      'title',
      ...Array.from({ length: 12 }, (_, i) => `left ${i + 1}`),
      ...Array.from({ length: 12 }, (_, i) => `right ${i + 1}`),
    ]);
  });

  it('a key-facts table (short labels on the left) is not two columns', () => {
    const labels = [
      'Title',
      'Reference',
      'Place of employment',
      'Grade',
      'Deadline',
      'Contract',
      'Unit',
      'Domain',
    ];
    const runs = labels.flatMap((label, i) => [
      run(label, 50, 100 + i * 24),
      run(`A value that is long enough to fill the line ${i}`, 170, 100 + i * 24),
    ]);
    const text = textOf(page(1, runs));
    expect(text.split('\n\n')[1]).toBe('Reference\nA value that is long enough to fill the line 1');
  });
});

describe('page furniture', () => {
  it('drops a header repeated at the top of most pages and page numbers at the bottom', () => {
    const pages = [1, 2, 3].map((n) =>
      page(n, [
        run('EC/2026/TAXUD/453922', 450, 30, 6),
        run(`Body text of page ${n}.`, 50, 400),
        run(`Page ${n} of 3`, 280, 820, 6),
      ]),
    );
    expect(textOf(...pages)).toBe('Body text of page 1.\n\nBody text of page 2.\n\nBody text of page 3.');
  });

  it('keeps a line that repeats in the body, and a first-page title at the top', () => {
    const pages = [1, 2].map((n) =>
      page(n, [...(n === 1 ? [run('VACANCY NOTICE', 50, 40)] : []), run('Repeated body line', 50, 400)]),
    );
    expect(textOf(...pages)).toBe('VACANCY NOTICE\n\nRepeated body line\n\nRepeated body line');
  });
});

describe('items and pages', () => {
  it('gives each run its place in the text and each page its range', () => {
    const out = layoutPages([
      page(1, [run('Hello', 50, 100), run('world', 90, 100)]),
      page(2, [run('Second', 50, 100)]),
    ]);
    expect(out.text).toBe('Hello world\n\nSecond');
    expect(out.items.map((i) => [i.str, i.page, i.start, i.end, i.x, i.y])).toEqual([
      ['Hello', 1, 0, 5, 50, 90],
      ['world', 1, 6, 11, 90, 90],
      ['Second', 2, 13, 19, 50, 90],
    ]);
    expect(out.pages).toEqual([
      { number: 1, start: 0, end: 11 },
      { number: 2, start: 13, end: 19 },
    ]);
  });
});
