/**
 * From pdf.js text runs to text in reading order. Pure: numbers in, text out.
 *
 *   1. runs       pdf.js items → runs in page space (points, top-left origin, y down)
 *   2. furniture  lines in the top or bottom 8% of the page repeated on half the pages or more,
 *                 and bare page numbers there, are dropped
 *   3. columns    a vertical gutter through most of the page → the left column before the right
 *   4. lines      runs grouped by baseline, left → right, a space where there is a gap; table
 *                 cells split at wide aligned gaps, a cell's wrapped lines kept with it
 *   5. text       wrapped lines joined with a space, "develop-\nment" de-hyphenated when the next
 *                 line starts lower case, drawn list bullets written as "• "; "\n" between lines,
 *                 a blank line between paragraphs, table rows and pages
 */
import type { PdfPage, PdfjsMarkedContent, PdfjsTextItem, PdfjsViewport, TextItem } from './types';

// ---- 1. runs ------------------------------------------------------------------

export interface Run {
  str: string;
  x: number;
  /** Right end of the run. */
  x1: number;
  baseline: number;
  /** Font height. */
  h: number;
}

export interface PageRuns {
  number: number;
  width: number;
  height: number;
  runs: Run[];
}

/** [a b c d e f] × [a b c d e f], as pdf.js's Util.transform. */
function multiply(m1: number[], m2: number[]): number[] {
  return [
    m1[0] * m2[0] + m1[2] * m2[1],
    m1[1] * m2[0] + m1[3] * m2[1],
    m1[0] * m2[2] + m1[2] * m2[3],
    m1[1] * m2[2] + m1[3] * m2[3],
    m1[0] * m2[4] + m1[2] * m2[5] + m1[4],
    m1[1] * m2[4] + m1[3] * m2[5] + m1[5],
  ];
}

/** Step 1: pdf.js text items → runs in the page's viewport space. Rotated text (stamps, margin notes) is left out. */
export function toRuns(
  items: ReadonlyArray<PdfjsTextItem | PdfjsMarkedContent>,
  viewport: PdfjsViewport,
): Run[] {
  const vt = viewport.transform;
  const scale = Math.hypot(vt[0], vt[1]) || 1;
  const runs: Run[] = [];
  for (const item of items) {
    if (!('str' in item) || item.str.trim() === '') continue;
    const m = multiply(vt, item.transform);
    const along = Math.hypot(m[0], m[1]);
    if (along === 0 || Math.abs(m[1]) > 0.2 * along || m[0] < 0) continue; // not left-to-right horizontal
    const h = Math.hypot(m[2], m[3]) || along;
    runs.push({ str: item.str, x: m[4], x1: m[4] + item.width * scale, baseline: m[5], h });
  }
  return runs;
}

// ---- 4. lines (the grouping also serves steps 2 and 3) -----------------------------

export type BlockKind = 'full' | 'left' | 'right' | 'band';

export interface Line {
  page: number;
  runs: Run[];
  /** Indices into `runs` where a new table cell starts (besides 0). */
  cellStarts: number[];
  /** Superscript runs (footnote markers): shown as superscript digits. */
  sup: Set<Run>;
  /** Runs that begin a wrapped line inside a table cell (joined with a space). */
  wraps: Set<Run>;
  baseline: number;
  /** Baseline of the line's last physical line (a table row with wrapped cells spans several). */
  lastBaseline: number;
  top: number;
  h: number;
  x0: number;
  x1: number;
  /** Index of the reading-order block on its page (a column or a full-width band). */
  block: number;
  /** Where the block sits: the whole page, a column, or a band across a two-column page. */
  kind: BlockKind;
  furniture: boolean;
}

const SUPERSCRIPT_MARK = /^(?:\d{1,3}(?:,\d{1,3})*|[*†‡])$/;

/** Runs whose baselines are within half a font height of each other make one line. */
export function groupLines(runs: Run[], page: number, block: number, kind: BlockKind = 'full'): Line[] {
  const sorted = [...runs].sort((a, b) => a.baseline - b.baseline || a.x - b.x);
  const groups: Array<{ runs: Run[]; baseline: number; h: number }> = [];
  for (const run of sorted) {
    const cur = groups[groups.length - 1];
    if (cur && Math.abs(run.baseline - cur.baseline) <= 0.5 * Math.max(run.h, cur.h)) {
      cur.runs.push(run);
      if (run.h > cur.h) {
        cur.h = run.h;
        cur.baseline = run.baseline;
      }
    } else groups.push({ runs: [run], baseline: run.baseline, h: run.h });
  }
  return groups.map((g) => {
    const rs = g.runs.sort((a, b) => a.x - b.x);
    const sup = new Set<Run>();
    for (const r of rs)
      if (r.h <= 0.85 * g.h && g.baseline - r.baseline >= 0.15 * g.h && SUPERSCRIPT_MARK.test(r.str.trim()))
        sup.add(r);
    let top = Infinity;
    let x1 = -Infinity;
    for (const r of rs) {
      top = Math.min(top, r.baseline - r.h);
      x1 = Math.max(x1, r.x1);
    }
    return {
      page,
      runs: rs,
      cellStarts: [],
      sup,
      wraps: new Set<Run>(),
      baseline: g.baseline,
      lastBaseline: g.baseline,
      top,
      h: g.h,
      x0: rs[0].x,
      x1,
      block,
      kind,
      furniture: false,
    };
  });
}

/**
 * Table cells: a horizontal gap of 0.8 font heights or more separates two cells when it stands
 * out from the line's other gaps (justified text spreads its gaps evenly) and either is wider
 * than three font heights or starts at the same x as such a gap on another line of the block
 * (a column of cells).
 */
function markCells(lines: Line[]): void {
  const candidates: Array<{ line: Line; index: number; x: number; wide: boolean }> = [];
  for (const line of lines) {
    const gaps = line.runs.slice(1).map((r, i) => r.x - line.runs[i].x1);
    const spaces = gaps.filter((g) => g > 0.15 * line.h);
    for (let i = 1; i < line.runs.length; i++) {
      const gap = gaps[i - 1];
      if (gap < 0.8 * line.h || (i === 1 && isListMark(line.runs[0].str))) continue; // "•" then its item
      const others = spaces.filter((g) => g !== gap);
      if (others.length >= 2 && gap < 2 * median(others)) continue;
      candidates.push({ line, index: i, x: line.runs[i].x, wide: gap >= 3 * line.h });
    }
  }
  for (const c of candidates) {
    const aligned = candidates.some((o) => o.line !== c.line && Math.abs(o.x - c.x) <= 1.5);
    if (c.wide || aligned) c.line.cellStarts.push(c.index);
  }
}

/**
 * A table row's cells may wrap onto lines of their own ("Duration of the first" / "contract"):
 * lines right below a row, at line pitch, starting where one of its cells starts, are that cell's
 * next lines. The row is rewritten cell by cell, so each cell reads as one piece.
 */
function mergeTableRows(lines: Line[]): Line[] {
  const out: Line[] = [];
  const cellX = new Map<Line, number[]>(lines.map((l) => [l, l.cellStarts.map((i) => l.runs[i].x)]));
  /** A row of a real table: another row has a cell starting where one of its cells does. */
  const inTable = (row: Line) =>
    cellX
      .get(row)!
      .some((x) => lines.some((o) => o !== row && cellX.get(o)!.some((y) => Math.abs(x - y) <= 1.5)));
  for (let i = 0; i < lines.length; i++) {
    const row = lines[i];
    if (!row.cellStarts.length || !inTable(row)) {
      out.push(row);
      continue;
    }
    const bounds = [0, ...[...row.cellStarts].sort((a, b) => a - b), row.runs.length];
    const cells = bounds.slice(0, -1).map((b, k) => row.runs.slice(b, bounds[k + 1]));
    const xs = cells.map((c) => c[0].x);
    const merged = { ...row, sup: new Set(row.sup), wraps: new Set<Run>() };
    let j = i + 1;
    for (; j < lines.length; j++) {
      const l = lines[j];
      if (l.cellStarts.length || l.baseline - merged.lastBaseline > 1.6 * Math.max(l.h, row.h)) break;
      const k = xs.findIndex((x) => Math.abs(x - l.x0) <= 1.5);
      if (k < 0 || (k + 1 < xs.length && l.x1 > xs[k + 1])) break;
      merged.wraps.add(l.runs[0]);
      cells[k].push(...l.runs);
      for (const r of l.sup) merged.sup.add(r);
      merged.lastBaseline = l.baseline;
      merged.x1 = Math.max(merged.x1, l.x1);
    }
    if (j > i + 1) {
      merged.runs = cells.flat();
      merged.cellStarts = [];
      let n = 0;
      cells.forEach((c, k) => {
        if (k > 0) merged.cellStarts.push(n);
        n += c.length;
      });
      i = j - 1;
    }
    out.push(merged);
  }
  return out;
}

// ---- 3. columns ------------------------------------------------------------------

/** Lines of a set of runs, roughly (by rounded baseline): enough to measure how full they are. */
function roughLines(runs: Run[]): Array<{ x0: number; x1: number }> {
  const byBaseline = new Map<number, { x0: number; x1: number }>();
  for (const r of runs) {
    const key = Math.round(r.baseline / Math.max(1, r.h * 0.5));
    const l = byBaseline.get(key);
    if (l) {
      l.x0 = Math.min(l.x0, r.x);
      l.x1 = Math.max(l.x1, r.x1);
    } else byBaseline.set(key, { x0: r.x, x1: r.x1 });
  }
  return [...byBaseline.values()];
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor(s.length / 2)] : 0;
}

export interface Gutter {
  left: number;
  right: number;
}

/**
 * Step 3: a two-column page has a vertical strip in the middle of the text that almost no run
 * crosses, with full lines of text on both sides (a key-facts table has short labels on its left:
 * not columns).
 */
export function findGutter(runs: Run[]): Gutter | null {
  if (runs.length < 10) return null;
  let L = Infinity;
  let R = -Infinity;
  for (const r of runs) {
    L = Math.min(L, r.x);
    R = Math.max(R, r.x1);
  }
  const W = R - L;
  if (W < 150) return null;
  // How many runs cover each point across the text (one pass of +1/−1 marks, then a running sum).
  const cover = new Int32Array(Math.ceil(W) + 2);
  for (const r of runs) {
    cover[Math.max(0, Math.floor(r.x - L))]++;
    cover[Math.min(cover.length - 1, Math.ceil(r.x1 - L))]--;
  }
  for (let x = 1; x < cover.length; x++) cover[x] += cover[x - 1];
  const lo = Math.floor(0.25 * W);
  const hi = Math.ceil(0.75 * W);
  let min = Infinity;
  for (let x = lo; x <= hi; x++) min = Math.min(min, cover[x]);
  if (min > 0.2 * runs.length) return null;
  // The widest strip at the minimum cover, extended while the cover stays at that minimum.
  let best: [number, number] | null = null;
  for (let x = lo; x <= hi; x++) {
    if (cover[x] !== min) continue;
    let a = x;
    while (a > 0 && cover[a - 1] <= min) a--;
    let b = x;
    while (b < cover.length - 1 && cover[b + 1] <= min) b++;
    if (!best || b - a > best[1] - best[0]) best = [a, b];
    x = b;
  }
  if (!best) return null;
  const hMed = median(runs.map((r) => r.h));
  // A column gap is about an em to a centimetre or two: a wider strip is the space after table labels.
  if (best[1] - best[0] + 1 < 0.8 * hMed || best[1] - best[0] + 1 > 0.15 * W) return null;
  const gutter = { left: L + best[0], right: L + best[1] + 1 };
  const left = runs.filter((r) => r.x1 <= gutter.left + 1);
  const right = runs.filter((r) => r.x >= gutter.right - 1);
  // Shares of the text (in characters: justified text comes one run per word).
  const chars = (rs: Run[]) => rs.reduce((n, r) => n + r.str.length, 0);
  const total = chars(runs);
  const crossing = total - chars(left) - chars(right);
  if (crossing > 0.3 * total || chars(left) < 0.1 * total || chars(right) < 0.1 * total) return null;
  // Both columns are mostly full lines, and the right one is left-aligned at the gutter.
  const full = (lines: Array<{ x0: number; x1: number }>, edge: number, width: number) =>
    lines.filter((l) => l.x1 >= edge - 0.2 * width).length >= 0.4 * lines.length;
  const leftLines = roughLines(left);
  const rightLines = roughLines(right);
  if (!full(leftLines, gutter.left, gutter.left - L) || !full(rightLines, R, R - gutter.right)) return null;
  const aligned = rightLines.filter((l) => l.x0 - gutter.right <= 0.1 * (R - gutter.right)).length;
  return aligned >= 0.5 * rightLines.length ? gutter : null;
}

/**
 * Splits a page into blocks in reading order: runs that cross the gutter (full-width headings,
 * footers) cut the page into bands; within a band the left column is read before the right.
 */
export function pageLines(page: PageRuns): Line[] {
  const gutter = findGutter(page.runs);
  let blocks: Array<{ kind: BlockKind; runs: Run[] }>;
  if (!gutter) blocks = [{ kind: 'full', runs: page.runs }];
  else {
    const crosses = (r: Run) => r.x1 > gutter.left + 1 && r.x < gutter.right - 1;
    // A line with a run across the gutter is full-width as a whole ("Project O" "ff" "icer – …").
    const barriers = groupLines(page.runs.filter(crosses), page.number, 0);
    const own = new Map(barriers.flatMap((b) => b.runs.map((r) => [r, b] as const)));
    const barrierOf = (r: Run) =>
      own.get(r) ?? barriers.find((b) => Math.abs(r.baseline - b.baseline) <= 0.5 * Math.max(r.h, b.h));
    const bands: Array<{ left: Run[]; right: Run[]; across: Run[] }> = [];
    for (let k = 0; k <= barriers.length; k++) bands.push({ left: [], right: [], across: [] });
    for (const r of page.runs) {
      const barrier = barrierOf(r);
      if (barrier) {
        bands[barriers.indexOf(barrier)].across.push(r);
        continue;
      }
      const top = r.baseline - r.h;
      let k = 0;
      while (k < barriers.length && barriers[k].baseline <= top + 0.5) k++;
      (r.x1 <= gutter.left + 1 ? bands[k].left : bands[k].right).push(r);
    }
    blocks = [];
    for (const band of bands) {
      // A band with text on one side only (a heading block above the columns) is not two columns.
      if (band.left.length && band.right.length)
        blocks.push({ kind: 'left', runs: band.left }, { kind: 'right', runs: band.right });
      else blocks.push({ kind: 'band', runs: [...band.left, ...band.right] });
      blocks.push({ kind: 'band', runs: band.across });
    }
  }
  const lines: Line[] = [];
  blocks
    .filter((b) => b.runs.length)
    .forEach((b, i) => {
      const ls = groupLines(b.runs, page.number, i, b.kind);
      markCells(ls);
      lines.push(...mergeTableRows(ls));
    });
  return lines;
}

// ---- 2. furniture -------------------------------------------------------------------

const PAGE_NUMBER =
  /^[-–—]?\s*(?:page|p\.|seite|pag(?:e|ina)?\.?)?\s*\d{1,4}\s*(?:(?:\/|of|von|sur|de|di|z)\s*\d{1,4})?\s*[-–—]?$/i;
const BAND = 0.08;

function plainText(line: Line): string {
  return line.runs.map((r) => r.str).join(' ');
}

/**
 * Step 2: lines in the top or bottom 8% of the page that repeat (digits aside) on at least half
 * of the pages, and bare page numbers there, are page furniture.
 */
export function markFurniture(pages: Array<{ height: number; lines: Line[] }>): void {
  const inBand = (line: Line, height: number) => {
    const mid = (line.top + line.baseline) / 2;
    return mid < BAND * height || mid > (1 - BAND) * height;
  };
  const keyOf = (line: Line) =>
    plainText(line).replace(/\d+/g, '#').replace(/\s+/g, ' ').trim().toLowerCase();
  const pagesWith = new Map<string, Set<number>>();
  for (const { height, lines } of pages)
    for (const line of lines) {
      if (!inBand(line, height)) continue;
      const key = keyOf(line);
      if (!pagesWith.has(key)) pagesWith.set(key, new Set());
      pagesWith.get(key)!.add(line.page);
    }
  const enough = Math.max(2, Math.ceil(0.5 * pages.length));
  for (const { height, lines } of pages)
    for (const line of lines) {
      if (!inBand(line, height)) continue;
      if (PAGE_NUMBER.test(plainText(line).trim()) || pagesWith.get(keyOf(line))!.size >= enough)
        line.furniture = true;
    }
}

// ---- 5. text ---------------------------------------------------------------------------

const SUPERSCRIPT_DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹';
const toSuperscript = (s: string) => s.replace(/\d/g, (d) => SUPERSCRIPT_DIGITS[Number(d)]);

/**
 * The usual distance between baselines for each font height (a low quantile of the distances
 * between consecutive lines of that height, so that paragraph gaps do not count).
 */
function linePitches(lines: Line[]): Map<number, number> {
  const byHeight = new Map<number, number[]>();
  for (let i = 1; i < lines.length; i++) {
    const a = lines[i - 1];
    const b = lines[i];
    if (a.page !== b.page || a.block !== b.block || Math.abs(a.h - b.h) > 0.5) continue;
    const d = b.baseline - a.lastBaseline;
    if (d < 0.9 * a.h || d > 3 * a.h) continue;
    const key = Math.round(a.h * 2) / 2;
    if (!byHeight.has(key)) byHeight.set(key, []);
    byHeight.get(key)!.push(d);
  }
  const pitches = new Map<number, number>();
  for (const [key, ds] of byHeight) {
    ds.sort((x, y) => x - y);
    pitches.set(key, ds[Math.floor(ds.length * 0.25)]);
  }
  return pitches;
}

/**
 * A paragraph break: the baselines are further apart than the usual pitch plus half a line
 * (the "1.5 × line height" rule, measured against the document's own line spacing so that a page
 * set at 1.5 line spacing is not all paragraphs).
 */
function isParagraphBreak(a: Line, b: Line, pitches: Map<number, number>): boolean {
  const pitch = (l: Line) => pitches.get(Math.round(l.h * 2) / 2) ?? 1.2 * l.h;
  const usual = (pitch(a) + pitch(b)) / 2;
  return b.baseline - a.lastBaseline > usual + 0.5 * Math.max(a.h, b.h);
}

export interface Assembled {
  text: string;
  pages: PdfPage[];
  items: TextItem[];
}

/** Per kind of block: the right edge of the text and the left margin, measured over the document. */
interface Measures {
  /** Only when enough lines reach it to trust it (a page of short label lines has no edge to measure). */
  edge: Map<BlockKind, number>;
  margin: Map<BlockKind, number>;
  /** How many lines start at each x (rounded): an indent used again and again is a list's. */
  starts: Map<string, number>;
  /** Where table cells start (a value cell's wrapped lines start there too). */
  cellXs: Array<{ page: number; block: number; x: number }>;
  /** Where the text of items with a written mark starts ("•" then text at x): their wrapped lines start there. */
  hangingXs: Array<{ kind: BlockKind; x: number }>;
}

function measure(lines: Line[]): Measures {
  const edge = new Map<BlockKind, number>();
  const margin = new Map<BlockKind, number>();
  const starts = new Map<string, number>();
  const cellXs: Measures['cellXs'] = [];
  const hangingXs: Measures['hangingXs'] = [];
  for (const l of lines) {
    const key = `${l.kind}:${Math.round(l.x0)}`;
    starts.set(key, (starts.get(key) ?? 0) + 1);
    for (const i of l.cellStarts) cellXs.push({ page: l.page, block: l.block, x: l.runs[i].x });
    if (l.runs.length > 1 && isListMark(l.runs[0].str)) hangingXs.push({ kind: l.kind, x: l.runs[1].x });
  }
  for (const kind of ['full', 'left', 'right', 'band'] as const) {
    const ls = lines.filter((l) => l.kind === kind && !l.cellStarts.length);
    if (ls.length === 0) continue;
    // The left margin: the leftmost x where a fair share of the lines start (a list may have more).
    const enough = Math.max(2, 0.05 * ls.length);
    for (const l of ls) {
      const x = Math.round(l.x0);
      const m = margin.get(kind);
      if ((starts.get(`${kind}:${x}`) ?? 0) >= enough && (m === undefined || x < m)) margin.set(kind, x);
    }
    if (!margin.has(kind)) margin.set(kind, Math.round(Math.min(...ls.map((l) => l.x0))));
    // The right edge: reached by at least three lines (one overlong URL does not move it).
    if (ls.length < 3) continue;
    const ends = ls.map((l) => l.x1).sort((a, b) => b - a);
    const e = ends[2];
    const slack = 0.03 * (e - margin.get(kind)!);
    // The three longest lines agree, or more lines end there than the one or two that overflow it.
    if (ends[0] - e <= slack || ends.filter((x) => x >= e - slack).length >= 5) edge.set(kind, e);
  }
  return { edge, margin, starts, cellXs, hangingXs };
}

/**
 * A soft wrap: the first word of the next line would not have fitted at the end of this one, so
 * the line ended only because it was full. Joining those with a space makes the text independent
 * of where a line happened to wrap ("…by the publication\ndeadline to X@ec.europa.eu" is one
 * sentence, not a line starting with "deadline"). The word's width is estimated from its run, so
 * near the edge the call is close: there a next line starting in lower case (or after a comma)
 * continues, one starting in upper case does not. A line ending a sentence, or followed by a
 * "Label: " line, keeps its line break and the notice reader decides.
 */
function isSoftWrap(a: Line, b: Line, m: Measures): boolean {
  if (a.page !== b.page || a.block !== b.block || a.cellStarts.length || b.cellStarts.length) return false;
  const end = lastRun(a).str.trimEnd();
  const next = headText(b);
  if (Math.abs(a.h - b.h) > 0.1 * a.h || /[.;:!?]$/.test(end) || LABEL_START.test(next)) return false;
  const edge = m.edge.get(a.kind);
  if (edge === undefined) return false;
  const hanging = a.runs.length > 1 && Math.abs(b.x0 - a.runs[1].x) <= 1;
  if (b.x0 > a.x0 + 0.5 * a.h && !hanging) return false;
  const needed = a.x1 + 0.28 * a.h + firstWordWidth(b.runs[0]);
  // Measured on the seed PDFs: soft wraps need ≥ 0.02 font heights more than the edge, hard breaks
  // leave ≥ 0.48 free (list items ending near the edge aside: those cannot be told apart).
  const tolerance = 0.05 * a.h;
  if (needed > edge + tolerance) return true;
  if (needed < edge - tolerance) return false;
  return /^[\p{Ll}\d(]/u.test(next) || /,$/.test(end);
}

/**
 * Helvetica's advance widths (1/1000 em) for printable ASCII: only their ratios are used, to share
 * a run's measured width among its characters, which is close enough for any Latin text face.
 */
const WIDTHS =
  '278,278,355,556,556,889,667,191,333,333,389,584,278,333,278,278,556,556,556,556,556,556,556,556,556,556,278,278,584,584,584,556,1015,667,667,722,722,667,611,778,722,278,500,667,556,833,722,778,667,778,722,667,611,722,667,944,667,667,611,278,278,278,469,556,333,556,556,500,556,556,278,556,556,222,222,500,222,833,556,556,556,556,333,500,278,556,500,722,500,500,500,334,260,334,584'
    .split(',')
    .map(Number);
const charWidth = (c: number) => (c >= 32 && c <= 126 ? WIDTHS[c - 32] : c === 0x2019 ? 191 : 556);

function textWidth(s: string): number {
  let w = 0;
  for (let i = 0; i < s.length; i++) w += charWidth(s.charCodeAt(i));
  return w;
}

/** The width of a run's first word, as its share of the run's measured width. */
function firstWordWidth(run: Run): number {
  const str = run.str.trimStart();
  const word = /^\S+/.exec(str)?.[0] ?? str;
  return ((run.x1 - run.x) * textWidth(word)) / Math.max(1, textWidth(str.trimEnd()));
}

/** "Place of employment: " — a line that starts a new fact, even after a full line. */
const LABEL_START = /^[\p{Lu}][\p{L}\d ()/'’*.-]{1,45}\s?:\s/u;

const lastRun = (l: Line) => l.runs[l.runs.length - 1];

/** The start of a line's text (enough for a "Label: " and its first letter). */
function headText(l: Line): string {
  let s = '';
  for (const r of l.runs) {
    s += s ? ` ${r.str}` : r.str.trimStart();
    if (s.length >= 50) break;
  }
  return s;
}

/** A run that is only a list item's mark, the item's text set apart from it (a hanging indent). */
const isListMark = (str: string) => str.trim().length <= 4 && LIST_MARK.test(str.trim());

/** Marks that already open a list item ("•", "–", "(a)", "1."). */
const LIST_MARK =
  /^(?:[-•●▪◦‣∙*–—➢➤►✓\uf0b7\uf0a7\uf076\uf0d8]|\(?(?:[a-z]|[ivx]{1,4}|\d{1,2})[.)])(?:\s|$)/i;

/**
 * A list item whose marker was drawn, not written (browsers print bullets as shapes, so the PDF's
 * text has none): a line indented from the margin by at least a font height, at an indent where
 * several lines of the document start (centred lines do not share one) and no table cell or
 * the text of a written list item ("•" then its text) does,
 * whose wrapped lines keep that indent (a first-line paragraph indent is not a list). It gets
 * a "• " so that the notice reader sees the list as one.
 */
function isUnmarkedListItem(l: Line, next: Line | null, joinsNext: boolean, m: Measures): boolean {
  const margin = m.margin.get(l.kind);
  if (margin === undefined || l.cellStarts.length) return false;
  const indent = l.x0 - margin;
  if (indent < l.h || (m.starts.get(`${l.kind}:${Math.round(l.x0)}`) ?? 0) < 3) return false;
  if (m.cellXs.some((c) => c.page === l.page && c.block === l.block && Math.abs(c.x - l.x0) <= 1.5))
    return false;
  if (m.hangingXs.some((h) => h.kind === l.kind && Math.abs(h.x - l.x0) <= 1.5)) return false;
  if (joinsNext && next && Math.abs(next.x0 - l.x0) > 1) return false;
  return !LIST_MARK.test(l.runs[0].str.trimStart());
}

type Join = 'page' | 'paragraph' | 'line' | 'space' | 'hyphen' | 'dehyphen';

/** Step 5: the lines of every page (furniture marked) → one text with its items and page ranges. */
export function assembleText(pages: Array<{ number: number; lines: Line[] }>): Assembled {
  const lines = pages.flatMap((p) => p.lines.filter((l) => !l.furniture));
  const pitches = linePitches(lines);
  const m = measure(lines);
  // Hyphenated words written on one line somewhere keep their hyphen when split across lines.
  let compounds: Set<string> | null = null;
  const isCompound = (word: string) => {
    if (!compounds) {
      compounds = new Set();
      for (const line of lines)
        for (const run of line.runs)
          if (run.str.includes('-'))
            for (const match of run.str.matchAll(/\p{L}+-\p{L}+/gu)) compounds.add(match[0].toLowerCase());
    }
    return compounds.has(word.toLowerCase());
  };

  /** How line b follows line a. */
  const joinOf = (a: Line, b: Line): Join => {
    const newPage = a.page !== b.page;
    if (!newPage && a.block === b.block && isParagraphBreak(a, b, pitches)) return 'paragraph';
    // Table rows are records of their own: a blank line keeps one row's last cell off the next row's label.
    if (!newPage && a.cellStarts.length && b.cellStarts.length) return 'paragraph';
    const end = lastRun(a).str.trimEnd();
    const head = end.endsWith('-') ? /^[\p{L}\p{N}]+/u.exec(b.runs[0].str)?.[0] : undefined;
    const token = head ? /(\S+)-$/u.exec(end)?.[1] : undefined;
    if (head && token && /[\p{L}\p{N}]$/u.test(token)) {
      // A line that ends in a hyphen was broken at it: no space. The hyphen goes only when it
      // split a plain word ("develop-" + "ment"), not a compound ("post-" + "secondary" when the
      // text writes "post-secondary" elsewhere), a URL or a number ("9-" + "month").
      const plainWord = /^\p{L}+$/u.test(token) && /^\p{Ll}/u.test(head);
      return plainWord && !isCompound(`${token}-${head}`) ? 'dehyphen' : 'hyphen';
    }
    if (newPage) return 'page';
    return isSoftWrap(a, b, m) ? 'space' : 'line';
  };
  const joins: Join[] = lines.map((l, i) => (i === 0 ? 'line' : joinOf(lines[i - 1], l)));

  const out = new TextBuilder();
  const items: TextItem[] = [];
  const starts = new Map<number, number>();
  /** The last item ends where the text now ends, at most (after a trailing hyphen or space is taken back). */
  const clampLast = () => {
    const last = items[items.length - 1];
    if (last && last.end > out.length) last.end = out.length;
  };
  lines.forEach((line, i) => {
    const join = joins[i];
    if (i > 0) {
      if (join === 'dehyphen') {
        out.dropLast();
        clampLast();
      } else if (join === 'space') {
        out.trimEnd();
        clampLast();
        out.add(' ');
      } else out.add(join === 'page' || join === 'paragraph' ? '\n\n' : join === 'line' ? '\n' : '');
    }
    if (!starts.has(line.page)) starts.set(line.page, out.length);
    const opensLine = i === 0 || join === 'page' || join === 'paragraph' || join === 'line';
    const next = lines[i + 1] ?? null;
    const joinsNext = next !== null && ['space', 'hyphen', 'dehyphen'].includes(joins[i + 1]);
    if (opensLine && isUnmarkedListItem(line, next, joinsNext, m)) out.add('• ');
    const cells = new Set(line.cellStarts);
    line.runs.forEach((run, k) => {
      if (k > 0) {
        const before = line.runs[k - 1];
        const gap = run.x - before.x1;
        if (cells.has(k)) out.add('\n');
        else if (line.wraps.has(run)) out.add(/[\s-]/.test(out.last) ? '' : ' ');
        else if (
          !/\s/.test(out.last) &&
          !/^\s/.test(run.str) &&
          gap > 0.15 * Math.min(line.h, Math.max(before.h, run.h))
        )
          out.add(' ');
      }
      const start = out.length;
      out.add(line.sup.has(run) ? toSuperscript(run.str) : run.str);
      items.push({
        page: line.page,
        x: run.x,
        y: run.baseline - run.h,
        width: run.x1 - run.x,
        height: run.h,
        str: run.str,
        start,
        end: out.length,
      });
    });
  });
  const text = out.toString();

  const outPages: PdfPage[] = [];
  let end = text.length;
  for (let k = pages.length - 1; k >= 0; k--) {
    const start = starts.get(pages[k].number);
    if (start === undefined) outPages.unshift({ number: pages[k].number, start: end, end });
    else {
      // A page ends where its last line ends, before the blank line that opens the next page.
      const pageEnd = Math.min(end, text.length);
      outPages.unshift({ number: pages[k].number, start, end: trimEndIndex(text, start, pageEnd) });
      end = start;
    }
  }
  return { text, pages: outPages, items };
}

/**
 * Appends pieces and looks only at the end: reading a character of a string built by `+=` makes
 * V8 flatten it, and doing that once per run would make the assembly quadratic.
 */
class TextBuilder {
  private parts: string[] = [];
  length = 0;
  last = '';

  add(s: string): void {
    if (!s) return;
    this.parts.push(s);
    this.length += s.length;
    this.last = s[s.length - 1];
  }

  /** Takes back the last character (a hyphen that only split a word). */
  dropLast(): void {
    const p = this.parts.pop();
    if (p === undefined) return;
    this.length -= p.length;
    const rest = p.slice(0, -1);
    if (rest) {
      this.parts.push(rest);
      this.length += rest.length;
    }
    const q = this.parts[this.parts.length - 1];
    this.last = q ? q[q.length - 1] : '';
  }

  trimEnd(): void {
    while (this.parts.length && /\s$/.test(this.parts[this.parts.length - 1])) {
      const p = this.parts.pop()!;
      const t = p.trimEnd();
      this.length -= p.length - t.length;
      if (t) {
        this.parts.push(t);
        break;
      }
    }
    const p = this.parts[this.parts.length - 1];
    this.last = p ? p[p.length - 1] : '';
  }

  toString(): string {
    return this.parts.join('');
  }
}

function trimEndIndex(text: string, start: number, end: number): number {
  let e = end;
  while (e > start && (text[e - 1] === '\n' || text[e - 1] === ' ')) e--;
  return e;
}

/** Steps 2–5 over every page read (furniture first: a running header must not make a column). */
export function layoutPages(pages: PageRuns[]): Assembled {
  const rough = pages.map((p) => ({ height: p.height, lines: groupLines(p.runs, p.number, 0) }));
  markFurniture(rough);
  const body = pages.map((p, i) => ({
    number: p.number,
    lines: pageLines({ ...p, runs: rough[i].lines.filter((l) => !l.furniture).flatMap((l) => l.runs) }),
  }));
  return assembleText(body);
}
