// @vitest-environment happy-dom
// @vitest-environment-options {"settings": {"disableJavaScriptEvaluation": true, "disableJavaScriptFileLoading": true, "disableCSSFileLoading": true, "handleDisabledFileLoadingAsSuccess": true}}
/**
 * Vacancy listings: each fixture through the table collector and the reader. Expected
 * deadlines are read from the fixtures: the <time datetime> is UTC, the text Brussels time
 * (+02:00 until the last Sunday of October, 25/10/2026; +01:00 from then until the last
 * Sunday of March, 28/03/2027 at 01:00 UTC).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readVacancyListing, type ListingRow } from '../../lib/sites/eu-careers';
import { collectListing, parseHtml } from '../../entrypoints/overlay/eu-careers-dom';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'sites');
const fixture = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');
const PAGE = 'https://eu-careers.europa.eu/en/job-opportunities/';

function read(html: string) {
  const table = collectListing(parseHtml(html));
  if (!table) throw new Error('no listing table found');
  return { table, result: readVacancyListing(table.headers, table.rows) };
}

function rowsOf(html: string): ListingRow[] {
  const { result } = read(html);
  if (!result.ok) throw new Error(`expected ok, got: ${result.reason}`);
  expect(result.skipped).toEqual([]);
  return result.rows;
}

type Expected = Omit<ListingRow, 'href' | 'missing' | 'reference'> & {
  slug: string;
  missing?: ListingRow['missing'];
};

/** The nine rows of eu-careers-listing.html, in order. */
const CURRENT: Expected[] = [
  {
    title: 'Administrative Assistant – Human Resources',
    slug: 'administrative-assistant-human-resources-dg-hr',
    domain: 'Human Resources',
    grade: 'FG II',
    functionGroup: 'FGII',
    grades: [],
    institution: 'European Commission',
    location: 'Brussels',
    deadline: '2026-10-13T12:00:00+02:00',
  },
  {
    title: 'Financial Assistant – Budget Execution',
    slug: 'financial-assistant-budget-execution-op',
    domain: 'Finance',
    grade: 'FG III',
    functionGroup: 'FGIII',
    grades: [],
    institution: 'Publications Office of the European Union',
    location: 'Luxembourg',
    deadline: '2026-11-05T12:00:00+01:00',
  },
  {
    title: 'Project Officer – Research Programmes',
    slug: 'project-officer-research-programmes-rea',
    domain: 'Research',
    grade: 'FG IV',
    functionGroup: 'FGIV',
    grades: [],
    institution: 'European Research Executive Agency (REA)',
    location: 'Brussels',
    // The day after the clocks went back: 11:00Z is 12:00 CET.
    deadline: '2026-10-26T12:00:00+01:00',
  },
  {
    title: 'Administrators in the field of Digital',
    slug: 'administrators-field-digital-epso-ad-427-26',
    domain: 'Information and Communication Technology (ICT)',
    grade: 'AD 5',
    functionGroup: 'AD',
    grades: ['AD5'],
    institution: 'European Personnel Selection Office (EPSO)',
    location: null,
    deadline: '2026-09-29T12:00:00+02:00',
    missing: { location: 'several places: Brussels, Luxembourg' },
  },
  {
    title: 'Scientific Officer – Chemicals Risk Assessment',
    slug: 'scientific-officer-chemicals-risk-assessment-echa',
    domain: 'Science',
    grade: 'AD 7',
    functionGroup: 'AD',
    grades: ['AD7'],
    institution: 'European Chemicals Agency (ECHA)',
    location: 'Helsinki',
    deadline: '2026-09-30T23:59:00+02:00',
  },
  {
    title: 'Procurement Assistant',
    slug: 'procurement-assistant-easa',
    domain: 'Finance',
    grade: 'AST 3',
    functionGroup: 'AST',
    grades: ['AST3'],
    institution: 'European Union Aviation Safety Agency (EASA)',
    location: 'Cologne',
    deadline: '2027-01-15T23:59:00+01:00',
  },
  {
    title: 'Legal Officer – Parliamentary Procedures',
    slug: 'legal-officer-parliamentary-procedures-ep',
    domain: 'Law',
    grade: 'AD 6',
    functionGroup: 'AD',
    grades: ['AD6'],
    institution: 'European Parliament',
    location: 'Luxembourg',
    deadline: '2026-08-20T12:00:00+02:00',
  },
  {
    title: 'Policy Officer – Climate Adaptation',
    slug: 'policy-officer-climate-adaptation-dg-clima',
    domain: 'Climate action',
    grade: 'AD 5 - AD 7',
    functionGroup: 'AD',
    grades: ['AD5', 'AD6', 'AD7'],
    institution: 'European Commission',
    location: 'Brussels',
    // 28/03/2027 is the last Sunday of March: noon is already summer time.
    deadline: '2027-03-28T12:00:00+02:00',
  },
  {
    title: 'Seconded National Expert – Energy Security',
    slug: 'seconded-national-expert-energy-security-dg-ener',
    domain: 'Energy',
    grade: null,
    functionGroup: null,
    grades: [],
    institution: 'European Commission',
    location: 'Brussels',
    deadline: '2026-12-01T12:00:00+01:00',
    missing: { grade: 'no grade given', functionGroup: 'no grade given' },
  },
];

const toRow = ({ slug, missing, ...rest }: Expected, extra: Partial<ListingRow> = {}): ListingRow => ({
  ...rest,
  href: PAGE + slug,
  missing: missing ?? {},
  ...extra,
});

describe('eu-careers-listing.html (current table with <time datetime>)', () => {
  const html = fixture('eu-careers-listing.html');

  it('collects the headers (sort hint included) and one row of cells per vacancy', () => {
    const { table } = read(html);
    expect(table.headers).toEqual([
      'Title',
      'Domain',
      'Grade',
      'Institution/Agency',
      'Location',
      'DeadlineSort descending',
    ]);
    expect(table.rows).toHaveLength(9);
    expect(table.rows[0].cells[0]).toEqual({
      text: 'Administrative Assistant – Human Resources',
      href: '/en/job-opportunities/administrative-assistant-human-resources-dg-hr',
    });
    expect(table.rows[0].cells[5]).toEqual({ text: '13/10/2026 - 12:00', datetime: '2026-10-13T10:00:00Z' });
  });

  it.each(CURRENT.map((e, i) => [i, e.title, e] as const))('row %i: %s', (i, _title, expected) => {
    expect(rowsOf(html)[i]).toEqual(toRow(expected));
  });

  it('reads exactly nine rows', () => {
    expect(rowsOf(html)).toHaveLength(CURRENT.length);
  });

  it('reports a datetime attribute that disagrees with the visible text, for that row only', () => {
    const changed = html.replace('datetime="2026-10-13T10:00:00Z"', 'datetime="2026-10-13T11:00:00Z"');
    const rows = rowsOf(changed);
    expect(rows[0].deadline).toBeNull();
    expect(rows[0].missing.deadline).toBe(
      'the visible deadline "13/10/2026 - 12:00" (2026-10-13T12:00:00+02:00 in Brussels) and the page\'s ' +
        'datetime attribute "2026-10-13T11:00:00Z" (2026-10-13T13:00:00+02:00 in Brussels) differ by 60 minutes; ' +
        'neither is used — check the official notice',
    );
    expect(rows[1].deadline).toBe('2026-11-05T12:00:00+01:00');
  });

  it('uses the datetime attribute alone when the cell shows no text', () => {
    const changed = html.replace('>13/10/2026 - 12:00</time>', '></time>');
    expect(rowsOf(changed)[0].deadline).toBe('2026-10-13T12:00:00+02:00');
  });

  it('gives ok:false when a needed column is renamed', () => {
    const changed = html.replace(
      'title="sort by Deadline" rel="nofollow">Deadline<',
      'title="sort" rel="nofollow">Apply by<',
    );
    const { result } = read(changed);
    expect(result).toEqual({
      ok: false,
      reason:
        'This EU Careers listing could not be read: no "Deadline" column (headers: "title", "domain", "grade", ' +
        '"institution/agency", "location", "apply by"). The page layout may have changed.',
    });
  });

  it('skips a "no results" row spanning the table, and keeps the others', () => {
    const changed = html.replace(
      '<tbody>',
      '<tbody><tr><td colspan="6">No vacancies match your filters.</td></tr>',
    );
    const { result } = read(changed);
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.skipped).toEqual([{ index: 0, reason: 'the row has 1 cell, the table 6' }]);
      expect(result.rows).toHaveLength(9);
    }
  });
});

describe('eu-careers-listing-old.html (views-field-title-field, "Job title", "DG", "Closing date", text dates)', () => {
  const html = fixture('eu-careers-listing-old.html');

  it('collects the old headers', () => {
    expect(read(html).table.headers).toEqual([
      'Job title',
      'Reference',
      'Domain',
      'Grade',
      'DG',
      'Location(s)',
      'Closing date',
    ]);
  });

  it('reads the same vacancies from the text dates, with the reference column', () => {
    const byTitle = new Map(CURRENT.map((e) => [e.title, e]));
    const expected: Array<[string, string, string]> = [
      ['Administrative Assistant – Human Resources', 'HR/CA/2026/117', 'DG HR'],
      ['Financial Assistant – Budget Execution', 'OP/CA/2026/05', 'Publications Office'],
      ['Project Officer – Research Programmes', 'REA/CA/FGIV/2026/12', 'REA'],
      ['Scientific Officer – Chemicals Risk Assessment', 'ECHA/TA/AD7/2026/031', 'ECHA'],
      ['Procurement Assistant', 'EASA/AST/2026/009', 'EASA'],
    ];
    expect(rowsOf(html)).toEqual(
      expected.map(([title, reference, institution]) =>
        toRow(byTitle.get(title)!, { reference, institution }),
      ),
    );
  });
});

describe('readVacancyListing on headers and cells', () => {
  it('gives ok:false when every row is unreadable', () => {
    const r = readVacancyListing(
      ['Title', 'Grade', 'Deadline'],
      [{ cells: [{ text: '' }, { text: '' }, { text: '' }] }],
    );
    expect(r).toEqual({
      ok: false,
      reason:
        'This EU Careers listing could not be read: none of its 1 rows could be read (the row has no title).',
    });
  });

  it('is ok with no rows (an empty listing page)', () => {
    expect(readVacancyListing(['Title', 'Grade', 'Closing date'], [])).toEqual({
      ok: true,
      rows: [],
      skipped: [],
    });
  });

  it('reports a deadline text in an unknown format on the row', () => {
    const r = readVacancyListing(
      ['Title', 'Grade', 'Deadline'],
      [{ cells: [{ text: 'Driver', href: '/en/x' }, { text: 'FG I' }, { text: '13 October 2026' }] }],
    );
    expect(r.ok && r.rows[0].deadline).toBeNull();
    expect(r.ok && r.rows[0].functionGroup).toBe('FGI');
    expect(r.ok && r.rows[0].missing.deadline).toBe(
      '"13 October 2026" is not in the form DD/MM/YYYY - HH:MM (Brussels time)',
    );
  });
});
