/**
 * The notice reader: text in (Markdown, PDF text, HTML or page text), typed
 * fields out, each with the evidence it came from.
 *
 *   normalise → detect → context (lines, sections) → one extractor per field
 */
import { buildContext, type NoticeContext } from './context';
import { DETECT_LIMIT, detectNotice, hasDeadlineWording } from './detect';
import {
  extractContractArticles,
  extractFirstContractYears,
  extractGrades,
  extractProbationMonths,
  categoryFromArticles,
  extractStaffCategory,
  categoryFromFunctionGroup,
  euCareersCompetitionPage,
  OPEN_COMPETITION_WORDS,
} from './fields/category';
import { extractDeadline } from './fields/deadline';
import {
  extractContactEmail,
  extractDepartment,
  extractDomain,
  extractInstitution,
  extractLocation,
  extractReference,
  extractTitle,
  extractUnit,
  type FieldResult,
} from './fields/identity';
import {
  extractCast,
  extractClearance,
  extractEducation,
  extractExperience,
  extractLanguages,
  extractRequirements,
  extractUnderrepresented,
} from './fields/requirements';
import { foldSameLength } from './lexicon';
import { normaliseNotice, type NoticeFormat } from './normalise';
import { releaseTextIndexes } from './phrase-regexp';
import { trieRegex } from './regex-trie';
import type { Analysis, Evidence, NoticeFields } from './schema';

export * from './schema';
export { detectNotice, hasDeadlineWording } from './detect';
export { normaliseNotice, detectFormat, type NoticeFormat } from './normalise';

export interface AnalyseOptions {
  format?: NoticeFormat;
  /** Extract even when detection says this is not a notice (e.g. the user asked explicitly). */
  force?: boolean;
}

/**
 * An EPSO competition named (over folded text, which has no capital letters: the lower-case pattern
 * is the case-insensitive one, read as a trie).
 */
const COMPETITION = trieRegex(
  /\bepso\/|\bopen competition\b|\bconcours general\b|\ballgemeines auswahlverfahren\b/,
);
/**
 * EPSO running a selection itself: "(EPSO) organises a selection procedure", "(EPSO) organizza una procedura …",
 * "(EPSO), on behalf of the European Institutions, is launching this Call …" (folded).
 */
const EPSO_SELECTION =
  /\(epso\)(?:,[^,.\n]{1,60},)?\s+(?:is |are )?(?:organi\p{L}*|lance\p{L}*|launch\p{L}*|runs|convoca|indice)(?![\p{L}])/u;
/** The same in the other official languages ("γενικό διαγωνισμό", "oposición general"), not global. */
const COMPETITION_OTHER = new RegExp(OPEN_COMPETITION_WORDS.source, 'u');

/** Extracts every field from an already normalised notice. */
export function extractFields(ctx: NoticeContext): {
  notice: NoticeFields;
  evidence: Record<string, Evidence>;
  missing: Record<string, string>;
} {
  const evidence: Record<string, Evidence> = {};
  const missing: Record<string, string> = {};
  const take = <T>(name: string, r: FieldResult<T>): T | null => {
    if (r.evidence) evidence[name] = r.evidence;
    if (r.value === null && 'reason' in r) missing[name] = r.reason;
    return r.value;
  };
  const list = <T>(name: string, r: { value: T[]; evidence: Evidence | null }, why: string): T[] => {
    if (r.evidence) evidence[name] = r.evidence;
    if (r.value.length === 0) missing[name] = why;
    return r.value;
  };

  const reference = take('reference', extractReference(ctx));
  const articles = extractContractArticles(ctx);
  const staffCategory = take(
    'staffCategory',
    categoryFromFunctionGroup(categoryFromArticles(extractStaffCategory(ctx), articles), ctx),
  );
  const isCompetition =
    (staffCategory === 'official' &&
      (COMPETITION.test(ctx.folded) ||
        COMPETITION_OTHER.test(ctx.folded) ||
        euCareersCompetitionPage(ctx) !== null)) ||
    (staffCategory === 'contract_agent' && EPSO_SELECTION.test(ctx.folded));
  const institution = take('institution', extractInstitution(ctx, isCompetition));
  const place = take('location', extractLocation(ctx));
  const deadline = extractDeadline(ctx, place);
  if (deadline.evidence) evidence.deadline = deadline.evidence;
  if (deadline.reason) missing.deadline = deadline.reason;
  const grades = extractGrades(ctx, staffCategory);
  const education = extractEducation(ctx);
  if (education.evidence) evidence.education = education.evidence;
  if (education.reason) missing.education = education.reason;
  const experience = extractExperience(ctx, education.alternativeYearsSpan);
  if (experience.evidence) evidence.experienceYears = evidence.experienceRequired = experience.evidence;
  if (experience.reason) missing.experienceYears = experience.reason;
  const cast = extractCast(ctx);
  if (cast.evidence) evidence.castRequired = cast.evidence;

  const notice: NoticeFields = {
    isNotice: true,
    title: take('title', extractTitle(ctx)),
    reference,
    institution,
    department: take('department', extractDepartment(ctx, institution)),
    location: place?.city ?? null,
    staffCategory,
    contractArticles: list('contractArticles', articles, 'no Conditions of Employment article named'),
    functionGroup: take('functionGroup', grades.functionGroup),
    grades: list('grades', grades.grades, 'no grade named'),
    deadline: deadline.iso,
    education: education.value,
    experienceYears: experience.years,
    experienceRequired: experience.required,
    languages: list('languages', extractLanguages(ctx), 'no language levels stated'),
    securityClearance: take('securityClearance', extractClearance(ctx)),
    castRequired: cast.value,
    firstContractYears: take('firstContractYears', extractFirstContractYears(ctx)),
    underrepresentedStates: list(
      'underrepresentedStates',
      extractUnderrepresented(ctx),
      'no under-represented member states listed',
    ),
    contactEmail: take('contactEmail', extractContactEmail(ctx)),
    unit: take('unit', extractUnit(ctx)),
    domain: take('domain', extractDomain(ctx)),
    probationMonths: take('probationMonths', extractProbationMonths(ctx)),
    deadlineZone: deadline.zone,
    requirements: extractRequirements(ctx),
  };
  return { notice, evidence, missing };
}

/**
 * The reader reads at most this many characters (4 MiB; a notice is 10–100 kB). Past it, the rest
 * is not read and the result says so (detection signal and `missing.input`); evidence offsets stay
 * offsets into the whole text.
 */
export const MAX_INPUT_CHARS = 4 * 1024 * 1024;

/** Reads a notice. Never throws on any string input. */
export function analyseNotice(whole: string, options: AnalyseOptions = {}): Analysis {
  try {
    return read(whole, options);
  } finally {
    releaseTextIndexes(); // a reading keeps nothing of its text for the next one
  }
}

function read(whole: string, options: AnalyseOptions): Analysis {
  const capped = whole.length > MAX_INPUT_CHARS;
  const original = capped ? whole.slice(0, MAX_INPUT_CHARS) : whole;
  const cut = capped
    ? `input too long: only the first ${MAX_INPUT_CHARS} characters (4 MiB) of ${whole.length} were read`
    : null;
  const withCut = (a: Analysis): Analysis => {
    if (!cut) return a;
    a.detection.signals.push(cut);
    a.missing.input = cut;
    return a;
  };
  // Most pages have no deadline wording at all: answer before normalising anything.
  if (!options.force && !hasDeadlineWording(original)) {
    return withCut({
      notice: null,
      evidence: {},
      missing: {},
      detection: { isNotice: false, score: 0, signals: ['no deadline wording'] },
    });
  }
  const normalised = normaliseNotice(original, options.format);
  // Folded once for detection and the fields (a text longer than detection reads is folded by each).
  const folded = normalised.text.length <= DETECT_LIMIT ? foldSameLength(normalised.text) : undefined;
  const detection = detectNotice(normalised.text, folded);
  if (!detection.isNotice && !options.force)
    return withCut({ notice: null, evidence: {}, missing: {}, detection });
  const ctx = buildContext(normalised, folded);
  const { notice, evidence, missing } = extractFields(ctx);
  return withCut({ notice: { ...notice, isNotice: detection.isNotice }, evidence, missing, detection });
}
