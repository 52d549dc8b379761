/**
 * Is this text a vacancy notice? Evidence-weighted: many independent signals,
 * each with a weight, none mandatory. A notice is what candidates open: a
 * whole notice, the head of one ("Selection reference … Domain … Where …
 * Grade range … Publication deadline … WE ARE / WE PROPOSE"), an EU Careers
 * page of label/value pairs, a job board's copy flattened into one paragraph,
 * in any of the 24 official languages.
 *
 * The signals fall into families:
 *   deadline      a deadline label followed by a real date;
 *   post          something only a notice for one post has: a notice-type
 *                 phrase, a reference code, the Commission headings, the
 *                 labels of a notice's head;
 *   staff         a staff category, a function group or grade;
 *   requirements  eligibility / selection wording, CEFR levels, how to apply;
 *   body          an EU institution or agency.
 * A notice needs a score of at least THRESHOLD, three families, one of them
 * "post". Look-alikes (news, legal texts, help pages, funding calls,
 * procurement, listings of several vacancies) carry negative signals.
 *
 * Cost: one folding pass, then literal alternations and bounded scans; every
 * pattern is linear on any input.
 */
import { foldSameLength } from './lexicon';
import {
  CEFR_WORDS,
  DEADLINE_LABELS,
  DEADLINE_WEAK,
  FUNCTION_GROUP_WORDS,
  GRADE_WORDS,
  guessLanguage,
  HEADINGS,
  JOB_TITLE_LABELS,
  LAYOUT_LABELS,
  NOTICE_TYPES,
  PERIOD_NAMES,
  phrasePattern,
  phraseRegex,
  rawPhrasePattern,
  STAFF_WORDS,
} from './lang';
import { DateIndex, type FoundDate } from './lang/dates';
import { anchoredRegExp } from './anchored-regexp';
import { guardedAlternation } from './regex-trie';
import { applicationPeriodEnd } from './period';
import { BODIES } from './bodies';
import { employerLineParts, JOINT_UNDERTAKING_NAME, POST_AT_EMPLOYER, POST_WORD } from './board-heading';
import { phraseRegExp } from './phrase-regexp';
import { relatedBoxes } from './related';
import type { Detection } from './schema';

/** The score a notice reaches at least. */
export const THRESHOLD = 8;
/** The regexes read through anchoredRegExp, for the equivalence tests (tests/notice/fast-regexp.test.ts). */
export const ANCHORED_REGEXPS = (): RegExp[] => [CODE_WITH_YEAR, REFERENCE, CEFR];

// ---------------------------------------------------------------- the gate

/** Deadline wordings of the 24 languages (labels, and the specific looser ones), over raw text. */
export const QUICK_GATE_PATTERN = rawPhrasePattern([
  ...DEADLINE_LABELS,
  ...DEADLINE_WEAK.filter((p) => p.length >= 6),
  ...PERIOD_NAMES,
  'express your interest',
  'expression of interest',
  'applications close',
  'applications must',
  // "Publication: from 26/05/2023 to 06/06/2023": the end of the publication is the deadline.
  'publication: from',
  'publication from',
]);
/**
 * The cheapest possible first look (run by the content script on every page): does the text use the
 * deadline wording of any official language at all? lib/notice/gate.ts holds QUICK_GATE_PATTERN,
 * generated (tests/notice/gate.test.ts fails when it is stale), with its trie matcher, so that the
 * content script needs no language tables.
 */
export { hasDeadlineWording } from './gate';

// ---------------------------------------------------------------- patterns (folded text)

const STRONG_LABEL = phraseRegex(DEADLINE_LABELS, 'gu', false);
const WEAK_LABEL = phraseRegex(DEADLINE_WEAK, 'gu', false);
/**
 * "Publication: from <date> to <date>": a publication period, whose end is the deadline.
 * Look-behind after the first character: V8 tries the pattern only where that character is.
 */
const PUBLICATION_FROM = /p(?<![\p{L}]p)ublication\s?:?\s?from\s/gu;
/** What a closing wording closes, when the sentence says it: applications, registration, candidatures. */
const APPLICATION_WORD = phraseRegex(
  [
    'application',
    'applications',
    'registration',
    'candidature',
    'candidatures',
    'bewerbung',
    'bewerbungen',
    'domande',
    'candidature',
    'solicitudes',
    'candidaturas',
    'sollicitaties',
    'zgłoszenia',
    'wnioski',
    'přihlášky',
    'iarratais',
  ],
  'u',
);

const NOTICE_TYPE = phraseRegex(NOTICE_TYPES);
const STAFF = phraseRegex(
  [
    ...STAFF_WORDS.contract_agent,
    ...STAFF_WORDS.temporary_agent,
    ...STAFF_WORDS.seconded_national_expert,
    ...STAFF_WORDS.trainee,
  ],
  'gu',
  false,
);
const OFFICIAL = phraseRegex(STAFF_WORDS.official);

/** "FG IV", "GF III", "AD 7", "AST/SC 2", "SC 1", "function group IV", "groupe de fonctions III", "grade AD5". */
const FUNCTION_GROUP = new RegExp(
  [
    // Each with its look behind after its first letter (see guardedAlternation): same matches, read faster.
    `${guardedAlternation('[\\p{L}\\p{N}]', 'fg|gf', 'u')}\\s?-?\\s?(?:iv|iii|ii|i|[1-4])(?![\\p{L}\\p{N}])`,
    `${guardedAlternation('[\\p{L}\\p{N}]', phrasePattern(FUNCTION_GROUP_WORDS), 'u')}[\\s:]{1,4}(?:iv|iii|ii|i|[1-4]|ad|ast)(?![\\p{L}\\p{N}])`,
    `${guardedAlternation('[\\p{L}\\p{N}/]', 'ad|ast|ast/sc|sc', 'u')}\\s?-?\\s?(?:1[0-6]|0?[1-9])(?![\\p{L}\\p{N}])`,
    `${guardedAlternation('[\\p{L}\\p{N}]', 'ast', 'u')}\\s?/\\s?sc(?![\\p{L}])`,
    // The European Central Bank's own salary bands: "Salary E/F (bracket 1 – step 1)".
    `${guardedAlternation('[\\p{L}\\p{N}]', 'salary', 'u')}\\s+[a-l](?:\\s?\\/\\s?[a-l])?\\s+\\(bracket(?![\\p{L}])`,
  ].join('|'),
  'u',
);
const GRADE_WORD = phraseRegex(GRADE_WORDS);
/** The function group's words, and its number right before them: Latvian "(III funkciju grupa)" (folded). */
const FUNCTION_GROUP_WORD = phraseRegex(FUNCTION_GROUP_WORDS);
const NUMBER_BEFORE_GROUP = /(?<![\p{L}\p{N}])(?:iv|iii|ii|i)\.?\s{1,3}$/u;
function numberBeforeFunctionGroup(folded: string): { start: number; end: number } | null {
  let n: RegExpExecArray | null = null;
  const m = firstWhere(
    FUNCTION_GROUP_WORD,
    folded,
    (w) => (n = NUMBER_BEFORE_GROUP.exec(folded.slice(Math.max(0, w.index - 6), w.index))) !== null,
  );
  return m && n ? { start: m.index - (n as RegExpExecArray)[0].length, end: m.index + m[0].length } : null;
}

/**
 * A notice's reference: a code with a year ("COM/2026/1234", "EC/2026/TAXUD/453922",
 * "ECHA/TA/2026/004", "EPSO/AD/415/24", "EFSA/E/AST/26/01") or a labelled number
 * ("Reference number 287349", "Ref.: 12345").
 */
/** How far into a reference code its year may stand: [a-z]{2,12} and four parts of up to 13 characters. */
const CODE_REACH = 64;
/** A lower-case ASCII letter not after a letter or digit: where a code or a reference label may begin (folded text). */
function wordStart(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c < 97 || c > 122) return c > 127; // another script's letter: let the regex decide
  const p = s.charCodeAt(i - 1);
  return !((p >= 48 && p <= 57) || (p >= 65 && p <= 90) || (p >= 97 && p <= 122));
}
/** A code with a year ("ECHA/TA/2026/004"); not a date's month ("27-Jul-2025"). */
const CODE_WITH_YEAR_SOURCE =
  '(?<![\\p{L}\\p{N}]|\\d[/_-])[a-z]{2,12}(?:[/_-][a-z0-9]{1,12}){0,4}[/_-](?:19|20)\\d{2}(?:[/_-][a-z0-9]{1,10}){0,4}(?![\\p{L}\\p{N}])';
const REFERENCE = anchoredRegExp(
  new RegExp(
    [
      CODE_WITH_YEAR_SOURCE,
      '(?<![\\p{L}\\p{N}])epso/[a-z-]{2,8}/\\d{1,4}/\\d{2}(?![\\p{N}])',
      '(?<![\\p{L}\\p{N}])[a-z]{2,10}/(?:ca|ta|ad|ast|sne|end|fg[iv]{1,3})/\\d{1,4}(?![\\p{N}])',
      '(?<![\\p{L}\\p{N}])(?:reference(?: number| no\\.?)?|ref\\.?(?: no\\.?)?|referenz|riferimento|referencia|referentie|numer referencyjny|n° de reference)\\s?[:.]?\\s?(?:no\\.?\\s?)?[a-z]{0,12}[/_-]?\\d{3,9}(?![\\p{N}])',
    ].join('|'),
    'u',
  ),
  // What each alternative holds, at most 64 characters after it begins: a separator and a year, "epso/",
  // "/ta/1", or (at its start) the label.
  /[/_-](?:19|20)\d{2}|epso\/|\/(?:ca|ta|ad|ast|sne|end|fg[iv]{1,3})\/\d|ref|rif|numer |n° /,
  CODE_REACH,
  wordStart,
);

const HEADING_RES = {
  weAre: phraseRegex(HEADINGS.weAre),
  wePropose: phraseRegex(HEADINGS.wePropose),
  weLookFor: phraseRegex(HEADINGS.weLookFor),
  eligibility: phraseRegex(HEADINGS.eligibility),
};

/**
 * Labels of a notice's head: counted as labels (a colon or the end of the line
 * follows, or written in capitals), except the few that only a notice's head
 * uses, counted anywhere (a job board may flatten the head into one paragraph).
 */
const LAYOUT = phraseRegex(LAYOUT_LABELS, 'gu');
const HEAD_ONLY = phraseRegex([
  'selection reference',
  'staff category and function group',
  'grade range',
  'référence de la sélection',
  'catégorie de personnel et groupe de fonctions',
  'fourchette de grades',
  'auswahlreferenz',
  'personalkategorie und funktionsgruppe',
  'besoldungsgruppenspanne',
]);

const JOB_TITLE = phraseRegex(JOB_TITLE_LABELS);

/** Is folded[end…] the end of a label: an optional "(s)" or "**", then a colon or the end of the line? */
function labelEnd(folded: string, end: number): boolean {
  return /^(?:\(s\))?\**\s?\**[:：]|^(?:\(s\))?\**\s?(?:\n|$)/.test(folded.slice(end, end + 8));
}

const ELIGIBILITY_WORDING = phraseRegex([
  ...HEADINGS.eligibility,
  'who can apply',
  'who is eligible',
  'admission requirements',
  'formal requirements',
  'general conditions',
  'specific conditions',
  'minimum requirements',
  'conditions générales',
  'allgemeine bedingungen',
]);
const SELECTION_WORDING = phraseRegex([
  ...HEADINGS.weLookFor,
  'selection criteria',
  'critères de sélection',
  'auswahlkriterien',
  'criteri di selezione',
  'criterios de selección',
  'critérios de seleção',
  'selectiecriteria',
  'kryteria wyboru',
  'profile sought',
  'essential requirements',
  'advantageous',
  'assets',
]);
const APPLY_WORDING = phraseRegex([
  'how to apply',
  'how to express your interest',
  'send your application',
  'submit your application',
  'application form',
  'comment postuler',
  'dossier de candidature',
  'bewerbungsunterlagen',
  'wie bewerbe ich mich',
  'modalità di candidatura',
  'cómo presentar',
  'como candidatar',
  'sollicitatieprocedure',
  'jak aplikować',
  'curriculum vitae',
  'europass',
  'motivation letter',
  'lettre de motivation',
  'cover letter',
]);
const CEFR = anchoredRegExp(
  new RegExp(
    `(?<![\\p{L}\\p{N}])(?:(?:${phrasePattern(CEFR_WORDS)})\\s?[:-]?\\s?[abc][12]|[abc][12]\\s?(?:${phrasePattern(CEFR_WORDS)}))(?![\\p{L}\\p{N}])|common european framework|cadre europeen commun|gemeinsamen europaischen referenzrahmen|(?<![\\p{L}])(?:cefr|cecr|gers|qcer|mcer)(?![\\p{L}])`,
    'u',
  ),
  // A level ("b2") after at most a level word and a colon; the named frameworks at their start.
  /[abc][12]|common european framework|cadre europeen commun|gemeinsamen europaischen|cefr|cecr|gers|qcer|mcer/,
  Math.max(...CEFR_WORDS.map((w) => w.length)) + 3,
);
/** An EU institution or body: an "Europe" word next to a body noun, in either order, in any language. */
const EU_STEM = '(?:europ|euroop|eirop|evrop|ewrop|eorp|ευρωπ|европ)\\p{L}{0,8}';
const BODY_NOUN =
  '(?:commission|kommission|commissione|comision|comissao|commissie|komisja|komise|komisia|komisija|komisjon|komissio|kommissionen|kummissjoni|coimisiun|comisia|bizottsag|επιτροπη|комисия|parliament|parlement|parlament|parlamento|parlamentul|parlaimint|κοινοβουλιο|парламент|agency|agence|agentur|agenzia|agencia|agentia|agentschap|agencja|agentura|agencija|agentuur|aģentūra|virasto|byra|αγενция|агенция|οργανισμος|office|ufficio|bureau|amt|oficina|gabinete|urzad|urad|hivatal|oficiul|authority|autorite|behorde|autorita|autoridad|autoridade|autoriteit|institute|institut|istituto|instituto|centre|center|zentrum|centro|centrum|court|cour|gerichtshof|corte|tribunal|curtea|soud|sud|council|conseil|rat|consiglio|consejo|conselho|raad|rada|consiliul|committee|comite|comitato|ausschuss|comitetul|vybor|komitet|union|unione|unión|uniao|unie|unii|unia|uniunii|unionen|ombudsman|mediateur|bank|banque|banca|banco|diario oficial|journal officiel|amtsblatt|gazzetta ufficiale|jornal oficial|publicatieblad|dziennik urzedowy|uredni vestnik|hivatalos lapja|episimi efimerida)';
const EU_BODY = new RegExp(
  guardedAlternation(
    '[\\p{L}]',
    [
      `${EU_STEM}[\\s-]{1,3}(?:[\\p{L}]{1,15}\\s){0,2}${BODY_NOUN}`,
      `${BODY_NOUN}\\s(?:[\\p{L}'’]{1,15}\\s){0,5}${EU_STEM}`,
      // The EU's joint undertakings ("Chips Joint Undertaking", "entreprise commune Clean Aviation").
      '(?:directorate[-\\s]general|direction generale|generaldirektion|direzione generale|direccion general|epso|eu careers|eu agency|agencies of the eu|joint undertaking|entreprise commune|gemeinsame[sn]? unternehmen)(?![\\p{L}])',
      // The European Central Bank by its acronym ("the ECB's platforms") or its system of central banks.
      "(?:the ecb|ecb['’]s|eurosystem)(?![\\p{L}])",
    ].join('|'),
    'u',
  ),
  'u',
);
const EU_BODY_ALL = new RegExp(EU_BODY.source, 'gu');
/**
 * European organisations that are not EU bodies, named as EU_BODY reads them ("Cour européenne des droits de
 * l'homme", "Council of Europe", "European Space Agency"): their posts are no EU notices (folded, from the
 * match's start).
 */
const NOT_EU_ORGANISATION =
  /^(?:(?:the )?european court of human rights|cour europeenne des droits de l.homme|europaische[nrs]? gerichtshof(?:es|s)? fur menschenrechte|corte europea dei diritti dell.uomo|tribunal europeo de derechos humanos|council of europe|conseil de l.europe|consiglio d.europa|consejo de europa|(?:the )?european (?:space agency|patent office|southern observatory|organi[sz]ation for nuclear research|molecular biology laboratory|centre for medium-range weather forecasts|free trade association|bank for reconstruction and development)|agence spatiale europeenne|office europeen des brevets|europaische[nrs]? (?:weltraumorganisation|patentamt))/;
/**
 * International organisations that are not the EU's and grade or vet their staff alike, by the names that
 * EU_BODY does not read (folded); those it reads ("European Space Agency") NOT_EU_ORGANISATION turns away.
 */
const OTHER_ORGANISATION = phraseRegExp(
  'eurocontrol|nato|otan|oecd|ocde|eumetsat|ecmwf|embl|cern|osce|unhcr|unicef|undp|united nations',
  '(?![\\p{L}\\p{N}])',
  'gu',
);
/**
 * A staffing agency's post placed at an EU body ("Project Officer – interim support", "a consortium handling
 * temporary employment for the EUAA"): the employer is the agency, under no EU staff rules (folded).
 */
const INTERIM =
  /\b(?:interim (?:support|staff(?:ing)?|worker|assignment|position|contract)|temporary employment (?:for|agency|agencies)|(?:interim|temping|staffing|temporary work) agency|interimaire|travail interimaire|zeitarbeit\w*|leiharbeit\w*|uitzendkracht\w*|uitzendbureau)\b/g;
/** Where such words name the page's own post: its head. */
const INTERIM_HEAD = 1500;
/** How often such a name makes it the employer. */
const OTHER_ORGANISATION_TIMES = 3;

/** The first of OTHER_ORGANISATION_TIMES mentions of one such organisation, or null. */
function otherOrganisation(folded: string): { start: number; end: number } | null {
  const seen = new Map<string, { start: number; end: number; n: number }>();
  OTHER_ORGANISATION.lastIndex = 0;
  for (
    let m = OTHER_ORGANISATION.exec(folded), k = 0;
    m && k < 200;
    m = OTHER_ORGANISATION.exec(folded), k++
  ) {
    const e = seen.get(m[0]) ?? { start: m.index, end: m.index + m[0].length, n: 0 };
    if (++e.n >= OTHER_ORGANISATION_TIMES) return e;
    seen.set(m[0], e);
  }
  return null;
}

/**
 * A job board's copy of one posting names its employer with a label ("Company Name European Environment
 * Agency", "Employer: European Food Safety Authority", "Organisation: …"): when that value is an EU body and
 * nothing else, the EU body is the one hiring, not a body the text merely mentions.
 */
const EMPLOYER_LABEL =
  /^(?:company(?: name)?|employer|hiring (?:organi[sz]ation|company)|organi[sz]ation(?: name)?|recruiter|institution\/agency)\s?[:：]?\s?/;
/** The post's own label on a job board: "Title", "Job title:", "Position:", on a line of its own or before the value. */
const POSTING_TITLE = /^(?:job title|title of the post|post title|title|position|vacancy)(?:\s?[:：]|$)/;
/** Lines of a posting's head that are read for those labels. */
const POSTING_HEAD_LINES = 80;

/** "Company Name European Environment Agency" and "Title" at line starts in the head: the layout of one posting. */
function jobPostingHead(folded: string): { start: number; end: number } | null {
  let employer: { start: number; end: number } | null = null;
  let employers = 0;
  let titled = false;
  for (let pos = 0, n = 0; pos < folded.length && n < POSTING_HEAD_LINES; n++) {
    let nl = folded.indexOf('\n', pos);
    if (nl < 0) nl = folded.length;
    const line = folded.slice(pos, nl);
    if (line.length <= 120) {
      if (POSTING_TITLE.test(line)) titled = true;
      const label = EMPLOYER_LABEL.exec(line);
      if (label && label[0].length < line.length) {
        const value = line.slice(label[0].length).replace(/[\s.]+$/, '');
        const body = EU_BODY.exec(value);
        // The value is the body's name: it starts with it and nothing but the name follows it.
        if (body && body.index === 0 && body[0].length >= value.length - 40 && !/[,;]/.test(value)) {
          employers++;
          employer = { start: pos, end: pos + label[0].length + value.length };
        }
      }
    }
    pos = nl + 1;
  }
  // Several employers are a listing's rows, not one posting.
  return titled && employers === 1 ? employer : null;
}

/** The EU bodies' acronyms, folded ("ecdc", "emsa", "eu-lisa"). */
const BODY_ACRONYMS = new Set(
  BODIES.flatMap((b) =>
    (b.acronym?.source.split('|') ?? [])
      .map((alt) => /^\\b([\w-]+)\\b$/.exec(alt)?.[1]?.toLowerCase())
      .filter((a): a is string => Boolean(a)),
  ),
);
/** "ECDC: EU Cooperation Officer", "European Maritime Safety Agency: Project Officer …" (folded). */
const BODY_COLON_POST = /^([a-z][a-z-]{1,9}|[^:\n]{8,90}):\s+(\S.{2,140})$/;
/** "Scientific Officer – Toxicology, ECHA Helsinki, European Chemicals Agency, Helsinki" (folded). */
const POST_COMMA_BODY = /^([^,:\n]{3,90}), (\S.{2,140})$/;
/** How many of a page's first lines a job board's heading is looked for in. */
const BOARD_HEADING_LINES = 3;
/** How many first lines a post over its employer's line is looked for in (a job board's chips may come first). */
const POST_OVER_EMPLOYER_LINES = 6;

/**
 * A job board's heading that names a post and an EU body as its employer: "ECDC: EU Cooperation and
 * International Relations Officer", "European Maritime Safety Agency: Project Officer for …",
 * "Project Officer Airworthiness Job at European Defence Agency".
 */
function boardHeading(folded: string): { start: number; end: number } | null {
  let seen = 0;
  let post: { start: number; end: number } | null = null;
  for (let pos = 0; pos < folded.length && seen < POST_OVER_EMPLOYER_LINES;) {
    let nl = folded.indexOf('\n', pos);
    if (nl < 0) nl = folded.length;
    const start = pos;
    const line = folded.slice(pos, nl).trim();
    pos = nl + 1;
    if (!line) continue;
    seen++;
    if (line.length > 180) return null; // a page that opens with prose has no such heading
    // "Director of Digital Excellence (AD14)" over "European Commission": the post, then its employer's line.
    if (post && isEmployerLine(line)) return { start: post.start, end: nl };
    if (seen <= BOARD_HEADING_LINES && namesPostAtBody(line)) return { start, end: nl };
    // Not a file's name ("Head of Finance Unit - Vacancy Notice.pdf", a document site's list of similar files).
    post =
      line.length <= 120 && !line.includes(':') && POST_WORD.test(line) && !FILE_NAME_END.test(line)
        ? { start, end: nl }
        : null;
  }
  return null;
}

/** A file's extension ending a line (folded). */
const FILE_NAME_END = /\.(?:pdf|docx?|odt|rtf|xlsx?)$/;

/** A line that is only an EU body's name or acronym, or both: "European Commission", "- EBA - European Banking Authority". */
function isEmployerLine(line: string): boolean {
  return employerLineParts(line).some((part) => {
    if (BODY_ACRONYMS.has(part) || JOINT_UNDERTAKING_NAME.test(part)) return true;
    const body = EU_BODY.exec(part);
    return body !== null && body.index === 0 && body[0].length >= part.length - 6;
  });
}

/** Does a heading line name a post and, as its employer, an EU body (see boardHeading)? */
function namesPostAtBody(line: string): boolean {
  const colon = BODY_COLON_POST.exec(line);
  const at = colon ? null : (POST_AT_EMPLOYER.exec(line) ?? POST_COMMA_BODY.exec(line));
  const employer = colon ? colon[1] : at?.[2];
  const post = colon ? colon[2] : at?.[1];
  if (!employer || !post || !POST_WORD.test(post)) return false;
  // Before the post: the whole employer; after it: the body's acronym ("ECHA Helsinki, …") or its name.
  const acronym = colon ? employer : /^[a-z][a-z-]{1,9}(?=[\s,]|$)/.exec(employer)?.[0];
  if (acronym !== undefined && BODY_ACRONYMS.has(acronym)) return true;
  const body = EU_BODY.exec(employer);
  return body !== null && body.index === 0 && (!colon || body[0].length >= employer.length - 6);
}

/** The Staff Regulations and the Conditions of Employment, which only EU posts are under. */
const STAFF_REGULATIONS = phraseRegex([
  'staff regulations',
  'conditions of employment of other servants',
  'statut des fonctionnaires',
  'régime applicable aux autres agents',
  'beamtenstatut',
  'beschäftigungsbedingungen für die sonstigen bediensteten',
  'statuto dei funzionari',
  'estatuto de los funcionarios',
  'estatuto dos funcionários',
  'statuut van de ambtenaren',
  'regulamin pracowniczy',
  'služební řád',
  'služobný poriadok',
  'kadrovski predpisi',
  'pravilnik o osoblju',
  'személyzeti szabályzat',
  'statutul funcționarilor',
  'правилник за длъжностните лица',
  'κανονισμός υπηρεσιακής κατάστασης',
  'tarnybos nuostatai',
  'civildienesta noteikumi',
  'personalieeskirjad',
  'henkilöstösäännöt',
  'tjänsteföreskrifterna',
  'personalevedtægten',
  'rialacháin foirne',
  'regolamenti tal-persunal',
]);

const FUNDING = phraseRegex([
  'call for proposals',
  'call for tenders',
  'invitation to tender',
  'tender specifications',
  'contract notice',
  'procurement procedure',
  'grant agreement',
  'funding opportunities',
  'horizon europe work programme',
  'appel à propositions',
  "appel d'offres",
  'cahier des charges',
  'aufforderung zur einreichung von vorschlägen',
  'aufforderung zur angebotsabgabe',
  'invito a presentare proposte',
  'bando di gara',
  'convocatoria de propuestas',
  'licitación',
  'convite à apresentação de propostas',
  'concurso público',
  'oproep tot het indienen van voorstellen',
  'zaproszenie do składania wniosków',
  'zaproszenie do składania ofert',
  'výzva k podávání návrhů',
  'veřejná zakázka',
  'pályázati kiírás',
  'ajánlattételi felhívás',
  'cerere de propuneri',
  'покана за представяне на предложения',
  'πρόσκληση υποβολής προτάσεων',
  'kvietimas teikti pasiūlymus',
  'uzaicinājums iesniegt priekšlikumus',
  'konkursikutse',
  'ehdotuspyyntö',
  'ansökningsomgång',
  'indkaldelse af forslag',
  'udbud',
]);
const HELP = phraseRegex([
  'frequently asked questions',
  'faq',
  'privacy statement',
  'data protection notice',
  'cookie policy',
  'questions fréquentes',
  'foire aux questions',
  'häufig gestellte fragen',
  'domande frequenti',
  'preguntas frecuentes',
  'perguntas frequentes',
  'veelgestelde vragen',
  'najczęściej zadawane pytania',
  'déclaration de confidentialité',
  'datenschutzerklärung',
]);
const NEWS = phraseRegex([
  'news article',
  'press release',
  'daily news',
  'newsroom',
  'communiqué de presse',
  'pressemitteilung',
  'comunicato stampa',
  'nota de prensa',
  'comunicado de imprensa',
  'persbericht',
  'komunikat prasowy',
  'tisková zpráva',
  'sajtóközlemény',
  'comunicat de presă',
  'δελτίο τύπου',
  'прессъобщение',
  'pressmeddelande',
  'pressemeddelelse',
  'lehdistötiedote',
  'pressiteade',
  'blog post',
  'newsletter',
]);
/** A correction or amendment of a notice, not the notice. */
const AMENDMENT = phraseRegex([
  'corrigendum',
  'amendment to the notice',
  'amendment to notice',
  'amendment of the notice',
  'rectificatif',
  'berichtigung',
  'rettifica',
  'corrección de errores',
  'rectificação',
  'retificação ao anúncio',
  'retificação do anúncio',
  'retificações',
  'rectificações',
  'διορθωτικό',
  'korigendum',
  'klaidų ištaisymas',
  'kļūdu labojums',
  'rectificatie',
  'sprostowanie',
  'oprava oznámení',
]);
/**
 * A report on a procedure that has run: "Number of applications: 2357", "Number of candidates invited to the
 * competency test : 240", "Deadline for applications was: 25/03/2014" (folded).
 */
const PROCEDURE_REPORT: Array<[string, RegExp]> = [
  [
    'number of ',
    /number of (?:applications(?: received)?|candidates (?:invited|admitted)[^:\n]{0,50}?)\s?:\s?\d/y,
  ],
  ['deadline for ', /deadline for (?:applications|registration) was\s?:/y],
];
/** What a notice says of applications it will not take, right after their name (folded). */
const NOT_ACCEPTED =
  /^[^.\n]{0,80}?(?:will|shall|are|can) not be (?:accepted|considered|taken into account|processed)|^[^.\n]{0,80}?ne (?:seront|sont) pas (?:acceptees|prises en (?:compte|consideration))|^[^.\n]{0,80}?werden nicht (?:angenommen|berucksichtigt)/;
/** A careers or vacancies page: it lists posts or points to them. */
const LISTING_PAGE = phraseRegex([
  'current vacancies',
  'current job opportunities',
  'open vacancies',
  'see all vacancies',
  'view all vacancies',
  'apply for one of our vacancies',
  'unsolicited applications',
  'no vacancies',
  'vacancies published on our website',
  'offres d’emploi actuelles',
  'postes vacants actuels',
  'aktuelle stellenangebote',
  'aktuellen stellenangebote',
  'aktuellen stellen',
  'aktuelle stellen',
  'vacancy published on our website',
  'auf unserer website veröffentlichte',
  'offene stellen',
  'posti vacanti attuali',
  'vacantes actuales',
  'vagas atuais',
  'openstaande vacatures',
  'initiativbewerbungen',
  'freie stellen',
  'candidatures spontanées',
  'candidature spontanee',
  'candidaturas espontáneas',
  'candidaturas espontâneas',
  'open sollicitaties',
  'similar documents',
  'related documents',
  'documente similare',
  'hasonló dokumentumok',
  'slični dokumenti',
  'podobni dokumenti',
  'подобни документи',
  'παρόμοια έγγραφα',
  'panašūs dokumentai',
  'līdzīgi dokumenti',
  'sarnased dokumendid',
  'podobné dokumenty',
  'podobne dokumenty',
  'documents similaires',
  'ähnliche dokumente',
  'documenti simili',
  'documentos similares',
  'vergelijkbare documenten',
  'lignende dokumenter',
  'liknande dokument',
  // A document site's list of other files under the one shown ("Samankaltaiset tiedostot", "Relaterede dokumenter").
  'samankaltaiset tiedostot',
  'relaterede dokumenter',
  'relaterade dokument',
  'gerelateerde documenten',
  'similar files',
]);
/** An event, a fair, a course: dates and staff terms, no post. */
const EVENT = phraseRegex([
  'open day',
  'info session',
  'information session',
  'webinar',
  'career fair',
  'careers fair',
  'job fair',
  'free entry',
  'journée portes ouvertes',
  'séance d’information',
  "séance d'information",
  'tag der offenen tür',
  'informationsveranstaltung',
  'giornata porte aperte',
  'jornada de puertas abiertas',
  'open dag',
  'dzień otwarty',
  'maģistra programma',
  'master programme',
  'study programme',
]);
/** A news item reporting on a notice. */
const REPORTING = phraseRegex([
  // "The EIC and EISMEA opened a call to recruit …", "… launched an open call for expressions of interest".
  'opened a call to',
  'launched an open call',
  'launched a call',
  'has announced',
  'have announced',
  'announced today',
  'published today',
  'ha anunciado',
  'han anunciado',
  'a annoncé',
  'ont annoncé',
  'hat angekündigt',
  'haben angekündigt',
  'ha annunciato',
  'hanno annunciato',
  'anunciou',
  'heeft aangekondigd',
  'ogłosił',
  'ogłosiła',
  'oznámil',
  'bejelentette',
  'a anunțat',
  'ανακοίνωσε',
  'обяви',
  'paskelbė',
  'paziņoja',
  'teatas',
  'ilmoitti',
  'har meddelat',
  'har annonceret',
]);
/** A legal act: its recitals and its chain of articles. */
const LEGAL = phraseRegex([
  'having regard to',
  'whereas:',
  'has adopted this regulation',
  'have adopted this regulation',
  'vu le traité',
  'considérant ce qui suit',
  'gestützt auf den vertrag',
  'in erwägung nachstehender gründe',
  'visto il trattato',
  'visto el tratado',
  'tendo em conta o tratado',
  'gelet op het verdrag',
]);

// ---------------------------------------------------------------- helpers

type Family = 'deadline' | 'post' | 'staff' | 'requirements' | 'body' | 'against';

interface Signal {
  name: string;
  family: Family;
  weight: number;
  quote: string;
}

const MAX_ANCHORS = 200;
/** Characters at most between a deadline label and its date ("Deadline for applications: 12 March 2026"). */
const CLOSE_GAP = 45;
/** A date given as an example is nobody's deadline. */
const EXAMPLE = phraseRegex([
  'for example',
  'for instance',
  'e.g.',
  'par exemple',
  'zum beispiel',
  'z. b.',
  'z.b.',
  'per esempio',
  'ad esempio',
  'por ejemplo',
  'por exemplo',
  'bijvoorbeeld',
  'na przykład',
  'například',
  'napríklad',
  'például',
  'de exemplu',
  'π.χ.',
  'например',
  'esimerkiksi',
  'till exempel',
  'for eksempel',
  'pavyzdžiui',
  'piemēram',
  'näiteks',
  'na primjer',
  'na primer',
]);

interface Dated {
  start: number;
  end: number;
  label: string;
  date: FoundDate;
}

/** A bracketed aside right after a label: "Closing date (for registration and validation):". */
const LABEL_ASIDE = /^ ?\([^()\n]{1,80}\)/;

/**
 * Characters between a deadline label and its date, a bracketed aside right after the label not counted:
 * "Galutinis terminas (iki kurio reikia užpildyti ir patvirtinti paraišką): 2015 m. sausio 13 d." is a
 * label and its date.
 */
function labelGap(folded: string, d: Dated): number {
  const from = d.start + d.label.length;
  const aside = LABEL_ASIDE.exec(folded.slice(from, Math.min(d.date.start, from + 84)));
  return d.date.start - from - (aside ? aside[0].length : 0);
}

/** Deadline labels followed (within 90 characters, or on the next line) by a date. */
function datedAnchors(folded: string, re: RegExp, dates: () => DateIndex): Dated[] {
  const out: Dated[] = [];
  re.lastIndex = 0;
  let n = 0;
  for (let m = re.exec(folded); m && n++ < MAX_ANCHORS; m = re.exec(folded)) {
    const from = m.index + m[0].length;
    const date = dates().first(from, Math.min(folded.length, from + 110));
    if (!date || date.start - from > 90) continue;
    EXAMPLE.lastIndex = 0;
    if (EXAMPLE.test(folded.slice(from, date.start))) continue;
    out.push({ start: m.index, end: date.end, label: m[0], date });
  }
  return out;
}

/** A heading's number before its words, at a line's start: "1. ", "2) ", "IV. " (folded). */
const NUMBERED_HEADING_START = /(?:^|\n)[ \t]*(?:\d{1,2}|[ivx]{1,4})[.)][ \t]*$/;

/**
 * Is folded[start,end) a heading: capitals in the original, or alone on its line (a colon may follow),
 * its number before it or not?
 */
function headingAt(text: string, folded: string, start: number, end: number): boolean {
  const orig = text.slice(start, end);
  if (/\p{Lu}/u.test(orig) && orig === orig.toUpperCase() && orig.replace(/[^\p{L}]/gu, '').length >= 4)
    return true;
  const before = start === 0 ? '\n' : folded[start - 1];
  const lineStart =
    before === '\n' ||
    (before === ' ' && (start < 2 || folded[start - 2] === '\n')) ||
    // "1. Who we are", "II. Eligibility": a numbered heading.
    NUMBERED_HEADING_START.test(folded.slice(Math.max(0, start - 8), start));
  if (!lineStart) return false;
  const after = folded.slice(end, end + 6);
  return /^(?:\(s\))? ?[:?]? ?(?:\n|$)/.test(after) || /^(?:\(s\))? ?:/.test(after);
}

/** The first match of a global regex that passes `ok`, among the first `max` matches. */
function firstWhere(
  re: RegExp,
  s: string,
  ok: (m: RegExpExecArray) => boolean,
  max = 50,
): RegExpExecArray | null {
  re.lastIndex = 0;
  let n = 0;
  for (let m = re.exec(s); m && n++ < max; m = re.exec(s)) if (ok(m)) return m;
  return null;
}

const quoteOf = (text: string, start: number, end: number) =>
  text
    .slice(start, Math.min(end, start + 80))
    .replace(/\s+/g, ' ')
    .trim();

/** Lines that carry a date and a post's marks (grade, staff category, reference): rows of a listing. */
function listingRows(folded: string, dateIndex: DateIndex): { rows: number; dates: number } {
  let rows = 0;
  const dates = new Set<string>();
  let pos = 0;
  let lines = 0;
  while (pos < folded.length && lines++ < 5000) {
    let nl = folded.indexOf('\n', pos);
    if (nl < 0) nl = folded.length;
    const d = nl - pos < 400 ? dateIndex.inLine(pos, nl) : null;
    if (d) {
      const line = folded.slice(pos, nl);
      if (FUNCTION_GROUP.test(line) || REFERENCE.test(line) || phraseTest(STAFF, line)) {
        rows++;
        dates.add(`${d.year}-${d.month}-${d.day}`);
      }
    }
    pos = nl + 1;
  }
  return { rows, dates: dates.size };
}

const CODE_WITH_YEAR = anchoredRegExp(
  new RegExp(CODE_WITH_YEAR_SOURCE, 'gu'),
  /[/_-](?:19|20)\d{2}/,
  CODE_REACH,
  wordStart,
);

/** The bodies whose codes appear in references ("eca/2018/1", "ecdc/ad/2016/…", "easo/2016/ca/003" → eca, ecdc, easo). */
function referencePrefixes(folded: string): Set<string> {
  const out = new Set<string>();
  CODE_WITH_YEAR.lastIndex = 0;
  for (let m = CODE_WITH_YEAR.exec(folded), n = 0; m && n < 100; m = CODE_WITH_YEAR.exec(folded), n++) {
    const prefix = /^[a-z]+/.exec(m[0])![0];
    if (!['epso', 'cast', 'com', 'ec', 'ref', 'no'].includes(prefix)) out.add(prefix);
  }
  return out;
}

/**
 * Distinct references, each in an item of a numbered or bulleted list ("1. Policy Analyst – Data Analysis
 * (Unit A.1) ERCEA/TA-IAM/03/2019" / "2. …"): the posts of a careers page, one reference per post.
 */
function listedReferences(folded: string): number {
  const out = new Set<string>();
  CODE_WITH_YEAR.lastIndex = 0;
  for (let m = CODE_WITH_YEAR.exec(folded), n = 0; m && n < 100; m = CODE_WITH_YEAR.exec(folded), n++) {
    // The line's start, looked for only as far back as an item may reach (a one-line megabyte is not read back).
    const back = folded.slice(Math.max(0, m.index - 200), m.index);
    const nl = back.lastIndexOf('\n');
    if (nl < 0 && m.index > 200) continue;
    const lineStart = m.index - back.length + nl + 1;
    if (LIST_ITEM.test(folded.slice(lineStart, lineStart + 8))) out.add(m[0]);
  }
  return out.size;
}
const LIST_ITEM = /^\s*(?:\d{1,2}[.)]|[-•*▪])\s/;

const DENSE_DATES = 8;
/** How many dates of a text detection reads (a table of posts shows itself long before). */
const DATES_SCANNED = 2000;
const POST_CODE_BEFORE =
  /(?<![\p{L}\p{N}])[a-z]{2,10}[-/][a-z0-9]{1,6}(?:[-/][a-z0-9]{1,6}){0,3}[^\p{L}\p{N}]{1,25}(?:[\p{L}][^\n]{0,30})?$/u;
const DENSE_WINDOW = 1500;

/** The most dates found within any DENSE_WINDOW characters (a table of posts and their deadlines). */
function denseDates(folded: string, dates: DateIndex): number {
  const starts: number[] = [];
  let best = 0;
  for (const d of dates.dates) {
    // Only dates right after a post's code ("AGRI-D-1 25.05.2020", "EASO/2019/TA/010 12/03/2019").
    if (!POST_CODE_BEFORE.test(folded.slice(Math.max(0, d.start - 40), d.start))) continue;
    starts.push(d.start);
    while (starts[0] < d.start - DENSE_WINDOW) starts.shift();
    best = Math.max(best, starts.length);
  }
  return best;
}

/** "Publication: from <date> to <date>": the end date, read right after "to" / "until" (the start may be misprinted). */
function publicationEnd(folded: string, dates: () => DateIndex): Dated | null {
  PUBLICATION_FROM.lastIndex = 0;
  let n = 0;
  for (let m = PUBLICATION_FROM.exec(folded); m && n++ < 20; m = PUBLICATION_FROM.exec(folded)) {
    const from = m.index + m[0].length;
    const to = /\s(?:to|until|till)\s/.exec(folded.slice(from, from + 30));
    if (!to) continue;
    const at = from + to.index + to[0].length;
    const date = dates().first(at, Math.min(folded.length, at + 20));
    if (date && date.start - at <= 2) return { start: m.index, end: date.end, label: m[0], date };
  }
  return null;
}

/** A title line: a notice type at the start of its line, then only its reference ("Vacancy notice CONS/AD/117"). */
function titledByReference(folded: string, start: number, end: number): boolean {
  if (start > 0 && folded[start - 1] !== '\n') return false;
  let nl = folded.indexOf('\n', end);
  if (nl < 0 || nl - end > 60) nl = Math.min(folded.length, end + 60);
  const rest = folded.slice(end, nl);
  const m = REFERENCE.exec(rest);
  return !!m && m.index <= 2 && rest.slice(m.index + m[0].length).trim() === '';
}

/** The sentence before a closing wording ("The registration of applications … will close on"): what closes? */
function closesApplications(folded: string, at: number): boolean {
  const before = folded.slice(Math.max(0, at - 160), at);
  const cut = Math.max(before.lastIndexOf('. '), before.lastIndexOf('\n'));
  return phraseTest(APPLICATION_WORD, cut < 0 ? before : before.slice(cut + 1));
}

/** Do two notice-type phrases share one sentence ("a call for applications … to establish a reserve list for the post of")? */
function sameSentence(folded: string, a: number, b: number): boolean {
  const [from, to] = a < b ? [a, b] : [b, a];
  if (to - from > 200) return false;
  const between = folded.slice(from, to);
  return !between.includes('\n') && !between.includes('. ');
}

function phraseTest(re: RegExp, s: string): boolean {
  re.lastIndex = 0;
  return re.test(s);
}

// ---------------------------------------------------------------- detection

/**
 * Detection reads at most this much: a notice shows what it is long before
 * 200 000 characters, and a page's cost stays bounded whatever its length.
 */
export const DETECT_LIMIT = 200_000;

export function detectNotice(fullText: string, foldedText?: string): Detection {
  const cut = fullText.length > DETECT_LIMIT;
  const text = cut ? fullText.slice(0, DETECT_LIMIT) : fullText;
  // The caller's folding of the whole text, when it has one (a cut text is folded on its own).
  const folded = foldedText !== undefined && !cut ? foldedText : foldSameLength(text);
  let language: string | null | undefined;
  const lang = () => (language === undefined ? (language = guessLanguage(folded)) : language);
  let dateIndex: DateIndex | undefined;
  const dates = () => (dateIndex ??= new DateIndex(folded, lang, DATES_SCANNED));
  const signals: Signal[] = [];
  const add = (name: string, family: Family, weight: number, start: number, end: number) =>
    signals.push({ name, family, weight, quote: quoteOf(text, start, end) });

  // Deadline: a label and a real date.
  const strong = datedAnchors(folded, STRONG_LABEL, dates);
  const weak = strong.length ? [] : datedAnchors(folded, WEAK_LABEL, dates);
  const dated = strong.length ? strong : weak;
  // A label right before its date is a notice's deadline; a date far after it, or given as an example, is prose.
  const close = strong.find((d) => labelGap(folded, d) <= CLOSE_GAP);
  const period = close ? null : publicationEnd(folded, dates);
  if (period) dated.push(period);
  // A closing wording right before its date, in a sentence about applications or as a label with its colon
  // ("Open until : 13/12/2023 13:00"), says what a label says.
  const weakClose = weak.find(
    (d) =>
      labelGap(folded, d) <= CLOSE_GAP &&
      (closesApplications(folded, d.start) || /^\s?:/.test(folded.slice(d.start + d.label.length))),
  );
  // "Applications … shall be submitted between 16 November and 14 December 2022": the period's end.
  const applications =
    close || period || strong.length || weakClose ? null : applicationPeriodEnd(folded, lang);
  if (applications)
    dated.push({
      start: applications.anchorStart,
      end: applications.end,
      label: '',
      date: applications.date,
    });
  if (close) add('deadline with a date', 'deadline', 4, close.start, close.end);
  else if (period) add('end of the publication period', 'deadline', 4, period.start, period.end);
  else if (strong.length)
    add('deadline wording, date further on', 'deadline', 2, strong[0].start, strong[0].end);
  else if (weakClose)
    add('closing of applications with a date', 'deadline', 3, weakClose.start, weakClose.end);
  else if (applications)
    add('end of the application period', 'deadline', 3, applications.anchorStart, applications.end);
  else if (weak.length) add('closing wording with a date', 'deadline', 2, weak[0].start, weak[0].end);

  // Post: what only a notice for one post carries.
  const typeHeading = (m: RegExpExecArray) =>
    headingAt(text, folded, m.index, m.index + m[0].length) ||
    titledByReference(folded, m.index, m.index + m[0].length);
  const type = firstWhere(NOTICE_TYPE, folded, typeHeading) ?? firstWhere(NOTICE_TYPE, folded, () => true, 1);
  if (type) {
    const asHeading = typeHeading(type);
    add(
      asHeading ? 'notice-type heading' : 'notice-type phrase',
      'post',
      asHeading ? 3 : 2,
      type.index,
      type.index + type[0].length,
    );
  }
  const type2 = type && firstWhere(NOTICE_TYPE, folded, (m) => m[0] !== type[0], 20);
  // Two of them in one sentence name the call and the post, as a notice's opening sentence does.
  const typePair = !!type2 && sameSentence(folded, type.index, type2.index);
  if (type2)
    add(
      typePair ? 'second notice-type phrase in the same sentence' : 'second notice-type phrase',
      'post',
      typePair ? 2 : 1,
      type2.index,
      type2.index + type2[0].length,
    );
  const ref = REFERENCE.exec(folded);
  if (ref) add('reference', 'post', 2, ref.index, ref.index + ref[0].length);
  const headingKinds: string[] = [];
  for (const [kind, re] of Object.entries(HEADING_RES)) {
    const m = firstWhere(re, folded, (x) => headingAt(text, folded, x.index, x.index + x[0].length));
    if (m) {
      headingKinds.push(kind);
      add(
        `heading (${kind})`,
        kind === 'eligibility' ? 'requirements' : 'post',
        kind === 'eligibility' ? 2 : 1.5,
        m.index,
        m.index + m[0].length,
      );
    }
  }
  const title = firstWhere(JOB_TITLE, folded, (m) => labelEnd(folded, m.index + m[0].length));
  if (title) add('job title label', 'post', 2, title.index, title.index + title[0].length);
  const layout = new Map<string, number>();
  HEAD_ONLY.lastIndex = 0;
  for (let m = HEAD_ONLY.exec(folded), n = 0; m && n < 50; m = HEAD_ONLY.exec(folded), n++)
    if (!layout.has(m[0])) layout.set(m[0], m.index);
  LAYOUT.lastIndex = 0;
  for (let m = LAYOUT.exec(folded), n = 0; m && n < 300; m = LAYOUT.exec(folded), n++) {
    const end = m.index + m[0].length;
    if (!layout.has(m[0]) && (headingAt(text, folded, m.index, end) || labelEnd(folded, end)))
      layout.set(m[0], m.index);
  }
  if (layout.size >= 2) {
    const first = Math.min(...layout.values());
    add(
      `${layout.size} labels of a notice's head (${[...layout.keys()].slice(0, 4).join(', ')})`,
      'post',
      Math.min(4, layout.size),
      first,
      first + 40,
    );
  }

  // Staff terms.
  const staff = firstWhere(STAFF, folded, () => true, 1);
  if (staff) add('staff category', 'staff', 2, staff.index, staff.index + staff[0].length);
  else {
    const official = firstWhere(OFFICIAL, folded, () => true, 1);
    if (official)
      add(
        'official (a word national services use too)',
        'staff',
        1,
        official.index,
        official.index + official[0].length,
      );
  }
  const fg = FUNCTION_GROUP.exec(folded);
  const fgFirst = fg ? null : numberBeforeFunctionGroup(folded);
  if (fg) add('function group or grade', 'staff', 2, fg.index, fg.index + fg[0].length);
  else if (fgFirst) add('function group or grade', 'staff', 2, fgFirst.start, fgFirst.end);
  else {
    const gw = firstWhere(GRADE_WORD, folded, () => true, 1);
    if (gw) add('grade wording', 'staff', 1, gw.index, gw.index + gw[0].length);
  }

  const regs = firstWhere(STAFF_REGULATIONS, folded, () => true, 1);
  if (regs) add('Staff Regulations', 'staff', 1, regs.index, regs.index + regs[0].length);

  // Requirements.
  if (!headingKinds.includes('eligibility')) {
    const el = firstWhere(ELIGIBILITY_WORDING, folded, () => true, 1);
    if (el) add('eligibility wording', 'requirements', 1, el.index, el.index + el[0].length);
  }
  const sel = firstWhere(SELECTION_WORDING, folded, () => true, 1);
  if (sel) add('selection wording', 'requirements', 1, sel.index, sel.index + sel[0].length);
  const cefr = CEFR.exec(folded);
  if (cefr) add('CEFR level', 'requirements', 1, cefr.index, cefr.index + cefr[0].length);
  const apply = firstWhere(APPLY_WORDING, folded, () => true, 1);
  if (apply) add('how to apply', 'requirements', 1, apply.index, apply.index + apply[0].length);

  // Body.
  const body = firstWhere(
    EU_BODY_ALL,
    folded,
    (m) => !NOT_EU_ORGANISATION.test(folded.slice(m.index, m.index + 80)),
    20,
  );
  if (body) add('EU body', 'body', 1, body.index, body.index + body[0].length);
  // A job board's posting: its title label, an EU body as the employer and a deadline right before its date.
  const posting = (close || weakClose) && jobPostingHead(folded);
  if (posting) add("a job posting's head with an EU body as employer", 'post', 4, posting.start, posting.end);
  else {
    const board = boardHeading(folded);
    if (board) {
      add("a job board's heading: a post at an EU body", 'post', 3, board.start, board.end);
      // "ECDC: …": the body named by its acronym alone is the EU body.
      if (!body) add('EU body (its acronym)', 'body', 1, board.start, board.end);
    }
  }

  // Against.
  // "Staff regulations governing officials of the EUROCONTROL Agency": with no EU body named, an
  // international organisation that is not the EU's, named again and again, is the employer.
  if (!signals.some((x) => x.family === 'body')) {
    const other = otherOrganisation(folded);
    if (other) add("another international organisation's post", 'against', -10, other.start, other.end);
  }
  const funding = firstWhere(FUNDING, folded, () => true, 1);
  if (funding)
    add('funding call or procurement', 'against', -6, funding.index, funding.index + funding[0].length);
  const help = firstWhere(HELP, folded, () => true, 1);
  if (help) add('help or policy page', 'against', -5, help.index, help.index + help[0].length);
  const news = firstWhere(NEWS, folded, (m) => m.index < 600, 5);
  if (news) add('news or press page', 'against', -5, news.index, news.index + news[0].length);
  const amendment = firstWhere(AMENDMENT, folded, () => true, 1);
  if (amendment)
    add('amendment of a notice', 'against', -5, amendment.index, amendment.index + amendment[0].length);
  const pageWords = new Map<string, number>();
  LISTING_PAGE.lastIndex = 0;
  for (let m = LISTING_PAGE.exec(folded), n = 0; m && n < 50; m = LISTING_PAGE.exec(folded), n++) {
    // "Unsolicited applications or CVs sent by post … will not be accepted": a notice's own rule.
    const end = m.index + m[0].length;
    if (NOT_ACCEPTED.test(folded.slice(end, end + 100))) continue;
    if (!pageWords.has(m[0])) pageWords.set(m[0], m.index);
  }
  // A posting's own labelled head outranks the job board's links to its other vacancies.
  if (!posting)
    for (const [w, at] of [...pageWords].slice(0, 2))
      add('careers or vacancies page', 'against', -4, at, at + w.length);
  const event = firstWhere(EVENT, folded, () => true, 1);
  if (event) add('event or course', 'against', -5, event.index, event.index + event[0].length);
  const reporting = firstWhere(REPORTING, folded, () => true, 1);
  if (reporting)
    add('reported by a third party', 'against', -4, reporting.index, reporting.index + reporting[0].length);
  const interim = firstWhere(INTERIM, folded, (m) => m.index < INTERIM_HEAD, 1);
  if (interim)
    add("a staffing agency's interim post", 'against', -6, interim.index, interim.index + interim[0].length);
  // Each pattern only where its first words are (a search for the words, not the pattern at every position).
  const report = PROCEDURE_REPORT.map(([words, re]) => {
    for (let at = folded.indexOf(words); at >= 0; at = folded.indexOf(words, at + 1)) {
      if (/\p{L}/u.test(folded[at - 1] ?? ' ')) continue;
      re.lastIndex = at;
      const m = re.exec(folded);
      if (m) return m;
    }
    return null;
  }).find((m) => m !== null);
  if (report) add('report on a past procedure', 'against', -5, report.index, report.index + report[0].length);
  const legal = firstWhere(LEGAL, folded, () => true, 1);
  if (legal) add('legal act', 'against', -5, legal.index, legal.index + legal[0].length);

  // A page listing several vacancies: several deadlines with different dates, or table rows of posts. Not the
  // dates in a job page's box of other vacancies, when the page has a deadline of its own outside it.
  const boxes = relatedBoxes(folded);
  const inBox = (d: { start: number }) => boxes.some((b) => d.start >= b.start && d.start < b.end);
  const outside = dated.filter((d) => !inBox(d));
  const own = outside.length ? outside : dated;
  const distinct = new Set(own.map((d) => `${d.date.year}-${d.date.month}-${d.date.day}`));
  const rows = listingRows(folded, dates());
  let listing = false;
  const dense = denseDates(folded, dates());
  const prefixes = referencePrefixes(folded);
  if (prefixes.size >= 3) {
    listing = true;
    signals.push({
      name: `a listing of several vacancies (references of ${prefixes.size} bodies: ${[...prefixes].slice(0, 4).join(', ')})`,
      family: 'against',
      weight: -8,
      quote: '',
    });
  }
  const listed = listing ? 0 : listedReferences(folded);
  if (listed >= 3) {
    listing = true;
    signals.push({
      name: `a listing of several vacancies (${listed} posts in a list, each with its reference)`,
      family: 'against',
      weight: -8,
      quote: '',
    });
  }
  if (pageWords.size >= 2 && !listing && !posting) {
    listing = true;
    signals.push({
      name: 'a careers page (several listing wordings)',
      family: 'against',
      weight: 0,
      quote: '',
    });
  }
  if (distinct.size >= 4 || (rows.rows >= 4 && rows.dates >= 3) || dense >= DENSE_DATES) {
    listing = true;
    const why =
      distinct.size >= 4
        ? `${distinct.size} deadlines with different dates`
        : dense >= DENSE_DATES
          ? `${dense} dates within ${DENSE_WINDOW} characters: a table of posts`
          : `${rows.rows} rows with a date and a post's marks`;
    signals.push({
      name: `a listing of several vacancies (${why})`,
      family: 'against',
      weight: -8,
      quote: '',
    });
  }

  const score = signals.reduce((s, x) => s + x.weight, 0);
  const families = new Set(signals.filter((s) => s.weight > 0).map((s) => s.family));
  // Without EU staff terms, an EU body counts only beside what names a post as a notice does.
  const strongPost = signals.some(
    (x) =>
      x.name === 'notice-type heading' ||
      x.name === 'second notice-type phrase in the same sentence' ||
      x.name.includes("labels of a notice's head") ||
      x.name.startsWith("a job posting's head") ||
      x.name.startsWith("a job board's heading") ||
      x.name.startsWith('heading (we'),
  );
  // "Fonctionnaire", "official": national civil services use the word too; alone it is no EU staff term.
  // Nor the bare word "grade": other employers (NATO, the UN) grade their posts too.
  const euStaff = signals.some(
    (x) =>
      x.family === 'staff' &&
      x.weight > 0 &&
      !x.name.startsWith('official (a word') &&
      x.name !== 'grade wording',
  );
  const isNotice =
    !listing &&
    score >= THRESHOLD &&
    (euStaff || (families.has('body') && strongPost)) &&
    ((families.has('deadline') && families.size >= 2) || (families.has('post') && families.size >= 3));

  const lines = signals.map(
    (s) => `${s.weight > 0 ? '+' : ''}${s.weight} ${s.name}${s.quote ? `: "${s.quote}"` : ''}`,
  );
  if (!isNotice) {
    const missing: string[] = [];
    if (!families.has('deadline')) missing.push('no closing date with an actual date');
    if (!families.has('post') && !families.has('deadline'))
      missing.push('nothing that names one post (notice type, reference, notice headings or labels)');
    if (!euStaff) missing.push('no EU staff category, function group or grade');
    if (!families.has('staff') && !families.has('body'))
      missing.push('nothing of the EU (staff terms or an EU body)');
    if (score < THRESHOLD) missing.push(`score ${score} below ${THRESHOLD}`);
    if (listing) missing.push('a listing, not one notice');
    if (families.size < 2) missing.push('evidence of one kind only');
    else if (!families.has('deadline') && families.size < 3)
      missing.push('without a dated deadline, evidence of three kinds is needed');
    lines.push(`not a notice: ${missing.join('; ')}`);
  }
  return {
    isNotice,
    score,
    signals: lines,
    weights: signals.map((s) => ({ signal: s.name, family: s.family, weight: s.weight, quote: s.quote })),
  };
}
