// @vitest-environment happy-dom
// @vitest-environment-options {"settings": {"disableJavaScriptEvaluation": true, "disableJavaScriptFileLoading": true, "disableCSSFileLoading": true, "handleDisabledFileLoadingAsSuccess": true}}
/**
 * Vacancy detail pages: each fixture through the DOM collector and the reader. Expected
 * values are read from the fixtures by hand (e.g. "12/08/2026 - 23:59 (Brussels time)" is
 * CEST, so 23:59+02:00 = 21:59Z).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readVacancyDetail, type PageField, type VacancyDetailFields } from '../../lib/sites/eu-careers';
import { collectLabelledFields, parseHtml } from '../../entrypoints/overlay/eu-careers-dom';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'sites');
const fixture = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');
const collect = (html: string) => collectLabelledFields(parseHtml(html));

const ENISA_PDF = 'https://www.enisa.europa.eu/recruitment/vacancies/ENISA-2026-TA-07-vacancy-notice.pdf';

/** Both fixtures show the same vacancy. */
const ENISA_FIELDS: VacancyDetailFields = {
  reference: 'ENISA/2026/TA/07',
  institution: 'European Union Agency for Cybersecurity (ENISA)',
  location: 'Athens',
  grade: 'AD 7',
  functionGroup: 'AD',
  grades: ['AD7'],
  contractType: 'Temporary staff',
  staffCategory: 'temporary_agent',
  domains: ['Information and Communication Technology (ICT)', 'Security'],
  deadline: '2026-08-12T23:59:00+02:00',
  noticeUrl: ENISA_PDF,
};

function readOk(pairs: PageField[]) {
  const result = readVacancyDetail(pairs);
  if (!result.ok) throw new Error(`expected ok, got: ${result.reason}`);
  return result;
}

describe('eu-careers-detail.html (current Drupal field blocks)', () => {
  const pairs = collect(fixture('eu-careers-detail.html'));

  it('collects each .field__label with its .field__item(s), and nothing from the nav, body or footer', () => {
    expect(pairs).toEqual([
      { label: 'Reference number', value: 'ENISA/2026/TA/07' },
      { label: 'Institution/Agency', value: 'European Union Agency for Cybersecurity (ENISA)' },
      { label: 'Location(s)', value: 'Athens (Greece)' },
      { label: 'Grade', value: 'AD 7' },
      { label: 'Type of contract', value: 'Temporary staff' },
      { label: 'Domain(s)', value: 'Information and Communication Technology (ICT)' },
      { label: 'Domain(s)', value: 'Security' },
      {
        label: 'Deadline',
        value: '12/08/2026 - 23:59 (Brussels time)',
        datetime: '2026-08-12T21:59:00Z',
      },
      { label: 'Link to vacancy', value: 'Vacancy notice ENISA/2026/TA/07 (PDF, 412 KB)', href: ENISA_PDF },
    ]);
  });

  it('reads every field, the deadline as an instant in Brussels time', () => {
    const r = readOk(pairs);
    expect(r.fields).toEqual(ENISA_FIELDS);
    expect(r.missing).toEqual({});
  });

  it('says which pairs each value came from', () => {
    const r = readOk(pairs);
    expect(r.evidence.reference).toEqual({
      indices: [0],
      label: 'Reference number',
      value: 'ENISA/2026/TA/07',
    });
    expect(r.evidence.domains?.indices).toEqual([5, 6]);
    expect(r.evidence.deadline).toEqual({
      indices: [7],
      label: 'Deadline',
      value: '12/08/2026 - 23:59 (Brussels time)',
    });
    expect(r.evidence.functionGroup?.indices).toEqual([3]);
    expect(r.evidence.staffCategory?.indices).toEqual([4]);
    expect(r.evidence.noticeUrl?.indices).toEqual([8]);
  });

  it('reports a datetime attribute that disagrees with the visible text, and gives no deadline', () => {
    // One hour off: what a page generator assuming CET (+01:00) in August would write.
    const html = fixture('eu-careers-detail.html').replace('2026-08-12T21:59:00Z', '2026-08-12T22:59:00Z');
    const r = readOk(collect(html));
    expect(r.fields.deadline).toBeNull();
    expect(r.missing.deadline).toContain(
      '"12/08/2026 - 23:59 (Brussels time)" (2026-08-12T23:59:00+02:00 in Brussels)',
    );
    expect(r.missing.deadline).toContain('"2026-08-12T22:59:00Z" (2026-08-13T00:59:00+02:00 in Brussels)');
    expect(r.missing.deadline).toContain('differ by 60 minutes');
    expect(r.fields.reference).toBe('ENISA/2026/TA/07');
  });

  it('accepts a datetime attribute with seconds inside the same minute', () => {
    const html = fixture('eu-careers-detail.html').replace('2026-08-12T21:59:00Z', '2026-08-12T21:59:59Z');
    expect(readOk(collect(html)).fields.deadline).toBe('2026-08-12T23:59:00+02:00');
  });

  it('gives ok:false when the deadline text is in a format we do not know', () => {
    const html = fixture('eu-careers-detail.html').replace(
      '12/08/2026 - 23:59</time> (Brussels time)',
      '12 August 2026, 23:59</time> (Brussels time)',
    );
    const r = readVacancyDetail(collect(html));
    expect(r).toEqual({
      ok: false,
      reason:
        'This EU Careers page could not be read: the "Deadline" value could not be read ("12 August 2026, 23:59 (Brussels time)" is not in the form DD/MM/YYYY - HH:MM (Brussels time)).',
    });
  });
});

describe('eu-careers-detail-old-markup.html (dl/dt/dd, older labels)', () => {
  const pairs = collect(fixture('eu-careers-detail-old-markup.html'));

  it('collects each <dt> with its <dd>(s), colons and all', () => {
    expect(pairs.map((p) => [p.label, p.value])).toEqual([
      ['Reference:', 'ENISA/2026/TA/07'],
      ['Institution:', 'European Union Agency for Cybersecurity (ENISA)'],
      ['Location:', 'Athens, Greece'],
      ['Grade(s):', 'AD 7'],
      ['Type of contract:', 'Temporary staff'],
      ['Domain:', 'Information and Communication Technology (ICT)'],
      ['Domain:', 'Security'],
      ['Closing date:', '12/08/2026 - 23:59 (Brussels time)'],
      ['Link to the vacancy notice:', 'Vacancy notice (PDF)'],
    ]);
    expect(pairs[7].datetime).toBeUndefined();
  });

  it('reads the same vacancy as the current markup (deadline from the text alone)', () => {
    const r = readOk(pairs);
    expect(r.fields).toEqual(ENISA_FIELDS);
    expect(r.missing).toEqual({});
    expect(r.evidence.deadline?.label).toBe('Closing date:');
  });
});

describe('eu-careers-detail-changed.html (labels replaced by icons)', () => {
  it('finds only the Deadline label and says the page could not be read', () => {
    const pairs = collect(fixture('eu-careers-detail-changed.html'));
    expect(pairs.map((p) => p.label)).toEqual(['Deadline']);
    expect(readVacancyDetail(pairs)).toEqual({
      ok: false,
      reason:
        'This EU Careers page could not be read: only 1 of the 4 key labels was found (deadline); missing: reference number, grade or type of contract, institution/agency. The page layout may have changed.',
    });
  });

  it('gives ok:false with no pairs at all', () => {
    const r = readVacancyDetail([]);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toContain('only 0 of the 4 key labels were found; missing: reference number');
  });
});

describe('a key-facts table (th + td)', () => {
  const html = `<!DOCTYPE html><html><body><main>
    <h1>Financial Assistant</h1>
    <table class="key-facts"><tbody>
      <tr><th scope="row">Reference</th><td>OP/CA/2026/05</td></tr>
      <tr><th scope="row">Institution / Agency</th><td>Publications Office of the European Union</td></tr>
      <tr><th scope="row">Location(s)</th><td>Luxembourg (Luxembourg)</td></tr>
      <tr><th scope="row">Grade(s)</th><td>FG III</td></tr>
      <tr><th scope="row">Domain(s)</th><td><ul><li>Finance</li><li>Administration</li></ul></td></tr>
      <tr><th scope="row">Closing date</th><td><time datetime="2026-11-05T11:00:00Z">05/11/2026 - 12:00</time></td></tr>
      <tr><th scope="row">Link to the vacancy notice</th><td><a href="/sites/default/files/notices/OP-CA-2026-05.docx">Notice (DOCX)</a></td></tr>
    </tbody></table>
  </main></body></html>`;

  it('reads a winter deadline (+01:00), infers contract agent from FG III, resolves a relative link', () => {
    const r = readOk(collect(html));
    expect(r.fields).toEqual({
      reference: 'OP/CA/2026/05',
      institution: 'Publications Office of the European Union',
      location: 'Luxembourg',
      grade: 'FG III',
      functionGroup: 'FGIII',
      grades: [],
      contractType: null,
      staffCategory: 'contract_agent',
      domains: ['Finance', 'Administration'],
      deadline: '2026-11-05T12:00:00+01:00',
      noticeUrl: 'https://eu-careers.europa.eu/sites/default/files/notices/OP-CA-2026-05.docx',
    });
    expect(r.missing.contractType).toBe('no "Type of contract" label on the page');
    expect(r.missing.grades).toBe('no grade number in "FG III"');
    expect(r.evidence.staffCategory?.label).toBe('Grade(s)');
  });
});

describe('readVacancyDetail on label/value pairs', () => {
  const base: PageField[] = [
    { label: 'REFERENCE NUMBER', value: 'COM/2026/TA/CLIMA/12' },
    { label: 'Institution/Agency', value: 'European Commission' },
    { label: 'Grade', value: 'AD 5 - AD 7' },
    { label: 'Type of contract', value: 'Temporary agent' },
    { label: 'Deadline', value: '28/03/2027 - 12:00' },
  ];

  it('matches labels case-insensitively and expands a grade range', () => {
    const r = readOk(base);
    expect(r.fields.reference).toBe('COM/2026/TA/CLIMA/12');
    expect(r.fields.functionGroup).toBe('AD');
    expect(r.fields.grades).toEqual(['AD5', 'AD6', 'AD7']);
    expect(r.fields.staffCategory).toBe('temporary_agent');
    // 28 March 2027 is the last Sunday of March: summer time from 03:00, so noon is +02:00.
    expect(r.fields.deadline).toBe('2027-03-28T12:00:00+02:00');
  });

  it.each([
    [['Brussels (Belgium)', 'Luxembourg (Luxembourg)'], null, 'several places: Brussels, Luxembourg'],
    [['Brussels (Belgium), Luxembourg (Luxembourg)'], null, 'several places: Brussels, Luxembourg'],
    [['Brussels or Luxembourg'], null, 'several places: Brussels, Luxembourg'],
    [['Luxembourg (Luxembourg)'], 'Luxembourg', undefined],
    [['Bruxelles/Brussel'], 'Brussels', undefined],
    [['Tokyo (Japan)'], null, 'place not recognised: "Tokyo"'],
  ])('location %j → %s', (values, city, reason) => {
    const r = readOk([...base, ...values.map((value) => ({ label: 'Location(s)', value }))]);
    expect(r.fields.location).toBe(city);
    expect(r.missing.location).toBe(reason);
  });

  it('splits one value holding several lines into domains and places', () => {
    const r = readOk([
      ...base,
      { label: 'Domain(s)', value: 'Finance\n  Audit; Law' },
      { label: 'Location(s)', value: 'Brussels (Belgium)\nLuxembourg (Luxembourg)' },
    ]);
    expect(r.fields.domains).toEqual(['Finance', 'Audit', 'Law']);
    expect(r.fields.location).toBeNull();
    expect(r.missing.location).toBe('several places: Brussels, Luxembourg');
  });

  it('needs 3 of the 4 key labels: grade alone is enough for the third', () => {
    const r = readVacancyDetail([
      { label: 'Reference', value: 'X/1' },
      { label: 'Grade', value: 'AST 3' },
      { label: 'Closing date', value: '15/01/2027 - 23:59' },
    ]);
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.fields.deadline).toBe('2027-01-15T23:59:00+01:00');
      expect(r.missing.institution).toBe('no "Institution/Agency" label on the page');
    }
  });

  it('says when only 2 key labels are found', () => {
    const r = readVacancyDetail([
      { label: 'Reference', value: 'X/1' },
      { label: 'Deadline', value: '15/01/2027 - 23:59' },
      { label: 'Location', value: 'Brussels' },
    ]);
    expect(r).toEqual({
      ok: false,
      reason:
        'This EU Careers page could not be read: only 2 of the 4 key labels were found (reference number, deadline); missing: grade or type of contract, institution/agency. The page layout may have changed.',
    });
  });

  it('treats two different values for a single field as a conflict, not a guess', () => {
    const r = readOk([...base, { label: 'Reference', value: 'COM/2026/TA/CLIMA/13' }]);
    expect(r.fields.reference).toBeNull();
    expect(r.missing.reference).toBe(
      'the page gives 2 different values: "COM/2026/TA/CLIMA/12", "COM/2026/TA/CLIMA/13"',
    );
  });

  it('treats two different deadlines as a conflict', () => {
    const r = readOk([...base, { label: 'Closing date', value: '29/03/2027 - 12:00' }]);
    expect(r.fields.deadline).toBeNull();
    expect(r.missing.deadline).toBe(
      'the page gives 2 different deadlines: "28/03/2027 - 12:00", "29/03/2027 - 12:00"',
    );
  });

  it('reports a datetime attribute that is not a date-time with a zone', () => {
    const pairs = base.map((p) => (p.label === 'Deadline' ? { ...p, datetime: '2027-03-28T10:00:00' } : p));
    const r = readOk(pairs);
    expect(r.fields.deadline).toBeNull();
    expect(r.missing.deadline).toBe(
      'the datetime attribute "2027-03-28T10:00:00" is not a date-time with a time zone',
    );
  });

  it('reads "Permanent staff" as officials', () => {
    const r = readOk(
      base.map((p) => (p.label === 'Type of contract' ? { ...p, value: 'Permanent staff' } : p)),
    );
    expect(r.fields.staffCategory).toBe('official');
  });
});
