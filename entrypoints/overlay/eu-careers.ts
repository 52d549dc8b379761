/**
 * EU Careers pages: read the vacancy detail page's structured fields (by their
 * labels, not CSS classes), merge them into the card, follow the link to the
 * official notice (fetched and read by the background), and say where page and notice disagree.
 * On listing pages, annotate each row with the days left. Nothing profile-derived (such as whether
 * the candidate's CAST fits a row) is written into the page: the page could read it.
 * When the page looks like EU Careers but cannot be read, say so.
 */
import { browser } from 'wxt/browser';
import type { EuCareersDetailAnswer } from '../../lib/messages';
import type { Analysis, Evidence } from '../../lib/notice';
import type { Disagreement, VacancyDetailFields } from '../../lib/sites/eu-careers';
import { collectLabelledFieldsSliced, collectListing } from './eu-careers-dom';
import type { PageText } from './page-text';

export function isEuCareersPage(): boolean {
  return /(^|\.)eu-careers\.europa\.eu$/.test(location.hostname) || /\bEU Careers\b/.test(document.title);
}

export interface EuCareersDetail {
  analysis: Analysis;
  disagreements: Disagreement[];
  noticeNote: string | null;
}

/** The value's position in the page text, so the card can highlight it. */
function evidenceOf(page: PageText, label: string, value: string): Evidence | undefined {
  const at = page.text.indexOf(label);
  const start = page.text.indexOf(value, at < 0 ? 0 : at);
  if (start < 0 || !value) return undefined;
  return { start, end: start + value.length, quote: value };
}

const OVERRIDES: Array<keyof VacancyDetailFields & keyof NonNullable<Analysis['notice']>> = [
  'reference',
  'location',
  'staffCategory',
  'functionGroup',
  'grades',
  'deadline',
];

/** Null when the page is not a vacancy detail page; `{ readError }` when it should be but cannot be read. */
export async function readEuCareersDetail(
  page: PageText,
  base: Analysis,
): Promise<EuCareersDetail | { readError: string } | null> {
  const pairs = await collectLabelledFieldsSliced(document.body, location.href);
  if (pairs.length === 0) return null;
  // Read in the background: the overlay carries no reader (it is injected into the page, and small).
  const detail = (await browser.runtime.sendMessage({
    type: 'eu-careers-detail',
    pairs: pairs.slice(0, 500),
  })) as EuCareersDetailAnswer;
  if (!detail.ok) return isEuCareersPage() ? { readError: detail.reason } : null;

  const fields = detail.fields;
  const notice = { ...base.notice! };
  const evidence = { ...base.evidence };
  for (const key of OVERRIDES) {
    const value = fields[key];
    if (value === null || (Array.isArray(value) && value.length === 0)) continue;
    (notice as Record<string, unknown>)[key] = value;
    const src = detail.evidence[key];
    const ev = src ? evidenceOf(page, src.label, src.value) : undefined;
    if (ev) evidence[key] = ev;
  }
  if (fields.deadline) notice.deadlineZone = 'Europe/Brussels';
  // The page's own heading names the post; the labelled fields do not.
  const h1 = document.querySelector('h1');
  const heading = h1?.textContent?.replace(/\s+/g, ' ').trim();
  if (heading) {
    notice.title = heading;
    const at = page.text.indexOf(heading);
    if (at >= 0) evidence.title = { start: at, end: at + heading.length, quote: heading };
  }
  let analysis: Analysis = { ...base, notice, evidence };

  // The official notice holds the requirements; the page only the key facts.
  let noticeNote: string | null = null;
  let disagreements: Disagreement[] = [];
  const fetched = detail.fetched;
  if (fetched) {
    if (fetched.kind === 'pdf')
      noticeNote = `The official notice is a PDF (${fetched.url}): open it to see its requirements (Vacancy Lens reads PDFs in its viewer).`;
    else if (fetched.kind === 'error')
      noticeNote = `The official notice could not be read: ${fetched.message}`;
    else {
      const official = fetched.analysis;
      if (official.notice) {
        disagreements = detail.disagreements;
        const req = official.notice;
        analysis = {
          ...analysis,
          notice: {
            ...notice,
            education: req.education,
            experienceYears: req.experienceYears,
            experienceRequired: req.experienceRequired,
            languages: req.languages,
            castRequired: req.castRequired,
            securityClearance: req.securityClearance,
            contactEmail: req.contactEmail ?? notice.contactEmail,
            underrepresentedStates: req.underrepresentedStates,
            requirements: req.requirements,
          },
        };
        noticeNote = `Requirements read from the official notice linked from this page: ${fetched.url}`;
      }
    }
  }
  return { analysis, disagreements, noticeNote };
}

const BADGE_ATTR = 'data-vacancy-lens-row';

/** Listing pages: one small note per row (days left, closed). Returns how many rows were annotated. */
export async function annotateListing(): Promise<number> {
  const collected = collectListing(document.body, location.href);
  if (!collected) return 0;
  const notes = (await browser.runtime.sendMessage({
    type: 'eu-careers-listing',
    headers: collected.headers.slice(0, 50),
    rows: collected.rows.slice(0, 2000).map((r) => ({ cells: r.cells.slice(0, 50) })),
  })) as Array<{ index: number; text: string }> | null;
  if (!notes) return 0;
  let count = 0;
  for (const { index, text } of notes) {
    const tr = collected.rowElements[index];
    if (!tr || tr.querySelector(`[${BADGE_ATTR}]`)) continue;
    const note = document.createElement('span');
    note.setAttribute(BADGE_ATTR, '');
    note.setAttribute(
      'style',
      'display:inline-block;margin-left:6px;padding:1px 6px;border-radius:8px;font:12px/1.4 system-ui,sans-serif;background:#eef3fb;color:#123;',
    );
    note.textContent = text;
    (tr.lastElementChild ?? tr).append(note);
    count++;
  }
  return count;
}
