/**
 * EU Careers (eu-careers.europa.eu): vacancy detail pages and vacancy listings, read from
 * what a DOM collector found on the page — label/value pairs and table headers/cells —
 * never from CSS classes. Pure: the collector lives with the content script; see
 * tests/sites/collect.ts for one over happy-dom's DOM.
 *
 * When the page does not look like what we know (labels or columns missing, a deadline in
 * an unknown format), the readers return `{ ok: false, reason }`; when one value is doubtful
 * (two sources disagree, several places), that value is null with the reason in `missing`.
 */
import { castGroupRank, formatFunctionGroup } from '../eligibility/levels';
import type { FunctionGroup, NoticeFields, StaffCategory } from '../notice/schema';
import type { CastFunctionGroup, Profile } from '../profile/schema';
import { BRUSSELS, countdown, formatInstant } from '../time/format';
import {
  DETAIL_FIELD_LABEL,
  LISTING_COLUMN_LABEL,
  detailFieldOfLabel,
  listingColumnOf,
  normaliseHeader,
  type DetailLabelField,
  type ListingColumn,
} from './eu-careers-labels';
import { isContractAgentGroup, readGrade, readPlace, readStaffCategory } from './page-values';
import { readDeadlineCell } from './site-deadline';

export { isDetailLabel, listingColumnOf, normaliseLabel } from './eu-careers-labels';

export const EU_CAREERS_ORIGIN = 'https://eu-careers.europa.eu';

// ---- vacancy detail page ---------------------------------------------------------------

/** One label and its value as found on the page (a link's href, a <time>'s datetime). */
export interface PageField {
  label: string;
  value: string;
  href?: string;
  datetime?: string;
}

export interface VacancyDetailFields {
  reference: string | null;
  /** As the page writes it, e.g. "European Union Agency for Cybersecurity (ENISA)". */
  institution: string | null;
  /** City in English (the notice reader's vocabulary); null when several or unknown. */
  location: string | null;
  /** As the page writes it, e.g. "AD 5 - AD 7". */
  grade: string | null;
  functionGroup: FunctionGroup | null;
  grades: string[];
  /** As the page writes it, e.g. "Temporary staff". */
  contractType: string | null;
  staffCategory: StaffCategory | null;
  domains: string[];
  /** ISO 8601 with the Brussels offset in force on that date. */
  deadline: string | null;
  /** The official notice ("Link to vacancy"), absolute. */
  noticeUrl: string | null;
}
export type DetailField = keyof VacancyDetailFields;

/** Which collected pairs a value came from: their indices in the input, label and value. */
export interface FieldSource {
  indices: number[];
  label: string;
  value: string;
}

export type VacancyDetailResult =
  | {
      ok: true;
      fields: VacancyDetailFields;
      evidence: Partial<Record<DetailField, FieldSource>>;
      /** Why a field is null or empty. */
      missing: Partial<Record<DetailField, string>>;
    }
  | { ok: false; reason: string };

const KEY_FIELDS: Array<{ name: string; fields: DetailLabelField[] }> = [
  { name: 'reference number', fields: ['reference'] },
  { name: 'deadline', fields: ['deadline'] },
  { name: 'grade or type of contract', fields: ['grade', 'contractType'] },
  { name: 'institution/agency', fields: ['institution'] },
];
const MIN_KEY_FIELDS = 3;

const clean = (s: string) => s.replace(/\s+/g, ' ').trim();

function absoluteUrl(href: string): string | null {
  try {
    return new URL(href.trim(), EU_CAREERS_ORIGIN).href;
  } catch {
    return null;
  }
}

/**
 * Reads a vacancy detail page from its label/value pairs. A field given several times (one
 * pair per `.field__item`) is a list for domains and locations, joined for grade and type of
 * contract, and a conflict (null, with the reason) for the others.
 */
export function readVacancyDetail(pairs: PageField[]): VacancyDetailResult {
  const groups = new Map<DetailLabelField, number[]>();
  pairs.forEach((pair, i) => {
    const field = detailFieldOfLabel(pair.label);
    if (field) groups.set(field, [...(groups.get(field) ?? []), i]);
  });

  const found = KEY_FIELDS.filter((k) => k.fields.some((f) => groups.has(f)));
  if (found.length < MIN_KEY_FIELDS) {
    const lacking = KEY_FIELDS.filter((k) => !found.includes(k)).map((k) => k.name);
    return {
      ok: false,
      reason:
        `This EU Careers page could not be read: only ${found.length} of the 4 key labels ${found.length === 1 ? 'was' : 'were'} found` +
        `${found.length ? ` (${found.map((k) => k.name).join(', ')})` : ''}; missing: ${lacking.join(', ')}. ` +
        'The page layout may have changed.',
    };
  }

  const evidence: Partial<Record<DetailField, FieldSource>> = {};
  const missing: Partial<Record<DetailField, string>> = {};
  const sourceOf = (field: DetailLabelField): FieldSource | null => {
    const idx = groups.get(field);
    if (!idx) return null;
    return { indices: idx, label: pairs[idx[0]].label, value: idx.map((i) => pairs[i].value).join('\n') };
  };
  /** Raw values, line breaks kept (a single value may hold several items). */
  const rawValuesOf = (field: DetailLabelField): string[] =>
    (groups.get(field) ?? []).map((i) => pairs[i].value);
  const valuesOf = (field: DetailLabelField): string[] => {
    const all = (groups.get(field) ?? []).map((i) => clean(pairs[i].value)).filter(Boolean);
    return [...new Set(all)];
  };
  /** One value; a different second value is a conflict. */
  const single = (field: DetailLabelField): string | null => {
    if (!groups.has(field)) {
      missing[field] = `no "${DETAIL_FIELD_LABEL[field]}" label on the page`;
      return null;
    }
    const values = valuesOf(field);
    if (values.length === 0) missing[field] = `the "${DETAIL_FIELD_LABEL[field]}" value is empty`;
    if (values.length > 1)
      missing[field] =
        `the page gives ${values.length} different values: ${values.map((v) => `"${v}"`).join(', ')}`;
    return values.length === 1 ? values[0] : null;
  };
  const note = (field: DetailField, from: DetailLabelField) => {
    const src = sourceOf(from);
    if (src) evidence[field] = src;
  };

  // Deadline: the visible Brussels time, checked against the <time datetime> (UTC) when present.
  let deadline: string | null = null;
  const deadlineIdx = groups.get('deadline') ?? [];
  const deadlineCells = [
    ...new Map(
      deadlineIdx.map((i) => [`${clean(pairs[i].value)}|${pairs[i].datetime ?? ''}`, pairs[i]] as const),
    ).values(),
  ];
  if (deadlineCells.length === 0) missing.deadline = 'no "Deadline" label on the page';
  else if (deadlineCells.length > 1)
    missing.deadline = `the page gives ${deadlineCells.length} different deadlines: ${deadlineCells.map((c) => `"${clean(c.value)}"`).join(', ')}`;
  else {
    const cell = readDeadlineCell(deadlineCells[0].value, deadlineCells[0].datetime, 'text');
    if (cell.kind === 'empty' || cell.kind === 'unreadable_text')
      return {
        ok: false,
        reason: `This EU Careers page could not be read: the "${clean(deadlineCells[0].label)}" value could not be read (${cell.reason}).`,
      };
    if (cell.kind === 'ok') deadline = cell.iso;
    else missing.deadline = cell.reason;
  }
  note('deadline', 'deadline');

  const reference = single('reference');
  note('reference', 'reference');
  const institution = single('institution');
  note('institution', 'institution');

  let location: string | null = null;
  if (groups.has('location')) {
    const place = readPlace(rawValuesOf('location'));
    location = place.city;
    if (place.reason) missing.location = place.reason;
  } else missing.location = 'no "Location(s)" label on the page';
  note('location', 'location');

  const gradeValues = valuesOf('grade');
  const grade = gradeValues.length ? gradeValues.join(', ') : null;
  if (!grade)
    missing.grade = groups.has('grade') ? 'the "Grade" value is empty' : 'no "Grade" label on the page';
  note('grade', 'grade');

  const contractValues = valuesOf('contractType');
  const contractType = contractValues.length ? contractValues.join(', ') : null;
  if (!contractType)
    missing.contractType = groups.has('contractType')
      ? 'the "Type of contract" value is empty'
      : 'no "Type of contract" label on the page';
  note('contractType', 'contractType');

  const categories = new Set(contractValues.map(readStaffCategory));
  let staffCategory: StaffCategory | null = null;
  if (categories.size === 1 && !categories.has(null)) {
    staffCategory = [...categories][0];
    note('staffCategory', 'contractType');
  } else if (categories.size > 1)
    missing.staffCategory = `several or unknown types of contract: ${contractType}`;
  else if (contractType) missing.staffCategory = `type of contract not recognised: "${contractType}"`;

  const { functionGroup, grades } = readGrade(grade ?? '', staffCategory);
  if (functionGroup) note('functionGroup', 'grade');
  else if (grade) missing.functionGroup = `no function group recognised in "${grade}"`;
  else missing.functionGroup = 'no grade on the page';
  if (grades.length) note('grades', 'grade');
  else missing.grades = grade ? `no grade number in "${grade}"` : 'no grade on the page';
  // A contract-agent function group says the category when the type of contract does not.
  if (!staffCategory && !contractType && isContractAgentGroup(functionGroup)) {
    staffCategory = 'contract_agent';
    delete missing.staffCategory;
    note('staffCategory', 'grade');
  }
  if (!staffCategory && !missing.staffCategory) missing.staffCategory = 'no type of contract on the page';

  const domains = [
    ...new Set(
      rawValuesOf('domains')
        .flatMap((v) => v.split(/[\n;]/))
        .map(clean)
        .filter(Boolean),
    ),
  ];
  if (domains.length) note('domains', 'domains');
  else
    missing.domains = groups.has('domains')
      ? 'the "Domain(s)" value is empty'
      : 'no "Domain(s)" label on the page';

  let noticeUrl: string | null = null;
  const linkIdx = groups.get('noticeUrl') ?? [];
  const links = [
    ...new Set(
      linkIdx
        .map((i) => pairs[i].href ?? (/^https?:\/\//i.test(pairs[i].value.trim()) ? pairs[i].value : null))
        .filter((h): h is string => !!h && !!h.trim())
        .map(absoluteUrl),
    ),
  ];
  if (linkIdx.length === 0) missing.noticeUrl = 'no "Link to vacancy" label on the page';
  else if (links.length === 0 || links.includes(null))
    missing.noticeUrl = 'the "Link to vacancy" has no usable address';
  else if (links.length > 1) missing.noticeUrl = `the page links to ${links.length} different notices`;
  else noticeUrl = links[0];
  note('noticeUrl', 'noticeUrl');

  return {
    ok: true,
    fields: {
      reference,
      institution,
      location,
      grade,
      functionGroup,
      grades,
      contractType,
      staffCategory,
      domains,
      deadline,
      noticeUrl,
    },
    evidence,
    missing,
  };
}

// ---- vacancy listing -------------------------------------------------------------------

export interface ListingCell {
  text: string;
  href?: string;
  datetime?: string;
}

export interface ListingRow {
  title: string;
  /** The detail page, absolute; null when the title is not a link. */
  href: string | null;
  /** Only when the table has a Reference column. */
  reference?: string | null;
  domain: string | null;
  /** As the page writes it. */
  grade: string | null;
  functionGroup: FunctionGroup | null;
  grades: string[];
  institution: string | null;
  /** City in English; null when several or unknown. */
  location: string | null;
  /** ISO 8601 with the Brussels offset; null when unreadable or when its two forms disagree. */
  deadline: string | null;
  /** Why a value is null. */
  missing: Partial<Record<'href' | 'grade' | 'functionGroup' | 'location' | 'deadline', string>>;
}

export type VacancyListingResult =
  | { ok: true; rows: ListingRow[]; skipped: Array<{ index: number; reason: string }> }
  | { ok: false; reason: string };

const REQUIRED_COLUMNS: ListingColumn[] = ['title', 'grade', 'deadline'];

/**
 * Reads a listing table from its header texts and its rows' cells. The deadline's datetime
 * attribute (UTC) is preferred, its text (Brussels time) is the fallback; when both are
 * present they must agree.
 */
export function readVacancyListing(
  headers: string[],
  rows: Array<{ cells: ListingCell[] }>,
): VacancyListingResult {
  const columns = new Map<ListingColumn, number>();
  headers.forEach((h, i) => {
    const col = listingColumnOf(h);
    if (col && !columns.has(col)) columns.set(col, i);
  });
  const absent = REQUIRED_COLUMNS.filter((c) => !columns.has(c));
  if (absent.length)
    return {
      ok: false,
      reason:
        `This EU Careers listing could not be read: no ${absent.map((c) => `"${LISTING_COLUMN_LABEL[c]}"`).join(', ')} column ` +
        `(headers: ${headers.map((h) => `"${normaliseHeader(h)}"`).join(', ') || 'none'}). The page layout may have changed.`,
    };

  const out: ListingRow[] = [];
  const skipped: Array<{ index: number; reason: string }> = [];
  rows.forEach((row, index) => {
    const cell = (col: ListingColumn): ListingCell | null => {
      const at = columns.get(col);
      return at === undefined ? null : (row.cells[at] ?? null);
    };
    const text = (col: ListingColumn): string | null => {
      const c = cell(col);
      const t = c ? clean(c.text) : '';
      return t || null;
    };
    const needed = Math.max(...columns.values()) + 1;
    if (row.cells.length < needed) {
      skipped.push({
        index,
        reason: `the row has ${row.cells.length} cell${row.cells.length === 1 ? '' : 's'}, the table ${needed}`,
      });
      return;
    }
    const title = text('title');
    if (!title) {
      skipped.push({ index, reason: 'the row has no title' });
      return;
    }
    const missing: ListingRow['missing'] = {};
    const titleCell = cell('title')!;
    const href = titleCell.href ? absoluteUrl(titleCell.href) : null;
    if (!href) missing.href = 'the title is not a link';

    const grade = text('grade');
    const { functionGroup, grades } = readGrade(grade ?? '', null);
    if (!grade) missing.grade = 'no grade given';
    if (!functionGroup)
      missing.functionGroup = grade ? `no function group recognised in "${grade}"` : 'no grade given';

    // Raw text: line breaks separate places.
    const placeText = cell('location')?.text ?? '';
    const place = placeText.trim() ? readPlace([placeText]) : { city: null, reason: 'no place given' };
    if (place.reason) missing.location = place.reason;

    const dl = cell('deadline')!;
    const deadline = readDeadlineCell(dl.text, dl.datetime, 'datetime');
    if (deadline.kind !== 'ok') missing.deadline = deadline.reason;

    const r: ListingRow = {
      title,
      href,
      domain: text('domain'),
      grade,
      functionGroup,
      grades,
      institution: text('institution'),
      location: place.city,
      deadline: deadline.iso,
      missing,
    };
    if (columns.has('reference')) r.reference = text('reference');
    out.push(r);
  });
  if (rows.length > 0 && out.length === 0)
    return {
      ok: false,
      reason: `This EU Careers listing could not be read: none of its ${rows.length} rows could be read (${skipped[0].reason}).`,
    };
  return { ok: true, rows: out, skipped };
}

// ---- annotating a listing row for the candidate --------------------------------------

/** What the listing needs from the profile: the CAST results, as parallel arrays. */
export interface CastSummary {
  castGroups: CastFunctionGroup[];
  /** castPassed[i] is true when castGroups[i] was passed, false when only registered. */
  castPassed: boolean[];
}

/** The CAST part of a profile, as `annotateListingRow` takes it. */
export function castSummaryOf(profile: Pick<Profile, 'cast'> | null): CastSummary | null {
  if (!profile) return null;
  return {
    castGroups: profile.cast.map((c) => c.functionGroup),
    castPassed: profile.cast.map((c) => c.status === 'passed'),
  };
}

export interface RowAnnotation {
  /** Whole days left (floor); 0 on the last day and once closed; null without a deadline. */
  daysLeft: number | null;
  closed: boolean | null;
  fits: 'yes' | 'no' | 'unknown';
  reason: string;
}

/**
 * For contract-agent rows: does the candidate's CAST cover the row's function group? A pass
 * covers its group and the lower ones; a registration only its own (DOMAIN.md, "EPSO CAST
 * Permanent"). The pass's 10-year validity is checked on the notice, not here. For AD/AST rows
 * the answer needs the notice (education and experience by grade).
 */
export function annotateListingRow(
  row: Pick<ListingRow, 'deadline' | 'functionGroup' | 'grade'>,
  profile: CastSummary | null,
  nowMs: number,
): RowAnnotation {
  const deadlineMs = row.deadline === null ? NaN : Date.parse(row.deadline);
  const left = Number.isNaN(deadlineMs) ? null : countdown(deadlineMs, nowMs);
  const daysLeft = left ? left.days : null;
  const closed = left ? left.closed : null;
  const result = (fits: RowAnnotation['fits'], reason: string): RowAnnotation => ({
    daysLeft,
    closed,
    fits,
    reason,
  });

  if (closed)
    return result('no', `Applications closed on ${formatInstant(deadlineMs, BRUSSELS)} (${left!.text}).`);
  const group = row.functionGroup;
  if (!group)
    return result(
      'unknown',
      `The listing names no function group${row.grade ? ` in "${row.grade}"` : ''}; open the notice to check.`,
    );
  if (!isContractAgentGroup(group))
    return result(
      'unknown',
      `${row.grade ?? group}: whether you can apply depends on the education and experience the notice asks for at this grade; open the notice to check.`,
    );
  const wanted = formatFunctionGroup(group);
  if (!profile) return result('unknown', 'Fill in your CAST results in your profile to check this.');
  const results = profile.castGroups.map((g, i) => ({ group: g, passed: profile.castPassed[i] === true }));
  if (results.length === 0)
    return result(
      'no',
      `Your profile lists no CAST results; contract-agent posts in ${wanted} are filled from CAST Permanent (some agencies run their own selection: see the notice).`,
    );
  const required = castGroupRank(group);
  const pass = results.find((r) => r.passed && castGroupRank(r.group) >= required);
  if (pass)
    return result(
      'yes',
      pass.group === group
        ? `You passed the CAST for ${wanted}.`
        : `Your CAST pass in ${formatFunctionGroup(pass.group)} covers ${wanted}: a pass covers its own function group and the lower ones.`,
    );
  if (results.some((r) => !r.passed && r.group === group))
    return result('yes', `You are registered in CAST Permanent for ${wanted}.`);
  const higherRegistrations = results.filter((r) => !r.passed && castGroupRank(r.group) > required);
  if (higherRegistrations.length)
    return result(
      'no',
      `You are registered for ${higherRegistrations.map((r) => formatFunctionGroup(r.group)).join(', ')}, not ${wanted}: a registration covers only its own function group (a pass would cover the lower ones). Add ${wanted} to your CAST Permanent application.`,
    );
  return result(
    'no',
    `Your CAST (${results.map((r) => `${formatFunctionGroup(r.group)}, ${r.passed ? 'passed' : 'registered'}`).join('; ')}) is for a lower function group than ${wanted}; a CAST never covers a higher group.`,
  );
}

// ---- page vs notice ----------------------------------------------------------------------

/** What a site page says about a vacancy (a detail page's fields or a listing row). */
export interface PageFacts {
  reference?: string | null;
  deadline: string | null;
  location: string | null;
  staffCategory?: StaffCategory | null;
  functionGroup: FunctionGroup | null;
  grades: string[];
}

export type ComparedField =
  'reference' | 'deadline' | 'location' | 'staffCategory' | 'functionGroup' | 'grades';

export interface Disagreement {
  field: ComparedField;
  page: string;
  notice: string;
}

/** "ENISA/2026/TA/07" and "ENISA 2026 TA 07" name the same reference. */
function referenceKey(ref: string): string {
  return ref.toUpperCase().replace(/[^A-Z0-9]/g, '');
}

/**
 * Where the site page and the official notice disagree. A value missing on either side is
 * not a disagreement (it is reported as missing by the readers). Deadlines are compared as
 * instants: "23:59+02:00" and "22:59+01:00" agree.
 */
export function compareWithNotice(page: PageFacts, notice: NoticeFields): Disagreement[] {
  const out: Disagreement[] = [];
  if (page.reference && notice.reference && referenceKey(page.reference) !== referenceKey(notice.reference))
    out.push({ field: 'reference', page: page.reference, notice: notice.reference });
  if (page.deadline && notice.deadline && Date.parse(page.deadline) !== Date.parse(notice.deadline))
    out.push({ field: 'deadline', page: page.deadline, notice: notice.deadline });
  if (page.location && notice.location && page.location !== notice.location)
    out.push({ field: 'location', page: page.location, notice: notice.location });
  if (page.staffCategory && notice.staffCategory && page.staffCategory !== notice.staffCategory)
    out.push({ field: 'staffCategory', page: page.staffCategory, notice: notice.staffCategory });
  if (page.functionGroup && notice.functionGroup && page.functionGroup !== notice.functionGroup)
    out.push({ field: 'functionGroup', page: page.functionGroup, notice: notice.functionGroup });
  const pg = [...new Set(page.grades)].sort();
  const ng = [...new Set(notice.grades)].sort();
  if (pg.length && ng.length && pg.join() !== ng.join())
    out.push({ field: 'grades', page: page.grades.join(', '), notice: notice.grades.join(', ') });
  return out;
}

/**
 * The note each row of a listing gets ("12 days left", "closed", "deadline unknown"), by the row's
 * index among the collected rows; null when the table is not a vacancy listing. Nothing of the
 * profile: the page can read these notes.
 */
export function listingNotes(
  headers: string[],
  rows: Array<{ cells: ListingCell[] }>,
  nowMs: number,
): Array<{ index: number; text: string }> | null {
  const listing = readVacancyListing(headers, rows);
  if (!listing.ok) return null;
  const skipped = new Set(listing.skipped.map((s) => s.index));
  const indices = rows.map((_r, i) => i).filter((i) => !skipped.has(i));
  return listing.rows.map((row, i) => {
    const a = annotateListingRow(row, null, nowMs);
    const text = a.closed
      ? 'closed'
      : a.daysLeft === null
        ? 'deadline unknown'
        : `${a.daysLeft} day${a.daysLeft === 1 ? '' : 's'} left`;
    return { index: indices[i], text };
  });
}
