/**
 * The words EU Careers (eu-careers.europa.eu) prints beside its values: field labels on
 * vacancy pages and column headers on listings, with the variants the site has used over
 * the years. We read pages by these words, never by CSS classes: when the site changes its
 * markup, labels usually survive; when they do not, the readers say so instead of guessing.
 * English pages only (other languages give "could not read the page").
 */

/** The fields of a vacancy detail page that we read from a label. */
export type DetailLabelField =
  'reference' | 'institution' | 'location' | 'grade' | 'contractType' | 'domains' | 'deadline' | 'noticeUrl';

/** Labels as `normaliseLabel` leaves them: lower case, single spaces, no colon, "a/b", "x(s)". */
const DETAIL_LABELS: Record<DetailLabelField, string[]> = {
  reference: ['reference number', 'reference', 'reference no.', 'reference no', 'ref.', 'vacancy reference'],
  institution: [
    'institution/agency',
    'institutions/agencies',
    'institution',
    'agency',
    'institution/body',
    'dg/agency',
  ],
  location: ['location(s)', 'location', 'locations', 'place of employment', 'place(s) of employment'],
  grade: ['grade', 'grade(s)', 'grades', 'function group', 'grade/function group', 'function group/grade'],
  contractType: ['type of contract', 'contract type', 'type(s) of contract', 'staff category'],
  domains: ['domain(s)', 'domain', 'domains'],
  deadline: [
    'deadline',
    'closing date',
    'deadline for applications',
    'deadline for application',
    'application deadline',
    'closing date for applications',
  ],
  noticeUrl: [
    'link to vacancy',
    'link to the vacancy',
    'link to vacancy notice',
    'link to the vacancy notice',
    'vacancy notice',
  ],
};

/** The columns of a listing table that we read from its header. */
export type ListingColumn =
  'title' | 'reference' | 'domain' | 'grade' | 'institution' | 'location' | 'deadline';

const LISTING_HEADERS: Record<ListingColumn, string[]> = {
  title: ['title', 'job title', 'vacancy', 'title of the post', 'post title'],
  reference: ['reference', 'reference number', 'ref.'],
  domain: ['domain', 'domain(s)', 'domains'],
  grade: ['grade', 'grade(s)', 'grades', 'function group'],
  institution: ['institution/agency', 'institutions/agencies', 'institution', 'agency', 'dg', 'dg/agency'],
  location: ['location', 'location(s)', 'locations', 'place of employment'],
  deadline: [
    'deadline',
    'closing date',
    'deadline for applications',
    'application deadline',
    'closing date for applications',
  ],
};

/** "Location (s):", "Institution / Agency", "Deadline\u00a0" → "location(s)", "institution/agency", "deadline". */
export function normaliseLabel(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase()
    .replace(/\s*[:：]\s*$/, '')
    .replace(/\s*\/\s*/g, '/')
    .replace(/\s+\(/g, '(')
    .trim();
}

/** Drupal puts "Sort ascending" (visually hidden) inside sortable headers. */
export function normaliseHeader(text: string): string {
  return normaliseLabel(text.replace(/\(?\s*sort (?:ascending|descending)\s*\)?/gi, ' '));
}

function indexOf<K extends string>(table: Record<K, string[]>): Map<string, K> {
  const map = new Map<string, K>();
  for (const key of Object.keys(table) as K[]) for (const label of table[key]) map.set(label, key);
  return map;
}

const DETAIL_INDEX = indexOf(DETAIL_LABELS);
const LISTING_INDEX = indexOf(LISTING_HEADERS);

/** The detail field a label names, or null when it is not one we know. */
export function detailFieldOfLabel(label: string): DetailLabelField | null {
  return DETAIL_INDEX.get(normaliseLabel(label)) ?? null;
}

/** True when `text` is one of the labels of a vacancy page (for DOM collectors). */
export function isDetailLabel(text: string): boolean {
  return detailFieldOfLabel(text) !== null;
}

/** The listing column a header names, or null. */
export function listingColumnOf(header: string): ListingColumn | null {
  return LISTING_INDEX.get(normaliseHeader(header)) ?? null;
}

/** How a field is named in messages: its usual label on the site. */
export const DETAIL_FIELD_LABEL: Record<DetailLabelField, string> = {
  reference: 'Reference number',
  institution: 'Institution/Agency',
  location: 'Location(s)',
  grade: 'Grade',
  contractType: 'Type of contract',
  domains: 'Domain(s)',
  deadline: 'Deadline',
  noticeUrl: 'Link to vacancy',
};

export const LISTING_COLUMN_LABEL: Record<ListingColumn, string> = {
  title: 'Title',
  reference: 'Reference',
  domain: 'Domain',
  grade: 'Grade',
  institution: 'Institution/Agency',
  location: 'Location',
  deadline: 'Deadline',
};
