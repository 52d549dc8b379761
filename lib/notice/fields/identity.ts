/**
 * Who, what and where: title, reference, institution, department, unit,
 * location, domain and the address applications go to.
 */
import { AGENCY_NAMES } from '../body-names';
import {
  employerLineParts,
  JOINT_UNDERTAKING_NAME,
  POST_AT_EMPLOYER,
  POST_WORD,
  REFERENCE_ROW,
} from '../board-heading';
import { toOriginalRange } from '../text-map';
import { BODIES, DEPARTMENTS } from '../bodies';
import {
  ALL_MONTHS_PATTERN,
  DEADLINE_LABELS,
  FUNCTION_GROUP_WORDS,
  GRADE_WORDS,
  HEADINGS,
  JOB_TITLE_LABELS,
  LAYOUT_LABELS,
  NOTICE_TYPES,
  STAFF_WORDS,
  phrasePattern,
  phraseRegex,
} from '../lang';
import {
  evidence,
  findLabelled,
  flatRowAfter,
  firstLineFrom,
  lineIndexAt,
  listIntroFor,
  sectionAt,
  sentenceAt,
  siteFieldLabels,
  type Line,
  type NoticeContext,
  type Span,
} from '../context';
import {
  COUNTRY_NAME_PATTERN,
  PLACE_NAME_PATTERN,
  foldSameLength,
  lookupPlace,
  type Place,
} from '../lexicon';
import { guardedAlternation, trieRegExp, trieRegex } from '../regex-trie';
import type { Evidence } from '../schema';
import { partitionPoint } from '../search';

export interface Found<T> {
  value: T;
  evidence: Evidence | null;
}

export interface Missing {
  value: null;
  evidence: null;
  reason: string;
}

export type FieldResult<T> = Found<T> | Missing;

export const missing = (reason: string): Missing => ({ value: null, evidence: null, reason });

// ---- reference ---------------------------------------------------------------

/** A reference's shape; a code in capitals may end with a word ("ECSEL-2031-01-Trainee"). */
const REF_TOKEN =
  /(?<![\w/-])(?:(?:(?:[a-z]{1,4}-)?[A-Z][A-Za-z0-9.-]*|\d{4}|\d{1,3}(?=\s?\/\s?[A-Z]))(?:\s?\/\s?[A-Za-z0-9][A-Za-z0-9._()-]*(?: [A-Z0-9]{1,4}(?=\/))?){1,7}|[A-Z][A-Z0-9]*(?:[-_][A-Z0-9]+(?![a-z])){2,}(?:[-_][A-Z][a-z]{2,15}(?![a-z]))?)/g;
const REF_LABEL =
  /^(?:selection |vacancy |call for interest |call |notice |job |post |our |your |the )?(?:reference(?: number| no\.?| n°| code)?|ref\.?(?: no\.?| n°| number)?|vacancy (?:notice )?(?:number|no\.?|reference)|post identification|numero de reference|reference de l.avis|numero de l.avis|aktenzeichen|referenz(?:nummer)?|kennziffer|(?:numero di )?riferimento|referencia|numero de referencia|sygnatura|numer (?:referencyjny|ref\.)(?: procedury)?|numer ogloszenia|referentie(?:nummer)?|kenmerk|referens(?:nummer)?|referencenummer|viitenumero|viitenumber|viite|atsauces numurs|atsauce|nuorodos numeris|nuoroda|viide|hivatkozasi szam|numar(?:ul)? de referinta|referinta|referencn[eiy] cislo|referencna stevilka|referentni broj|numru ta.? referenza|uimhir thagartha|competition)(?:(?<=\.)|\b)|^(?:αριθμος αναφορας|κωδικος αναφορας|κωδ\.|референтен номер|референция)(?![\u0370-\u03ff\u0400-\u04ff])/;
/** A labelled value that is a reference as a whole: "EPSO/AD/423/25 – DE", "DIGIT CERT EU", "СОМ/HR/TA/2023 (AD9)". */
const WHOLE_REF = /^[\p{Lu}\d][\p{Lu}\d ./()_–—-]{1,38}[\p{Lu}\d)]$/u;
const NO_REF = /^(?:n\/?a|none|tbc|tbd|-+|\/)$/i;
/** A word that names a notice or a procedure, not a code (folded). */
const NOTICE_NAME_WORD =
  /(?<![\p{L}])(?:competition|concours|auswahlverfahren|concorso|oposicion|vacancy|vacance|notice|avis|call|appel|selection|procedure|reference|ref|post|poste|number|numero)(?![\p{L}])/u;

function cleanRefToken(token: string): string | null {
  // "EPSO / AD / 415 / 24" → "EPSO/AD/415/24"; "CDR/AD 14/5 BIS/21" keeps its inner spaces.
  // "PE/327/S/ Assistant dealing with ICT": a word after a spaced slash is the post, not a segment.
  let t = token
    .replace(/\/\s+\p{Lu}\p{Ll}{2,}.*$/u, '')
    .replace(/\s*\/\s*/g, '/')
    .replace(/\s+/g, ' ')
    .replace(/[.,;:-]+$/, '');
  while (t.endsWith(')') && (t.match(/\(/g)?.length ?? 0) < (t.match(/\)/g)?.length ?? 0)) t = t.slice(0, -1);
  if (!/\d/.test(t) || t.length < 6) return null;
  if (/^\d{1,2}\/\d{1,2}\/\d{2,4}$/.test(t)) return null; // a date
  // "COM/2014/10366 2014/C 358A/02": the Official Journal's number after the code (its contents line) is not the code's.
  t = t.replace(/ (?:19|20)\d{2}\/C\b.*$/, '');
  return t;
}

function firstRefIn(text: string, offset: number): { value: string; start: number; end: number } | null {
  REF_TOKEN.lastIndex = 0;
  for (let m = REF_TOKEN.exec(text); m; m = REF_TOKEN.exec(text)) {
    const value = cleanRefToken(m[0]);
    // Not the Official Journal's number: "(2031/C 12 A/01)", "C 2031/12 A/01".
    if (value && /^(?:\d{4}\/C|C ?\d{4}\/)/.test(value)) continue;
    // "VEXT/18/351/AD 14 — Deputy Executive Director": a grade's number after a space is the code's.
    const grade =
      value && /\/(?:AD|AST|SC|FG)$/.test(value)
        ? /^ \d{1,2}(?![\d/])/.exec(text.slice(m.index + value.length))
        : null;
    const full = grade ? value + grade[0] : value;
    if (full) return { value: full, start: offset + m.index, end: offset + m.index + full.length };
  }
  return null;
}

/** The value of a label anywhere in a line (forms flattened onto one line: "Post identification: RTD-A-3 (DG-DIR-UNIT) …"). */
const INLINE_REF_LABEL =
  /\b(?:post identification|vacancy (?:notice )?(?:number|no\.?|reference)|reference number|numero de reference)\s*:\s*/g;
/** "(Reference: Call for interest EC/2026/TAXUD/453922)": a running head the normaliser drops as a page header. */
const PAREN_REF = /\((?:reference|ref\.?|r[ée]f[ée]rence|r[ée]f\.?)\s*:?\s*([^()\n]{3,140})\)/gi;
/** Words that may stand between a reference label and its token: "Reference: Call for interest EC/2026/…". */
const REF_FILLER =
  /^(?:(?:the |our )?(?:call for (?:expressions? of )?interest|vacancy notice|vacancy|selection procedure|selection|notice|appel a manifestation d.interet|avis de vacance)\s*(?:no\.?|number|n°)?\s*[:.]?\s*)?/;

/** "… the call for interest reference EC/2026/TAXUD/453922", "(ref. ECHA/TA/2026/001)": a reference named inline (folded). */
const INLINE_REFERENCE = trieRegex(
  /\b(?:reference|ref\.|ref|reference number|selection reference|vacancy notice|call for (?:interest|expression of interest)|notice of open competition|avis de vacance|reference de l.avis)\s*(?:number|no\.?|n°)?\s*[:.]?\s*/g,
);

/** "SN015", "VN2031-07": capitals then digits, not a grade ("AD5", "FGIV"). */
const COMPACT_CODE = /^(?!(?:AD|AST|SC|FG|CA|TA)\d{1,2}\b)[A-Z]{1,8}[-_]?\d{2,6}(?:-\d{1,4})?(?![\w/.-])/;
/** "EURAIL.2031.01", "XYZ_2031_07". */
const DOTTED_CODE = /^[A-Z][A-Z0-9-]{1,15}(?:[._][A-Z0-9]{1,8})*[._](?:19|20)\d{2}[._]\d{1,4}$/;

/** A job site's number for the post (folded): "job no 438866", "job id: 10412", "vacancy id 2031-77". */
const JOB_NUMBER =
  /(?<![\p{L}])(?:job|vacancy|posting|requisition) (?:no\.?|n°|nº|number|id)\s*[:#]?\s*(\d{4,9}(?:-\d{1,6})?)(?![\d/.-])/u;

/**
 * A code whose last segment is a word may go on with one or two more up to the end of its line:
 * "VEXT/17/256/AD 15/Executive Director", "EXT/20/42/AD 11/BOA Member".
 */
export function extractReference(ctx: NoticeContext): FieldResult<string> {
  const r = unglued(findReference(ctx));
  if (r.value === null || !r.evidence || !/\/\p{Lu}\p{L}*$/u.test(r.value)) return r;
  const at = r.evidence.end;
  const after = /^(?: \p{Lu}\p{L}+){1,2}(?=[ \t]*(?:\r?\n|$|[)|]))/u.exec(ctx.mt.original.slice(at, at + 40));
  if (!after || !r.evidence.quote.endsWith(r.value.slice(-3))) return r;
  return {
    value: r.value + after[0],
    evidence: { ...r.evidence, end: at + after[0].length, quote: r.evidence.quote + after[0] },
  };
}

/**
 * What a copy left after a code: a gender marker ("08/EJ/SNE/02 M/F", the post's), the next label
 * glued to its digits ("COM/2026/20118Deadline", a page copied without its line breaks), or the bracket
 * the code stood in and what follows it ("COM/2024/20103)(C/2024/3408").
 */
const REFERENCE_TAIL = /(?:\s+\(?[MFHW]\/[MFHW]\)?|(?<=\d)\p{Lu}\p{Ll}{3,})$|(?<=^[^()]*)\).*$/u;

function unglued(r: FieldResult<string>): FieldResult<string> {
  if (r.value === null || !r.evidence) return r;
  const tail = REFERENCE_TAIL.exec(r.value);
  if (!tail) return r;
  const e = r.evidence;
  const cut = tail[0].length;
  return {
    value: r.value.slice(0, tail.index),
    // The quote ends with the same tail when it was taken up to the value's end.
    evidence: e.quote.endsWith(tail[0]) ? { ...e, end: e.end - cut, quote: e.quote.slice(0, -cut) } : e,
  };
}

const CA_SELECTION_CODE =
  /(?<![\w-])(?:19|20)\d{2}-[A-Z]{3}-[A-Z]{1,2}\d{0,2}-FG(?:IV|I{1,3})-\d{3,6}(?![\w-])/;

function findReference(ctx: NoticeContext): FieldResult<string> {
  const labelled = findLabelled(ctx, REF_LABEL, { maxValueLength: 120 });
  if (labelled) {
    const raw = labelled.value.trim().replace(/[*]+/g, '').trim();
    if (NO_REF.test(raw)) return missing(`the reference is given as "${raw}"`);
    // A short value that is nothing but a reference is kept exactly as written (not "COMPETITION PE/AD/300/2024").
    const inner = firstRefIn(raw, 0);
    // Words of a notice's name before the code ("COMPETITION PE/AD/300/2024") are not part of it; a code's own
    // capitals are ("OPER IT TA-76-2023", "DIGIT CERT EU").
    const before = inner === null ? '' : raw.slice(0, inner.start);
    const wordsBefore = /\p{Ll}{4}/u.test(before) || NOTICE_NAME_WORD.test(foldSameLength(before));
    // "PE/232/S - AUDIOVISUAL ENGINEER": a job site's field gives the code, then the post (but "EPSO/AD/423/25 –
    // DE", a language's code, is the reference's).
    const post = /^(\S*\/\S*\d\S*|\S*\d\S*\/\S*) [-–—] (?=[^\n]*\p{Lu}{4})/u.exec(raw);
    if (post && !wordsBefore) {
      const at = labelled.start + labelled.value.indexOf(raw);
      return { value: post[1], evidence: evidence(ctx, labelled.labelStart, at + post[1].length) };
    }
    // "202308TR (Open-ended external call for interest)": words in brackets after the code say what it is.
    const whole = raw.replace(/\s*\((?=[^()]*\p{Ll}{3})[^()]*\)$/u, '');
    if (
      !wordsBefore &&
      WHOLE_REF.test(whole) &&
      (/\d/.test(whole) || /^\p{Lu}{2,}(?: \p{Lu}{2,}){0,3}$/u.test(whole))
    ) {
      const at = labelled.start + labelled.value.indexOf(raw);
      return { value: whole, evidence: evidence(ctx, labelled.labelStart, at + whole.length) };
    }
    const token = firstRefIn(labelled.value, labelled.start);
    if (token) return { value: token.value, evidence: evidence(ctx, labelled.labelStart, token.end) };
    const compact = /^[A-Za-z0-9][\w./()-]{3,40}$/.exec(raw);
    if (compact && /\d/.test(compact[0]))
      return { value: compact[0], evidence: evidence(ctx, labelled.labelStart, labelled.end) };
    // "XYZ (2031) TEMP/SEC 004": a code in capitals with its year in brackets and spaces.
    const spaced = /^\p{Lu}{2,8} \((?:19|20)\d\d\) [\p{Lu}\d]+(?:[/._-][\p{Lu}\d]+)+(?: \d{1,4})?$/u.exec(
      raw,
    );
    if (spaced) {
      const at = labelled.start + labelled.value.indexOf(raw);
      return { value: raw, evidence: evidence(ctx, labelled.labelStart, at + raw.length) };
    }
  }
  // "Ref. 202514TAAD14": a label without its colon, followed by nothing but the reference.
  const loose = findLabelled(ctx, REF_LABEL, { maxValueLength: 60, loose: true });
  if (loose) {
    const raw = loose.value.trim();
    // "Numer ref. procedury EBA TA-01-2025": a body's acronym may lead the code.
    if (
      /^(?:\p{Lu}{2,6} )?[\p{Lu}\d][\p{Lu}\d./_-]{4,38}$/u.test(raw) &&
      /\d/.test(raw) &&
      /\p{Lu}/u.test(raw)
    ) {
      const at = loose.start + loose.value.indexOf(raw);
      return { value: raw, evidence: evidence(ctx, loose.labelStart, at + raw.length) };
    }
  }
  // "VACANCY NOTICE No 22/17", "AVVIŻ TA' POST BATTAL Nru 20/19", "… č. 30/25/AD 14/EESC": a notice
  // number in the heading, which may begin a long line (a copy that joined the heading's lines).
  for (const line of ctx.lines.slice(0, 80)) {
    const f = ctx.folded.slice(line.start, Math.min(line.end, line.start + 160));
    // "16/T/23. SZ. ÁLLÁSHIRDETÉS", "22/17. számú álláshirdetés": Hungarian writes the number first.
    const hu = /^(\d{1,3}\/(?:[a-z]{1,2}\/)?\d{2})\.?\s*(?:sz\.|szamu)\s*/u.exec(f);
    if (hu && NOTICE_HEADING_ML.test(f.slice(hu[0].length))) {
      const at = line.start + hu.index;
      return { value: ctx.text.slice(at, at + hu[1].length), evidence: evidence(ctx, at, at + hu[0].length) };
    }
    if (!NOTICE_HEADING.test(f) && !NOTICE_HEADING_ML.test(f)) continue;
    // "CALL FOR APPLICATIONS N° CJ AP 38/25": up to three short words in capitals before the number.
    const n =
      /(?<![\p{L}/])(?:no|n\.o|nº|n°|nr|nru|c|č|num|numero|αριθ|№)(?![\p{L}])\.?\s*((?:[a-z]{1,4} ){0,3}\d{1,3}\/\d{2}(?:\/(?:ad|ast) ?\d{1,2}\/[a-z]{2,6})?)(?![\d/])/u.exec(
        f,
      );
    if (n) {
      const at = line.start + n.index + n[0].length - n[1].length;
      const value = ctx.text.slice(at, at + n[1].length);
      // The words are part of the code only when written in capitals, as codes are.
      if (/^(?:\p{Lu}{1,4} ){0,3}\d/u.test(value))
        return { value, evidence: evidence(ctx, line.start, at + n[1].length) };
    }
  }
  // "(EBA TA 05/2019)": a line of nothing but a code in brackets near the top (not the Official
  // Journal's "(2019/C 332 A/01)", which starts with its year).
  for (const line of ctx.lines.slice(0, 30)) {
    const m = /^\(((?:\p{Lu}{2,6}[ -]){1,3}\d{1,3}\/\d{2,4})\)$/u.exec(line.text.trim());
    if (m) {
      const at = ctx.text.indexOf(m[1], line.start);
      return { value: m[1], evidence: evidence(ctx, at - 1, at + m[1].length + 1) };
    }
  }
  INLINE_REF_LABEL.lastIndex = 0;
  for (let m = INLINE_REF_LABEL.exec(ctx.folded); m; m = INLINE_REF_LABEL.exec(ctx.folded)) {
    const from = m.index + m[0].length;
    const token = firstRefIn(ctx.text.slice(from, from + 60), from);
    if (token && !/^[^\n]*\n/.test(ctx.text.slice(from, token.start)) && token.start - from <= 20)
      return { value: token.value, evidence: evidence(ctx, m.index, token.end) };
  }
  // "… indicating the call for interest reference EC/2026/TAXUD/453922 in the subject", "(ref. ECHA/TA/2026/001)".
  INLINE_REFERENCE.lastIndex = 0;
  for (let m = INLINE_REFERENCE.exec(ctx.folded); m; m = INLINE_REFERENCE.exec(ctx.folded)) {
    let from = m.index + m[0].length;
    from += REF_FILLER.exec(ctx.folded.slice(from, from + 60))![0].length;
    const token = firstRefIn(ctx.text.slice(from, from + 60), from);
    if (token && token.start - from <= 2)
      return { value: token.value, evidence: evidence(ctx, m.index, token.end) };
    // "(2 years renewable - ref. SN015)": a compact code of capitals and digits, not a grade.
    const compact = COMPACT_CODE.exec(ctx.text.slice(from, from + 20));
    if (compact && /^ref/.test(m[0]))
      return { value: compact[0], evidence: evidence(ctx, m.index, from + compact[0].length) };
  }
  // "EURAIL.2031.01": a line of nothing but a code with its year, its parts joined by dots.
  for (const line of ctx.lines.slice(0, 30)) {
    const code = DOTTED_CODE.exec(line.text.trim());
    if (code) {
      const at = ctx.text.indexOf(code[0], line.start);
      return { value: code[0], evidence: evidence(ctx, at, at + code[0].length) };
    }
  }
  const paren = parenthesisedReference(ctx);
  if (paren) return paren;
  // "2017-BRU-A3-FGIV-8104": the Commission's contract-agent selection code (year, site, unit, group, number).
  const selection = CA_SELECTION_CODE.exec(ctx.text.slice(0, 4000));
  if (selection)
    return {
      value: selection[0],
      evidence: evidence(ctx, selection.index, selection.index + selection[0].length),
    };
  // "… EEAS Headquarters job No 438866", "Vacancy ID: 10412": a job site's number for the post.
  const jobNumber = JOB_NUMBER.exec(ctx.folded.slice(0, 4000));
  if (jobNumber) {
    const at = jobNumber.index + jobNumber[0].length - jobNumber[1].length;
    return { value: jobNumber[1], evidence: evidence(ctx, jobNumber.index, at + jobNumber[1].length) };
  }
  // The first token shaped like an EU reference ("COM/2023/20094", "EPSO/AD/415/24"), not an OJ number ("C2023/185A/02").
  REF_TOKEN.lastIndex = 0;
  for (let m = REF_TOKEN.exec(ctx.text); m; m = REF_TOKEN.exec(ctx.text)) {
    const value = cleanRefToken(m[0]);
    // A mixed-case prefix only when it is a body's own name ("Cedefop/2013/03/AD"), not "Category/1".
    const prefix = /^([A-Z][a-z]{2,9})\//.exec(value ?? '')?.[1];
    if (
      value &&
      /^(?:EPSO|COM|EC|(?:[a-z]{1,4}-)?[A-Z]{2,10}|[A-Z][a-z]{2,9})\/(?:[A-Z-]+(?:\d{1,2}| \d{1,2})?\/){0,3}\d/.test(
        value,
      ) &&
      !EUR_LEX_NUMBER.test(value) &&
      (!prefix || BODY_BY_ACRONYM.has(prefix)) &&
      // "EEA Financial Regulation (EEA/MB/52/15 – written procedure)": a legal act's number.
      !LEGAL_ACT_BEFORE.test(ctx.folded.slice(Math.max(0, m.index - 40), m.index))
    )
      return { value, evidence: evidence(ctx, m.index, m.index + value.length) };
  }
  return missing('no reference found');
}

/** EUR-Lex's own publication number over a document ("PUB/2031/741"), not the notice's ("(COM/2031/20109)"). */
const EUR_LEX_NUMBER = /^PUB\/\d{4}\/\d+$/;

/** Right before a code (folded): the act it numbers, "Financial Regulation (", "Decision ". */
const LEGAL_ACT_BEFORE = /\b(?:regulations?|decisions?|directives?|rules)\s*\(?\s*(?:no\.?\s*)?$/;

/** "(Reference: Call for interest EC/2026/…)" read from the original text (the normaliser drops it as a running head). */
function parenthesisedReference(ctx: NoticeContext): FieldResult<string> | null {
  const original = ctx.mt.original;
  PAREN_REF.lastIndex = 0;
  for (let m = PAREN_REF.exec(original); m; m = PAREN_REF.exec(original)) {
    const inner = m[1];
    const skip = REF_FILLER.exec(foldSameLength(inner))![0].length;
    const token = firstRefIn(inner.slice(skip), 0);
    if (!token || token.start > 2) continue;
    const start = m.index + m[0].indexOf(inner) + skip + token.start;
    return {
      value: token.value,
      evidence: {
        start: m.index,
        end: start + token.value.length,
        quote: original.slice(m.index, start + token.value.length),
      },
    };
  }
  return null;
}

// ---- title ---------------------------------------------------------------------

/** Title labels in the official languages (folded: lower case, no accents), with those of the language tables. */
const TITLE_LABEL_LIST = [
  'job title', 'title of (?:the )?(?:post|position|job|vacancy|function)', 'post title', 'position title',
  'name of (?:the )?(?:post|position|function)',
  'business title', 'job profile', 'title', 'post', 'position', 'profile',
  'intitule (?:du poste|de (?:la fonction|l.emploi))', 'intitule', 'titre (?:du poste|de la fonction)',
  'stellenbezeichnung', 'bezeichnung der stelle', 'titel der stelle', 'amtsbezeichnung',
  'titolo (?:del posto|della posizione|della funzione)', 'denominazione (?:del posto|della funzione)', 'titulo del puesto', 'denominacion del puesto',
  'puesto', 'titulo do (?:lugar|posto)', 'designacao do lugar', 'functietitel', 'functiebenaming',
  'titel van de functie', 'nazwa stanowiska', 'tytuł stanowiska', 'stanowisko', 'nazev (?:pracovniho mista|pozice)',
  'nazov (?:pracovneho miesta|pozicie)', 'naziv (?:delovnega mesta|radnog mjesta)', '(?:a )?munkakor megnevezese',
  'munkakor', 'titlul postului', 'denumirea postului', 'наименование на длъжността', 'длъжност',
  'τιτλος (?:της )?θεσης', 'stillingsbetegnelse', 'jobtitel', 'befattning', 'tjanstens benamning',
  'tehtavanimike', 'ametikoha nimetus', 'ametinimetus', 'amata nosaukums', 'pareigu pavadinimas',
  'titlu tal-post', 'teideal an phoist', 'stilling', 'tjanst', 'ametikoht',
]; // prettier-ignore
const TITLE_LABEL_WORDS = [...TITLE_LABEL_LIST, phrasePattern(JOB_TITLE_LABELS)].join('|');
/** Labels of more than one word ("Titolo della funzione", "Intitulé de la fonction"): may stand without a colon. */
const TITLE_LABEL_MULTI_WORDS = [
  ...TITLE_LABEL_LIST.filter((w) => w.includes(' ')),
  phrasePattern(JOB_TITLE_LABELS.filter((w) => /\s/.test(w.trim()))),
].join('|');
const TITLE_LABEL_MULTI = new RegExp(`^(?:${TITLE_LABEL_MULTI_WORDS})(?![\\p{L}\\p{N}])`, 'u');
const TITLE_LABEL = new RegExp(`^(?:${TITLE_LABEL_WORDS})(?![\\p{L}\\p{N}])`, 'u');
/** The labels that can only mean the post's name: a page's "Profile" or "Position" may label something else first. */
const WEAK_TITLE_LABELS = new Set(['title', 'post', 'position', 'profile', 'ametikoht']);
const STRONG_TITLE_LABEL = new RegExp(
  `^(?:${[...TITLE_LABEL_LIST.filter((w) => !WEAK_TITLE_LABELS.has(w)), phrasePattern(JOB_TITLE_LABELS)].join('|')})(?![\\p{L}\\p{N}])`,
  'u',
);
/** The same labels glued to their value by a flattened table: "Nazwa stanowiskaZastępca dyrektora…". */
const TITLE_LABEL_GLUED = new RegExp(`^(?:${TITLE_LABEL_WORDS})`, 'u');
/** "Function group/Grade/Post title: Temporary staff, AD6, 2(f), Identity and Access … Engineer." */
const COMBINED_TITLE_LABEL =
  /^(?:function group|grade|staff category|type of (?:post|contract))[^:\n]{0,40}\/\s*(?:post|job|business) title(?=\s*:)/;
const KEY_FACT_LABEL =
  /^(?:(?:selection |vacancy )?ref(?:erence)?\b|domain|where\b|grade|function group|staff category|type of (?:contract|post)|contract type|place of employment|location|deadline|closing date|express your interest|publication deadline|(?:directorate|unit)(?=\s*(?:[:/(]|$))|dg [a-z]+|lieu|date limite|groupe de fonctions|dienstort|bewerbungsfrist|funktionsgruppe|open for application|institution|organi[sz]ation\b|employer\b|sector|post identification)/;
const NOTICE_HEADING =
  /^(?:vacancy notice|notice of vacancy|vacancy for the (?:post|position)(?: of)?|call for (?:expressions? of )?interest|call for applications|avis de vacance|appel a manifestation d.interet|appel a candidatures|stellenausschreibung|interessenbekundung|notice of open competition|open competition|selection procedure|traineeship notice)\b[^a-z0-9]*(?:for(?: the (?:post|position) of| the (?:selection|recruitment) of(?: an?| the)?| a| an)?\s*)?/;
/** A template's "General information" heading, in the official languages (lower case, accents or not). */
const GENERAL_INFORMATION = [
  'general information', 'informations? g[eé]n[eé]rales?', 'allgemeine informationen', 'informazioni generali',
  'informaci[oó]n general', 'informa[cç][oõ]es gerais', 'algemene informatie', 'informacje og[oó]lne',
  'obecn[eé] informace', 'v[sš]eobecn[eé] inform[aá]cie', 'splo[sš]ne informacije', 'op[cć]e informacije',
  '[aá]ltal[aá]nos inform[aá]ci[oó]k', 'bendra informacija', 'visp[aā]r[iī]g[aā] inform[aā]cija', '[uü]ldine teave',
  'yleiset tiedot', 'allm[aä]n information', 'generelle oplysninger', 'γενικ[εέ]ς πληροφορ[ιί]ες',
  'обща информация', 'informa[tţț]ii generale', 'informazzjoni [gġ]enerali', 'eolas ginear[aá]lta',
].join('|'); // prettier-ignore
const NOT_TITLE_START =
  /^(?:in |of |at |within |for (?:the|a|an) |στην? |στο |στους |στις |presso |aupres |au sein |dans |bei |przy |pri |en (?:el|la|los|las) |nell[a']? |dg |(?:directorate|direction)(?:[- ]?genera|\s+[a-z](?:\b|\.?\d)|\s+(?:for|of|on|des?|du|d.|della?|del)\b|\s*[:–—,-]|\s*$)|generaldirektion|unit |the european|european commission|(?:selection |vacancy )?ref(?:erence)?\b|\((?!(?:senior|junior|principal|lead)\) )|for more information|please note|make a difference|we |ec\/|\d{4}\/c |document (?:no|number|n°|ref|reference|date|version|code|id)\b|eli:|https?:|official journal|journal officiel|amtsblatt|form [a-z]{1,3}[.\d]|(?:excellent |competitive |attractive )?salary\b|open to |(?:full|part)[- ]time(?:,|\s*$| \(| \d)|\d{1,2}[- ](?:years?|months?)(?: fixed[- ]term| renewable)? contract\b)/;
/**
 * What starts no title (a DG, a body, a reference, a preposition, a bracket other than "(Senior) "), or a
 * template's "General information" heading.
 */
const NOT_TITLE = new RegExp(`${NOT_TITLE_START.source}|^(?:${GENERAL_INFORMATION})\\s*:?\\s*$`);
/** "for the post of X", "vacancy for a Deputy Director-General (grade AD 15) in Brussels", "avis de vacance pour le poste de …". */
const POST_OF = new RegExp(
  `${guardedAlternation(
    '[\\p{L}]',
    [
      'vacancy (?:notice )?for(?: recruiting| the recruitment of)?(?: the (?:post|position|function|role) of| a (?:post|position) of| (?:\\d{1,2}|one|two|three|four|five) (?:posts?|positions?) of)?(?: an?(?![\\p{L}])| the(?![\\p{L}]))?',
      'reserve list for the (?:[a-z]{2,5} )?(?:post|position|function|role) of(?: an?(?![\\p{L}])| the(?![\\p{L}]))?',
      'publication of the (?:post|position) of(?: an?(?![\\p{L}])| the(?![\\p{L}]))?',
      'concerning the (?:post|position|function) of(?: an?(?![\\p{L}])| the(?![\\p{L}]))?',
      'relating to the (?:post|position|function) of(?: an?(?![\\p{L}])| the(?![\\p{L}]))?',
      '(?:avis de )?vacance (?:d.emploi )?(?:pour (?:le|un) poste|du poste|d.un poste) (?:de|d.)',
      'publication du poste (?:de|d.)',
      'stellenausschreibung fur (?:die stelle )?(?:einer|eines|des|der)?',
      'ausschreibung der stelle (?:einer|eines|des|der)',
      'convocatoria para proveer una plaza vacante de',
      'publicacion del puesto de',
      'anuncio de vacante para el puesto de',
      'vacante para (?:un|el) puesto de',
      'pubblicazione di un posto di',
      'posto vacante per la funzione di',
      'posto vacante di',
      'avviso di posto vacante (?:di|per(?: la funzione di| il posto di)?)',
      'publicacao (?:de um|do) lugar de',
      'publicacao de uma vaga de',
      'publicacion de (?:un puesto vacante|una vacante|una plaza vacante) de',
      'pubblicazione di (?:un posto vacante|una vacanza) di',
      'publication d.un (?:poste vacant|emploi vacant) (?:de|d.)',
      'anuncio de vaga para o lugar de',
      'anuncio de abertura de vaga para o lugar de',
      'vacature voor de functie (?:van )?',
      'ogłoszenie o naborze na stanowisko',
      // "Uverejnenie oznámenia o voľnom pracovnom mieste na pozíciu generálneho riaditeľa …" (Slovak, Czech).
      '(?:uverejnenie )?oznamenia? o volnom pracovnom mieste na poziciu',
      '(?:zverejneni )?oznameni o volnem pracovnim miste na pozici',
      // "… θέσης για τα καθήκοντα του/της εκτελεστικού/-ής διευθυντή/-ριας": "for the duties of".
      'προκηρυξη (?:κενης )?θεσης(?: (?:για τα καθηκοντα|για τη θεση) (?:του\\/της|της\\/του|του|της))?',
      'publicarea postului de',
      'publicarea unui post vacant de',
      'anunt de post vacant pentru functia de',
      'anunt de post vacant pentru (?:postul de )?',
      'opslag af stillingen som',
      'meddelande om ledig tjanst som',
      'meddelande om upprattande av en reservlista(?: for)?',
      // "Teade vaba ametikoha kohta: direktor (palgaaste AD 14)": any language's notice name, then a colon;
      // "Avviso di posto vacante — Direttore esecutivo …", then a dash.
      // "Meddelande om allmänt uttagningsprov — EPSO/AD/301/15 – Handläggare": the reference after the dash.
      // "Objava prostega delovnega mesta št. COR/AD 14/20 BIS/20 – Direktor": its number word, a code with spaces.
      // (Not "About the traineeship programme: The Agency is looking for …": a section on the scheme.)
      `(?:${phrasePattern(NOTICE_TYPES.filter((t) => !t.startsWith('traineeship ')))})(?: (?:(?:st|no|nr|n°|c)\\.? )?[a-z0-9]{2,10}(?:[/._-][a-z0-9]+(?: [a-z0-9]{1,4}(?=[/._-]))?){2,6})?(?:\\s?:| [—–])(?: [a-z0-9]{2,10}(?:[/._-][a-z0-9]+){2,6} [—–])?`,
      // "Temporary Agent under Article 2(b) of the Conditions of Employment … (CEOS) as ICT Team Leader".
      'of other servants(?: \\(ceos\\))? as(?: an?(?![\\p{L}])| the(?![\\p{L}]))?',
    ].join('|'),
    'gu',
  )}[ \\t]*`,
  'gu',
);
/**
 * "… a reserve list for Temporary Agents for the post of Information and Communications Officer.": the
 * phrase in a sentence, read when no heading or label names the post (a heading writes it as the
 * notice does) (folded).
 */
const FOR_THE_POST_OF =
  /(?<![\p{L}])(?:for )?the (?:post|position) of(?![\p{L}])(?: an?(?![\p{L}])| the(?![\p{L}]))?[ \t]*/gu;
/**
 * "The Agency … is looking for candidates to establish a reserve list for", "… is looking for:", "L'Agence recherche
 * un(e)", "sucht eine/n": the post follows, on the same line or the next (folded).
 */
const LOOKING_FOR = new RegExp(
  `(?<![\\p{L}])(?:${[
    '(?:is|are) (?:looking|searching) for(?: (?:candidates|applicants|applications))?(?: (?:in order )?to (?:establish|create|draw up) a reserve list)?(?: for)?(?: (?:the|a|an) (?:post|position|function|role) of)?',
    // Only as a line's end: "Applications are invited for:" with the post below (not "… for the above post").
    'applications are invited for(?=[ \\t]*:?[ \\t]*$)',
    '(?:is|are) (?:seeking|recruiting)(?: (?:the|a|an) (?:post|position|function|role) of)?',
    'est a la recherche d.(?:un\\(?e?\\)?|une)?',
    'recherche (?:un\\(?e?\\)?|une|des)',
    'sucht (?:eine?n?(?:\\/n)?|zum|zur)',
    'e alla ricerca di(?: un[ao]?)?',
    'busca (?:un|una)(?:\\(a\\))?',
    'zoekt (?:een|twee)',
    'procura (?:um|uma)(?:\\(a\\))?',
    'poszukuje(?: kandydatow na stanowisko)?',
  ].join('|')})(?: an?(?![\\p{L}])| the(?![\\p{L}]))?[ \\t]*:?[ \\t]*`,
  'u',
);

/** After LOOKING_FOR, a clause or a category rather than a post: "to recruit …", "candidates who …", "experts with …". */
const LOOKING_FOR_PROSE =
  /^(?:to|that|which|who|candidates|applicants|people|profiles?|seconded national|national experts?|temporary agents?|contract agents?|trainees?)(?![\p{L}])|,| (?:to|with|who|that|which|for the following)(?![\p{L}])/u;

/** A relative clause after a post's name: " who will …", " that …" (folded). */
/** What ends a post written in capitals after LOOKING_FOR: a clause, or a purpose ("… Engineer(s) to ensure …"). */
const LOOKING_FOR_CLAUSE = / (?:who|that|which|to)(?![\p{L}])/u;

/** "Ground System Service Provision Engineer": a name of 2 to 8 words, each word of 4 letters or more capitalised. */
function titleCased(s: string): boolean {
  const words = s.trim().split(/\s+/);
  if (words.length < 2 || words.length > 8 || !/^\p{Lu}/u.test(words[0])) return false;
  return words.every((w) => w.length < 4 || /^\p{Lu}/u.test(w));
}

/** Where a post's name that starts at `from` ends: a full stop, or " (Contract Agent, FG IV)", " (AD 6)". */
function postEnd(ctx: NoticeContext, from: number, end: number): number {
  const stop = /\.(?:\s|$)/.exec(ctx.folded.slice(from, end));
  return tailParenAt(ctx.folded, from, stop ? from + stop.index : end);
}

/** Where a title in [from, end) of folded text ends before a grade or staff category in brackets (TITLE_TAIL_PAREN). */
function tailParenAt(folded: string, from: number, end: number): number {
  for (let k = folded.indexOf(' (', from); k >= 0 && k < end; k = folded.indexOf(' (', k + 2))
    if (TITLE_TAIL_PAREN.test(folded.slice(k, k + 30))) return k;
  return end;
}

/** The post named after LOOKING_FOR, among the head's lines; the rest of its line, else the next line. */
function lookingForTitle(ctx: NoticeContext): Found<string> | null {
  const limit = Math.min(ctx.lines.length, 60);
  for (let i = 0; i < limit; i++) {
    const line = ctx.lines.get(i);
    const m = LOOKING_FOR.exec(ctx.folded.slice(line.start, line.end));
    if (!m) continue;
    const from = line.start + m.index + m[0].length;
    if (from < line.end) {
      // The rest of the line, up to "(Contract Agent …)" or a full stop, when it reads as a post's name,
      // not as prose ("… is looking for a dynamic agent with a service mindset to join …").
      let end = postEnd(ctx, from, line.end);
      const rest = ctx.folded.slice(from, end);
      // "… is looking for a Ground System Service Provision Engineer who will be involved in …": a post
      // written in capitals, then a clause about it.
      const clause = LOOKING_FOR_CLAUSE.exec(rest);
      if (clause && clause.index > 0 && titleCased(ctx.text.slice(from, from + clause.index))) {
        end = from + clause.index;
        // "FLEET ANALYST (FG IV)" or "Service Security Engineer" heading the page, then "… is looking for a
        // Fleet Analyst to join …": the heading, as it writes the post.
        const heading = headingNaming(ctx, i, ctx.folded.slice(from, end));
        if (heading) return heading;
      } else if (end - from > 80 || LOOKING_FOR_PROSE.test(rest)) continue;
      const found = titleFrom(ctx, from, end, ctx.text.slice(from, end));
      if (found) return sentencePostOrHeading(ctx, found);
      continue;
    }
    let next = ctx.lines.get(i + 1);
    // "Applications are invited for:" / "Seconded National Expert (SNE)" / "Flight Key Cell Supervisor": the
    // category's line, then the post's.
    if (next && isStaffCategoryLine(ctx.folded.slice(next.start, next.end))) next = ctx.lines.get(i + 2);
    if (!next || next.text.length > 150) continue;
    const end = postEnd(ctx, next.start, next.end);
    if (LOOKING_FOR_PROSE.test(ctx.folded.slice(next.start, end))) continue;
    const found = titleFrom(ctx, next.start, end, ctx.text.slice(next.start, end));
    if (found) return found;
  }
  return null;
}

/**
 * A line among the `before` first ones that names `post` (folded, an article and a plural "(s)" aside) at its
 * start, with at most a bracket or a few words after it: the post as the page's heading writes it.
 */
function headingNaming(ctx: NoticeContext, before: number, post: string): Found<string> | null {
  const name = post
    .replace(/^(?:an?|the) /, '')
    .replace(/\(s\)$/, '')
    .trim();
  if (name.length < 4) return null;
  for (let j = 0; j < Math.min(before, 40); j++) {
    const l = ctx.lines.get(j);
    const raw = ctx.folded.slice(l.start, l.end);
    const f = raw.trim();
    if (!f.startsWith(name) || f.length > name.length + 30 || /\p{L}/u.test(f[name.length] ?? '')) continue;
    const lead = raw.length - raw.trimStart().length;
    const found = titleFrom(ctx, l.start + lead, l.end, ctx.text.slice(l.start + lead, l.end).trim());
    if (found) return found;
  }
  return null;
}

/**
 * "We are seeking one (1) auditor in Chamber III.": a post written in lower case inside a sentence gives way
 * to the head's "ECA/2021/27 - Auditor" when that line names the same post, as a heading writes it.
 */
function sentencePostOrHeading(ctx: NoticeContext, found: Found<string>): Found<string> {
  if (!/^\P{L}*\p{Ll}/u.test(found.value)) return found;
  const heading = referenceLeadTitle(ctx);
  if (!heading?.evidence || !found.evidence || heading.evidence.start >= found.evidence.start) return found;
  const words = (v: string) =>
    foldSameLength(v)
      .split(/[^\p{L}\p{N}]+/u)
      .filter(Boolean);
  const post = words(found.value);
  const head = words(heading.value);
  // The heading's words, in order, among the sentence's first words ("auditor" in "one (1) auditor in …").
  const at = post.indexOf(head[0]);
  return at >= 0 && at <= 3 && head.every((w, k) => post[at + k] === w) ? heading : found;
}

/** "(Vacancy Reference Number: GSA/2014/340)", "(Ref.: XYZ/TA/2031/01)": a reference in brackets, labelled. */
const REFERENCE_PAREN = /\((?:vacancy )?ref(?:erence)?\.?(?: number| no\.?)?\s*:\s*[A-Za-z0-9]/gi;

/**
 * "… aims to establish a reserve list (…) for Legal/Procurement Officer (Vacancy Reference Number: GSA/2014/340).",
 * "… for:" / "Project Control Documentalist" / "(Vacancy Reference Number: …)": the post right before its
 * reference in brackets, after "for" or on the line above. Read when nothing else names the post.
 */
function postBeforeReferenceTitle(ctx: NoticeContext): Found<string> | null {
  const head = ctx.text.slice(0, Math.min(ctx.text.length, 4000));
  REFERENCE_PAREN.lastIndex = 0;
  const m = REFERENCE_PAREN.exec(head);
  if (!m) return null;
  const lineStart = head.lastIndexOf('\n', m.index - 1) + 1;
  const before = head.slice(lineStart, m.index).trimEnd();
  if (before === '') {
    // The bracket opens its line: the post is the line above, alone.
    const above = ctx.lines.get(lineIndexAt(ctx, m.index) - 1);
    if (!above || above.text.length > 100 || !/^\p{Lu}/u.test(above.text.trim())) return null;
    return titleFrom(ctx, above.start, above.end, above.text.trim());
  }
  // "… for Legal/Procurement Officer": the capitalised words after the last "for".
  const post = /\bfor:?\s+(\p{Lu}[\p{L}/&'’-]*(?:\s+(?:of|and|for|in|the|\p{Lu}[\p{L}/&'’-]*)){0,8})$/u.exec(
    before,
  );
  if (!post) {
    // "… for:" / "Project Control Documentalist (Vacancy Reference Number: …)": the post opens the bracket's line.
    const prev = head.slice(head.lastIndexOf('\n', lineStart - 2) + 1, Math.max(0, lineStart - 1));
    if (before.length > 100 || !/^\p{Lu}/u.test(before) || !/\bfor\s*:\s*$/.test(prev)) return null;
    return titleFrom(ctx, lineStart, lineStart + before.length, before);
  }
  const at = lineStart + post.index + post[0].length - post[1].length;
  return titleFrom(ctx, at, at + post[1].length, post[1]);
}

/**
 * "The EIB … is seeking to recruit for its Legal Directorate (JU) – …, at its headquarters in Luxembourg, a Legal
 * Back Office Support Assistant*.": the post closes the sentence, after the service and the place; or its line
 * ("…, a Trainee – Business Planning" / "Duration: 5 months") (folded).
 */
const SEEKING_TO_RECRUIT =
  /\b(?:is|are) seeking to recruit\b[^.\n]{0,300}?,\s(?:an?|the)\s([^,.\n]{3,80}?)\*?(?:\.(?:\s|$)|[ \t]*(?=\n)|[ \t]*$)/u;

/** "… inform staff … of the vacant Senior Manager post of:" / "Head of Administration Department" (folded). */
const POST_OF_COLON = /(?<![\p{L}])(?:post|position|function|role)s? of\s*:\s*$/u;

function postOfColonTitle(ctx: NoticeContext): Found<string> | null {
  const limit = Math.min(ctx.lines.length - 1, 60);
  for (let i = 0; i < limit; i++) {
    const line = ctx.lines.get(i);
    if (!POST_OF_COLON.test(ctx.folded.slice(line.start, line.end))) continue;
    const next = ctx.lines.get(i + 1);
    if (next.text.length > 100 || !/^\p{Lu}/u.test(next.text)) continue;
    const found = titleFrom(ctx, next.start, next.end, next.text);
    if (found) return found;
  }
  return null;
}

function seekingToRecruitTitle(ctx: NoticeContext): Found<string> | null {
  const head = ctx.folded.slice(0, Math.min(ctx.folded.length, 4000));
  const m = SEEKING_TO_RECRUIT.exec(head);
  if (!m) return null;
  const from = m.index + m[0].indexOf(m[1], m[0].length - m[1].length - 4);
  const end = from + m[1].length;
  // A post's name, capitalised, not prose; "(Senior) Operational Assistant" too.
  if (!/^\(?\p{Lu}/u.test(ctx.text.slice(from, from + 2))) return null;
  return titleFrom(ctx, from, end, ctx.text.slice(from, end));
}

/** Where a title in a publication heading ends: " (grade AD 14)", " (Article 29(2) …)", " (temporary agent …)". */
const TITLE_TAIL_PAREN = new RegExp(
  `^ \\((?:grade|grado|grad|besoldungsgruppe|βαθμ|nivel|niveau|livello|ad ?\\d|ast ?\\d|article|articulo|articolo|artikel|artigo|αρθρο|agent temporaire|temporary (?:agent|staff)|contract(?:ual)? (?:agent|staff)|function group|fg ?[iv]|gf ?[iv]|agente|agent |zeitbedienstete|${phrasePattern(GRADE_WORDS)})`,
  'u',
);

/** A line that only names a staff category: "CONTRACT STAFF", "SECONDED NATIONAL EXPERTS TO THE EUROPEAN COMMISSION". */
const CATEGORY_ONLY =
  /^(?:(?:vacancy notice|notice of vacancy|call for (?:expressions? of )?interest)\s*[-–—:]?\s*)?(?:the )?(?:seconded national experts?|snes?|national experts? in professional training|temporary (?:staff|agents?)|contract(?:ual)? (?:staff|agents?)(?: researchers?)?|officials?|permanent officials?|trainees?|traineeships?|agents? (?:temporaires?|contractuels?)|experts? nationaux? detaches?|zeitbedienstete[rn]?|vertragsbedienstete[rn]?|abgeordnete nationale sachverstandige|l-agenti kuntrattwali)\b(?:\s*(?:to|for|of|at|in) the european commission)?[\s.:!]*$/;
const NOTICE_WORDS_ONLY =
  /^(?:(?:staff |job )?vacanc(?:y|ies)(?: notice)?|notice of vacancy|call for (?:expressions? of )?interest|job opportunit(?:y|ies)|careers?|jobs?|avis de vacance|stellenausschreibung|meddelelse om en ledig stilling|selection procedure|(?:external|internal) (?:vacancy|notice)|external|internal|(?:(?:internal|external|inter-?institutional|inter-?agency)\/?)+ (?:notice of vacancy|vacancy notice))[^\p{L}]*$/u;
/** "Type of Selection: Internal and External": a key-fact line, not a heading. */
const LABEL_LINE = /^[\p{L}][\p{L} ()/'’.-]{1,40}:\s+\S/u;
const BODY_LINE =
  /^(?:[a-z][a-z-]{1,9}\s*[-–—:]\s*)?(?:the )?european (?:union )?[a-z ,-]{0,80}\b(?:agency|authority|commission|parliament|council|court|committee|bank|foundation|institute|office|ombudsman|supervisor|centre|center|board|service)\b(?:\s*\([a-z-]{2,10}\))?$/;
const DATE_ONLY = /^[^\p{L}]*(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}-\d{2}-\d{2})[^\p{L}]*$/u;
/** "Friday, December 4, 2020", "4 December 2020" (folded): a page's date in words, with its weekday or not. */
const DATE_WORDS_ONLY = new RegExp(
  `^(?:\\p{L}+,?\\s+)?(?:(?:${ALL_MONTHS_PATTERN})\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}|\\d{1,2}\\.?\\s+(?:${ALL_MONTHS_PATTERN})\\.?,?\\s+\\d{4})\\s*$`,
  'u',
);
/** Where a joined line runs on into the DG or body line: "… Development Directorate-General for Climate Action …". */
const RUN_ON_ORG =
  /(?<![\s,(–—-]|\b(?:in|at|for|of|with|within|to|and|the|de|du|des|der|im|für|fur))\s+(?=(?:Directorate[- ]General|Direction[- ]générale|Generaldirektion|DG [A-Z]{2,7}\b|European Commission\b|Joint Research Centre\b))/;

/** How many posts a heading fills, in words or digits: "one post", "um lugar", "2 postes", "8 posts". */
const POSTS_NUMBER = `(?:\\d{1,2}|an?|one|two|three|four|five|un|une|deux|trois|ein|eine|einer|zwei|drei|uno|una|dos|tres|um|uma|dois|due|tre|een|twee|drie|jedno|jeden|jednego|dwa|trzy|jednej|jedne|jednoho|wiehed|wahda|unui|unei)\\s+(?:posts?|positions?|vacanc(?:y|ies)|postes?|emplois?|stellen?|planstellen?|dienstposten|plazas?|puestos?|posti|posto|lugar(?:es)?|postos?|functies?|betrekkingen?|stanowisk[oa]?|pozicie|pozice|miesta|mista|kariga|postului)`;
/**
 * After the title, after a dash: "Director — one post", "Diretor(a) — um lugar", "Chef d'unité — 2 postes",
 * "Dyrektor - jedno stanowisko (k/m)" (with the gender marker after the count).
 */
const POSTS_COUNT = new RegExp(`\\s*[—–-]\\s*${POSTS_NUMBER}(?:\\s*\\(?[mfhkwz]\\/[mfhkwz]\\)?)?\\s*$`, 'i');
/** In brackets: " (8 posts)", " (un emploi)", " (2 Stellen)" (anywhere: the heading may go on after it). */
const POSTS_COUNT_PAREN = new RegExp(`\\s*\\(\\s*${POSTS_NUMBER}\\s*\\)`, 'i');
const POSTS_COUNT_PAREN_END = new RegExp(`${POSTS_COUNT_PAREN.source}$`, 'i');

/**
 * A line between a notice's heading and its post that only counts the posts (folded): "concerning one
 * post of", "týkajúci sa jednej pozície", "concernant un poste de", "für eine Stelle als".
 */
const POSTS_LEAD_IN = new RegExp(
  `^(?:(?:concerning|relating to|regarding|for|concernant|relatif a|pour|betreffend|fur|relativo a|relativa a|riguardante|tykajuci sa|tykajici se|dotyczace|dwar|betreffende|voor|privind)\\s+)?${POSTS_NUMBER}(?:\\s+(?:of|de|d.|du|als|di|van))?\\s*$`,
);

/** A temporary or contract agents' category alone, in any language (folded). */
const AGENT_CATEGORY_ONLY = new RegExp(
  `^(?:${phrasePattern([...STAFF_WORDS.temporary_agent, ...STAFF_WORDS.contract_agent])})$`,
  'u',
);

function cleanTitle(raw: string): string {
  let t = raw.replace(/<[^<>\n]{0,40}>/g, ' ').trim();
  // "EPSO/AST/137/16: keeletalituse assistendid", "PE/259/S - AGENT …": the reference before the post.
  // "ECA/2016/6 Säkerhetschef": a code with its year, then the post in a capital, with nothing between.
  // "Competition PE/AST/287/2031/INLO – Logistics coordinators": a notice's word before its code, too.
  const leadRef =
    /^(?:(?:Competition|Concurso|Concours|Concorso|Auswahlverfahren|Vacancy notice)\s+)?[A-Z][A-Za-z-]{1,10}(?:\/[\w.-]+){2,6}(?: \d{1,2})?\s*(?:[:–—]|\s-)\s+(?=\p{L})/u.exec(
      t,
    ) ??
    /^[A-Z][A-Za-z-]{1,10}(?=(?:\/[\w.-]+){2,6}\s)(?=[^\s]*\/(?:19|20)\d{2}(?![\d]))(?:\/[\w.-]+){2,6}\s+(?=\p{Lu}\p{Ll})/u.exec(
      t,
    );
  if (leadRef && /\p{L}{3}/u.test(t.slice(leadRef[0].length))) t = t.slice(leadRef[0].length);
  // "Communication (CAST Permanent)": the selection's name after a profile is not the post's.
  const procedure = /\s*\((?:EPSO )?CAST(?: Permanent| ?\d{1,2})?\)$/.exec(t);
  if (procedure && /\p{L}{3}/u.test(t.slice(0, procedure.index))) t = t.slice(0, procedure.index);
  // "Policy Officer EEAS Headquarters job n° 300563": the job site's number and the post's seat after the post.
  const jobNumber = /\s+(?:[-–—]\s*)?job\s+(?:n°|no\.?|nr\.?|number)\s*\d{4,}\s*$/i.exec(t);
  if (jobNumber && /\p{L}{3}/u.test(t.slice(0, jobNumber.index))) t = t.slice(0, jobNumber.index);
  const seat = /\s+(?:[-–—]\s*)?(?:[A-Z]{2,6}\s+)?(?:Headquarters|HQ)\s*$/.exec(t);
  if (seat && /\p{L}{3}/u.test(t.slice(0, seat.index))) t = t.slice(0, seat.index);
  // "EEAS Vacancy: Security Policy Assistant", "Job offer: …": a page's word for a notice before the post.
  const leadWord =
    /^(?:[A-Z]{2,8}\s+)?(?:vacancy|vacancy notice|job|job offer|job opening|position|post)\s*:\s+(?=\p{Lu})/iu.exec(
      t,
    );
  if (leadWord && /\p{L}{3}/u.test(t.slice(leadWord[0].length))) t = t.slice(leadWord[0].length);
  // "BEDIENSTETEN AUF ZEIT — WEBADMINISTRATOREN": the agents' category before the post (a trainee's or
  // an expert's stays: "Trainee – State Aid Policy" is how those posts are named).
  // "AGENT TEMPORAIRE, ASSISTANT(E) …": after a comma too; "ΕΚΤΑΚΤΟΣ/-Η ΥΠΑΛΛΗΛΟΣ - …" with its gender endings.
  const dash = / [—–-] |, /.exec(t);
  if (
    dash &&
    AGENT_CATEGORY_ONLY.test(
      foldSameLength(t.slice(0, dash.index))
        .replace(/\/-?\p{L}{1,3}(?![\p{L}])/gu, '')
        // "Agenți temporari (AD6) – „Agent de presă …”": the category with its grade.
        .replace(/\s*\((?:ad|ast|sc|fg)\s?(?:\d{1,2}|iv|iii|ii|i)\)/g, '')
        .trim(),
    ) &&
    /\p{L}{3}/u.test(t.slice(dash.index + dash[0].length))
  )
    t = t.slice(dash.index + dash[0].length);
  // "Euroopa Meresõiduohutuse Ameti (EMSA) tegevdirektor": the body, named with its acronym, before the post.
  const lead = /^[^()]{3,90}\(([A-Za-z-]{2,10})\)\s+(?=\p{L})/u.exec(t);
  if (
    lead &&
    (BODY_BY_ACRONYM.has(lead[1]) || DEPARTMENT_BY_ACRONYM.has(lead[1])) &&
    /\p{L}{3}/u.test(t.slice(lead[0].length))
  )
    t = t.slice(lead[0].length);
  // "Officer (Grade AD5) in the Electricity Department …": the title ends before its grade.
  const grade =
    /\s?\((?:grade|grado|grau|grad|function group|contract agent|temporary agent)\b[^()]{0,40}\)/i.exec(t);
  if (grade && /\p{L}{3}/u.test(t.slice(0, grade.index))) t = t.slice(0, grade.index);
  const tail = TAIL_GRADE_PAREN.exec(foldSameLength(t));
  if (tail && tail.index > 2) t = t.slice(0, tail.index);
  // "… διευθυντή/-ριας (Έκτακτος/-η υπάλληλος": a bracket the line never closes is not the post's.
  const open = /\s*\([^()]*$/.exec(t);
  if (open && /\p{L}{3}/u.test(t.slice(0, open.index))) t = t.slice(0, open.index);
  // "PEASEKRETÄR (M/N) Regioonide Komitee peasekretariaadis": a post in capitals ends at its
  // gender marker when ordinary words follow (the next line, joined).
  const capsEnd =
    /^[\p{Lu}\d][\p{Lu}\d\s'’.,-]{3,}\(\p{Lu}{1,2}(?:\/\p{Lu}{1,2}){1,2}\)(?=\s+\p{Lu}\p{Ll})/u.exec(t);
  if (capsEnd) t = capsEnd[0];
  const runOn = RUN_ON_ORG.exec(t);
  if (runOn && /\p{L}{3}/u.test(t.slice(0, runOn.index))) t = t.slice(0, runOn.index);
  // Trailing "(2026/C 141 A/01)", "Ref. ENISA-CA-…", "(AD 7)", "(a reserve list …)" — one after the other.
  for (let prev = ''; prev !== t;) {
    prev = t;
    t = t
      .replace(/\s*\(\d{4}\/C[^)]*\)\s*$/, '')
      // "Direttore (M/F) (1)": a footnote's number in brackets after the post.
      .replace(/(?<=\p{L}|\))\s*\(\d\)$/u, '')
      // "Bank Expert (PRSP SRRR SEC 02/2018)": a code in capitals and digits after the post.
      .replace(/\s*\((?=[^()]*\d)[\p{Lu}\d][\p{Lu}\d /._-]{2,40}\)\s*$/u, '')
      // "(PRSP SRRR TA 20/2018 Repl R)": such a code with a number and its year, lower-case words and all.
      .replace(/\s*\((?=[^()]*(?<!\d)\d{1,3}\/(?:19|20)\d{2}(?!\d))\p{Lu}[\p{L}\d /._-]{2,40}\)\s*$/u, '')
      .replace(/\s*\((?=[^()]*\d)(?=[^()]*\/)[^()\s]*(?: \d+)?[^()\s]*\)\s*$/, '')
      .replace(/\s+(?:ref\.?|rif\.?|réf\.?|reference)\s*[:.]?\s*[A-Z0-9][\w/.-]+\s*$/i, '')
      // "… - Western Balkans Task Force - EEAS Headquarters job n° 284851": a job site's number part.
      .replace(/\s+[-–—]\s+[^-–—]{0,60}\b(?:job|post|vacancy) (?:no\.?|n°|nº|number|id)\s*:?\s*\d+\s*$/i, '')
      // "Secretary to the Head of Delegation in Mauritania": the delegation's country is the place, not the post.
      .replace(/(?<=\b[Dd]elegation) in (?:the )?\p{Lu}[\p{L}-]+(?: \p{Lu}[\p{L}-]+)?$/u, '')
      // "… - HQ Contract Agent FGIII": the category part of a job site's heading.
      .replace(
        /\s+[-–—]\s*(?:HQ\s+|headquarters\s+)?(?:contract|temporary) (?:agent|staff)\b[^-–—]{0,20}$/i,
        '',
      )
      // "Project Manager – Biodiversity information management Contract Agent (FG IV)": the category after the post.
      .replace(/(?<=\p{Ll})\s+(?:Contract|Temporary) Agent$/u, '')
      // "Vice verkställande direktör EUAA": the body's acronym after the post (not "Liaison Officer to
      // Frontex", where it is part of the post).
      // "Legal Officer of the EUIPO", "Director ejecutivo adjunto de la EUIPO": the body's acronym with its
      // preposition and article.
      .replace(
        /\s+(?:of|at|in|de|du|des|der|di|del|della|van|da|do)\s+(?:the|la|le|el|die|das|den|het|de)\s+([A-Z][A-Za-z-]{1,9})$/,
        // (Not when one word would be left: "Head of the ECHA" stays.)
        (m, a: string, at: number, whole: string) =>
          BODY_BY_ACRONYM.has(a) && /\s/.test(whole.slice(0, at)) ? '' : m,
      )
      .replace(
        /(?<!\s(?:to|for|at|of|in|with|de|du|des|à|bei|für|zu|von|van|der|di|del|della|al|a|do|da|w|z))\s+([A-Z][A-Za-z-]{1,9})$/,
        (m, a: string) => (BODY_BY_ACRONYM.has(a) ? '' : m),
      )
      .replace(
        // Not "(Administrators)": the family's letters are a word of their own.
        /\s*\((?:AD|AST|SC|AST\/SC|AST-SC|FG|CA|function group|grade|grado|grad|besoldungsgruppe|nivel|niveau|livello)(?![a-z])[^)]{0,40}\)\s*$/i,
        '',
      )
      .replace(/\s*\([^()]{0,40}\breserve list\b[^()]{0,80}\)\s*$/i, '')
      // "Head of Programme and establishment of a reserve list": the call's purpose after the post.
      .replace(/\s+and (?:the )?(?:establishment|drawing up|creation) of an? reserve list\s*$/i, '')
      .replace(
        /\s*\((?:article|artículo|articolo|artikel|artigo|άρθρο)\s[^()]{0,60}(?:\([^()]{0,6}\)[^()]{0,40})?\)\s*$/i,
        '',
      )
      .replace(
        /\s*\([^()]{0,40}\b(?:temporary agent|contract agent|official|AD\s?\d|AST\s?\d|FG\s?[IV]+)[^()]{0,20}\)\s*$/i,
        '',
      );
  }
  return (
    t
      .replace(POSTS_COUNT, '')
      .replace(/^(?:(?:(?:one|a|an|the)|(?:concerning|relating to) the) )?(?:post|position) of\s+/i, '')
      // "Human Resources Assistant (1 post)": how many posts, not the post.
      .replace(POSTS_COUNT_PAREN_END, '')
      // "Communication Adviser FGIV (Ref.: EASME-REA/IV/2020/007) The coordination …": the reference and
      // what runs on after it, then the function group, are not the post.
      .replace(/(?<=\p{L}{3})\s*\((?:ref|réf|rif)\b.*$/iu, '')
      .replace(/(?<=\p{L}{3})\s+FG\s?[IV]{1,3}$/u, '')
      // "Document Management Officer, AD5. ESMA, Paris. Open until …", "Archives Assistant, Contract Agent FG II.
      // European Chemicals Agency, Helsinki. …": a job board's headline after the post.
      .replace(
        /(?<=\p{L}{3}),\s*(?:(?:contract|temporary) (?:agent|staff),?\s*)?(?:AD|AST(?:\/SC)?|SC|FG)\s?[IVX\d]{1,3}[.,]\s.*$/iu,
        '',
      )
      // "Posez votre candidature pour le concours pour administrateurs (AD5)": a page's call to apply.
      .replace(
        /^(?:apply (?:now )?for the (?:competition|selection procedure) (?:for|of)|posez votre candidature pour le concours (?:pour|d[e'’])|bewerben sie sich (?:für|fur) das auswahlverfahren (?:für|fur))\s+/i,
        '',
      )
      .replace(/\s+(?:at|in|within) the (?:eu )?(?:delegation|representation)\b.*$/i, '')
      // "Bank Expert (Home-Host Coordination) (job inactiv)": a job site's state of the post after it.
      .replace(/\s*\((?:job )?(?:inactiv[ea]?|inactive|expired|closed|expirat)\)$/i, '')
      // "A position as Secretary to the Head of Delegation in Mauritania": the post without the words before it.
      .replace(/^(?:[Aa]|[Tt]he) (?:position|post|vacancy) (?:as|of) (?:an? )?(?=\p{Lu})/u, '')
      .replace(/\s*\((?:AD|AST|AST\/SC)\s?\d{1,2}(?:\s?[/–-]\s?(?:AD|AST)?\s?\d{1,2})?\)(?=\s)/, '')
      .replace(/^(?:[A-Z]{2,}[A-Z-]*\/[\w/.-]+|[A-Z][A-Z0-9]*(?:-[A-Z0-9]+){2,})\s*[—–-]\s*/, '')
      .replace(/\s*[-–—,]\s*(?:AD|AST(?:\/SC)?|FG)\s*[IVX\d]+(?:\s*[-–]\s*(?:AD|AST)?\s*\d+)?\s*$/i, '')
      // "Direttur (Grad AD 14) tal-Aġenzija …", "Director (AD 14) of the … Agency": the body after the grade.
      .replace(GRADE_THEN_BODY, '')
      // "Coordenador de projeto 1. QUEM SOMOS": the next section's number, its heading cut off.
      .replace(/\s+\d{1,2}\.$/, '')
      // "Directeur (M/V)", "Referent (m/ž)", "Engineer (m/f/d)", "Сътрудник (м/ж)", "… M/F": the genders the post is open to, last
      // (what stood before them is cut, or kept, as if they were not there).
      .replace(
        /(?<=\p{L}{3}\)?)\s*(?:\((?:[mfwhvkžnxdмжαθ]\s*\/\s*){1,2}[mfwhvkžnxdмжαθ]\)|\s(?:[MFWHV]\/){1,2}[MFWHVX])\s*$/iu,
        '',
      )
      .replace(/^[\s"„“”«»'‘’*:–-]+|[\s"„“”«»'‘’*:,–-]+$/g, '')
      .replace(/\s+/g, ' ')
  );
}

/** "(Grupo de funções AD, Grau 9-14)", "(gruppo di funzioni AD, grado 12)" at the end of a title (folded). */
const TAIL_GRADE_PAREN = new RegExp(
  `\\s*\\((?:${phrasePattern([...GRADE_WORDS, ...FUNCTION_GROUP_WORDS])})(?![\\p{L}])[^()]{0,60}\\)\\s*$`,
  'u',
);

/**
 * What a call is for, not the post: "ESTABLISHING A DATABASE", "SAMENSTELLING VAN EEN DATABANK",
 * "BUNACHAR SONRAÍ A BHUNÚ", "establishing a reserve list" (folded). The database or list ends the
 * phrase, with at most an ending: "Database Administrator", "Databasadministratör" name a post.
 */
const PURPOSE_LINE = new RegExp(
  `(?<![\\p{L}])(?:${[
    'databas', 'databank', 'datenbank', 'base (?:de )?(?:donnees|datos|dados)', 'banca dati', 'databaz', 'baza (?:danych|podataka|de date)',
    'adatbazis', 'andmebaas', 'tietokan', 'datubaz', 'duomenu baz', 'podatkovn\\p{L}* zbirk', 'баз\\p{L}* данни', 'βασ\\p{L}* δεδομενων',
    'bazi tad-data', 'bunachar sonrai', 'reserve list', 'liste de reserve', 'reserveliste', 'elenco di riserva',
    'lista de reserva', 'reservelijst', 'lista rezerwow', 'reservlist', 'varallaololuettelo', 'reservnimekir', 'rezervni seznam',
  ].join('|')})\\p{L}{0,4}(?:\\s+a\\s+\\p{L}+)?[\\s.:]*$`,
  'u',
); // prettier-ignore

/** Why a candidate line is not a job title, or null when it may be one. */
/** A grade in brackets, then the body's name after a preposition: " (Grad AD 14) tal-Aġenzija …", " (AD 14) of the …". */
const GRADE_THEN_BODY =
  /(?<=\p{L}{3})\s*\((?:[^()]{0,20}\s)?(?:AD|AST|FG)\s?[\dIV]{1,3}\)\s+(?:of the|tal-|tad-|tar-|tas-|tat-|della|dell['’]|del|de la|de l['’]|du|des|der)\s*\p{Lu}.*$/u;

/** A trainee's post with its field: "trainee (international affairs)", "trainee – state aid policy" (folded). */
const TRAINEE_FIELD = /^trainee\s*(?:\((?![^)]*\d)[^)]{3,}\)|[–—-]\s*\p{L}{3})/u;

/** "COM/AD/13/10 AND COM/AD/14/10", "EPSO/AD/1/31, EPSO/AD/2/31": codes joined by "and" or commas, no post. */
const REFERENCES_ONLY =
  /^[A-Z][A-Za-z-]{1,10}(?:\/[\w.-]+){2,6}(?:\s*(?:,|and|AND|et|ET|und|UND|&)\s*[A-Z][A-Za-z-]{1,10}(?:\/[\w.-]+){2,6})+$/;

function notATitle(ctx: NoticeContext, start: number, end: number, value: string): string | null {
  const f = foldSameLength(value).trim();
  if (!/\p{L}{3}/u.test(value)) return 'no words';
  if (NOT_TITLE.test(f)) return 'a DG, institution or reference line';
  if (KEY_FACT_LABEL.test(f)) return 'a key-fact label';
  // "Trainee (International Affairs)": a traineeship is named by its field after the word.
  if (isStaffCategoryLine(f) && !TRAINEE_FIELD.test(f)) return 'a staff category, not a post';
  if (/^\S+@\S+\.\p{L}{2,}$/u.test(value)) return 'an e-mail address';
  if (REFERENCES_ONLY.test(value)) return 'references, not a post';
  if (GRADE_ONLY.test(f)) return 'a grade, not a post';
  if (NOTICE_WORDS_ONLY.test(f) || NOTICE_WORDS_ONLY.test(f.replace(LEADING_ACRONYM, '')))
    return 'a notice heading without the post';
  if (DOCUMENT_CHROME.test(f) || TRANSCRIPT_LABEL.test(f)) return "a document site's page furniture";
  if (SECTION_WORDS_ONLY.test(f)) return "a section's or a page field's name, not the post";
  if (HEAD_LABEL_ONLY.test(f)) return "a label of the notice's head, in any language";
  if (HEAD_LABEL_LINE.test(f)) return "a label of the notice's head and its value";
  if (INSTITUTION_WORD_ONLY.test(f)) return 'the short name of an institution';
  if (CLASSIFICATION_MARK.test(f)) return 'a classification marking';
  if (SALARY_VALUE.test(f)) return "a job board's salary field";
  if (PURPOSE_LINE.test(f)) return 'what the call is for (a database, a reserve list), not the post';
  if (BODY_LINE.test(f) || isBodyName(f)) return 'the name of the EU body';
  // "Bio-Based Industries Joint Undertaking (BBI JU)": a joint undertaking's name, known to the tables or not.
  if (JOINT_UNDERTAKING_NAME.test(f)) return 'the name of an EU body';
  if (DATE_ONLY.test(value) || /\b\d{1,2}[./]\d{1,2}[./]\d{2,4}\b/.test(value)) return 'a date line';
  if (DATE_WORDS_ONLY.test(f)) return 'a date line';
  if (/^(?:\d{1,2}|[A-Z])\.\s/.test(value)) return 'a numbered section heading';
  if (/^[^:]{2,80}\s:\s/.test(value)) return 'a label line';
  // "Publication: External Reference: BBI/2020/1 Starting date: As soon as possible": a run of labels.
  if ((value.match(/(?:^|\s)\p{Lu}[\p{L} ]{2,30}:(?=\s|$)/gu)?.length ?? 0) >= 2) return 'a run of labels';
  if (/\||\.\.\.|…|·/.test(value)) return 'a flattened table row';
  if (/^[\p{L} ]{2,20}:\s*\S{0,4}$/u.test(value)) return 'a label and a short value';
  // "Example: bachelor of science": a label and a value in lower case, not a post's heading (but "Associate
  // Analyst: conflict research" is one: a post, then its field).
  const lowerValue = /^\p{Lu}[\p{L} ]{1,20}:\s+\p{Ll}/u.exec(value);
  if (lowerValue && !POST_WORD.test(foldSameLength(value.slice(0, value.indexOf(':')))))
    return 'a label and its value';
  if ((/[.!?]$/.test(value) && value.length > 60) || value.split(/\s+/).length > 18) return 'a sentence';
  // "The Head of Administration is responsible for …": a sentence about the post, cut or not.
  if (/^(?:the|this|our|we|you)\s.*\s(?:is|are|will|shall|has|have)\s/i.test(value)) return 'a sentence';
  if (/\s(?:of|for|to|de|du|des|der|the)$/i.test(value) || /\s(?:a|an)$/.test(value)) return 'a cut heading';
  BODY_FULL.lastIndex = 0;
  const body = BODY_FULL.exec(f);
  if (body && body.index <= 14) return 'the name of the EU body';
  // "VEXT/19/17/AD 13/BOA-Presidente": a segment may hold a grade with its space.
  if (/^[\p{Lu}\d]+(?:[/-][\p{L}\d.()-]+(?: \d{1,2}(?=[/-]|$))?)+$/u.test(value.trim()) && /\d/.test(value))
    return 'a reference';
  // "ΚΩΔ.: EASO/2018/TA/023", "Réf. : ABC/2031/07 …": a short label in any language, then a code.
  if (/^[\p{L}.]{1,12}\s?[.:]\s*(?=\S*\d)[\p{L}\d._-]+(?:\/[\p{L}\d._-]+)+(?:\s|$)/u.test(value.trim()))
    return 'a reference';
  // "OPER IT TA-76-2023": capitals and a code with a year, the way references are written.
  if (/^[\p{Lu}\d\s/_.-]+$/u.test(value) && /[-/_](?:19|20)\d{2}\b|\b(?:19|20)\d{2}[-/_]/.test(value))
    return 'a reference';
  if (ctx.sections.some((s) => s.start >= start && s.start < end)) return 'a section heading';
  // "Athens, Greece", "Brussels (Belgium)": a place line.
  const places = placesIn(ctx, start, end);
  // "Paris, Ile-de-France (FR)": a job board's place line, a known city first, then its region and country code.
  if (
    places.length > 0 &&
    ctx.folded.slice(start, places[0].start).trim() === '' &&
    CITY_REGION_CODE.test(value.trim())
  )
    return 'a place';
  const rest = places.reduceRight(
    (s, p) => s.slice(0, p.start - start) + s.slice(p.end - start),
    ctx.folded.slice(start, end),
  );
  if (!/\p{L}{3}/u.test(rest.replace(COUNTRY_WORDS, ''))) return 'a place';
  if (CITY_COMMA_COUNTRY.test(f)) return 'a place';
  return null;
}

/** "stupeň AD 14", "Grade AST 3", "FG IV": a grade or function group, at most one word before it (folded). */
const GRADE_ONLY = new RegExp(
  `^(?:(?:${phrasePattern([...GRADE_WORDS, ...FUNCTION_GROUP_WORDS])}|grade|function group|\\p{L}{2,12})\\s?:?\\s?)?(?:ad|ast(?:\\/sc)?|sc|fg|gf)\\s?[ivx\\d]+(?:\\s?[-–]\\s?(?:ad|ast)?\\s?\\d+)?$`,
  'u',
);

/** "JRC Vacancy", "EBA – Vacancy notice": a body's acronym before the notice words (folded, so lower case). */
const LEADING_ACRONYM = /^[a-z][a-z-]{1,9}\s*[-–—:]?\s+/;
/**
 * What a document-sharing site or a page puts around a notice: "You are on page 1of 12", "Download as pdf",
 * "Skip to main content"; a job page's state and empty fields: "You can no longer apply", "This job has
 * expired", "Not disclosed" (salary).
 */
const DOCUMENT_CHROME =
  /^(?:you (?:can|may) no longer apply\b|this (?:job|vacancy|position) (?:has expired|is closed|is no longer available)\b|not disclosed$|view more$|you are (?:here|on page)\b|european flag$|citation preview\b|embed size\b|download report\b|download as\b|you might also like\b|share this\b|print this page\b|back to\b|skip to (?:the )?(?:main )?content|aller au contenu|zum (?:haupt)?inhalt|overslaan en naar de inhoud|prejit k hlavnimu obsahu|passa al contenuto|saltar al contenido|ir para o conteudo|przejdz do (?:tresci|glownej)|aqbez ghall-kontenut)|\bpage\s*\d+\s*of\s*\d+\b/;
/**
 * A section heading or a web page's field name, alone or before a body's acronym: "The job - ECHA",
 * "Job description", "Teaser", "Text", "Summary" (folded).
 */
/** A job board's salary field: "Dependant on experience", "Competitive", "Negotiable" (folded). */
const SALARY_VALUE =
  /^(?:salary:?\s*)?(?:depend(?:ant|ent|ing|s)? (?:on|upon) (?:experience|qualifications?)(?: and (?:experience|qualifications?))?|competitive(?: salary)?|negotiable|to be (?:agreed|discussed|confirmed)|not specified|doe)$/;
const SECTION_WORDS_ONLY =
  /^(?:(?:the )?(?:job|post|position|role|vacancy)(?: description| profile| offer| details)?|description du poste|descriptif du poste|stellenbeschreibung|descripcion del puesto|descrizione del posto|teaser|text|texte|texto|testo|tekst|body|summary|overview|description|details|content|introduction|about us|information|tags|source|(?:main |key )?(?:functions|tasks|duties|responsibilities)(?: and (?:duties|responsibilities|tasks))?)(?:\s*[-–—|:]\s*[a-z][a-z-]{1,9})?$/;
/** A label of a notice's head and its value: "Termín pro podávání přihlášek: 3. března 2031" (folded). */
const HEAD_LABEL_LINE = new RegExp(
  `^(?:${phrasePattern([...LAYOUT_LABELS, ...JOB_TITLE_LABELS, ...DEADLINE_LABELS])})\\s*:`,
  'u',
);
/** Nothing but a label of a notice's head in one of the languages: "Typ smlouvy", "Název pozice", "Bewerbungsfrist" (folded). */
const HEAD_LABEL_ONLY = new RegExp(
  `^(?:${phrasePattern([...LAYOUT_LABELS, ...JOB_TITLE_LABELS, ...DEADLINE_LABELS])})[\\s:.]*$`,
  'u',
);
/** An institution's one-word name in the official languages, as an index or a running head writes it: "Comisie", "Kommission" (folded). */
const INSTITUTION_WORD_ONLY = new RegExp(
  `^(?:the |la |le |il |el |die |de |o |a )?(?:${[
    'commission', 'comisie', 'comisia', 'kommission(?:en)?', 'commissione', 'comision', 'comissao', 'komisja', 'komise',
    'komisia', 'komisija', 'bizottsag', 'komissio', 'kommissioon', 'kummissjoni', 'coimisiun', 'επιτροπη', 'комисия',
    'parliament', 'parlement', 'parlamento', 'parlament(?:et)?', 'parlamentti', 'parlamendi', 'parlaments', 'parlamentas',
    'parlaimint', 'κοινοβουλιο', 'парламент', 'council', 'conseil', 'consiglio', 'consejo', 'conselho', 'raad',
    'radet', 'neuvosto', 'noukogu', 'padome', 'taryba', 'tanacs', 'consiliu(?:l)?', 'kunsill', 'comhairle',
    'συμβουλιο', 'съвет',
  ].join('|')})$`,
  'u',
); // prettier-ignore
/** A document site's label over the text it extracted: "Transcrição", "Transcript" (folded). */
const TRANSCRIPT_LABEL = /^(?:transcri(?:cao|pcion|pt|ption)|trascrizione|transkription|transkrypcja)$/;
/** A document's classification marking: "EBA Public", "Commission Internal", "Regular use". */
const CLASSIFICATION_MARK =
  /^(?:[a-z][a-z-]{1,15}\s)?(?:public|internal|regular use|restricted|limited|confidential|sensitive|unclassified|for official use only)$/;
/** "London, United Kingdom", "Bilbao, Spain": a town and its country (a member state or a seat outside the Union), and nothing else. */
/** A city, a comma, a region of a few words and a country code in brackets or not: "Paris, Ile-de-France (FR)". */
const CITY_REGION_CODE = /^[\p{L}' .-]{2,30},\s?[\p{L}' .-]{2,30}(?:\s?\(\p{Lu}{2}\))?$/u;
const CITY_COMMA_COUNTRY = new RegExp(
  `^[\\p{L}' .-]{2,30},\\s?(?:${COUNTRY_NAME_PATTERN}|united kingdom|switzerland|norway|iceland|liechtenstein|united states)$`,
  'u',
);

/** The whole line is one EU body's name: "EUROPEAN COMMITTEE OF THE REGIONS". */
function isBodyName(folded: string): boolean {
  const line = folded
    .replace(/[^\p{L}\s-]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  BODY_FULL.lastIndex = 0;
  const m = BODY_FULL.exec(line);
  if (m !== null && m.index <= 12 && line.length - m[0].length <= 12) return true;
  // "Joint Research Centre - European Commission": names of bodies and nothing else.
  BODY_FULL.lastIndex = 0;
  DG_FULL.lastIndex = 0;
  const names = line.replace(BODY_FULL, ' ').replace(DG_FULL, ' ');
  return m !== null && !/\p{L}{3}/u.test(names.replace(/\b(?:the|of|and)\b/g, ' '));
}

const COUNTRY_WORDS = new RegExp(`\\b(?:${COUNTRY_NAME_PATTERN})\\b`, 'g');

function titleFrom(ctx: NoticeContext, start: number, end: number, raw: string): Found<string> | null {
  // "Job title Project Coordination Officer": a label without its colon.
  const label = /^(?:job title|post title|position title|title of the post)\s+(?=\p{Lu})/iu.exec(raw);
  const value = cleanTitle(label ? raw.slice(label[0].length) : raw);
  const part = ctx.text.slice(start, end) === raw ? dashedHeadingPost(ctx, start, end) : null;
  if (part) return part;
  if (value.length < 3 || notATitle(ctx, start, end, value)) return null;
  return { value, evidence: evidence(ctx, start, end) };
}

/** What a part of a dashed heading may be besides the post: a category, a grade, a number or code (folded). */
const HEADING_PART_NOT_POST =
  /(?<![\p{L}])(?:temporary (?:agent|staff)|contract (?:agent|staff)|seconded national expert|sne|trainee|official|(?:ad|ast|fg|sc)\s?[\divx]+|headquarters|job (?:no|n°|number|id)|ref(?:erence)?)(?![\p{L}])|\d{3,}/u;

/**
 * A job site's heading of three or more parts, one of them the post: "EEAS Vacancy - Policy Officer - HQ
 * Contract Agent FGIV - EEAS Headquarters job No 438866" → "Policy Officer". Only when exactly one part
 * is neither the notice's name, a category, a grade, a place nor a code; else null.
 */
function dashedHeadingPost(ctx: NoticeContext, start: number, end: number): Found<string> | null {
  const parts: Array<[number, number]> = [];
  const sep = / [-–—|] /g;
  let from = start;
  const line = ctx.text.slice(start, end);
  for (let m = sep.exec(line); m; m = sep.exec(line)) {
    parts.push([from, start + m.index]);
    from = start + m.index + m[0].length;
  }
  parts.push([from, end]);
  if (parts.length < 3) return null;
  let post: Found<string> | null = null;
  for (const [a, b] of parts) {
    const text = ctx.text.slice(a, b).trim();
    const f = ctx.folded.slice(a, b).trim();
    if (HEADING_PART_NOT_POST.test(f) || NOTICE_WORDS_ONLY.test(f.replace(LEADING_ACRONYM, ''))) continue;
    if (text.length < 3 || notATitle(ctx, a, b, text)) continue;
    if (post) return null; // two parts could be the post
    post = { value: cleanTitle(text), evidence: evidence(ctx, a, b) };
  }
  return post;
}

/** A body's name by its last word (a job site may misspell the rest: "Eropean Banking Authority"). */
const BODY_NOUN_END =
  /(?:authority|agency|office|commission|parliament|council|court|bank|centre|center|undertaking|service|board|institute|foundation)$/i;

/** "Eropean Banking Authority » Bank Expert (Home-Host Coordination)": a job site's employer » post. */
function employerChevronTitle(ctx: NoticeContext): Found<string> | null {
  return firstShortLines(ctx, 6, 200, (line) => {
    const m = /^([^»]{4,80}?)\s+»\s+([^»]{3,120})$/.exec(line.text.trim());
    if (!m || !(BODY_NOUN_END.test(m[1]) || namesEuBody(m[1]))) return null;
    const at = line.start + line.text.indexOf(m[2], m[1].length);
    return titleFrom(ctx, at, at + m[2].length, m[2]);
  });
}

/**
 * "Administrative Assistant - HQ Contract Agent FGII - EEAS Headquarters - job No 185813": a job site's
 * heading of dashed parts ending with its job number, another part a category, a grade or a headquarters,
 * among a page's first lines.
 */
function dashedJobHeading(ctx: NoticeContext): Found<string> | null {
  return firstShortLines(ctx, 5, 200, (line) => {
    const f = ctx.folded.slice(line.start, line.end);
    if (!/ job (?:no|n°|number|id)\b/.test(f)) return null;
    const parts = f.split(/ [-–—|] /);
    if (parts.length < 3 || parts.filter((p) => HEADING_PART_NOT_POST.test(p)).length < 2) return null;
    return dashedHeadingPost(ctx, line.start, line.end);
  });
}

const LEADING_BULLET = /^(?:[-•●▪◦*–]\s*|\(?[a-z0-9]{1,2}[.)]\s+)?/;

/** Head-of-notice labels of every language, as a glued table writes them (" Grupa funkcyjna/grupa zaszeregowaniaAD 14"). */
const GLUED_NEXT_LABEL = new RegExp(
  `\\s(?:${phrasePattern([...LAYOUT_LABELS, ...GRADE_WORDS, ...FUNCTION_GROUP_WORDS])})`,
  'gu',
);

/** A title label glued to its value ("Nazwa stanowiskaZastępca …"): lower case then upper case at the seam. */
/**
 * Lines (among the first 400, each at most 260 characters) where `label` is glued to its value,
 * seen as a lower-case letter followed by `valueStart` at the seam; yields the line and the seam.
 */
function* gluedSeams(
  ctx: NoticeContext,
  label: RegExp,
  valueStart: RegExp,
): Generator<{ line: { start: number; end: number }; seam: number }> {
  const limit = Math.min(ctx.lines.length, 400);
  for (let i = 0; i < limit; i++) {
    const line = ctx.lines.get(i);
    if (line.end - line.start > 260) continue;
    const full = ctx.folded.slice(line.start, line.end);
    const bullet = LEADING_BULLET.exec(full)![0].length;
    const m = label.exec(full.slice(bullet));
    if (!m) continue;
    const seam = line.start + bullet + m[0].length;
    if (/\p{Ll}/u.test(ctx.text[seam - 1] ?? '') && valueStart.test(ctx.text[seam] ?? ''))
      yield { line, seam };
  }
}

/** One-word labels that name the post ("Tehtävänimike:", "Stellenbezeichnung:"): inline only with their colon. */
const TITLE_LABEL_SINGLE_WORDS = TITLE_LABEL_LIST.filter(
  (w) => !w.includes(' ') && !WEAK_TITLE_LABELS.has(w) && /^[\p{L}]+$/u.test(w),
).join('|');
/** Labels after which a value may start in lower case ("Tehtävänimike: turvapaikka-asioiden asiantuntija"). */
const LOWER_VALUE_LABEL = new RegExp(
  `^(?:${TITLE_LABEL_SINGLE_WORDS}|${TITLE_LABEL_MULTI_WORDS})[ \\t]*[:：]`,
  'u',
);

/** A title label inside a run-on line: "… RIF.: EASO/2020/TA/008 Titolo della funzione Capo … Tipo di contratto …". */
const INLINE_TITLE_LABEL = new RegExp(
  `${guardedAlternation('[\\p{N}]', `(?:${TITLE_LABEL_MULTI_WORDS})(?![\\p{L}\\p{N}])[ \\t]*[:：]?|(?:post|title|position|${TITLE_LABEL_SINGLE_WORDS})[ \\t]*[:：]`, 'gu')}[ \\t]*`,
  'gu',
);
/** Where a run-on value ends: the next label of a notice's head, in any language (folded). */
const INLINE_NEXT_LABEL = new RegExp(
  `(?:${phrasePattern([...LAYOUT_LABELS, ...GRADE_WORDS, ...FUNCTION_GROUP_WORDS, ...DEADLINE_LABELS, ...Object.values(HEADINGS).flat()])})(?![\\p{L}])`,
  'gu',
);

/** Where the next label that starts a cell begins in [from, limit), else limit. */
function nextLabelAt(ctx: NoticeContext, from: number, limit: number): number {
  const rest = ctx.folded.slice(0, limit);
  INLINE_NEXT_LABEL.lastIndex = from;
  for (let n = INLINE_NEXT_LABEL.exec(rest); n; n = INLINE_NEXT_LABEL.exec(rest))
    if (startsCell(ctx.text, n.index)) return n.index;
  return limit;
}
/** …or any capitalised label with its colon: " Czas trwania: 6 miesięcy", " Sector/Unit/Department:". */
const INLINE_ANY_LABEL = /\s\p{Lu}[\p{L}/-]*(?:\s\p{Ll}[\p{L}-]*){0,2}\s?[:：]|\s\d{1,2}\.\s+\p{Lu}/u;
/** The head of a notice, where its labels are: past it, a "Post:" is in running text. */
const INLINE_TITLE_SPAN = 5000;

/**
 * Does a capitalised cell of a flattened table start at `at`: after a space or the line's start
 * ("… AD 10 Tipo di contratto"), or glued to the cell before it ("BruxelasDesignação do cargo")?
 */
function startsCell(text: string, at: number): boolean {
  if (!/\p{Lu}/u.test(text[at] ?? '')) return false;
  const before = text[at - 1] ?? '\n';
  return /\s/.test(before) || (/\p{Ll}/u.test(before) && /\p{Ll}/u.test(text[at + 1] ?? ''));
}

function inlineLabelTitle(ctx: NoticeContext): Found<string> | null {
  const head = ctx.folded.slice(0, Math.min(ctx.folded.length, INLINE_TITLE_SPAN));
  INLINE_TITLE_LABEL.lastIndex = 0;
  for (let m = INLINE_TITLE_LABEL.exec(head); m; m = INLINE_TITLE_LABEL.exec(head)) {
    // A label is capitalised ("Job title:", "JOB TITLE:"), and its value starts with a capital.
    const from = m.index + m[0].length;
    if (!startsCell(ctx.text, m.index)) continue;
    if (
      !/\p{Lu}/u.test(ctx.text[from] ?? '') &&
      !(/\p{Ll}/u.test(ctx.text[from] ?? '') && LOWER_VALUE_LABEL.test(m[0]))
    )
      continue;
    const lineEnd = ctx.text.indexOf('\n', from);
    // A value that is itself a label ("Τίτλος θέσης Τύπος σύμβασης …") is empty.
    let end = nextLabelAt(ctx, from, Math.min(lineEnd < 0 ? ctx.text.length : lineEnd, from + 160));
    const any = INLINE_ANY_LABEL.exec(ctx.text.slice(from, end));
    if (any) end = from + any.index;
    // "… 2 PROJECT (Seconded National Expert) Introduction to …": the title ends before a category or grade.
    for (let k = ctx.text.indexOf(' (', from); k >= 0 && k < end; k = ctx.text.indexOf(' (', k + 2)) {
      const close = ctx.text.indexOf(')', k);
      const inner = close > k && close < k + 60 ? ctx.folded.slice(k + 2, close) : '';
      if (inner && (isStaffCategoryLine(inner) || TITLE_TAIL_PAREN.test(ctx.folded.slice(k, k + 30)))) {
        end = k;
        break;
      }
    }
    const found = flattenedRowTitle(ctx, from) ?? titleFrom(ctx, from, end, ctx.text.slice(from, end));
    if (found) return found;
  }
  return null;
}

function gluedTitle(ctx: NoticeContext): Found<string> | null {
  for (const { line, seam } of gluedSeams(ctx, TITLE_LABEL_GLUED, /[\p{Lu}\d]/u)) {
    // The next cell may be glued on too: "… (M/K) Grupa funkcyjna/grupa zaszeregowaniaAD 14".
    let end = line.end;
    const cells = ctx.folded.slice(0, line.end);
    GLUED_NEXT_LABEL.lastIndex = seam;
    for (let n = GLUED_NEXT_LABEL.exec(cells); n; n = GLUED_NEXT_LABEL.exec(cells)) {
      let k = n.index + n[0].length;
      const stop = Math.min(line.end, k + 40);
      while (k < stop && !(/\p{Ll}/u.test(ctx.text[k - 1]) && /[\p{Lu}\d]/u.test(ctx.text[k]))) k++;
      if (k < stop) {
        end = n.index;
        break;
      }
    }
    const found = titleFrom(ctx, seam, end, ctx.text.slice(seam, end));
    if (found) return found;
  }
  return null;
}

/** Prepositions, articles and conjunctions a post's name cannot end on, in the main languages (folded). */
const CONNECTOR_WORDS =
  'of|for|to|in|and|the|at|with|de|du|des|et|la|le|les|der|die|das|und|fur|von|di|del|della|dei|degli|delle|alle|al|allo|ai|per|da|los|las|el|y|para|do|dos|em|van|het|en|voor';

/** A connector a wrapped title line cannot end on: "… Manager within" / "Management team …" (folded). */
const WRAP_CONNECTOR = new RegExp(`(?:\\s(?:${CONNECTOR_WORDS}|or|within|on)|\\s?[-–&,])$`);

/**
 * The end of a labelled title that a PDF wrapped over the lines after it, or null: a label alone on
 * its line, its value on the next, carried on by short lines that end with the post's grade in
 * brackets ("Name of the post:" / "Senior Specialist - EU Regional Task" / "Force and … within" /
 * "Management team of the Operations" / "Department (AD8)"), or by lines that each follow a
 * connector ("… Officer for" / "Digital Affairs"). Anything else ends the title at its first line.
 */
function wrappedTitleEnd(ctx: NoticeContext, valueStart: number): number | null {
  const k = partitionPoint(ctx.lines.length, (i) => ctx.lines.start(i) < valueStart);
  const first = ctx.lines.get(k);
  if (!first || first.start !== valueStart || first.end - first.start > 90) return null;
  let end = first.end;
  let connected = true;
  for (let j = k + 1; j < Math.min(ctx.lines.length, k + 5); j++) {
    const prev = ctx.folded.slice(ctx.lines.start(j - 1), ctx.lines.end(j - 1));
    connected &&= WRAP_CONNECTOR.test(prev);
    const l = ctx.lines.get(j);
    const f = ctx.folded.slice(l.start, l.end);
    if (l.end - l.start > 90 || /[.!?;:：]$/.test(l.text) || LABEL_LINE.test(l.text)) break;
    // "Directorate (AD7)": the grade ends the post's name (a line that begins like a label included).
    if (GRADE_PAREN_END.test(f)) return l.end;
    if (KEY_FACT_LABEL.test(f) || TITLE_LABEL.test(f)) break;
    if (connected && !WRAP_CONNECTOR.test(f)) return l.end;
    end = l.end;
  }
  return connected && end > first.end ? end : null;
}

function labelledTitle(ctx: NoticeContext): Found<string> | null {
  // A label that can only mean the post first: a page's "Profile" may come first and label its field.
  const strong = findLabelled(ctx, STRONG_TITLE_LABEL, { maxValueLength: 200 });
  const any = findLabelled(ctx, TITLE_LABEL, { maxValueLength: 200 });
  for (const labelled of any && any.start !== strong?.start ? [strong, any] : [strong ?? any]) {
    if (!labelled) continue;
    // A label alone on its line: its value may run over the next lines.
    const ownLine = ctx.text.lastIndexOf('\n', labelled.start - 1) >= labelled.labelStart;
    const wrapped = ownLine ? wrappedTitleEnd(ctx, labelled.start) : null;
    if (wrapped !== null) {
      const raw = ctx.text.slice(labelled.start, wrapped).replace(/\s*\n\s*/g, ' ');
      const found = titleFrom(ctx, labelled.start, wrapped, raw);
      if (found) return found;
    }
    const found =
      flattenedRowTitle(ctx, labelled.start) ?? titleFrom(ctx, labelled.start, labelled.end, labelled.value);
    if (found) return found;
  }
  // "Titolo della funzione Capo dell'unità …": a label of several words, its value after a space.
  const loose = findLabelled(ctx, TITLE_LABEL_MULTI, { maxValueLength: 200, loose: true });
  if (loose && /^\p{Lu}/u.test(loose.value.trim())) {
    const found = titleFrom(ctx, loose.start, loose.end, loose.value);
    if (found) return found;
  }
  const combined = findLabelled(ctx, COMBINED_TITLE_LABEL, { maxValueLength: 260 });
  if (combined) {
    // The post title is the last part that is not a category, a grade or an article.
    const parts = combined.value.split(/,\s+/);
    const last = parts[parts.length - 1].replace(/[.;\s]+$/, '');
    const at = combined.start + combined.value.lastIndexOf(last);
    if (parts.length > 1 && !/^(?:AD|AST|FG|SC)\s?[\dIV]|^\d\s?\(?[a-f]\)?$/i.test(last)) {
      const found = titleFrom(ctx, at, at + last.length, last);
      if (found) return found;
    }
  }
  return gluedTitle(ctx) ?? inlineLabelTitle(ctx);
}

/**
 * A table whose rows a copy joined into one line: "Department Place of employment Job title
 * ORG.3A.S1 Buildings Directorate … Brussels Buildings Administrator Function group …". After a
 * title label that follows a place label in the same line, the first place named is the place's
 * cell; the post runs from there to the next label.
 */
function flattenedRowTitle(ctx: NoticeContext, start: number): Found<string> | null {
  const header = ctx.folded.slice(Math.max(0, start - 160), start);
  if (header.includes('\n') || !LOCATION_LABEL_IN_LINE.test(header)) return null;
  const lineEnd = ctx.text.indexOf('\n', start);
  const limit = Math.min(lineEnd < 0 ? ctx.text.length : lineEnd, start + 400);
  const place = placesIn(ctx, start, limit)[0];
  if (!place || place.start === start) return null;
  const end = nextLabelAt(ctx, place.end, limit);
  const raw = ctx.text.slice(place.end, end);
  const from = place.end + raw.length - raw.trimStart().length;
  if (!/^\p{L}{3}/u.test(raw.trimStart()) || end - from > 150) return null;
  return titleFrom(ctx, from, end, ctx.text.slice(from, end).trim());
}

/**
 * A preposition (and article) that can put a body's name after a post: " of the ", " van de ", " della ", " de l'",
 * Romanian " al " (folded; the longer forms first, so that " dell'" is not read as " de").
 */
const BODY_PREPOSITION =
  / (?:of|at|in|within|for|to|della|dell.|dello|degli|del|des|der|du|de|van|bij|dos|das|da|do|na|no|al)(?: (?:(?:the|la|le|les|el|het|den|de|die|das|o|a)(?![\p{L}])|l.))? ?(?=\p{L})/gu;

/** A name in capitals that ends in what it is: "Global Health EDCTP3 Joint Undertaking", "… Labour Authority". */
const UNKNOWN_BODY_NAME =
  /^(?:European |EU )?\p{Lu}[\p{L}\d-]*(?: (?:and |for )?[\p{Lu}\d][\p{L}\d-]*){1,6} (?:Joint Undertaking|Agency|Authority)(?![\p{L}])/u;

/**
 * Where the name of an EU body starts after a post ("… Director of the European Maritime Safety Agency",
 * "directeur van de Europese Stichting voor opleiding (ETF)"), or null: the body's full name, or words
 * with a capital up to a known body's acronym in brackets.
 */
/** The word "European" in the official languages (folded stems). */
const EUROPEAN_WORD = /(?<![\p{L}])(?:europ|euroop|eirop|evrop|ewrop|ευρωπ|европ)/u;

function bodyAfterPost(ctx: NoticeContext, from: number, end: number): number | null {
  const seg = ctx.folded.slice(from, end);
  let firstAcronymBody: number | null = null;
  BODY_PREPOSITION.lastIndex = 0;
  for (let m = BODY_PREPOSITION.exec(seg); m; m = BODY_PREPOSITION.exec(seg)) {
    const at = m.index + m[0].length;
    if (m.index < 3 || !/\p{Lu}/u.test(ctx.text[from + at])) continue;
    BODY_FULL_AT.lastIndex = 0; // a body's name right there, not the next one anywhere after
    if (BODY_FULL_AT.test(seg.slice(at))) return from + m.index;
    // "… Executive Director of the Global Health EDCTP3 Joint Undertaking": a body we do not know, named as one.
    if (m[0].startsWith(' of') && UNKNOWN_BODY_NAME.test(ctx.text.slice(from + at, end)))
      return from + m.index;
    // "… of the Anti-Money Laundering and Countering the Financing of Terrorism (AML/CFT) Authority (AMLA)": a
    // short bracket may come before the acronym's.
    const acr = /^(?:[^().,;]|\([^()\n]{1,12}\)){3,120}?\(([A-Za-z-]{2,10})\)/.exec(
      ctx.text.slice(from + at, end),
    );
    // A known acronym, or one in capitals after a European name in another language ("… European pentru
    // Droguri și Toxicomanie (OEDT)").
    const european =
      acr && /^[A-Z]{3,8}$/.test(acr[1]) && EUROPEAN_WORD.test(seg.slice(at, at + acr[0].length));
    if (acr && (BODY_BY_ACRONYM.has(acr[1]) || DEPARTMENT_BY_ACRONYM.has(acr[1]) || european)) {
      // "Member of the Executive Board of the Anti-Money Laundering … Authority (AMLA)": the name starts
      // where its first word's initial is the acronym's (else at the first preposition, as before).
      if (ctx.text[from + at].toUpperCase() === acr[1][0].toUpperCase()) return from + m.index;
      firstAcronymBody ??= from + m.index;
    }
  }
  return firstAcronymBody;
}

/** After a post's name in a sentence: its staff category after a dash or comma, or the article it is filled under (folded). */
const POST_CATEGORY_TAIL = new RegExp(
  `(?:\\s?[-–—,]\\s?| )(?=(?:${phrasePattern([
    ...STAFF_WORDS.contract_agent,
    ...STAFF_WORDS.temporary_agent,
    ...STAFF_WORDS.official,
  ])})(?![\\p{L}]))| (?:as per|under|pursuant to|in accordance with) (?:article|art\\.)(?![\\p{L}])`,
  'u',
);

/** " in the field of …", " dans le domaine …": a post's field, after its grade in brackets (folded). */
const FIELD_AFTER_GRADE =
  /^ (?:in the (?:fields?|areas?|domains?) of|dans les? domaines?|im bereich|nel settore|nei settori|en el ambito|en los ambitos|no dominio|op het gebied|inden for|inom|w dziedzinie|in domeniul|v oblasti|na podrocju|u podrucju|στον τομεα|в областта|fil-qasam)(?![\p{L}])/u;

/** "(refer to the vacancy notice for details)": what follows names the notice as a document, not a post (folded). */
const INFO_WORDS = /^(?:further |more |full )?(?:details|information|info)[^\p{L}]*$/u;

/** A post's second role after its dash, at the start of the part (folded). */
const SECOND_ROLE =
  /^(?:deputy |vice[ -]?)?(?:president|chair(?:person|man|woman)?|head of|director|adviser|advisor|secretary|member of|executive director)(?![\p{L}])/u;

/** "Publication of a vacancy for a Deputy Director-General (grade AD 15) in Brussels". */
/** The bodies named after the person who holds them: a supervisor, an ombudsman (folded, the whole name). */
const PERSON_OFFICE =
  /^(?:(?:the )?european (?:data protection supervisor|ombudsman)|controleur europeen de la protection des donnees|mediateur europeen|europaischer (?:datenschutzbeauftragter|burgerbeauftragter)|garante europeo della protezione dei dati|mediatore europeo|supervisor europeo de proteccion de datos|defensor del pueblo europeo|autoridade europeia para a protecao de dados|provedor de justica europeu|europese toezichthouder voor gegevensbescherming|europese ombudsman)$/;
function postOfTitle(ctx: NoticeContext, re: RegExp = POST_OF): Found<string> | null {
  const head = ctx.folded.slice(0, Math.min(ctx.folded.length, 6000));
  re.lastIndex = 0;
  for (let m = re.exec(head); m; m = re.exec(head)) {
    const from = m.index + m[0].length;
    const lineEnd = ctx.text.indexOf('\n', from);
    let end = Math.min(lineEnd < 0 ? ctx.text.length : lineEnd, from + 400);
    if (end - from < 3) continue; // the title is on the next line: the heading rule reads it
    if (INFO_WORDS.test(ctx.folded.slice(from, end))) continue;
    // "eligible for the post of contract agent FG II, candidates must": a category and its group, not a post.
    const upToComma = ctx.folded.slice(from, end).split(/[,;:]/)[0];
    if (isCategoryWithGroup(upToComma)) continue;
    // A sentence ends it: "… for the post of Stakeholder Relations Officer. The registration …".
    const stop = /\.(?:\s+(?=\p{Lu})|\s*$)/u.exec(ctx.text.slice(from, end));
    if (stop) end = from + stop.index;
    // Ends at "(grade …)", " — COM/…", ", Italy", " in Brussels", " à Parme", " in the Unit …" (not " in the field of").
    const tail = ctx.folded.slice(from, end);
    // "… Vice-Chair and Director operating the SRB corporate services": a clause about the post.
    // "Applicants for the post of Director must hold …": a verb ends the post.
    const clause =
      / (?:[a-z]+ing|responsible for|in charge of) (?:the|a|an|all)(?![\p{L}])| (?:must|shall|will|should|is|are|has|have|may|can|who|which|whose)(?![\p{L}])/u.exec(
        tail,
      );
    // Not a name's own capitalised words: "… of the Anti-Money Laundering and Countering the Financing of …".
    if (clause && from + clause.index < end && !/\p{Lu}/u.test(ctx.text[from + clause.index + 1]))
      end = from + clause.index;
    // "… Management Assistant -contract agent FGIII as per article 3b of the CEOS", "Administrative Agent contract
    // agent FGII": the category ends the post.
    const category = POST_CATEGORY_TAIL.exec(tail);
    if (category && from + category.index < end) end = from + category.index;
    // "… miembro del Comité de Control Reglamentario de grado AD 14 (consejero principal)": the grade ends the post.
    const gradeWords =
      / (?:de |of |at |du |al |au |del |im )?(?:grade|grado|grau|grad|besoldungsgruppe) (?:ad|ast|sc|fg)(?![\p{L}])/u.exec(
        tail,
      );
    if (gradeWords && from + gradeWords.index < end) end = from + gradeWords.index;
    // "Secretary-General (AD function group, grade 16) Avviso di posto vacante …": the grade in brackets ends
    // it when the notice's heading in another language follows (a page that joined its two titles).
    const gradeParen = GRADE_PAREN_ANY.exec(tail);
    if (gradeParen && gradeParen.index > 2 && from + gradeParen.index < end) {
      const next = tail.slice(gradeParen.index + gradeParen[0].length).trimStart();
      if (NOTICE_HEADING.test(next) || NOTICE_HEADING_ML.test(next)) end = from + gradeParen.index;
    }
    // "ICT Technical Team Leader - EEAS.RM.SCS.4 – Division …": a unit's code after a hyphen ends the post.
    const code = / - (?=[a-z]{2,10}\.[a-z0-9]+\.)/.exec(ctx.folded.slice(from, end));
    if (code) end = from + code.index;
    // "… dell'EUIPO (M/F) (EXT/22/135/AD 15) . . . 1": the reference in brackets ends it.
    // (Not a name's own bracket without digits: "… Terrorism (AML/CFT) Authority (AMLA)".)
    const refParen = / \((?=[a-z0-9]{2,10}\/)(?=[^)]*\d)[a-z0-9][a-z0-9/ ._-]{3,40}\)/.exec(
      ctx.folded.slice(from, end),
    );
    if (refParen) end = from + refParen.index;
    const dash = / [—–] /.exec(ctx.folded.slice(from, end));
    // "Project Coordinator – IPA" keeps a short part after its dash; " — COM/2026/…", " – Lisbon" do not.
    const after = dash ? ctx.folded.slice(from + dash.index + 3, end) : '';
    // "Principal Adviser – President of the Board of the European Innovation Council": a second role is the post's.
    if (
      dash &&
      (/[\d/]/.test(after) ||
        (after.split(' ').length > 4 && !SECOND_ROLE.test(after)) ||
        placesIn(ctx, from + dash.index + 3, end).length)
    )
      end = from + dash.index;
    // "… Executive Director of the European Union Drugs Agency (EUDA)": the body is not part of the post.
    const body = bodyAfterPost(ctx, from, end);
    if (body !== null) end = body;
    // "Administrators (AD 6) in the field of data protection": the field after the grade is the post's.
    const paren = tailParenAt(ctx.folded, from, end);
    const close = ctx.folded.indexOf(')', paren);
    // Not a list of fields ("… in the following fields: 1. …").
    const field = close > 0 && close < end ? ctx.folded.slice(close + 1, end) : '';
    if (paren < end && !(FIELD_AFTER_GRADE.test(field) && !field.includes(':'))) end = paren;
    const where =
      / (?:in|at|a|en|in der|within) (?:the )?(?=(?:unit|directorate|department|sector|division|service|(?:general )?secretariat|cabinet|l.unite|la direction)\b)| within (?:the|its|our) /.exec(
        tail,
      );
    if (where && from + where.index < end) end = from + where.index;
    for (const p of placesIn(ctx, from, end)) {
      const lead = / (?:in der|in|at|a|en) $/.exec(ctx.folded.slice(Math.max(from, p.start - 8), p.start));
      if (lead) {
        end = p.start - lead[0].length;
        break;
      }
    }
    if (end - from > 200) continue;
    const found = titleFrom(ctx, from, end, ctx.text.slice(from, end));
    if (found) return found;
    // "… pour le poste de Contrôleur européen de la protection des données", "… of European Ombudsman": a body
    // whose name is its holder's office; after "the post of" the name is the post.
    if (PERSON_OFFICE.test(ctx.folded.slice(from, end))) {
      const value = cleanTitle(ctx.text.slice(from, end));
      if (value.length >= 3) return { value, evidence: evidence(ctx, from, end) };
    }
  }
  return null;
}

/** "EIT (Budapest)", "EMSA – Lisbon": a line that only names a body by its acronym, with a place or not. */
function isBodyAcronymLine(text: string): boolean {
  const m =
    /^\s*([A-Za-z][A-Za-z-]{1,9})\s*(?:\(\s*\p{Lu}[\p{L} .'-]{1,30}\)|[–—-]\s*\p{Lu}[\p{L} .'-]{1,30}|,\s*\p{Lu}[\p{L} .'-]{1,30})?\s*$/u.exec(
      text,
    );
  return !!m && (BODY_BY_ACRONYM.has(m[1]) || DEPARTMENT_BY_ACRONYM.has(m[1]));
}

/** The heading just above the key facts block ("Selection reference:", "Domain:", "Where:" …). */
/** A job site's section on the candidate: "Formation", "Education", "Qualifications", "Compétences" (folded). */
const PROFILE_SECTION =
  /^(?:formation|education|qualifications?|requirements|skills|competences|experience|profil|profile|ausbildung|qualifikationen|anforderungen|formacion|requisitos|formazione|requisiti|opleiding|vereisten)\s*:?$/;

/** A line of nothing but a date, in figures or with its month's name: "21 Sep 2020", "05.10.2020". */
const BARE_DATE_LINE = /^(?:\d{1,2}[./ -]\s?(?:\d{1,2}|\p{L}{3,12}\.?)[./ -]\s?\d{2,4}|\d{4}-\d{2}-\d{2})$/u;

/** A function group or grade after a category: " – Function group II", ", FG IV", " (AD 6)" (folded). */
const GROUP_TAIL = /(?:\s*[-–—,(]\s*|\s+)(?:function group|fg|grade|ad|ast)\s*(?:iv|iii|ii|i|\d{1,2})\)?\s*$/;
/** Only a staff category, with its group or grade or not ("contract agents – function group ii"; folded). */
const isCategoryWithGroup = (folded: string) =>
  isStaffCategoryLine(folded.replace(/[*_]+/g, '').replace(GROUP_TAIL, '').trim());

function keyFactsHeading(ctx: NoticeContext): Found<string> | null {
  const limit = Math.min(ctx.lines.length, 3000);
  for (let i = 0; i < limit; i++) {
    if (!KEY_FACT_LABEL.test(ctx.folded.slice(ctx.lines.start(i), ctx.lines.end(i)))) continue;
    // A document site's own fields ("Tags:" / "European, Safety, Agency" / "Domain:"): the value of a label
    // right above is not a heading.
    // Four lines up, not counting a job board's bare dates ("21 Sep 2020" / "05 Oct 2020").
    for (let j = i - 1, seen = 0; j >= 0 && seen < 4; j--) {
      if (!BARE_DATE_LINE.test(ctx.lines.text(j).trim())) seen++;
      const above = j > 0 ? ctx.lines.text(j - 1).trim() : '';
      if (above.length <= 40 && /[:：]$/.test(above)) continue;
      const cand = ctx.lines.get(j);
      const cf = ctx.folded.slice(cand.start, cand.end).replace(/^[*_\s]+/, '');
      // Nor a key-facts label or its value ("Miesto:" / "Lisabon"), a place, the body's name with its
      // expansion in brackets ("GSA - European GNSS Agency (Global Navigation Satellite Systems Agency)").
      if (
        NOT_TITLE.test(cf) ||
        KEY_FACT_LABEL.test(cf) ||
        BODY_LINE.test(cf) ||
        LABEL_LINE.test(cf) ||
        isBodyAcronymLine(cand.text) ||
        isKeyFactLine(ctx, j) ||
        (cand.text.length <= 80 && isPlaceOnlyLine(ctx, cand)) ||
        isBodyHeadLine(cand.text, cf) ||
        // A job board's bullets ("• Entry-level …", "• Posted on 4 October 2022") are not headings.
        /^\s*[•▪●]/.test(cand.text) ||
        POSTED_ON.test(cand.text)
      )
        continue;
      if (cand.text.length > 150 || /[.!?]$/.test(cand.text)) break;
      // The value under a section of the candidate's profile ("Formation" / "University degree in relevant
      // field" / "Description du poste" / "Directorate: …"): a field of the body, not the notice's heading.
      if (
        j > 0 &&
        PROFILE_SECTION.test(ctx.folded.slice(ctx.lines.start(j - 1), ctx.lines.end(j - 1)).trim())
      )
        return null;
      // "KENNISGEVING VAN VACATURE HOOFD AFDELING …": the notice's words, in any language, before the post.
      const heading = NOTICE_HEADING.exec(cf) ?? NOTICE_HEADING_ML.exec(cf);
      const from = heading ? cand.start + heading[0].length : cand.start;
      if (heading && from >= cand.end - 2) continue;
      // "*Selection procedure for contract agents – Function group II*" under the post's heading: a category
      // and its group, not a post.
      if (isCategoryWithGroup(ctx.folded.slice(from, cand.end))) continue;
      // "Project Officer for Maritime Security , Portugal" over "Location: Lisbon , Portugal": a job board
      // puts the country of its place field after the post.
      const line = ctx.folded.slice(cand.start, cand.end);
      const country = /\s*,\s*([\p{L} ]{3,30})$/u.exec(line);
      const below = ctx.folded.slice(cand.end, ctx.lines.end(Math.min(i + 2, ctx.lines.length - 1)));
      const to =
        country && country[1].replace(COUNTRY_WORDS, '').trim() === '' && below.includes(country[1].trim())
          ? cand.start + country.index
          : cand.end;
      const found = titleFrom(ctx, from, to, ctx.text.slice(from, to));
      if (found) return found;
    }
    return null;
  }
  return null;
}

/** "VACANCY NOTICE … for the post of X" or the line after such a heading. */
/** Notice headings in the official languages (lib/notice/lang): "OGŁOSZENIE O NABORZE", "STELLENAUSSCHREIBUNG". */
const NOTICE_HEADING_ML = new RegExp(`^(?:${phrasePattern(NOTICE_TYPES)})(?![\\p{L}])[^\\p{L}\\d]*`, 'u');
const STAFF_PHRASES = phraseRegex(Object.values(STAFF_WORDS).flat());

/** A line that only names a staff category, in any language: "BEDIENSTETE AUF ZEIT", "CZŁONKOWIE PERSONELU TYMCZASOWEGO". */
function isStaffCategoryLine(folded: string): boolean {
  if (folded.length > 80) return false;
  // "agent(e) temporaire", "εκτακτος/εκτακτη υπαλληλος": the gendered forms read as one.
  // "arbeidscontractanten (functiegroep III) en tijdelijke functionarissen": the brackets say no more.
  const line = folded
    .replace(/\(\p{L}{1,4}\)/gu, '')
    .replace(/\/\p{L}+/gu, '')
    .replace(/\s*\([^()]{0,40}\)/g, '');
  if (CATEGORY_ONLY.test(line)) return true;
  STAFF_PHRASES.lastIndex = 0;
  const rest = line.replace(STAFF_PHRASES, '');
  return rest !== line && !/\p{L}{4}/u.test(rest);
}

/** A grade in brackets, in any language: "(function group AD, grade 14)", "(AD 7)", "(tjänstegrupp AD, lönegrad 14)" (folded). */
const GRADE_PAREN = `\\((?=[^()\\n]{0,60}(?:${phrasePattern([...GRADE_WORDS, ...FUNCTION_GROUP_WORDS])}|(?<![\\p{L}])(?:ad|ast|fg)[ .]?(?:\\d|[iv]+(?![\\p{L}]))))[^()\\n]{2,80}\\)`;
const GRADE_PAREN_LINE = new RegExp(`^${GRADE_PAREN}$`, 'u');
const GRADE_PAREN_END = new RegExp(`\\s*${GRADE_PAREN}$`, 'u');
const GRADE_PAREN_AFTER = new RegExp(`^\\s*${GRADE_PAREN}`, 'u');
const GRADE_PAREN_ANY = new RegExp(`\\s*${GRADE_PAREN}`, 'u');
/** The heading is read in the first lines of a notice. */
const GRADE_HEADING_LINES = 150;

/** "Notice — EPSO/AD/1/31 — ", "PE/330/2025/S számú álláshirdetés": what stands before the post in a heading line. */
const WORD_BEFORE_CODE = /^\p{L}{4,20}\s+(?=[\p{L}\d]+(?:[/-][\p{L}\d.()]+){2,}\s+\p{L})(?=\S*\d)/u;
function headingLead(folded: string): number {
  const m = NOTICE_HEADING.exec(folded) ?? NOTICE_HEADING_ML.exec(folded);
  // "KONKURSAS PE/AD/304/2024   ADMINISTRATORIAI …": a competition's word in any language, then its code.
  let at = m ? m[0].length : (WORD_BEFORE_CODE.exec(folded)?.[0].length ?? 0);
  const dash = / [-–—] /.exec(folded.slice(at));
  if (dash && PURPOSE_LINE.test(folded.slice(at, at + dash.index))) at += dash.index + dash[0].length;
  const ref = /^[\s:–—-]*[\p{L}\d]+(?:[/-][\p{L}\d.()]+){2,}\s*[:–—-]?\s*/u.exec(folded.slice(at));
  if (ref && /\d/.test(ref[0])) {
    at += ref[0].length;
    // "PE/AD/301/2024 VERSENYVIZSGA  HOLLAND …": the notice's word after its code.
    if (!m)
      at +=
        (NOTICE_HEADING.exec(folded.slice(at)) ?? NOTICE_HEADING_ML.exec(folded.slice(at)))?.[0].length ?? 0;
  }
  // "Post vakanti għal Direttur": "for" after the notice's words; "… post battal ta’ Direttur": "of".
  if (m) at += /^(?:għal|ghal|ta['’]|for|pour|per|para|voor)\s+/u.exec(folded.slice(at))?.[0].length ?? 0;
  return at;
}

/**
 * The line that names the post just above its grade in brackets, as Official Journal and
 * Parliament headings write it: "Direktör" / "(tjänstegrupp AD, lönegrad 14)", or on one line:
 * "Administrador/a legal (AD 7)", "EUOSHA/AST/15/01 - Communications Officer (AST3)".
 */
function gradeHeadingTitle(ctx: NoticeContext): Found<string> | null {
  const limit = Math.min(ctx.lines.length, GRADE_HEADING_LINES);
  for (let i = 0; i < limit; i++) {
    const line = ctx.lines.get(i);
    if (line.end - line.start > 200) continue;
    // "Executive Director (Grade AD14) - EEA": the body's acronym after the grade.
    const acronymTail = /\s[–—-]\s*([A-Za-z][A-Za-z-]{1,9})\s*$/.exec(line.text);
    // "Post vakanti għal Direttur (Grad AD 14) tal-Aġenzija …": the body's name after the grade.
    // A heading, not a sentence: "Il posto di … (gradi AD 15 — AD 16) del Tribunale sarà … . Le …".
    const bodyTail =
      line.text.includes('(') && !/[.!?]\s/.test(line.text) ? GRADE_THEN_BODY.exec(line.text) : null;
    const lineEnd =
      acronymTail && BODY_BY_ACRONYM.has(acronymTail[1])
        ? line.start + acronymTail.index
        : bodyTail
          ? line.start + line.text.indexOf(')', bodyTail.index) + 1
          : line.end;
    const f = ctx.folded.slice(line.start, lineEnd);
    let start: number;
    let end: number;
    if (GRADE_PAREN_LINE.test(f)) {
      if (i === 0) continue;
      const prev = ctx.lines.get(i - 1);
      if (prev.end - prev.start > 200) continue;
      start = prev.start;
      end = prev.end;
    } else {
      const tail = GRADE_PAREN_END.exec(f);
      if (!tail || tail.index < 3) continue;
      start = line.start;
      end = line.start + tail.index;
    }
    start += headingLead(ctx.folded.slice(start, end));
    // "… tegevdirektor – Lissabon": a place after a dash is not part of the post.
    const dash = /\s[–—-]\s+([^–—-]{3,40})$/u.exec(ctx.folded.slice(start, end));
    if (dash) {
      const at = end - dash[1].length;
      const places = placesIn(ctx, at, end);
      if (
        places.length === 1 &&
        !/\p{L}{3}/u.test(
          ctx.folded
            .slice(at, end)
            .replace(ctx.folded.slice(places[0].start, places[0].end), '')
            .replace(COUNTRY_WORDS, ''),
        )
      )
        end = end - dash[0].length;
    }
    // "Euroopa Meresõiduohutuse Ameti (EMSA) tegevdirektor": the body's name in the genitive before the post.
    const genitive = /^[^()]{5,120}\(([A-Z][A-Za-z-]{1,10})\)\s+(?=\p{Ll})/u.exec(ctx.text.slice(start, end));
    if (genitive && BODY_BY_ACRONYM.has(genitive[1])) start += genitive[0].length;
    const found = titleFrom(ctx, start, end, ctx.text.slice(start, end));
    if (found) return found;
  }
  return null;
}

/**
 * A post named in a sentence with its grade straight after it: "Il posto di cancelliere aggiunto (gradi AD 15 —
 * AD 16) della Corte …", "… como Jefe de Sector de Prensa (nivel AD8) de la …", "Anúncio de concursos gerais
 * Intérpretes de conferência (AD 5/AD 7)". Without the grade in brackets, such a phrase is not read.
 */
const POST_BEFORE_GRADE = new RegExp(
  `(?<![\\p{L}])(?:(the (?:post|position) of|le poste d[e']|il posto di|el puesto de|o (?:lugar|posto) de|die stelle (?:des|der|eines|einer)|de functie van|het ambt van)|(as|como|comme|als|come|${phrasePattern(NOTICE_TYPES)}))[ \\t]+([^()\\n.;:]{3,80}?)[ \\t]*${GRADE_PAREN}`,
  'gu',
);

/**
 * "… for the establishment of a reserve list of:" / "IT Support Assistants (AST 3)", Finnish "…
 * varallaololuettelon laatimiseksi: Talousassistentti (palkkaluokka AST3)": after a reserve list's
 * colon, the post before its grade or its reference in brackets (folded).
 */
const RESERVE_LIST_POST = new RegExp(
  `(?<![\\p{L}])(?:reserve list|liste de reserve|reserveliste|elenco di riserva|lista de reserva|lista rezerw\\w*|varallaololuettelo\\w*|reservlista\\w*|reservelijst\\w*|rezervn\\w* seznam\\w*|rezervn\\w* zoznam\\w*|tartaleklist\\w*|rezerves sarakst\\w*|rezerviniu sarasa\\w*|reservnimekir\\w*)[^:\\n]{0,60}:\\s+([^()\\n.;:]{3,80}?)[ \\t]*(?:${GRADE_PAREN}|\\((?:vacancy )?ref(?:erence)?(?![\\p{L}])[^()\\n]{0,60}\\))`,
  'gu',
);

function postBeforeGradeTitle(ctx: NoticeContext): Found<string> | null {
  const head = ctx.folded.slice(0, Math.min(ctx.folded.length, 6000));
  RESERVE_LIST_POST.lastIndex = 0;
  for (let m = RESERVE_LIST_POST.exec(head); m; m = RESERVE_LIST_POST.exec(head)) {
    const start = m.index + m[0].lastIndexOf(m[1], m[0].length - 1);
    if (!/\p{Lu}/u.test(ctx.text[start])) continue;
    const found = titleFrom(ctx, start, start + m[1].length, ctx.text.slice(start, start + m[1].length));
    if (found) return found;
  }
  POST_BEFORE_GRADE.lastIndex = 0;
  for (let m = POST_BEFORE_GRADE.exec(head); m; m = POST_BEFORE_GRADE.exec(head)) {
    const start = m.index + m[0].indexOf(m[3], (m[1] ?? m[2]).length);
    const end = start + m[3].length;
    // After "as" or a notice's name, the post is written with a capital: not "… as regards (AD 5)".
    if (m[2] !== undefined && !/\p{Lu}/u.test(ctx.text[start])) continue;
    const found = titleFrom(ctx, start, end, ctx.text.slice(start, end));
    if (found) return found;
  }
  return null;
}

/** A segment of a heading that is not the post: a category or grade, a delegation, a place (folded). */
const NOT_POST_SEGMENT =
  /^(?:(?:ca|ta|ac|at|sne|end|contract agent|temporary agent|agent contractuel|agent temporaire)\s*[-,]?\s*)?(?:fg|gf|ad|ast)\s*[ivx\d]+(?:\s*[-–]\s*(?:ad|ast)?\s*\d+)?$|^(?:eu |ue )?(?:delegation|delegacion|delegazione|delegacao|delegatie|delegacja|representation)\b/;

/**
 * "EEAS VACANCY NOTICE - CA FG III - Administrative assistant - EU Delegation UK - London": a notice's
 * name after the body's acronym, then parts split by dashes; the post is the one part that is not a
 * category or grade, a delegation, a place or a reference. Null unless exactly one part is left.
 */
function segmentedHeadingTitle(
  ctx: NoticeContext,
  line: { start: number; end: number; text: string },
): Found<string> | null {
  if (line.end - line.start > 320) return null;
  const acronym = /^([A-Za-z-]{2,10})\s+/.exec(line.text);
  if (!acronym || !BODY_BY_ACRONYM.has(acronym[1])) return null;
  const f = ctx.folded.slice(line.start + acronym[0].length, line.end);
  // "EEAS Vacancy: Secretary to … - Contract Agent FGII - EU DELEGATION …, Vienna - Job No 268457".
  const m = NOTICE_HEADING.exec(f) ?? NOTICE_HEADING_ML.exec(f) ?? /^vacancy\s*:\s*/.exec(f);
  if (!m) return null;
  const from = line.start + acronym[0].length + m[0].length;
  const parts: Array<{ start: number; end: number }> = [];
  const sep = / [-–—] /g;
  let at = from;
  for (let d = sep.exec(ctx.folded.slice(from, line.end)); ; d = sep.exec(ctx.folded.slice(from, line.end))) {
    const end = d ? from + d.index : line.end;
    if (end > at) parts.push({ start: at, end });
    if (!d) break;
    at = from + d.index + d[0].length;
  }
  if (parts.length < 3) return null;
  const kept = parts.filter((p) => {
    const seg = ctx.folded.slice(p.start, p.end).trim();
    if (!seg || NOT_POST_SEGMENT.test(seg) || isStaffCategoryLine(seg) || /\d{2,}|\//.test(seg)) return false;
    const rest = placesIn(ctx, p.start, p.end).reduceRight(
      (x, q) => x.slice(0, q.start - p.start) + x.slice(q.end - p.start),
      ctx.folded.slice(p.start, p.end),
    );
    return /\p{L}{3}/u.test(rest.replace(COUNTRY_WORDS, ''));
  });
  if (kept.length !== 1) return null;
  const k = kept[0];
  return titleFrom(ctx, k.start, k.end, ctx.text.slice(k.start, k.end).trim());
}

/** A post's name cut after a preposition or an article, as a page's title is cut at its length (folded). */
const CUT_SHORT = new RegExp(`\\s(?:${CONNECTOR_WORDS})$`);

function noticeHeadingTitle(ctx: NoticeContext): Found<string> | null {
  let truncated: Found<string> | null = null;
  const limit = Math.min(ctx.lines.length, 3000);
  for (let i = 0; i < limit; i++) {
    const line = ctx.lines.get(i);
    const f = ctx.folded.slice(line.start, line.end);
    const m = NOTICE_HEADING.exec(f) ?? (i < 80 && f.length <= 90 ? NOTICE_HEADING_ML.exec(f) : null);
    if (!m) {
      const segmented = i < 80 ? segmentedHeadingTitle(ctx, line) : null;
      if (segmented) return segmented;
      continue;
    }
    // "… INTEREST ESTABLISHING A DATABASE - ICT OFFICER (FUNCTION GROUP III)": the post after the purpose.
    let lead = m[0].length;
    const dash = / [-–—] /.exec(f.slice(lead));
    if (dash && PURPOSE_LINE.test(f.slice(lead, lead + dash.index))) lead += dash.index + dash[0].length;
    const rest = cleanTitle(
      line.text
        .slice(lead)
        .replace(/^[^\p{L}]*(?:(?:ref|n[or]|n°|č)[^\s]*\s+\S+(?:\s[\p{L}\d]{1,4}\/\S*)*\s*)?/iu, '') // "NR. COR/AD 14/5 BIS/21"
        .replace(
          /^[A-Z]{2,}\/[\w/.-]+\s+(?:for|pour|für)\s+(?:the (?:post|position) of\s+|an?\s+|le poste d[e']\s*|un(?:e)?\s+)?/u,
          '',
        )
        // "… per la funzione di direttore generale", "… pour le poste de directeur": the post after its words;
        // "Post vakanti għal Direttur": after "for" alone when the post has its capital.
        .replace(
          /^(?:for|per|pour|für|para|voor)\s+(?:the (?:post|position) of|la funzione di|il posto di|le poste de|la fonction de|el puesto de|o lugar de|de functie van)\s+|^(?:għal|ghal)\s+(?=\p{Lu})/iu,
          '',
        )
        .replace(
          /\s+(?:of grade|at grade|grade)\s.*$|\s+[-–]\s+(?:temporary|contract)\s.*$|\s+in the\s(?!field|area|domain).*$/iu,
          '',
        ),
    );
    // "Call for applications for a seconded national expert (SNE)" names the category, not the post.
    const isCategory =
      /^(?:a |an )?(?:seconded national experts?|temporary agents?|contract agents?|officials?|trainees?|traineeships?)\b/i.test(
        rest,
      );
    const isReference = isCategory || /^[A-Z0-9]+(?:[/-][A-Za-z0-9.()-]+)+$/.test(rest);
    if (rest.length >= 4 && !isReference && !/\d{4}\//.test(rest) && !NOT_TITLE.test(rest.toLowerCase())) {
      const at = line.end - (line.text.length - line.text.indexOf(rest.slice(0, 3)));
      const found = titleFrom(ctx, Math.max(line.start + lead, at), line.end, rest);
      // "AVVISO DI POSTO VACANTE FUNZIONARIO ADDETTO ALLE": a document site's title cut short; the notice's
      // own heading further down may give the whole post.
      if (found && CUT_SHORT.test(foldSameLength(found.value))) truncated ??= found;
      else if (found) return found;
    }
    let afterLabel = false;
    let leadIn = false;
    for (let j = i + 1; j < Math.min(ctx.lines.length, i + 5); j++) {
      const next = ctx.lines.get(j);
      const nf = ctx.folded.slice(next.start, next.end);
      // "Täidetav ametikoht:" right under the heading — a label: its value is the next line.
      if (j === i + 1 && next.text.length <= 40 && /\p{L}{3}[^:]*:\s*$/u.test(next.text)) {
        afterLabel = true;
        continue;
      }
      if (
        !afterLabel &&
        (KEY_FACT_LABEL.test(nf) ||
          NOT_TITLE.test(nf) ||
          /^[A-Z0-9]+\/[\w/.-]+$/.test(next.text.trim()) ||
          isStaffCategoryLine(nf) ||
          PURPOSE_LINE.test(nf))
      )
        continue;
      // "relativo a un puesto" / "de JEFE DE UNIDAD (H/M)": the post after its count, without the preposition.
      if (!afterLabel && POSTS_LEAD_IN.test(nf)) {
        leadIn = true;
        continue;
      }
      const of = leadIn ? (/^(?:of|de|d'|d’|du|als|di|van)\s+/i.exec(next.text)?.[0].length ?? 0) : 0;
      // A label's value is a name, not a sentence.
      if (afterLabel && (next.text.length > 80 || /[.!?:]\s/.test(next.text))) break;
      if (next.text.length <= 150 && /\p{L}{3}/u.test(next.text)) {
        const found = titleFrom(ctx, next.start + of, next.end, next.text.slice(of));
        if (found) return found;
      }
      break;
    }
  }
  return truncated;
}

/** The first `limit` lines of at most `maxLength` characters, each given to `read` until one gives a title. */
function firstShortLines(
  ctx: NoticeContext,
  limit: number,
  maxLength: number,
  read: (line: Line) => Found<string> | null,
): Found<string> | null {
  let n = Math.min(ctx.lines.length, limit);
  for (let i = 0; i < n; i++) {
    const line = ctx.lines.get(i);
    // A head of key facts flattened one per line ("-" / "Ref.:" / "ECA/2025/13" / …) does not count
    // against the limit: the lines after it are the notice's first.
    if (n < ctx.lines.length && n < limit + KEY_FACT_LINES && isKeyFactLine(ctx, i)) n++;
    if (line.end - line.start > maxLength) continue;
    const found = read(line);
    if (found) return found;
  }
  return null;
}

/** The first lines of a job page: "CDT/CI/2031/03 Head of Section 🔍 Luxembourg" names the post after its reference. */
const REFERENCE_LEAD_LINES = 10;

/** How many flattened key-fact lines the first-lines rules look past. */
const KEY_FACT_LINES = 16;

/** A bare bullet, a label ending with its colon, or the value right under one ("Ref.:" / "ECA/2025/13"). */
function isKeyFactLine(ctx: NoticeContext, i: number): boolean {
  const text = ctx.lines.text(i).trim();
  if (/^[-–•*]$/.test(text) || /[:：]$/.test(text)) return true;
  const prev = i > 0 ? ctx.lines.text(i - 1).trim() : '';
  return prev.length <= 40 && /[:：]$/.test(prev) && text.length <= 60;
}

/**
 * A top line that starts with a reference code and goes on with the post, up to a symbol, a bar or
 * the line's end ("CDT/CI/2031/03 Head of Legal Section 🔍 Luxembourg"); a place at its end is left out.
 */
function referenceLeadTitle(ctx: NoticeContext): Found<string> | null {
  return firstShortLines(ctx, REFERENCE_LEAD_LINES, 160, (line) => {
    // "CDT/CI/2031/03 …", "CDT-AD5-2031/02 …", "ECA/2025/13 - Auditors": segments after slashes or hyphens.
    const lead =
      /^([A-Za-z]{2,10}(?:\/[A-Za-z0-9.-]{1,12}|-[A-Za-z0-9.]{1,12}){2,6})\s+(?:[-–—]\s+)?(?=\p{Lu})/u.exec(
        line.text,
      );
    if (!lead || !/\d/.test(lead[1])) return null;
    const from = line.start + lead[0].length;
    let end = line.end;
    const stop = /\s*(?:\p{So}|\||·)/u.exec(ctx.text.slice(from, end));
    if (stop) end = from + stop.index;
    // "Directeur (H/F) (un emploi) - Information, …": the number of posts ends the post's name.
    const count = POSTS_COUNT_PAREN.exec(ctx.folded.slice(from, end));
    if (count) end = from + count.index;
    const places = placesIn(ctx, from, end);
    const last = places[places.length - 1];
    if (last && last.end === end && /[\s,–—-]$/.test(ctx.text.slice(from, last.start))) end = last.start;
    const value = ctx.text.slice(from, end).replace(/[\s,–—-]+$/, '');
    if (/[#:]/.test(value)) return null; // "CDT/CI/2031/03 Requisition #": a field of the page, not the post
    return titleFrom(ctx, from, from + value.length, value);
  });
}

/**
 * A title read from a heading in capitals ("EPSO/AD/373/19 — ADMINISTRATORS (AD 5)") is given as the text
 * itself writes the same words elsewhere in mixed case ("… — Administrators (AD 5)"), when it does.
 */
function asWritten(ctx: NoticeContext, found: Found<string>): Found<string> {
  const value = found.value;
  if (/\p{Ll}/u.test(value) || !/\p{Lu}{2}/u.test(value)) return found;
  const key = foldSameLength(value);
  if (key.length !== value.length) return found;
  let seen = 0;
  for (let at = ctx.folded.indexOf(key); at >= 0 && seen++ < 20; at = ctx.folded.indexOf(key, at + 1)) {
    if (
      /[\p{L}\p{N}]/u.test(ctx.text[at - 1] ?? ' ') ||
      /[\p{L}\p{N}]/u.test(ctx.text[at + key.length] ?? ' ')
    )
      continue;
    const written = ctx.text.slice(at, at + key.length);
    // Mixed case, with the first letter still a capital, in another heading: not "… for the position of HR Assistant."
    const line = ctx.lines.get(lineIndexAt(ctx, at));
    const heading =
      (line && line.text.length <= 200 && !/[.;:!?]\s*$/.test(line.text)) ||
      GRADE_PAREN_AFTER.test(ctx.folded.slice(at + key.length, at + key.length + 90));
    if (/\p{Ll}/u.test(written) && /^[^\p{L}]*\p{Lu}/u.test(written) && heading)
      return { value: written, evidence: found.evidence };
  }
  return found;
}

/** A line that names an EU body and nothing else: "EBA - European Banking Authority", "CPVO", "Community Plant Variety Office". */
function isBodyHeadLine(text: string, folded: string): boolean {
  if (text.length > 120) return false; // a body's name is short; a long line is not read
  const t = text.trim();
  if (
    BODY_LINE.test(folded.trim()) ||
    isBodyName(folded) ||
    (/^[A-Za-z-]{2,10}$/.test(t) && BODY_BY_ACRONYM.has(t))
  )
    return true;
  // "GSA - European GNSS Agency (Global Navigation Satellite Systems Agency)": the name with its expansion.
  const bare = folded.replace(/\s*\([^()]{8,}\)\s*$/, '');
  return bare !== folded && (BODY_LINE.test(bare.trim()) || isBodyName(bare));
}

/**
 * A careers site's head: the post on the first line or right after the body's acronym, with the body's
 * name on the next line ("Bank Expert (PRSP SRRR SEC 02/2018)" / "EBA - European Banking Authority";
 * "CPVO" / "Deputy Accountant" / "Community Plant Variety Office").
 */
/** A page's furniture line above its content: "Header", "Menu", "Home" (folded). */
const PAGE_FURNITURE = /^(?:header|menu|home|main content|content)$/;

function bodyHeadTitle(ctx: NoticeContext): Found<string> | null {
  const lines = ctx.lines;
  const at = (k: number) => ctx.folded.slice(lines.start(k), lines.end(k));
  for (let i = 0; i + 1 < Math.min(lines.length, 6); i++) {
    const line = lines.get(i);
    if (line.text.length > 90 || !/^\p{Lu}/u.test(line.text)) continue;
    // Above the post: nothing, the page's furniture ("Header"), or the body's name.
    const top = i === 0 || (i === 1 && PAGE_FURNITURE.test(at(0)));
    const bodyAbove = i > 0 && isBodyHeadLine(lines.text(i - 1), at(i - 1));
    if (!top && !bodyAbove) continue;
    // Below it: the body's name, or, under the body's name, the place ("European Investment Bank (EIB)" /
    // "Project Economist(s)" / "Luxembourg (LU)").
    const next = lines.get(i + 1);
    if (
      !isBodyHeadLine(next.text, at(i + 1)) &&
      !(bodyAbove && next.text.length <= 80 && isPlaceOnlyLine(ctx, next))
    )
      continue;
    const found = titleFrom(ctx, line.start, line.end, line.text);
    if (found) return found;
  }
  return null;
}

/** The labels that can only mean the post, anywhere in a line (folded). */
const STRONG_TITLE_LABEL_ANY = new RegExp(`(?<![\\p{L}])${STRONG_TITLE_LABEL.source.slice(1)}`, 'u');
/** Another header cell's words: a grade's, a function group's or a head label's (folded). */
const LANG_GRADE_CUE_ANY = phraseRegex(
  [...GRADE_WORDS, ...FUNCTION_GROUP_WORDS, ...LAYOUT_LABELS],
  'gu',
  false,
);

/**
 * A table's header row and value row joined into one line, the title's label first: "Název pozice Typ
 * smlouvy Funkční skupina – platová třída | vedoucí pracovník v oblasti IKT (M/Ž dočasný zaměstnanec
 * AD 7 |". The post is the first value, up to the next cell's category or grade.
 */
function headerRowTitle(ctx: NoticeContext): Found<string> | null {
  for (const line of ctx.lines.slice(0, 40)) {
    if (!line.text.includes('|')) continue;
    const f = ctx.folded.slice(line.start, Math.min(line.end, line.start + 2000));
    const label = STRONG_TITLE_LABEL_ANY.exec(f);
    if (!label) continue;
    const labelEnd = label.index + label[0].length;
    const bar = f.indexOf('|', labelEnd);
    // Another header cell between the title's label and the bar: a row of labels, not "Title: value |".
    if (bar < 0 || bar - labelEnd > 120 || /[:：]/.test(f.slice(labelEnd, bar))) continue;
    LANG_GRADE_CUE_ANY.lastIndex = 0;
    if (!LANG_GRADE_CUE_ANY.test(f.slice(labelEnd, bar))) continue;
    let end = line.text.indexOf('|', bar + 1);
    if (end < 0) end = line.text.length;
    const cells = f.slice(bar + 1, end);
    STAFF_PHRASES.lastIndex = 0;
    const cat = STAFF_PHRASES.exec(cells);
    const grade = /(?<![\p{L}])(?:ad|ast|fg|sc)\s?(?:\d|[iv]+(?![\p{L}]))/u.exec(cells);
    const stop = Math.min(cat?.index ?? cells.length, grade?.index ?? cells.length);
    const raw = line.text
      .slice(bar + 1, bar + 1 + stop)
      .replace(/\s*\([^()]*$/, '')
      .trim();
    if (raw.length < 3) continue;
    const start = line.start + line.text.indexOf(raw, bar);
    const found = titleFrom(ctx, start, start + raw.length, raw);
    if (found) return found;
  }
  return null;
}

/** A reference's label alone on its line, in the EU's languages (folded). */
const REFERENCE_LABEL_LINE =
  /^(?:reference(?: number)?|ref\.?|reference de l.avis|referenz|riferimento|referencia|referentie(?:nummer)?|numer referencyjny|odkaz|referencni cislo|referencne cislo|hivatkozas(?:i szam)?|referinta|atsauce|atsauces numurs|nuoroda|viide|viitenumero|viite|referens(?:nummer)?|referencenummer|referenca|референция|референтен номер|αριθμος αναφορας|αναφορα|referenza|tagairt)\s*[:：]?\s*$/u;

/**
 * A reference's label and code alone on a line, in brackets or not: "(Réf. AMLA/TA/2025/10)", "Ref.: XYZ
 * (2031) TEMP/SEC 004" (folded).
 */
const REFERENCE_CODE_LINE =
  /^\(?\s*(?:ref(?:erence)?\.?|reference number|vacancy reference|selection (?:procedure )?reference)\s*(?:no\.?|n°)?\s*[:.]?\s*(?:[a-z0-9]+(?:[/._-][a-z0-9]+){2,}|(?=[^\n]{4,40}$)[a-z]{2,8} \((?:19|20)\d\d\) [a-z0-9]+(?:[/._-][a-z0-9]+)+(?: \d{1,4})?)\s*\)?$/;

/**
 * An EU Careers page's head: the post's name on its first line, then its reference's label and code
 * ("Administratori intelektuālā īpašuma jomā" / "Atsauce:" / "EUIPO/AD/01/23"), in any language.
 */
function titleAboveReference(ctx: NoticeContext): Found<string> | null {
  // The page's first line only: further down, the line above a reference is another field's value
  // ("Domain(s)" / "Information Technology" / "Reference number").
  if (ctx.lines.length < 2) return null;
  // "Home > Jobs > Competition > Space administrators" over "Space administrators": a breadcrumb first.
  const first = ctx.lines.text(0);
  // "You are here" / "Associate Analyst: …": a page's chrome first.
  const crumb =
    ctx.lines.length > 3 &&
    ((first.includes(' > ') && first.endsWith(ctx.lines.text(1).trim())) ||
      DOCUMENT_CHROME.test(ctx.folded.slice(ctx.lines.start(0), ctx.lines.end(0))))
      ? 1
      : 0;
  const [line, label, code] = ctx.lines.slice(crumb, crumb + 3);
  // "Riarthóirí ag a bhfuil céim" / "An dáta ónar féidir iarratais a dhéanamh:" / "Grád:" / …: the post over
  // a job site's field list that has no reference label first.
  if (siteFieldLabels(ctx)?.firstLine === crumb + 1) {
    if (line.text.length > 120 || !/^\p{Lu}/u.test(line.text)) return null;
    return titleFrom(ctx, line.start, line.end, line.text);
  }
  // "AML Officer" / "(Réf. AMLA/TA/2025/10)": the label and its code on one line.
  if (REFERENCE_CODE_LINE.test(ctx.folded.slice(label.start, label.end))) {
    if (line.text.length > 120 || !/^\p{Lu}/u.test(line.text)) return null;
    return titleFrom(ctx, line.start, line.end, line.text);
  }
  if (!code || !REFERENCE_LABEL_LINE.test(ctx.folded.slice(label.start, label.end))) return null;
  // The code, or the next field's label when the page left the reference empty ("Numer referencyjny:" /
  // "Aktualne procedury naboru:").
  const isCode = /\d/.test(code.text) && /[/-]/.test(code.text) && code.text.length <= 40;
  if (!isCode && !(/[:：]\s*$/.test(label.text) && /^[^:：]{3,60}[:：]\s*$/.test(code.text))) return null;
  if (line.text.length > 120 || !/^\p{Lu}/u.test(line.text)) return null;
  return titleFrom(ctx, line.start, line.end, line.text);
}

/** A flattened table's row: the reference first, then the post, then its grade (and how many on the list). */
function referenceRowTitle(ctx: NoticeContext): Found<string> | null {
  for (const line of ctx.lines.slice(0, 60)) {
    const m = REFERENCE_ROW.exec(line.text.trim());
    if (!m) continue;
    const at = line.start + line.text.indexOf(m[1]);
    const found = titleFrom(ctx, at, at + m[1].length, m[1]);
    if (found) return found;
  }
  return null;
}

/** A line of nothing but the agents' category and the grade: "Temporary Agent – AST4", "Contract agent FG IV" (folded). */
const CATEGORY_GRADE_LINE = new RegExp(
  `^(?:${phrasePattern([...STAFF_WORDS.temporary_agent, ...STAFF_WORDS.contract_agent])})\\s*[-–—,/]?\\s*\\(?(?:ad|ast|fg|gf)\\s?-?\\s?(?:\\d{1,2}|iv|iii|ii|i)\\)?$`,
  'u',
);

/**
 * "Assistant Call Coordinator to the … Joint Undertaking (BBI JU) and establishment of a reserve list" over
 * "Temporary Agent – AST4": the heading over a line of the agents' category and grade; the body's name after
 * the post is not part of it.
 */
function categoryLineTitle(ctx: NoticeContext): Found<string> | null {
  const limit = Math.min(ctx.lines.length - 1, 30);
  for (let k = 0; k < limit; k++) {
    const next = ctx.lines.get(k + 1);
    if (next.text.length > 40 || !CATEGORY_GRADE_LINE.test(ctx.folded.slice(next.start, next.end).trim()))
      continue;
    const line = ctx.lines.get(k);
    if (line.text.length > 200 || !/^\p{Lu}/u.test(line.text)) return null;
    const end = bodyAfterPost(ctx, line.start, line.end) ?? line.end;
    // "Junior Scientific Officer" / "Microbiology/Epidemiology": a post wrapped over two short lines.
    const above = k > 0 ? ctx.lines.get(k - 1) : null;
    const wrapped =
      above !== null &&
      above.text.length <= 60 &&
      /^\p{Lu}[\p{L} ]+$/u.test(above.text) &&
      line.text.length <= 60 &&
      POST_WORD.test(ctx.folded.slice(above.start, above.end)) &&
      !isBodyName(ctx.folded.slice(above.start, above.end));
    const start = wrapped ? above.start : line.start;
    return titleFrom(ctx, start, end, ctx.text.slice(start, end).replace(/\s*\n\s*/g, ' '));
  }
  return null;
}

/** A job page's section of key facts, named: "Vacancy details", "Job details", or "Details" over its labels. */
const DETAILS_HEADING = /^(?:(?:vacancy|job|position|post) )?details$/i;

/**
 * "Security Authority Department Traineeship" over "Vacancy details", "Project Officer …" over "Details": a job
 * page's heading over its section of key facts, among its first lines.
 */
function keyFactLabelWithin(ctx: NoticeContext, from: number, to: number): boolean {
  for (let i = from; i < Math.min(ctx.lines.length, to); i++)
    if (KEY_FACT_LABEL.test(ctx.folded.slice(ctx.lines.start(i), ctx.lines.end(i)))) return true;
  return false;
}

function detailsHeadingTitle(ctx: NoticeContext): Found<string> | null {
  for (let k = 0; k + 1 < Math.min(ctx.lines.length, 4); k++) {
    const details = ctx.lines.text(k + 1).trim();
    if (!DETAILS_HEADING.test(details)) continue;
    // "Details" alone: only over the key facts' labels ("Status" / "Open" / "Opening date" / "Deadline").
    if (/^details$/i.test(details) && !keyFactLabelWithin(ctx, k + 2, k + 8)) continue;
    const line = ctx.lines.get(k);
    if (line.text.length > 120 || !/^\p{Lu}/u.test(line.text)) continue;
    const found = titleFrom(ctx, line.start, line.end, line.text);
    if (found) return found;
  }
  return null;
}

/**
 * "Etusivu > Deiseanna fostaíochta > Comórtas > Saineolaithe i réimse an spáis" over "Saineolaithe i réimse
 * an spáis": a page's breadcrumb ends with the heading below it, the post's name.
 */
function breadcrumbTitle(ctx: NoticeContext): Found<string> | null {
  for (let k = 0; k + 1 < Math.min(ctx.lines.length, 4); k++) {
    const crumbs = ctx.lines.text(k).split(' > ');
    if (crumbs.length < 3) continue;
    const next = ctx.lines.get(k + 1);
    const last = crumbs[crumbs.length - 1].trim();
    if (last.length < 6 || last.toLowerCase() !== next.text.trim().toLowerCase()) continue;
    return titleFrom(ctx, next.start, next.end, next.text);
  }
  return null;
}

/** A job board's heading line: 3 to `max` characters, a capital first, no table bar (nor a colon, when `noColon`). */
function isBoardHeading(text: string, max: number, noColon = false): boolean {
  return (
    text.length >= 3 && text.length <= max && /^\p{Lu}/u.test(text) && !(noColon ? /[:|]/ : /\|/).test(text)
  );
}

/** A job board's line with the post's date: "• Posted on 4 October 2022", "Posted: 12/03/2024". */
const POSTED_ON =
  /^\s*[•*-]?\s*posted(?: on)?:?\s+(?:\d{1,2}\s+\p{L}+\.?,?\s+\d{4}|\p{L}+\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}[./-]\d{1,2}[./-]\d{2,4})/iu;

/** A job board's heading: "Executive Director" over "EFCA | Vigo, Spain | Deadline: 9 Sep 2031". */
function jobBoardTitle(ctx: NoticeContext): Found<string> | null {
  const lines = ctx.lines;
  // "Secretary to the Head of Delegation" over "• Entry-level, Long-term …" and "• Posted on 4 October 2022": the
  // board's first line is the post.
  for (let i = 0; i < Math.min(lines.length, 3); i++) {
    const line = lines.get(i);
    if (!isBoardHeading(line.text, 160)) continue;
    let posted = false;
    for (let k = i + 1; k < Math.min(lines.length, i + 4) && !posted; k++)
      posted = POSTED_ON.test(lines.text(k));
    if (!posted) continue;
    // "… (Citizens of a European Union Member State or Iceland, Lichtenstein and Norway Only)": a long remark in
    // brackets after the post is not its name.
    const remark = /\s*\([^()]{30,}\)\s*$/.exec(line.text);
    const end = remark && remark.index > 3 ? line.start + remark.index : line.end;
    const found = titleFrom(ctx, line.start, end, ctx.text.slice(line.start, end));
    if (found) return found;
  }
  for (let i = 0; i + 1 < Math.min(lines.length, 30); i++) {
    const line = lines.get(i);
    const next = lines.get(i + 1);
    if (!isBoardHeading(line.text, 90, true)) continue;
    if (next.text.length > 200) continue;
    const cells = next.text.split(/\s+[|·•]\s+/);
    if (cells.length < 2) continue;
    // The employer's cell first (its acronym or name), then a cell with a place.
    const employer = cells[0].trim();
    if (!namesEuBody(employer)) continue;
    if (!placesIn(ctx, next.start, next.end).length) continue;
    const found = titleFrom(ctx, line.start, line.end, line.text);
    if (found) return found;
  }
  return employerPlaceTitle(ctx);
}

/**
 * The same heading with the employer and the place on lines of their own: "Head of Unit: Supervisory
 * Review" over "EBA - European Banking Authority" over "London/Paris". The post may hold a colon here
 * (a label is not followed by an employer's line and a place's).
 */
function employerPlaceTitle(ctx: NoticeContext): Found<string> | null {
  const lines = ctx.lines;
  for (let i = 0; i + 2 < Math.min(lines.length, 12); i++) {
    const [line, employer] = [lines.get(i), lines.get(i + 1)];
    // The employer's line said twice (a page's title and its heading).
    const place =
      lines.text(i + 2) === employer.text && i + 3 < lines.length ? lines.get(i + 3) : lines.get(i + 2);
    if (!isBoardHeading(line.text, 120)) continue;
    // "EBA - European Banking Authority": the acronym, the name or both.
    if (employer.text.length > 90 || !employerLineParts(employer.text).some((part) => namesEuBody(part)))
      continue;
    if (place.text.length > 60 || !placesIn(ctx, place.start, place.end).length) continue;
    if (namesEuBody(line.text.trim()) || placesIn(ctx, line.start, line.end).length) continue;
    const found = titleFrom(ctx, line.start, line.end, line.text);
    if (found) return found;
  }
  return null;
}

/**
 * A job board's headline: "Archives and Mail Registration Assistant, Contract Agent FG II. European Chemicals
 * Agency, Helsinki. Open until 2 August 2013": the post, its category or grade, then the employer.
 */
const HEADLINE =
  /^(\p{Lu}.{2,90}?),\s*(?:(?:contract|temporary) (?:agent|staff),?\s*)?(?:AD|AST(?:\/SC)?|SC|FG)\s?[IVX\d]{1,3}\.\s+(.{2,120}?)(?:,\s[^.,]{2,40})?\.(?:\s|$)/iu;

/** A job board's heading "Project Officer Airworthiness Job at European Defence Agency – in Brussel". */
function jobAtTitle(ctx: NoticeContext): Found<string> | null {
  return firstShortLines(ctx, 6, 200, (line) => {
    // A post's name starts with a capital ("Project Officer … Job at …").
    const m = POST_AT_EMPLOYER.exec(line.text);
    if (!m || !/^\p{Lu}/u.test(m[1])) return null;
    const employer = m[2].replace(/\s+[–—-]\s.*$/, '').trim();
    if (!namesEuBody(employer)) return null;
    return titleFrom(ctx, line.start, line.start + m[1].length, m[1]);
  });
}

function headlineTitle(ctx: NoticeContext): Found<string> | null {
  // A copy may have joined the headline to the text under it: the line may be long (the pattern reads its head).
  return firstShortLines(ctx, 5, 20000, (line) => {
    const m = HEADLINE.exec(line.text);
    if (!m) return null;
    const employer = m[2].trim();
    if (!namesEuBody(employer)) return null;
    return titleFrom(ctx, line.start, line.start + m[1].length, m[1]);
  });
}

/** Does a job board's employer field start with an EU body's name, or is it a body's acronym? */
function namesEuBody(employer: string): boolean {
  // Any of the EU's joint undertakings, known to the tables or not ("Global Health EDCTP3 Joint Undertaking").
  if (BODY_BY_ACRONYM.has(employer) || JOINT_UNDERTAKING_NAME.test(employer)) return true;
  BODY_FULL_AT.lastIndex = 0;
  return BODY_FULL_AT.test(foldSameLength(employer));
}

/** An Official Journal heading: "EIT (European Institute of Innovation and Technology) Director – COM/2031/10281". */
const BODY_POST_REF = /^(.{3,200}?)\s[–—-]\s(?:COM|EPSO)\/\d{4}\/\d{3,6}(?![\d/])/;

function bodyPostRefTitle(ctx: NoticeContext): Found<string> | null {
  for (const line of ctx.lines.slice(0, 5)) {
    const m = BODY_POST_REF.exec(line.text);
    if (!m) continue;
    let from = 0;
    // The body first: its acronym with its name in brackets, or its full name (and acronym).
    const acr = /^([A-Za-z][\w-]{1,10})\s*\([^()]{5,150}\)\s+/.exec(m[1]);
    if (acr && BODY_BY_ACRONYM.has(acr[1])) from = acr[0].length;
    else {
      BODY_FULL_AT.lastIndex = 0;
      const full = BODY_FULL_AT.exec(foldSameLength(m[1]));
      if (!full) continue;
      from = full[0].length + (/^\s*\([^()]{2,12}\)/.exec(m[1].slice(full[0].length))?.[0].length ?? 0);
    }
    const post = m[1].slice(from).trim();
    if (!/^\p{Lu}/u.test(post) || post.split(/\s+/).length > 8) continue;
    const start = line.start + m[1].indexOf(post, from);
    const found = titleFrom(ctx, start, start + post.length, post);
    if (found) return found;
  }
  return null;
}

/** A gender marker at a line's end: "M/F", "(F/M)", "(m/w/d)", "(H/F)", "(M/Ž)" (folded). */
const GENDER_MARK_END = /\s\(?\s?(?:[mfhwvkzn]\/[mfhwvkzn](?:\/[dx])?|[мж]\/[мж]|[αθ]\/[αθ])\s?\)?\s*$/;
/** The first lines where a job page names its post. */
const GENDER_TITLE_LINES = 25;

/** A job page's line that ends with a gender marker is its post: "IT Development Manager M/F". */
function genderMarkedTitle(ctx: NoticeContext): Found<string> | null {
  return firstShortLines(ctx, GENDER_TITLE_LINES, 100, (line) => {
    const f = ctx.folded.slice(line.start, line.end);
    const mark = GENDER_MARK_END.exec(f);
    if (!mark || !/\p{L}{3}/u.test(f.slice(0, mark.index)) || NOT_TITLE.test(f)) return null;
    return titleFrom(ctx, line.start, line.end, line.text);
  });
}

/** A job board's heading "EUAA: Human Resources Officer – Valletta": a body's acronym or name, a colon, the post, a place. */
function bodyColonTitle(ctx: NoticeContext): Found<string> | null {
  return firstShortLines(ctx, 3, 200, (line) => {
    // "EUAA: …", "European Maritime Safety Agency: Project Officer …".
    const m = /^([A-Za-z][A-Za-z-]{1,9}|\p{Lu}[\p{L} ,()'-]{8,90}?):\s+(?=\p{Lu})/u.exec(line.text);
    if (!m || !(BODY_BY_ACRONYM.has(m[1]) || isBodyName(foldSameLength(m[1])))) return null;
    const from = line.start + m[0].length;
    let end = line.end;
    const dash = / [—–-] /.exec(ctx.text.slice(from, end));
    if (dash && placesIn(ctx, from + dash.index + 3, end).length) end = from + dash.index;
    return titleFrom(ctx, from, end, ctx.text.slice(from, end));
  });
}

/**
 * "Seconded National Expert", "Expert national détaché", "Praktika": the category's name alone on a line, or
 * with where the expert goes ("Seconded National Expert in the Management Board Secretariat") (folded).
 */
const SNE_LINE = new RegExp(
  `^(?:${phrasePattern([...STAFF_WORDS.seconded_national_expert, ...STAFF_WORDS.trainee])})\\s*(?:\\(sne\\)|\\(end\\))?(?:\\s+(?:in|for|at|within|to) (?:the )?\\p{L}[^.\\n]{2,80})?$`,
  'u',
);
/** The first lines a call for seconded experts names its post in, when it has no other name. */
const EXPERT_HEADING_LINES = 8;

/**
 * A call for seconded national experts or trainees headed only by that name ("Seconded National
 * Expert" / "Type of contract …", "Praktika"): the name is the post, when nothing else names one.
 */
function expertHeadingTitle(ctx: NoticeContext): Found<string> | null {
  return firstShortLines(ctx, EXPERT_HEADING_LINES, 120, (line) =>
    SNE_LINE.test(ctx.folded.slice(line.start, line.end).trim())
      ? { value: line.text.trim(), evidence: evidence(ctx, line.start, line.end) }
      : null,
  );
}

export function extractTitle(ctx: NoticeContext): FieldResult<string> {
  const found =
    labelledTitle(ctx) ??
    titleAboveReference(ctx) ??
    referenceRowTitle(ctx) ??
    breadcrumbTitle(ctx) ??
    detailsHeadingTitle(ctx) ??
    categoryLineTitle(ctx) ??
    headerRowTitle(ctx) ??
    postOfTitle(ctx) ??
    postOfColonTitle(ctx) ??
    lookingForTitle(ctx) ??
    seekingToRecruitTitle(ctx) ??
    keyFactsHeading(ctx) ??
    gradeHeadingTitle(ctx) ??
    postBeforeGradeTitle(ctx) ??
    noticeHeadingTitle(ctx) ??
    referenceLeadTitle(ctx) ??
    bodyHeadTitle(ctx) ??
    jobBoardTitle(ctx) ??
    headlineTitle(ctx) ??
    jobAtTitle(ctx) ??
    genderMarkedTitle(ctx) ??
    dashedJobHeading(ctx) ??
    employerChevronTitle(ctx) ??
    bodyColonTitle(ctx) ??
    bodyPostRefTitle(ctx) ??
    postOfTitle(ctx, FOR_THE_POST_OF) ??
    expertHeadingTitle(ctx) ??
    postBeforeReferenceTitle(ctx);
  return found
    ? asWritten(ctx, found)
    : missing('no job title found (no title label, no heading naming the post)');
}

// ---- institution and department ----------------------------------------------------

/** One pass per pattern family: a single alternation with a capture group per entry, tried only where an entry may begin. */
function groupedRegex(sources: Array<string | null>, flags: string): RegExp {
  return trieRegExp(new RegExp(sources.map((src) => `(${src ?? '(?!)'})`).join('|'), flags));
}

function matchedGroup(m: RegExpExecArray): number {
  for (let i = 1; i < m.length; i++) if (m[i] !== undefined) return i - 1;
  return -1;
}

const BODY_FULL = groupedRegex(
  BODIES.map((b) => b.full.source),
  'g',
);
/** BODY_FULL tried at one position only (sticky). */
const BODY_FULL_AT = new RegExp(BODY_FULL.source, 'y');
/** Acronyms are looked up token by token (one pass), not tried at every position. */
const BODY_BY_ACRONYM = new Map<string, number>();
BODIES.forEach((b, i) => {
  for (const alt of b.acronym?.source.split('|') ?? []) {
    const word = /^\\b([\w-]+)\\b/.exec(alt)?.[1];
    if (word) BODY_BY_ACRONYM.set(word, i);
  }
});
// `(?<![\w-])(?:[A-Z][A-Za-z]*(?:-[A-Za-z]+)?|eu-LISA|F4E)(?![\w-])`, each look-behind moved after its
// first character: V8 then tries only where a capital (or "e") is, not the look-behind at every position.
const ACRONYM_TOKEN =
  /(?:[A-Z](?<![\w-][A-Z])[A-Za-z]*(?:-[A-Za-z]+)?|e(?<![\w-]e)u-LISA|F(?<![\w-]F)4E)(?![\w-])/g;
const EEA_NOT_AGENCY = /^\s*(?:countries|agreement|states|nationals|authorities|member states?|citizens)/i;

/** Maltese articles and prepositions joined to a name by a hyphen: "L-EUIPO", "tal-EMSA". */
const MALTESE_ARTICLE = /^(?:l|il|ta|tal|bil|fil|mill|lill|għall|ghall|sal|mal|fl|bl|d|id)$/i;

function tallyAcronyms(
  s: string,
  weight: (i: number, at: number, end: number) => number,
  into: Map<number, Tally>,
): void {
  ACRONYM_TOKEN.lastIndex = 0;
  for (let m = ACRONYM_TOKEN.exec(s); m; m = ACRONYM_TOKEN.exec(s)) {
    // "L-EUIPO" (Maltese article): the acronym after the hyphen; not after another acronym ("EFTA-EEA").
    const dash = m[0].indexOf('-');
    const i =
      BODY_BY_ACRONYM.get(m[0]) ??
      (MALTESE_ARTICLE.test(m[0].slice(0, dash)) ? BODY_BY_ACRONYM.get(m[0].slice(dash + 1)) : undefined);
    if (i === undefined) continue;
    if (m[0] === 'EEA' && EEA_NOT_AGENCY.test(s.slice(m.index + 3, m.index + 20))) continue;
    count(into, i, weight(i, m.index, m.index + m[0].length), m.index, m.index + m[0].length);
  }
}

/**
 * Agencies' names in every official language and their former names (body-names.ts) that their
 * pattern in bodies.ts does not already match: one phrase search from the text's word starts, not
 * hundreds more alternatives tried at every position of BODY_FULL.
 */
const nameKey = (s: string) => s.replace(/[\s'’-]+/g, '');
const AGENCY_NAME_BODY = new Map<string, number>();
/** A name and its forms after a preposition: German "der Europäischen Umweltagentur". */
const nameForms = (name: string) =>
  /^Europäische /.test(name) ? [name, name.replace(/^Europäische /, 'Europäischen ')] : [name];
BODIES.forEach((b, i) => {
  const own = new RegExp(`^(?:${b.full.source})$`);
  for (const name of (AGENCY_NAMES[b.name] ?? []).flatMap(nameForms)) {
    const folded = foldSameLength(name);
    if (!own.test(folded)) AGENCY_NAME_BODY.set(nameKey(folded), i);
  }
});
const AGENCY_NAME = phraseRegex(
  BODIES.flatMap((b) =>
    (AGENCY_NAMES[b.name] ?? [])
      .flatMap(nameForms)
      .filter((n) => AGENCY_NAME_BODY.has(nameKey(foldSameLength(n)))),
  ),
);

/**
 * Searched in the normalised text, whose word index the other phrase searches have built (the
 * original would need its own); `toOriginal` turns a match's span into the original's offsets.
 * Matches from `limit` on are not read.
 */
function tallyAgencyNames(
  s: string,
  weight: (i: number, at: number, end: number) => number,
  into: Map<number, Tally>,
  limit: number,
  toOriginal?: (start: number, end: number) => { start: number; end: number },
): void {
  AGENCY_NAME.lastIndex = 0;
  for (let m = AGENCY_NAME.exec(s); m && m.index < limit; m = AGENCY_NAME.exec(s)) {
    const i = AGENCY_NAME_BODY.get(nameKey(m[0]));
    if (i === undefined) continue;
    const { start, end } = toOriginal?.(m.index, m.index + m[0].length) ?? {
      start: m.index,
      end: m.index + m[0].length,
    };
    count(into, i, weight(i, start, end), start, end);
  }
}

interface Tally {
  score: number;
  first: number;
  firstEnd: number;
}

/** Adds a mention's weight to its body's tally; the first mention is the one quoted. */
function count(into: Map<number, Tally>, i: number, weight: number, start: number, end: number): void {
  if (weight === 0) return;
  const t = into.get(i) ?? { score: 0, first: start, firstEnd: end };
  t.score += weight;
  into.set(i, t);
}

function tally(
  re: RegExp,
  s: string,
  weight: (i: number, at: number, end: number) => number,
  into: Map<number, Tally>,
): void {
  re.lastIndex = 0;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    const i = matchedGroup(m);
    if (i >= 0) count(into, i, weight(i, m.index, m.index + m[0].length), m.index, m.index + m[0].length);
  }
}

/** "Regulation … of the European Parliament and of the Council": a legal reference, not the employer. */
const AND_COUNCIL =
  /^[\p{L}]{0,4}\s{0,3}(?:and|et|und|y|e|i|en|og|och|ja|a|es|si|и|και|u|ir|un|agus)\s+(?:of\s+|du\s+|des\s+|del\s+|do\s+|della\s+)?(?:the\s+)?(?:council|conseil|rates?|consejo|consiglio|conselho|rady|raad|radets?|neuvoston|noukogu|padomes|tarybos|sveta|vijeca|tanacs|consiliului|съвета|συμβουλιου|kunsill)(?![\p{L}])/u;
/** Commission services and DGs named without the Commission ("EUROSTAT —", "PMO.1", "Dirección General INTPA", "COM/2023/…"). */
const COMMISSION_SIGNAL =
  /\b(?:directorate-general|direction generale|generaldirektion|direccion general|direzione generale|direcao-geral|directoraat-generaal|generaldirektorat(?:et)?|dyrekcj[a-z] generaln[a-z]|generalni[a-z]? reditelstvi|generalne riaditelstvo|generalni direktorat|glavna uprava|fooigazgatosag|directia generala|paaosasto|peadirektoraat|generaldirektoraat|generaldirektorats|ģenerāldirektorāt|generalinis direktoratas|dg [a-z]{2,6}|eurostat|joint research centre|centre commun de recherche|gemeinsame forschungsstelle|centro comune di ricerca|com\/\d{4}\/)\b|γενικη διευθυνση|генерална дирекция|\bpmo\.\d/;

/** The Official Journal's section heading above the publishing institution's name, in the EU's languages (folded). */
const OJ_PUBLISHER_HEADING =
  /^[ \t]*(?:administrative procedures|procedures administratives|verwaltungsverfahren|procedimientos administrativos|procedimenti amministrativi|procedimentos administrativos|administratieve procedures|postepowania administracyjne|spravni rizeni|spravne konania|upravni postopki|upravni postupci|kozigazgatasi eljarasok|proceduri administrative|административни процедури|διοικητικες διαδικασιες|administrativas proceduras|administracines proceduros|haldusmenetlused|hallinnolliset menettelyt|administrativa forfaranden|administrative procedurer|proceduri amministrattivi|nosanna imeachta riarachain)[ \t]*\n\s*/m;

const MAX_BODY_SCAN = 200_000;
const REF_PREFIX_BODY: Record<string, string> = {
  CONS: 'Council of the European Union',
  COR: 'European Committee of the Regions',
  OMB: 'European Ombudsman',
  CDR: 'European Committee of the Regions',
  CESE: 'European Economic and Social Committee',
  EESC: 'European Economic and Social Committee',
};
// Look-behind after the first character: V8 tries the pattern only where that character is.
const REF_PREFIX =
  /(C(?<![\w/]C)(?:ONS|DR|OR|ESE)|O(?<![\w/]O)MB|E(?<![\w/]E)ESC)\/(?=[A-Z]{0,6}(?: \d{1,2})?\/?\d)/g;

export function extractInstitution(ctx: NoticeContext, isCompetition: boolean): FieldResult<string> {
  const early = Math.max(3000, Math.floor(ctx.text.length * 0.3));
  const epso = BODIES.findIndex((b) => b.name === 'EPSO');
  // EPSO's own notices carry its references: "EPSO/AD/415/24", "EPSO/CAST/P/1/2017".
  const epsoRef = /\bEPSO\/(?:AD|AST|AST-SC|CAST|SC|CA)\//.exec(ctx.text.slice(0, early));
  const competition = isCompetition || epsoRef !== null;
  const labelled = findLabelled(
    ctx,
    /^(?:institution(?:\/agency)?|agency|institution or agency|organisation|employer|body)\b/,
    {
      maxValueLength: 150,
    },
  );
  if (labelled) {
    const byLabel = new Map<number, Tally>();
    const span = { start: labelled.start, end: labelled.end };
    // An EU Careers page lists its institutions one per line under the label.
    const first = firstLineFrom(ctx, labelled.start);
    const lineAt = first < ctx.lines.length && ctx.lines.start(first) === labelled.start ? first : -1;
    for (let k = lineAt + 1; lineAt >= 0 && k < Math.min(ctx.lines.length, lineAt + 6); k++) {
      const l = ctx.lines.get(k);
      if (
        l.end - l.start > 80 ||
        (BODY_FULL.lastIndex = 0) ||
        !BODY_FULL.exec(ctx.folded.slice(l.start, l.end))
      )
        break;
      span.end = l.end;
    }
    tally(BODY_FULL, ctx.folded.slice(span.start, span.end), () => 1, byLabel);
    const labelText = ctx.folded.slice(span.start, span.end);
    tallyAgencyNames(labelText, () => 1, byLabel, labelText.length);
    tallyAcronyms(ctx.text.slice(span.start, span.end), () => 1, byLabel);
    const named = [...byLabel.keys()];
    if (named.length > 1 && competition && epsoRef) {
      return {
        value: 'EPSO',
        evidence: evidence(
          ctx,
          epsoRef.index,
          epsoRef.index + 4,
          'an EPSO selection for several institutions',
        ),
      };
    }
    if (named.length === 1)
      return { value: BODIES[named[0]].name, evidence: evidence(ctx, labelled.start, labelled.end) };
  }
  const scores = new Map<number, Tally>();
  // The employer is named near the top: past this much original text, more mentions change nothing.
  const original = ctx.mt.original.slice(0, MAX_BODY_SCAN);
  const foldedOriginal = foldSameLength(original);
  // The Official Journal's "ADMINISTRATIVE PROCEDURES / European Commission" names who publishes: the
  // Commission publishes the vacancy notices of agencies' directors. That line, and the journal's head and
  // contents above it, count as one late mention each.
  const heading = OJ_PUBLISHER_HEADING.exec(foldedOriginal.slice(0, 2000));
  const publisherAt = heading ? heading.index + heading[0].length : -1;
  const publisherEnd = heading ? foldedOriginal.indexOf('\n', publisherAt) : -1;
  const weight = (factor: number) => (i: number, at: number, end: number) => {
    if (i === epso && !competition) return 0;
    // The journal's masthead and contents before it ("Il-Kummissjoni Ewropea |" in a table) name the same publisher.
    if (publisherAt >= 0 && end <= publisherEnd) return 1;
    const name = BODIES[i].name;
    if (
      (name === 'European Parliament' || name === 'Council of the European Union') &&
      AND_COUNCIL.test(foldedOriginal.slice(end, end + 40))
    )
      return 0;
    // The heading names the employer: "SECONDED NATIONAL EXPERTS TO THE EUROPEAN COMMISSION", more so
    // when written in capitals (a heading line, not a sentence that mentions other bodies).
    if (at < 400) return factor * (isCapitalsName(original, at, end) ? 8 : 4);
    return factor * (at < early ? 2 : 1);
  };
  // Counted in the original: a body's name repeated as a running head is dropped from the normalised text.
  tally(BODY_FULL, foldedOriginal, weight(2), scores);
  // In the notice's first part only: its employer is named there, and the long lists of names
  // sharing their first letters ("europ…") cost a search of the whole text a tenth of a millisecond.
  tallyAgencyNames(ctx.folded, weight(2), scores, early, (start, end) => toOriginalRange(ctx.mt, start, end));
  tallyAcronyms(original, weight(2), scores);
  // "SELECTION OF TEMPORARY STAFF FOR … DIRECTORATE-GENERAL FOR COMPETITION (DG COMP)": a DG only the
  // Commission has, named in the notice's heading, names the employer as the Commission's own name would.
  const headDg = publisherAt < 0 ? commissionOnlyDg(foldedOriginal.slice(0, 400)) : null;
  if (headDg) {
    const commission = BODIES.findIndex((b) => b.name === 'European Commission');
    count(scores, commission, weight(2)(commission, headDg.start, headDg.end), headDg.start, headDg.end);
  }
  if (epsoRef) return { value: 'EPSO', evidence: evidence(ctx, epsoRef.index, epsoRef.index + 4) };
  // The journal's head counts little (above): a Commission DG heading the notice below it ("Generaldirektion
  // Migration und Inneres" / "Ausschreibung der Stelle …") names the Commission as the employer.
  if (publisherAt >= 0) {
    const head = foldedOriginal.slice(publisherEnd, publisherEnd + 600);
    const dg = COMMISSION_SIGNAL.exec(head);
    const commission = BODIES.findIndex((b) => b.name === 'European Commission');
    if (dg && !/^com\//.test(dg[0])) {
      const at = publisherEnd + dg.index;
      count(scores, commission, 8, at, at + dg[0].length);
    }
  }
  // A reference's prefix names its institution: "CONS/AD/193/24", "OMB/6/2015", "COM/2023/20094".
  REF_PREFIX.lastIndex = 0;
  for (let m = REF_PREFIX.exec(original); m && m.index < early; m = REF_PREFIX.exec(original)) {
    const i = BODIES.findIndex((b) => b.name === REF_PREFIX_BODY[m![1]]);
    const t = scores.get(i) ?? { score: 0, first: m.index, firstEnd: m.index + m[1].length };
    t.score += 6;
    scores.set(i, t);
  }
  let best: [number, Tally] | null = null;
  for (const e of scores)
    if (!best || e[1].score > best[1].score || (e[1].score === best[1].score && e[1].first < best[1].first))
      best = e;
  if (!best) {
    // A Directorate-General or service without the Commission named still means the Commission.
    const dg = COMMISSION_SIGNAL.exec(ctx.folded);
    if (dg)
      return {
        value: 'European Commission',
        evidence: evidence(ctx, dg.index, dg.index + dg[0].length, 'a Commission DG or service is named'),
      };
    return missing('no EU institution or agency named');
  }
  const { first, firstEnd } = best[1];
  return {
    value: BODIES[best[0]].name,
    evidence: { start: first, end: firstEnd, quote: original.slice(first, firstEnd) },
  };
}

/** The first Directorate-General named in `folded` that is the Commission's alone (not one the Parliament has too). */
function commissionOnlyDg(folded: string): { start: number; end: number } | null {
  DG_FULL.lastIndex = 0;
  for (let m = DG_FULL.exec(folded); m; m = DG_FULL.exec(folded)) {
    const i = matchedGroup(m);
    // Whole words: the Parliament's "Directorate-General for Budgetary Affairs" is not DG BUDG's "… for Budget".
    const whole = !/\p{L}/u.test(folded[m.index + m[0].length] ?? '');
    if (i >= 0 && !DEPARTMENTS[i].ep && whole) return { start: m.index, end: m.index + m[0].length };
  }
  return null;
}

/** Is original[at, end) a name written in capitals ("… TO THE EUROPEAN COMMISSION"), not an acronym? */
function isCapitalsName(original: string, at: number, end: number): boolean {
  const name = original.slice(at, end);
  return end - at >= 8 && /\s/.test(name) && name === name.toUpperCase() && /\p{Lu}/u.test(name);
}

const INSTITUTIONS_WITH_DGS = new Set([
  'Council of the European Union',
  'Court of Justice of the European Union',
  'European Court of Auditors',
  'European Economic and Social Committee',
  'European Committee of the Regions',
  'European External Action Service',
]);

export function extractDepartment(ctx: NoticeContext, institution: string | null): FieldResult<string> {
  if (institution !== 'European Commission' && institution !== 'European Parliament') {
    if (!institution || !INSTITUTIONS_WITH_DGS.has(institution))
      return missing('no Directorate-General for this body');
    // Other institutions: "Directorate-General for … (ORG)" or "DG ORG"; not a DG of the Commission named as
    // a partner ("The Division cooperates closely with the European Commission, in particular DG NEAR").
    const re = /\bDirectorate-General\b[^()\n]{0,90}\(([A-Z]{2,6})\)|\bDG ([A-Z]{2,6})\b/g;
    for (let m = re.exec(ctx.text); m; m = re.exec(ctx.text)) {
      const acronym = m[1] ?? m[2];
      if (/\bcommission\b/.test(ctx.folded.slice(Math.max(0, m.index - 80), m.index))) continue;
      return { value: `DG ${acronym}`, evidence: evidence(ctx, m.index, m.index + m[0].length) };
    }
    return missing('no Directorate-General named');
  }
  const ep = institution === 'European Parliament';
  const scores = new Map<number, Tally>();
  const family = (i: number) => DEPARTMENTS[i].ep === 'both' || Boolean(DEPARTMENTS[i].ep) === ep;
  // "DG TAXUD" (strong), "TAXUD" / "TAXUD.B2" (weak), "Directorate-General for Taxation…" (strong).
  DG_EXPLICIT.lastIndex = 0;
  for (let m = DG_EXPLICIT.exec(ctx.text); m; m = DG_EXPLICIT.exec(ctx.text)) {
    const i = DEPARTMENT_BY_ACRONYM.get(m[1]);
    if (i === undefined || !family(i)) continue;
    const t = scores.get(i) ?? { score: 0, first: m.index, firstEnd: m.index + m[0].length };
    t.score += 3;
    scores.set(i, t);
  }
  // Bare acronyms are ordinary capitalised tokens; look each one up instead of trying every acronym everywhere.
  DG_TOKEN.lastIndex = 0;
  for (let m = DG_TOKEN.exec(ctx.text); m; m = DG_TOKEN.exec(ctx.text)) {
    const i = DEPARTMENT_BY_ACRONYM.get(m[1]);
    if (i === undefined || !family(i)) continue;
    const d = DEPARTMENTS[i];
    const unitCode = m[2] !== undefined;
    if (d.ambiguous && !unitCode) continue;
    if (m[3] !== undefined) continue; // part of an e-mail address
    const t = scores.get(i) ?? { score: 0, first: m.index, firstEnd: m.index + m[1].length };
    t.score += 1;
    scores.set(i, t);
  }
  // "… one of the four DGs made by dividing the former Directorate-General for Internal Policies": not the post's.
  const former = (at: number) => FORMER_BEFORE.test(ctx.folded.slice(Math.max(0, at - 24), at));
  tally(DG_FULL, ctx.folded, (i, at) => (family(i) && !former(at) ? 3 : 0), scores);
  // A form's "Post identification: (DG-DIR-UNIT) / SJ-B-Agriculture …": the code's first part is the DG.
  const post = findLabelled(ctx, /^post identification\b/, { maxValueLength: 120 });
  const code = post && /^\s*(?:\(DG-DIR-UNIT\)\s*)?[/\s]*([A-Z]{2,7})[-.]/.exec(post.value);
  const coded = code ? DEPARTMENT_BY_ACRONYM.get(code[1]) : undefined;
  if (post && code && coded !== undefined && family(coded)) {
    const firstEnd = post.start + post.value.indexOf(code[1]) + code[1].length;
    const t = scores.get(coded) ?? { score: 0, first: post.labelStart, firstEnd };
    t.score += 6;
    scores.set(coded, t);
  }
  // A form's "Directorate general: Enterprise and Industry": the DG's name without its "for".
  const dgLabel = findLabelled(ctx, /^(?:directorate[- ]general|dg)(?=[\s:/]*$|\s*:)/, {
    maxValueLength: 80,
  });
  if (dgLabel) {
    const value = ctx.folded.slice(dgLabel.start, dgLabel.end).replace(/^[\s/]+/, '');
    const named = new Map<number, Tally>();
    tally(DG_FULL, `directorate-general for ${value}`, (i) => (family(i) ? 3 : 0), named);
    for (const [i, t] of named) {
      const into = scores.get(i) ?? { score: 0, first: dgLabel.labelStart, firstEnd: dgLabel.end };
      into.score += t.score;
      scores.set(i, into);
    }
  }
  let best: [number, Tally] | null = null;
  for (const e of scores)
    if (!best || e[1].score > best[1].score || (e[1].score === best[1].score && e[1].first < best[1].first))
      best = e;
  // "The Directorate-General for Citizens' Rights, Justice and Institutional Affairs (DG IUST)": a DG newer than
  // our list, named in full with its acronym, before any DG we know.
  const named = NAMED_DG.exec(ctx.text.slice(0, 6000));
  if (
    named &&
    !DEPARTMENT_BY_ACRONYM.has(named[1]) &&
    !former(named.index) &&
    (!best || best[1].first > named.index)
  )
    return { value: `DG ${named[1]}`, evidence: evidence(ctx, named.index, named.index + named[0].length) };
  if (!best) return missing('no Directorate-General named');
  return { value: DEPARTMENTS[best[0]].short, evidence: evidence(ctx, best[1].first, best[1].firstEnd) };
}

/** Right before a DG's name (folded): it is no more ("the former Directorate-General for …"). */
const FORMER_BEFORE =
  /(?<![\p{L}])(?:former|formerly|previous|ancienne?|ehemaligen?|antigua|ex)\s+(?:the\s+)?$/u;
/** "Directorate-General for Citizens' Rights, … (DG IUST)": a DG's English name and its acronym in brackets. */
const NAMED_DG = /\bDirectorate-General for [^()\n]{3,100}\((?:DG )?([A-Z]{2,7})\)/;

const DEPARTMENT_BY_ACRONYM = new Map(DEPARTMENTS.map((d, i) => [d.acronym, i]));
/**
 * "DG TAXUD", and the abbreviation in other languages: "GD COMM", "GŘ COMM", "ΓΔ COMM", "ĢD COMM".
 * Look-behind after the first character: V8 tries the pattern only where that character is.
 */
const DG_EXPLICIT =
  /(?:D(?<![\p{L}]D)[GĠ]|G(?<![\p{L}]G)[DŘRU]|Г(?<![\p{L}]Г)Д|Γ(?<![\p{L}]Γ)Δ|Ģ(?<![\p{L}]Ģ)D)\s+([A-Z]{2,7})\b/gu;
/**
 * A capitalised token; group 2 when it starts a unit code ("TAXUD.B2"), group 3 when it is in an e-mail.
 * Look-behind after the first character: V8 tries the pattern only where that character is.
 */
const DG_TOKEN = /([A-Z](?<![\w-][A-Z])[A-Z]{1,6})(?![a-z0-9])(\.[A-Z0-9])?([\w.-]*@)?/g;
const DG_FULL = groupedRegex(
  DEPARTMENTS.map((d) => d.full?.source ?? null),
  'g',
);

// ---- location, unit, domain ---------------------------------------------------------

/** Folded place names; the guards work for Greek and Cyrillic names too (\\b does not). */
/**
 * Folded place names, in a locative case too: Finnish "Ljubljanassa", "Brysselissä", Estonian
 * "Tallinnas", "Brüsselis", Hungarian "Ljubljanában", "Brüsszelben", Czech and Slovak "v Bruselu" (the name
 * is group 1).
 */
const PLACE_RE = new RegExp(
  `(?<![\\p{L}\\p{N}])(${PLACE_NAME_PATTERN})(?:issa|ista|assa|asta|ssa|sta|is|as|s|ban|ben|u)?(?![\\p{L}\\p{N}])`,
  'gu',
);
/** Place-of-employment labels in the official languages (folded). */
const LOCATION_LABEL_WORDS = [
  'place of (?:the )?(?:employment|assignment|work|secondment|traineeship)', 'place and date of (?:employment|assignment)', 'location\\(?s?\\)?', 'duty station',
  'where', 'work(?:ing)? (?:location|place)', 'workplace', 'lieu d.affectation', 'lieu de travail', 'lieu',
  'dienstort', 'arbeitsort', 'einsatzort', 'ort', 'sede(?: de trabajo| di (?:servizio|lavoro))?', 'lugar de (?:destino|trabajo)', 'lugar',
  'luogo di (?:lavoro|servizio)', 'luogo', 'local de (?:afetacao|afectacao|trabalho)', 'standplaats', 'plaats van tewerkstelling', 'plaats',
  'miejsce (?:zatrudnienia|pracy)', 'misto vykonu (?:prace|zamestnani)', 'miesto vykonu prace', 'miesto zamestnania', 'misto zamestnani', 'kraj zaposlitve', 'mjesto (?:zaposlenja|rada)',
  'munkavegzes helye', 'locul de munca', 'locul', 'job location', 'locatie', 'locatia', 'място на работа', 'месторабота', 'pracoviste', 'pracovisko', 'τοπος(?: απασχολησης| εργασιας)?', 'tjenestested', 'arbejdssted',
  'tjanstgoringsort', 'placeringsort', 'anstallningsort', 'arbetsplats', 'arbetsort', 'toimipaikka', 'tyopaikka', 'tookoht', 'teenistuskoht', 'asukoht', 'paikka', 'hely', 'place', 'darba vieta', 'darbo vieta', 'vieta\\(-?as\\)', 'vieta',
  'post tax-xogħol', 'ait fostaiochta', 'ionad oibre', 'kraj', 'mjesto',
].join('|'); // prettier-ignore
const LOCATION_LABEL = new RegExp(`^(?:${LOCATION_LABEL_WORDS})(?![\\p{L}\\p{N}])`, 'u');
const LOCATION_LABEL_GLUED = new RegExp(`^(?:${LOCATION_LABEL_WORDS})`, 'u');
/** A place-of-employment label anywhere in a line (a flattened table's header row). */
const LOCATION_LABEL_IN_LINE = new RegExp(`(?<![\\p{L}])(?:${LOCATION_LABEL_WORDS})(?![\\p{L}\\p{N}])`, 'u');
/** Wordings that name the place of employment itself. */
const PLACE_PHRASE =
  /(?<![\p{L}])(?:place of (?:employment|assignment|secondment)|place of work (?:will be|is)|con destino en|mistem vykonu prace (?:je|bude)|lieu d.affectation|lieu de travail|dienstort|duty station|will be (?:based|located|working) in|(?:traineeship|secondment|work) will take place (?:at|in)|(?:post|position) is assigned to|the (?:post|position|job(?:holder)?) (?:is|will be) (?:based|located) in|(?:this|the) (?:post|position|job) (?:is|will be) based at|sera base a|(?:luogo|sede) di (?:servizio|lavoro)|lugar de (?:destino|trabajo)|locul de munca (?:este|va fi))(?![\p{L}])[^.\n]{0,60}/gu;
/** Weaker: where the body sits ("… to work in its state-of-the-art headquarters in The Hague"). */
const SEAT_PHRASE =
  /(?<![\p{L}])(?:based in|located in|(?:has its|with its|whose) (?:seat|headquarters) (?:is |are )?in|work(?:ing)? (?:in|at) (?:its|our|the) (?:[\p{L}-]+ ){0,3}headquarters in|seat (?:of [^.\n]{1,40} )?is (?:in )?|headquartered in|est situee? a|(?:sera|est) installee? a|sede dell?.?\p{L}* e (?:a|al|ad|in|nel|nella)|basee? a|a son siege a|siege a|hat (?:ihren|seinen) sitz in|con sede en|con sede a|ha sede (?:a|ad|in)|tem a sua sede em|sediada em|gevestigd in|z siedziba w|har hjemsted i|har sitt sate i|sidlo v|sidli v|sidli ve|ma siedzibe w|ima sedez v|sjediste (?:mu |joj )?je u|are sediul (?:in|la)|tiene su sede en|tem sede em|sijaitsee|asub|szekhelye|tinsab)(?![\p{L}])[^.\n]{0,40}/gu;

function placesIn(
  ctx: NoticeContext,
  start: number,
  end: number,
): Array<{ place: Place; start: number; end: number }> {
  const out: Array<{ place: Place; start: number; end: number }> = [];
  const s = ctx.folded.slice(start, end);
  PLACE_RE.lastIndex = 0;
  for (let m = PLACE_RE.exec(s); m; m = PLACE_RE.exec(s)) {
    const place = lookupPlace(m[1]);
    if (place) out.push({ place, start: start + m.index, end: start + m.index + m[0].length });
  }
  return out;
}

/**
 * A row of boxes ("© Brussels £ Luxembourg £ Other", "X Brussels  Luxembourg  Other"): the option whose
 * box differs from all the others is the ticked one. Null when there are no boxes or no single odd one.
 */
function tickedPlace(
  ctx: NoticeContext,
  found: Array<{ place: Place; start: number; end: number }>,
  end: number,
): { place: Place; start: number; end: number } | null {
  const boxOf = (at: number): string | null => {
    let i = at - 1;
    while (i >= 0 && ctx.text[i] === ' ') i--;
    const ch = ctx.text[i];
    if (ch === undefined || /[\p{N}\n,;:(/–-]/u.test(ch)) return null;
    if (/\p{L}/u.test(ch)) return /[xX]/.test(ch) && !/\p{L}/u.test(ctx.text[i - 1] ?? ' ') ? 'x' : null;
    return ch;
  };
  const options = found.map((f) => ({ f, box: boxOf(f.start) }));
  const other = /(?<![\p{L}])(?:other|autre|andere|altro|otro|outro)(?![\p{L}])/u.exec(
    ctx.folded.slice(found[found.length - 1].end, Math.min(end, found[found.length - 1].end + 40)),
  );
  const boxes = options.map((o) => o.box);
  if (other) boxes.push(boxOf(found[found.length - 1].end + other.index));
  // Only the ticked option carries a mark: "X Brussels  Luxembourg  Other".
  const marked = options.filter((o) => o.box !== null);
  if (
    marked.length === 1 &&
    boxes.filter((b) => b !== null).length === 1 &&
    /^(?:x|[✓✔☒☑■©þ])$/.test(marked[0].box!)
  )
    return marked[0].f;
  if (boxes.length < 3 || boxes.some((b) => b === null)) return null;
  const odd = options.filter((o) => boxes.filter((b) => b === o.box).length === 1);
  const ticked = odd.length === 1 && boxes.filter((b) => b !== odd[0].box).every((b, _, all) => b === all[0]);
  return ticked ? odd[0].f : null;
}

function locationFrom(
  ctx: NoticeContext,
  start: number,
  end: number,
  evStart: number,
): FieldResult<Place> | null {
  const found = placesIn(ctx, start, end);
  const cities = new Set(found.map((f) => f.place.city));
  if (cities.size === 1)
    return { value: found[0].place, evidence: evidence(ctx, evStart, found[found.length - 1].end) };
  if (cities.size > 1) {
    const ticked = tickedPlace(ctx, found, end);
    if (ticked)
      return { value: ticked.place, evidence: evidence(ctx, evStart, ticked.end, 'the ticked box') };
    return missing(`several places of employment: ${[...cities].join(', ')}`);
  }
  return null;
}

/** A line near the top that is only a place: "Thessaloniki, Greece", "🔍 Luxembourg", "Lisbon |". */
/** "Thessaloniki, Greece", "Luxembourg (LU)", "Amsterdam (agente temporaneo - grado AD14)": a line that names a place and nothing else about the job. */
function isPlaceOnlyLine(ctx: NoticeContext, line: Line): boolean {
  const places = placesIn(ctx, line.start, line.end);
  if (!places.length) return false;
  let rest = ctx.folded.slice(line.start, line.end);
  for (const p of [...places].reverse())
    rest = rest.slice(0, p.start - line.start) + rest.slice(p.end - line.start);
  // "Amsterdam (agente temporaneo - grado AD14)": the post's category and grade beside its place.
  rest = rest.replace(COUNTRY_WORDS, '').replace(/\([^()]*(?<![\p{L}])(?:ad|ast|sc)\s?\d{1,2}[^()]*\)/gu, '');
  // "Frankfurt am Main", "(Belgium)", "BELGIUM", "Rue …" are not other words about the job.
  return !/\p{L}{3}/u.test(rest.replace(/\b(?:am main|other|autre|andere)\b/g, ''));
}

function placeLine(ctx: NoticeContext): FieldResult<Place> | null {
  const limit = Math.min(ctx.lines.length, 40);
  let found: FieldResult<Place> | null = null;
  for (let i = 0; i < limit; i++) {
    const line = ctx.lines.get(i);
    if (line.end - line.start > 80) continue;
    if (!isPlaceOnlyLine(ctx, line)) continue;
    const r = locationFrom(ctx, line.start, line.end, line.start);
    if (!r || r.value === null) return r;
    if (found && found.value && found.value.city !== r.value.city)
      return missing(`several places named at the top: ${found.value.city}, ${r.value.city}`);
    found = r;
  }
  return found;
}

/** A heading's last bracket when it gives the legal basis: "(article 29, paragraphe 2, du statut)" (folded). */
// "(Article 29(2) of the Staff Regulations)": a paragraph's number in its own brackets.
const ARTICLE_PAREN_END =
  /\s*\((?:\p{L}{2,30} ){0,2}(?:article|artikel|articulo|articolo|artigo|art\.|articolul|clanak|clanek|clanku|clen|artykul|artikla|artikli|αρθρο|член|artikolu|airteagal)\s(?:[^()\n]|\([^()\n]{1,6}\)){0,120}\)\s*$/u;

/** The heading names the place at its end: "File Handler PMO.1/PMO.2 - Brussels", "(AD 14) — Luxemburgo". */
function headingPlace(ctx: NoticeContext): FieldResult<Place> | null {
  const limit = Math.min(ctx.lines.length, 30);
  for (let i = 0; i < limit; i++) {
    const line = ctx.lines.get(i);
    if (line.end - line.start > 300) continue;
    // "… tegevdirektor – Lissabon (ajutine töötaja – palgaaste AD 14)": the place before the grade in brackets.
    const grade = GRADE_PAREN_END.exec(ctx.folded.slice(line.start, line.end));
    // "… (grade AD 14) — Belgique/Bruxelles (article 29, paragraphe 2, du statut)": the legal basis after it.
    const basis = ARTICLE_PAREN_END.exec(ctx.folded.slice(line.start, line.end));
    const lineEnd = grade ? line.start + grade.index : basis ? line.start + basis.index : line.end;
    // "… VOOR DE GRONDRECHTEN, WENEN": a heading in capitals may give its place after a comma.
    const caps = line.text === line.text.toUpperCase() && /\p{Lu}{4}/u.test(line.text);
    const m = (
      caps
        ? /\p{L}{3}[^-–—\n]*(?:\s(?:[-–—]|\p{So})\s+|,\s+)([^-–—,\n]{3,40})$|\p{L}{3}[^-–—\n]*\s\(([^()\n]{3,40})\)$/u
        : /\p{L}{3}[^-–—\n]*\s(?:(?:[-–—]|\p{So})\s+([^-–—\n]{3,40})|\(([^()\n]{3,40})\))$/u
    ).exec(ctx.folded.slice(line.start, lineEnd));
    if (!m) {
      // "… direktoriaus pareigoms Stokholme (AD 14 …)": the place, in its case, is the last word before the grade.
      if (!grade) continue;
      const last = /\s(\p{L}{3,30})\s*$/u.exec(ctx.folded.slice(line.start, lineEnd));
      const place = last && placesIn(ctx, lineEnd - last[0].length, lineEnd)[0];
      if (place && place.end >= lineEnd - 1)
        return { value: place.place, evidence: evidence(ctx, place.start, place.end) };
      continue;
    }
    const at = m[1] !== undefined ? lineEnd - m[1].length : lineEnd - 1 - m[2].length;
    const places = placesIn(ctx, at, lineEnd);
    if (places.length !== 1) continue;
    const rest = ctx.folded.slice(at, lineEnd).replace(ctx.folded.slice(places[0].start, places[0].end), '');
    if (/[\p{L}\d]/u.test(rest.replace(COUNTRY_WORDS, '').replace(/\((?:[a-z ]{3,20})\)/g, ''))) continue;
    return { value: places[0].place, evidence: evidence(ctx, places[0].start, places[0].end) };
  }
  return noticeHeadingPlace(ctx);
}

/** A notice-type phrase anywhere in a line (folded). */
const NOTICE_TYPE_IN_LINE = new RegExp(`(?<![\\p{L}])(?:${phrasePattern(NOTICE_TYPES)})(?![\\p{L}])`, 'u');
const PLACE_PAREN = /\(([^()\n]{3,40})\)/g;
const PLACE_AFTER_GRADE = new RegExp(`${GRADE_PAREN}\\s+(\\p{L}{3,30})\\s*$`, 'u');

/**
 * A notice's heading that names its place inside it: Hungarian "Pályázati felhívás az európai főügyészi állás
 * (Luxemburg) betöltésére" (the place alone in brackets), Estonian "Teade peadirektori asetäitja vaba
 * ametikoha kohta (palgaaste AD 15) Brüsselis (…)" (the place, in its case, after the grade). Only a line
 * with a notice-type phrase, among the first 30.
 */
function noticeHeadingPlace(ctx: NoticeContext): FieldResult<Place> | null {
  const limit = Math.min(ctx.lines.length, 30);
  for (let i = 0; i < limit; i++) {
    const line = ctx.lines.get(i);
    if (line.end - line.start > 300) continue;
    const whole = ctx.folded.slice(line.start, line.end);
    if (!NOTICE_TYPE_IN_LINE.test(whole)) continue;
    // "… (palgaaste AD 15) Brüsselis (personalieeskirjade artikli 29 lõige 2)": the legal basis after it.
    const basis = ARTICLE_PAREN_END.exec(whole);
    const f = basis ? whole.slice(0, basis.index) : whole;
    const spans: Array<[number, number]> = [];
    PLACE_PAREN.lastIndex = 0;
    for (let m = PLACE_PAREN.exec(f); m; m = PLACE_PAREN.exec(f))
      spans.push([m.index + 1, m.index + 1 + m[1].length]);
    const after = PLACE_AFTER_GRADE.exec(f);
    if (after) spans.push([f.length - after[0].length + after[0].lastIndexOf(after[1]), f.length]);
    for (const [a, b] of spans) {
      const places = placesIn(ctx, line.start + a, line.start + b);
      if (places.length !== 1) continue;
      const rest = f.slice(a, b).replace(ctx.folded.slice(places[0].start, places[0].end), '');
      if (/[\p{L}\d]/u.test(rest.replace(COUNTRY_WORDS, ''))) continue;
      return { value: places[0].place, evidence: evidence(ctx, places[0].start, places[0].end) };
    }
  }
  return null;
}

const OTHER_OFFICES =
  /\b(?:(?:additional|other|operational|liaison|regional|branch|satellite) offices?|headquarters|also has|backup site|as well as in|and in|autres bureaux|weitere[rn]? (?:buros|standorte?))\b/;
/** A label inside a run-on line: "… (see the Guide) Location Helsinki, Finland Publication Date …". */
const INLINE_LOCATION_LABEL =
  /(?<![\p{L}])(?:location|where|place of (?:employment|assignment|work)|duty station|lieu d.affectation|dienstort|arbeitsort|miejsce (?:zatrudnienia|pracy)|sede di servizio|luogo di (?:lavoro|servizio)|lugar de destino|local de trabalho|standplaats|mjesto (?:rada|zaposlenja)|kraj zaposlitve|mi[e]?sto vykonu prace|locul de munca|munkavegzes helye|darba vieta|darbo vieta|teenistuskoht|toimipaikka|tjanstgoringsort|tjenestested|τοπος απασχολησης|място на работа|sede(?=[ \t]*[:：]))[ \t]*[:：|]?[ \t]*/gu;

/** Inline place labels whose flattened row is looked at, at most. */
const MAX_FLAT_ROWS = 20;

function inlineLabelLocation(ctx: NoticeContext): FieldResult<Place> | null {
  let rows = 0;
  INLINE_LOCATION_LABEL.lastIndex = 0;
  for (let m = INLINE_LOCATION_LABEL.exec(ctx.folded); m; m = INLINE_LOCATION_LABEL.exec(ctx.folded)) {
    // A label is capitalised: "… Domain Statistics Where Luxembourg Staff category …".
    if (!/\p{Lu}/u.test(ctx.text[m.index])) continue;
    const from = m.index + m[0].length;
    const first = placesIn(ctx, from, Math.min(ctx.text.length, from + 40))[0];
    if (first && first.start === from) return locationFrom(ctx, from, first.end, m.index);
    // A flattened table's label row, the place among the values after it (context.ts, flatRowAfter); a
    // notice's head has few such labels, a page of repeated labels is not read at every one.
    if (++rows > MAX_FLAT_ROWS) continue;
    const row = flatRowAfter(ctx.folded, m.index, from);
    const inRow = row && placesIn(ctx, row.from, row.to)[0];
    if (inRow) return locationFrom(ctx, inRow.start, inRow.end, m.index);
  }
  return null;
}

/** The place in a publication heading: "vacancy for a Deputy Director-General (grade AD 15) in Brussels", "— Luxemburgo". */
function postOfLocation(ctx: NoticeContext): FieldResult<Place> | null {
  const head = ctx.folded.slice(0, Math.min(ctx.folded.length, 6000));
  POST_OF.lastIndex = 0;
  const m = POST_OF.exec(head);
  if (!m) return null;
  const lineEnd = ctx.text.indexOf('\n', m.index);
  const end = Math.min(lineEnd < 0 ? ctx.text.length : lineEnd, m.index + 400);
  const places = placesIn(ctx, m.index, end).filter((p) =>
    /(?: \(?(?:in|at|a|en|em|in der|σε|στο|στις|w|v|u)|[—–-]|,) ?$/.test(
      ctx.folded.slice(Math.max(m.index, p.start - 8), p.start),
    ),
  );
  return places.length
    ? locationFrom(ctx, places[0].start, places[places.length - 1].end, places[0].start)
    : null;
}

function gluedLocation(ctx: NoticeContext): FieldResult<Place> | null {
  for (const { line, seam } of gluedSeams(ctx, LOCATION_LABEL_GLUED, /\p{Lu}/u)) {
    const r = locationFrom(ctx, seam, line.end, line.start);
    if (r) return r;
  }
  return null;
}

export function extractLocation(ctx: NoticeContext): FieldResult<Place> {
  for (const loose of [false, true]) {
    const labelled = findLabelled(ctx, LOCATION_LABEL, { maxValueLength: 200, loose });
    if (labelled) {
      // "London, United Kingdom. It is expected that the EBA will be relocated to Paris": the first sentence.
      const stop = /\.\s+(?=\p{Lu})/u.exec(ctx.text.slice(labelled.start, labelled.end));
      const end = stop ? labelled.start + stop.index : labelled.end;
      const r = locationFrom(ctx, labelled.start, end, labelled.labelStart);
      if (r) return r;
    }
  }
  const glued = gluedLocation(ctx) ?? inlineLabelLocation(ctx) ?? postOfLocation(ctx);
  if (glued) return glued;
  for (const re of [PLACE_PHRASE]) {
    re.lastIndex = 0;
    for (let m = re.exec(ctx.folded); m; m = re.exec(ctx.folded)) {
      const r = locationFrom(ctx, m.index, m.index + m[0].length, m.index);
      if (r) return r;
    }
  }
  const top = placeLine(ctx) ?? headingPlace(ctx) ?? recruitInLocation(ctx);
  if (top) return top;
  SEAT_PHRASE.lastIndex = 0;
  for (let m = SEAT_PHRASE.exec(ctx.folded); m; m = SEAT_PHRASE.exec(ctx.folded)) {
    // "… located in Valletta with additional offices in Italy": the seat is not the place of this post.
    const s = sentenceAt(ctx, m.index);
    // Not the seat phrase's own "headquarters" ("The Agency has its headquarters in Brussels").
    const sentence = ctx.folded.slice(s.start, s.end);
    const own = /^(?:(?:has|with) its|whose) headquarters|^headquartered|^work(?:ing)? (?:in|at) /.test(
      ctx.folded.slice(m.index, m.index + 30),
    );
    if (OTHER_OFFICES.test(own ? sentence.replace(/headquarter(?:s|ed)/, ' ') : sentence)) continue;
    const r = locationFrom(ctx, m.index, m.index + m[0].length, m.index);
    if (r) return r;
  }
  const bodyIn = bodyInPlace(ctx) ?? cityCountryPlace(ctx);
  if (bodyIn) return bodyIn;
  return missing('no place of employment found');
}

/** "München (Deutschland)", "Parma (Italia)": a town, then a one- or two-word country in brackets. */
const CITY_COUNTRY_AFTER = /^ \(\p{Lu}\p{Ll}+(?: \p{Lu}?\p{Ll}+)?\)/u;
/** "Prague, Czech Republic, European Union Agency for …": a line that opens with a town, then its country. */
const COUNTRY_SEGMENT = /^, (\p{Lu}[\p{L} ]{2,30}?)(?=,|\n|$)/u;
/** The length of ", Czech Republic" after a town that opens its line, or 0. */
function countryLeadsLine(ctx: NoticeContext, at: number): number {
  const m = COUNTRY_SEGMENT.exec(ctx.text.slice(at, at + 40));
  if (!m) return 0;
  const f = ctx.folded.slice(at + 2, at + 2 + m[1].length);
  return f.replace(COUNTRY_WORDS, '').trim() === '' ? m[0].length : 0;
}
/** "(Karlsruhe, Deutschland)": the town and its country in one bracket (after the town). */
const CITY_COUNTRY_IN = /^, \p{Lu}\p{Ll}+(?: \p{Lu}?\p{Ll}+)?\)/u;

/**
 * "… the Parliament's liaison office in München (Deutschland)", "… Institut für Transurane (Karlsruhe,
 * Deutschland)": the one town of the notice's head written with its country in brackets, when nothing else
 * names the place. Null when two towns are so written.
 */
function cityCountryPlace(ctx: NoticeContext): FieldResult<Place> | null {
  const end = Math.min(ctx.text.length, 6000);
  let found: { place: Place; start: number; end: number } | null = null;
  for (const p of placesIn(ctx, 0, end)) {
    const after = ctx.text.slice(p.end, p.end + 30);
    const lead = p.start === 0 || ctx.text[p.start - 1] === '\n' ? countryLeadsLine(ctx, p.end) : 0;
    if (
      !lead &&
      !CITY_COUNTRY_AFTER.test(after) &&
      !(ctx.text[p.start - 1] === '(' && CITY_COUNTRY_IN.test(after))
    )
      continue;
    if (found && found.place.city !== p.place.city) return null;
    // The evidence ends with the country: its bracket's end, or the country after the comma.
    found ??= { ...p, end: lead ? p.end + lead : ctx.text.indexOf(')', p.end) + 1 };
  }
  if (!found) return null;
  return { value: found.place, evidence: evidence(ctx, found.start, found.end, 'a town with its country') };
}

/** A recruiting sentence's verb (folded): "will recruit", "contratará", "recrutera", "assumerà". */
const RECRUIT_VERB =
  /\b(?:will recruit|(?:is|are) recruiting|to recruit|contratara|recrutera|assumera|wird (?:\p{L}+ )?einstellen|zatrudni|vai recrutar)\b/u;

/**
 * "… the Office will recruit new officials in the administrators' category … in Alicante, Spain": the first
 * place after " in " in the sentence that says who is recruited. Only when nothing nearer names the place.
 */
function recruitInLocation(ctx: NoticeContext): FieldResult<Place> | null {
  const head = ctx.folded.slice(0, Math.min(ctx.folded.length, 4000));
  const m = RECRUIT_VERB.exec(head);
  if (!m) return null;
  const s = sentenceAt(ctx, m.index);
  const found = placesIn(ctx, m.index, s.end);
  // "… to recruit administrators in Brussels and Luxembourg": several places, none of them the post's.
  if (new Set(found.map((p) => p.place.city)).size !== 1) return null;
  const p = found.find((f) =>
    / (?:in|en|a|w|v|em|nel|in der) $/.test(ctx.folded.slice(Math.max(m.index, f.start - 8), f.start)),
  );
  return p ? { value: p.place, evidence: evidence(ctx, m.index, p.end) } : null;
}

/** After a body's full name: " in Luxembourg", " (EEA) in Copenhagen", a job board's ", Helsinki" (folded). */
const BODY_IN = /^(?:\s?\([a-z-]{2,10}\))?(?:,?\s(?:in|at|a|en|in der|te|w)\s|,\s)(?=\p{L})/u;
/** A body's acronym and its town in brackets: "EIT (Budapest) Ref.: …". */
const ACRONYM_TOWN = /(?<![\p{L}\d-])([A-Z][A-Za-z-]{1,9}) \((?=\p{Lu})/gu;

/**
 * "The Court of Justice of the European Union in Luxembourg is organising …": the body's full name
 * and its town in the notice's first lines, when nothing else names the place (a weaker seat phrase).
 */
function bodyInPlace(ctx: NoticeContext): FieldResult<Place> | null {
  const head = ctx.folded.slice(0, Math.min(ctx.folded.length, 3000));
  BODY_FULL.lastIndex = 0;
  for (let m = BODY_FULL.exec(head); m; m = BODY_FULL.exec(head)) {
    const end = m.index + m[0].length;
    const lead = BODY_IN.exec(head.slice(end, end + 24));
    if (!lead) continue;
    const at = end + lead[0].length;
    const place = placesIn(ctx, at, Math.min(ctx.text.length, at + 40)).find((p) => p.start === at);
    if (place) return { value: place.place, evidence: evidence(ctx, m.index, place.end, "the body's seat") };
  }
  const lines = ctx.text.slice(0, Math.min(ctx.text.length, 3000));
  ACRONYM_TOWN.lastIndex = 0;
  for (let m = ACRONYM_TOWN.exec(lines); m; m = ACRONYM_TOWN.exec(lines)) {
    if (!BODY_BY_ACRONYM.has(m[1])) continue;
    const at = m.index + m[0].length;
    const place = placesIn(ctx, at, Math.min(ctx.text.length, at + 40)).find((p) => p.start === at);
    if (place && ctx.text[place.end] === ')')
      return { value: place.place, evidence: evidence(ctx, m.index, place.end + 1, "the body's seat") };
  }
  return null;
}

export function extractUnit(ctx: NoticeContext): FieldResult<string> {
  const labelled = findLabelled(
    ctx,
    /^(?:where|unit|service|unite|referat|department|directorate\/unit|entity)\b/,
    {
      maxValueLength: 160,
    },
  );
  if (labelled) {
    let value = labelled.value;
    const places = placesIn(ctx, labelled.start, labelled.end);
    const last = places[places.length - 1];
    if (last && last.end >= labelled.end - 2)
      value = ctx.text.slice(labelled.start, last.start).replace(/[\s,;–-]+$/, '');
    value = value.replace(/\s+/g, ' ').trim();
    if (value) return { value, evidence: evidence(ctx, labelled.start, labelled.start + value.length) };
  }
  const m = /\b(?:Unit|Unité|Referat)\s+(?:[A-Z]{2,}\.)?[A-Z]\.?\d(?:\.\d)?\b[^,\n]{0,80}/.exec(ctx.text);
  if (m) return { value: m[0].trim(), evidence: evidence(ctx, m.index, m.index + m[0].trim().length) };
  return missing('no unit named');
}

export function extractDomain(ctx: NoticeContext): FieldResult<string> {
  const labelled = findLabelled(
    ctx,
    /^(?:domain\(?s?\)?|field|area|domaine|fachbereich|fachgebiet|bereich)(?![a-z])/,
    { maxValueLength: 120 },
  );
  if (!labelled) return missing('no domain named');
  const value = labelled.value.replace(/\s+/g, ' ').trim();
  return { value, evidence: evidence(ctx, labelled.start, labelled.end) };
}

// ---- contact email ---------------------------------------------------------------------

/** An e-mail address (read with nextEmail). */
export const EMAIL =
  /(?<![A-Za-z0-9._%+-])[A-Za-z0-9][A-Za-z0-9._%+-]*@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;

/** A notice gives its application address among its first few; past this many, the text is a list of addresses. */
const MAX_EMAILS = 50;

/**
 * The sentence around `offset`, continued over line breaks that only wrap it (a PDF printed by another
 * renderer: "… by the publication\ndeadline to X@ec.europa.eu indicating …"): the line before counts when
 * it does not end a sentence; at most two lines each way.
 */
function wrappedSentenceAt(ctx: NoticeContext, offset: number): Span {
  let { start, end } = sentenceAt(ctx, offset);
  for (let k = 0; k < 2 && start > 1 && ctx.text[start - 1] === '\n'; k++) {
    const prevEnd = start - 1;
    if (
      ctx.text[prevEnd - 1] === '\n' ||
      /[.!?:;]["'”’)]?$/.test(ctx.text.slice(Math.max(0, prevEnd - 2), prevEnd))
    )
      break;
    start = sentenceAt(ctx, prevEnd - 1).start;
  }
  for (let k = 0; k < 2 && end + 1 < ctx.text.length && ctx.text[end] === '\n'; k++) {
    if (/[.!?;]["'”’)]?$/.test(ctx.text.slice(Math.max(0, end - 2), end)) || ctx.text[end + 1] === '\n')
      break;
    end = sentenceAt(ctx, end + 1).end;
  }
  return { start, end };
}

const isAddressChar = (c: number) =>
  (c >= 48 && c <= 57) ||
  (c >= 65 && c <= 90) ||
  (c >= 97 && c <= 122) ||
  c === 46 ||
  c === 95 ||
  c === 37 ||
  c === 43 ||
  c === 45; // . _ % + -
const EMAIL_AT = new RegExp(EMAIL.source, 'y');

/**
 * The first match of EMAIL in `text` from `from` on, found from the "@" signs instead of at every
 * letter: a match begins where the run of address characters before an "@" begins (EMAIL's look
 * behind allows no other start, and its local part takes the whole run, since "@" is not one of
 * its characters), so each "@" names the one place a match may start; EMAIL itself, tried there,
 * says whether it does. A run that begins before `from` cannot give a match (the look behind fails
 * inside it).
 */
export function nextEmail(text: string, from: number): RegExpExecArray | null {
  for (let at = text.indexOf('@', from); at >= 0; at = text.indexOf('@', at + 1)) {
    let start = at;
    while (start > 0 && isAddressChar(text.charCodeAt(start - 1))) start--;
    if (start < from || start === at) continue;
    EMAIL_AT.lastIndex = start;
    const m = EMAIL_AT.exec(text);
    if (m) return m;
  }
  return null;
}

/**
 * Sending an application in the other official languages (folded stems): Italian "inviare", Spanish/Portuguese
 * "enviar", "as candidaturas devem ser enviadas", Dutch "sturen", Polish "przesłać", Czech "zaslat", Hungarian
 * "küldje el", Romanian "trimiteți", Swedish "skickas", Finnish "lähetetään", Danish "sendes", Greek "αποστέλλονται".
 */
const SEND_OTHER =
  /(?<![\p{L}])(?:invia\p{L}*|inoltra\p{L}*|envia\p{L}*|envie\p{L}*|remet\p{L}*|candidatur[ae]s?|solicitud(?:es)?|stuur\p{L}*|sturen|opsturen|verzend\p{L}*|sollicitatie\p{L}*|prze[sś][lł]\p{L}*|przesy[lł]\p{L}*|zg[lł]oszen\p{L}*|zasl\p{L}*|prihlask\p{L}*|kuld\p{L}*|palyazat\p{L}*|trimite\p{L}*|skicka\p{L}*|ansokan|ansokningar\p{L}*|laheta\p{L}*|lahete\p{L}*|hakemu\p{L}*|sendes|ansogning\p{L}*|αποστ\p{L}*|αιτησ\p{L}*|αιτηση|saata|saatke|kandideerimis\p{L}*|siusti|siuskite|paraisk\p{L}*|nosuti\p{L}*|pieteikum\p{L}*|poslji\p{L}*|posalji\p{L}*|poslite|prijav\p{L}*|ibghat\p{L}*|applikazzjoni\p{L}*|изпрат\p{L}*|кандидатур\p{L}*)(?![\p{L}])/u;
/** Questions, information and technical help only, in those languages (folded). */
const QUESTIONS_OTHER =
  /(?<![\p{L}])(?:informazion\p{L}*|chiariment\p{L}*|consultas?|informacion\p{L}*|informac\p{L}*|duvidas|dudas|vragen|inlichtingen|pytan\p{L}*|dotaz\p{L}*|kerdes\p{L}*|intrebar\p{L}*|fragor|kysymyk\p{L}*|sporgsmal\p{L}*|kusimus\p{L}*|klausim\p{L}*|jautajum\p{L}*|vprasanj\p{L}*|pitanj\p{L}*|otazk\p{L}*|mistoqsij\p{L}*|въпрос\p{L}*|ερωτησ\p{L}*|πληροφορ\p{L}*|τεχνικα προβληματα|technical (?:problems?|issues?|difficult\p{L}*)|problemi tecnici|problem\p{L}* techniczn\p{L}*|problemas tecnicos|problemes techniques|technische probleme\p{L}*|probleme tehnice|problemy techniczne|technicke problemy|tehnicne tezave|tehnick\p{L}* problem\p{L}*|tekniska problem|tekniske problemer|teknisia ongelmia|technines problemos|tehniskas problemas|tehnilised probleemid|technikai problem\p{L}*|технически проблеми|δεν γινονται δεκτες)(?![\p{L}])/u;
/** Data protection, in those languages (folded). */
const DATA_PROTECTION_OTHER =
  /protezione dei dati|proteccion de datos|protecao de dados|gegevensbescherming|ochrony danych|ochrana osobnich|adatvedelm|protectia datelor|dataskydd|tietosuoja|databeskyttelse|andmekaitse|duomenu apsaug|datu aizsardz|varstv\w* (?:osebnih )?podatkov|zastit\w* (?:osobnih )?podataka|ochran\w* (?:osobnych )?udajov|protezzjoni tad-data|защита на (?:личните )?данни|προστασια (?:των )?(?:προσωπικων )?δεδομενων/;

export function extractContactEmail(ctx: NoticeContext): FieldResult<string> {
  let best: { value: string; score: number; start: number; end: number } | null = null;
  let seen = 0;
  for (
    let m = nextEmail(ctx.text, 0);
    m && seen++ < MAX_EMAILS;
    m = nextEmail(ctx.text, m.index + m[0].length)
  ) {
    const s = wrappedSentenceAt(ctx, m.index);
    let context = ctx.folded.slice(s.start, s.end);
    const intro = listIntroFor(ctx, m.index);
    const prevLine = ctx.lines.get(lineIndexAt(ctx, m.index) - 1);
    if (intro) context += ' ' + ctx.folded.slice(intro.start, intro.end);
    else if (prevLine && /:\s*$/.test(prevLine.text) && s.start <= prevLine.end + 3)
      context += ' ' + ctx.folded.slice(prevLine.start, prevLine.end);
    let score = 0;
    if (
      /\b(?:send|sent|submit|submitted|e-?mail(?:ed)? (?:to|your|the|it|them|this|these|all|a)|forward|apply|applications?|candidatures?|expressions? of interest|envoy\w*|adress\w*|bewerbung\w*|senden|ubermitteln|schicken|einreichen)\b/.test(
        context,
      ) ||
      SEND_OTHER.test(context)
    )
      score += 3;
    if (
      /\b(?:question|questions|queries|query|enquir\w*|further information|contact (?:us|point)|renseignement\w*|fragen|auskunft|auskunfte|not be accepted|will not be accepted)\b/.test(
        context,
      ) ||
      QUESTIONS_OTHER.test(context)
    )
      score -= 4;
    if (
      /\b(?:data protection|dpo|privacy|personal data|controller|donnees personnelles|datenschutz)\b/.test(
        context,
      ) ||
      DATA_PROTECTION_OTHER.test(context)
    )
      score -= 4;
    if (sectionAt(ctx, m.index)?.kind === 'apply') score += 1;
    if (!best || score > best.score)
      best = { value: m[0], score, start: m.index, end: m.index + m[0].length };
  }
  if (!best || best.score < 3)
    return missing('no address for sending applications (online application or none given)');
  return { value: best.value, evidence: evidence(ctx, best.start, best.end) };
}
