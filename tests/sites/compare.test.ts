// @vitest-environment happy-dom
// @vitest-environment-options {"settings": {"disableJavaScriptEvaluation": true, "disableJavaScriptFileLoading": true, "disableCSSFileLoading": true, "handleDisabledFileLoadingAsSuccess": true}}
/** compareWithNotice: where the EU Careers page and the official notice disagree. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyseNotice, noticeFieldsSchema, type NoticeFields } from '../../lib/notice';
import { compareWithNotice, readVacancyDetail, type VacancyDetailFields } from '../../lib/sites/eu-careers';
import { collectLabelledFields, parseHtml } from '../../entrypoints/overlay/eu-careers-dom';

const ROOT = join(import.meta.dirname, '..', 'fixtures');

/** The ENISA vacancy as eu-careers-detail.html shows it. */
const PAGE: VacancyDetailFields = {
  reference: 'ENISA/2026/TA/07',
  institution: 'European Union Agency for Cybersecurity (ENISA)',
  location: 'Athens',
  grade: 'AD 7',
  functionGroup: 'AD',
  grades: ['AD7'],
  contractType: 'Temporary staff',
  staffCategory: 'temporary_agent',
  domains: ['Security'],
  deadline: '2026-08-12T23:59:00+02:00',
  noticeUrl: 'https://www.enisa.europa.eu/recruitment/vacancies/ENISA-2026-TA-07-vacancy-notice.pdf',
};

/** The same vacancy as its notice would be read. */
function notice(overrides: Partial<NoticeFields> = {}): NoticeFields {
  return noticeFieldsSchema.parse({
    isNotice: true,
    title: 'Senior Cybersecurity Expert',
    reference: 'ENISA/2026/TA/07',
    institution: 'ENISA',
    department: null,
    location: 'Athens',
    staffCategory: 'temporary_agent',
    contractArticles: ['2f'],
    functionGroup: 'AD',
    grades: ['AD7'],
    deadline: '2026-08-12T23:59:00+02:00',
    education: null,
    experienceYears: 6,
    experienceRequired: true,
    languages: [],
    securityClearance: null,
    castRequired: false,
    firstContractYears: 5,
    underrepresentedStates: [],
    contactEmail: null,
    unit: null,
    domain: null,
    probationMonths: null,
    deadlineZone: 'Europe/Brussels',
    requirements: [],
    ...overrides,
  });
}

describe('compareWithNotice', () => {
  it('finds nothing when they agree', () => {
    expect(compareWithNotice(PAGE, notice())).toEqual([]);
  });

  it.each<[string, Partial<NoticeFields>]>([
    ['the same instant written with another offset', { deadline: '2026-08-12T22:59:00+01:00' }],
    ['the same reference written with spaces', { reference: 'ENISA 2026 TA 07' }],
    [
      'a value the notice does not give',
      { location: null, grades: [], functionGroup: null, reference: null },
    ],
  ])('is not a disagreement: %s', (_name, overrides) => {
    expect(compareWithNotice(PAGE, notice(overrides))).toEqual([]);
  });

  it('lists each field where they differ', () => {
    const n = notice({
      reference: 'ENISA/2026/TA/08',
      deadline: '2026-08-13T12:00:00+02:00',
      location: 'Heraklion',
      staffCategory: 'contract_agent',
      functionGroup: 'FGIV',
      grades: ['CA13', 'CA14'],
    });
    expect(compareWithNotice(PAGE, n)).toEqual([
      { field: 'reference', page: 'ENISA/2026/TA/07', notice: 'ENISA/2026/TA/08' },
      { field: 'deadline', page: '2026-08-12T23:59:00+02:00', notice: '2026-08-13T12:00:00+02:00' },
      { field: 'location', page: 'Athens', notice: 'Heraklion' },
      { field: 'staffCategory', page: 'temporary_agent', notice: 'contract_agent' },
      { field: 'functionGroup', page: 'AD', notice: 'FGIV' },
      { field: 'grades', page: 'AD7', notice: 'CA13, CA14' },
    ]);
  });

  it('compares grades as sets: a range on the page against one grade in the notice', () => {
    const page = { ...PAGE, grade: 'AD 5 - AD 7', grades: ['AD5', 'AD6', 'AD7'] };
    expect(compareWithNotice(page, notice({ grades: ['AD7', 'AD6', 'AD5'] }))).toEqual([]);
    expect(compareWithNotice(page, notice({ grades: ['AD7'] }))).toEqual([
      { field: 'grades', page: 'AD5, AD6, AD7', notice: 'AD7' },
    ]);
  });

  it('works on a listing row (no reference, no staff category)', () => {
    const row = {
      deadline: '2026-08-12T23:59:00+02:00',
      location: 'Athens',
      functionGroup: 'AD' as const,
      grades: ['AD7'],
    };
    expect(compareWithNotice(row, notice({ deadline: '2026-08-12T23:59:00+03:00' }))).toEqual([
      { field: 'deadline', page: '2026-08-12T23:59:00+02:00', notice: '2026-08-12T23:59:00+03:00' },
    ]);
  });

  it('an EU Careers page read both ways (site reader, notice reader) agrees with itself', () => {
    // The EMSA page in the notice golden fixtures is an EU Careers detail page.
    const html = readFileSync(
      join(ROOT, 'notices', 'misc-eu-careers-emsa-contract-agent-fg3-lisbon.html'),
      'utf8',
    );
    const page = readVacancyDetail(collectLabelledFields(parseHtml(html)));
    const analysis = analyseNotice(html);
    expect(page.ok && analysis.notice).toBeTruthy();
    if (!page.ok || !analysis.notice) return;
    expect(page.fields).toMatchObject({
      reference: 'EMSA/CA/2026/07',
      location: 'Lisbon',
      functionGroup: 'FGIII',
      staffCategory: 'contract_agent',
      deadline: '2026-08-17T23:59:00+02:00',
      noticeUrl: 'https://www.emsa.europa.eu/jobs/vacancies/download/EMSA-CA-2026-07.pdf',
    });
    expect(compareWithNotice(page.fields, analysis.notice)).toEqual([]);
  });
});
