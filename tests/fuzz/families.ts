/**
 * Adversarial input families for the reader's fuzz/ReDoS suite and the benchmark: each family is a
 * unit repeated up to a size, then framed as one of the four input forms the reader takes (plain
 * text, Markdown, HTML, PDF-extracted text). Every family targets a known way a regex or a scan can
 * go super-linear: long runs of (Unicode) white space, unclosed brackets and tags, e-mail-like runs,
 * many tiny lines, one huge line, repeated labels, dates and grade ranges.
 */
import type { NoticeFormat } from '../../lib/notice';

export const MB = 1024 * 1024;

export type InputForm = 'text' | 'markdown' | 'html' | 'pdf';
export const FORMS: readonly InputForm[] = ['text', 'markdown', 'html', 'pdf'];

/** The reader's format for each form: PDF-extracted text is read as text. */
export const READER_FORMAT: Record<InputForm, NoticeFormat> = {
  text: 'text',
  markdown: 'markdown',
  html: 'html',
  pdf: 'text',
};

export interface Family {
  name: string;
  /** The repeated unit; a function of the repetition index for families that vary. */
  unit: string | ((i: number) => string);
}

const LABELS = [
  'Deadline:',
  'Job title:',
  'Reference:',
  'Closing date:',
  'Grade:',
  'Place of employment:',
  'Function group:',
  'Type of contract:',
  'Institution/Agency:',
  'Domain:',
  'Duration of the contract:',
  'ELIGIBILITY CRITERIA',
  'We look for',
];

export const FAMILIES: readonly Family[] = [
  // White space that \s matches but a line trim does not.
  // Lines of differing lengths: identical lines would be dropped as running headers.
  { name: 'U+3000 lines', unit: (i) => '\u3000'.repeat(1 + (i % 7)) + '\n' },
  { name: 'long U+3000 lines', unit: (i) => '\u3000'.repeat(150 + (i % 50)) + '\n' },
  {
    name: 'mixed Unicode-space lines',
    unit: (i) => '\u2003\u00a0\t \u3000\u2009\u202f\u2007'.slice(i % 7) + '\n',
  },
  { name: 'U+2028 separated spaces', unit: '\u3000\u2003\u2028' },
  { name: 'spaces around blank lines', unit: ' \t\u00a0\n\n\u3000\u2003\n' },
  { name: 'tab lines', unit: '\t\t\t\t\t\t\t\t\n' },
  // Markdown links and brackets.
  { name: '[ runs', unit: '[' },
  { name: '[x]( runs', unit: '[x](' },
  { name: '![a](b runs', unit: '![a](b ' },
  { name: '** and __ runs', unit: '**__' },
  { name: 'table pipes', unit: '| a ' },
  // HTML tags.
  { name: '<a runs', unit: '<a' },
  { name: '< runs', unit: '<' },
  { name: 'unclosed tags', unit: '<div class="x ' },
  { name: '<! runs', unit: '<!x' },
  { name: 'entity-like runs', unit: '&#x1' },
  // Addresses.
  { name: 'e-mail addresses', unit: (i) => `person.${i % 97}@ec.europa.eu ` },
  { name: 'joined e-mail addresses', unit: 'a.b@c.eu' },
  { name: 'at-sign runs', unit: 'a.a-a_' + '@' },
  // Line shapes.
  { name: 'bullet lines', unit: '- a\n' },
  { name: 'numbered bullet lines', unit: '(a) x\n' },
  { name: 'one long line of letters', unit: 'a' },
  { name: 'one long line of words', unit: 'word ' },
  { name: 'many short lines', unit: 'A\n' },
  { name: 'empty lines', unit: '\n' },
  // Notice-like repetitions.
  { name: 'label lines', unit: (i) => LABELS[i % LABELS.length] + '\n' },
  { name: 'label lines with values', unit: (i) => `${LABELS[i % LABELS.length]} 12/03/2026\n` },
  // A key-facts table flattened into one endless row of labels (each label ends a label row).
  {
    name: 'flattened label rows',
    unit: 'Location: Type of contract Duration of contract Deadline for application Where ',
  },
  { name: 'dates', unit: '12/03/2026 ' },
  { name: 'dates in words', unit: '31 March 2026, ' },
  { name: 'deadline anchors', unit: 'Deadline: 31/02/2026 12:00 CET ' },
  { name: 'grade ranges', unit: 'AD 5 - AD 12 ' },
  { name: 'function groups', unit: 'FG IV grades 13, ' },
  { name: 'digit and slash runs', unit: '12/12/12/12/1212/12.12.12.2026/1/1/1/12:12:12 ' },
  { name: 'contract sentences', unit: 'contract for a period of ' },
  { name: 'experience years', unit: 'at least 3 years experience ' },
  { name: 'languages and levels', unit: 'English C1 or French ' },
  { name: 'countries', unit: 'under-represented Austria, ' },
  { name: 'institutions', unit: 'European Commission EPSO ECHA DG TAXUD ' },
  { name: 'clearance', unit: 'EU SECRET security clearance ' },
  { name: 'CAST mentions', unit: 'EPSO CAST ' },
  { name: 'article numbers', unit: 'article 2 (f) and 3 2 3 agents 2 ' },
  { name: 'clearance not required', unit: 'EU SECRET clearance not required ' },
  {
    name: 'notice-like noise',
    unit: 'Deadline: 31/02/2026 12:00 CET contract agent FG IV AD 5 C1 B2 English at least 3 years experience\n',
  },
];

function repeatUnit(unit: Family['unit'], chars: number): string {
  if (typeof unit === 'string') return unit.repeat(Math.ceil(chars / unit.length)).slice(0, chars);
  const parts: string[] = [];
  let n = 0;
  for (let i = 0; n < chars; i++) {
    const u = unit(i);
    parts.push(u);
    n += u.length;
  }
  return parts.join('').slice(0, chars);
}

const PDF_PAGE = 3500;

/**
 * Deadline wording first, so that no input stops at the cheap gate, and nothing notice-like after
 * the body: a pattern that searches for a heading or a label has to fail at every position of the
 * adversarial body (the worst case for a backtracking regex) instead of finding it at the end.
 */
const HEAD = 'Deadline: 31 March 2026\n';

/** Frames `body` as the given form; the result is exactly `chars` characters long. */
export function frame(form: InputForm, body: string, chars: number): string {
  const fit = (before: string, inner: string) => before + inner.slice(0, Math.max(0, chars - before.length));
  switch (form) {
    case 'text':
      return fit(HEAD, body);
    case 'markdown':
      return fit(`# Vacancy notice\n\n**${HEAD.trim()}**\n\n`, body);
    case 'html':
      // An unclosed document (as a truncated page is): no later ">" ends a runaway tag.
      return fit(
        `<!doctype html><html><head><title>Vacancy</title></head><body><main><p>${HEAD.trim()}</p>\n`,
        body.replace(/\n/g, '<br>\n'),
      );
    case 'pdf': {
      // Pages as lib/pdf writes them: paragraphs apart, a running header and a page number.
      const pages: string[] = [];
      for (let at = 0, n = 1; at < Math.min(body.length, chars); at += PDF_PAGE, n++)
        pages.push(`EUROPEAN COMMISSION\n\n${body.slice(at, at + PDF_PAGE)}\n\nPage ${n}`);
      return fit(HEAD, pages.join('\n\n'));
    }
  }
}

/** The family's input in the given form, `chars` characters long. */
export function makeInput(family: Family, form: InputForm, chars: number): string {
  return frame(form, repeatUnit(family.unit, chars), chars);
}
