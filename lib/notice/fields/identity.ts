/**
 * Who, what and where: title, reference, institution, department, unit,
 * location, domain and the address applications go to.
 */
import { BODIES, DEPARTMENTS } from '../bodies';
import { evidence, findLabelled, listIntroFor, sectionAt, sentenceAt, type NoticeContext } from '../context';
import { PLACE_NAME_PATTERN, lookupPlace, type Place } from '../lexicon';
import type { Evidence } from '../schema';

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

const REF_TOKEN =
  /(?<![\w/])(?:(?:[A-Z][A-Za-z0-9.-]*|\d{4})(?:\s?\/\s?[A-Za-z0-9][A-Za-z0-9.()-]*){1,7}|[A-Z][A-Z0-9]*(?:-[A-Z0-9]+){2,})/g;
const REF_LABEL =
  /^(?:selection |vacancy |call for interest |call |notice |job |post |our |your |the )?(?:reference(?: number| no\.?| n°| code)?|ref\.?(?: no\.?| n°| number)?|vacancy (?:notice )?(?:number|no\.?|reference)|numero de reference|reference de l.avis|aktenzeichen|referenz(?:nummer)?|kennziffer|competition)\b/;

function cleanRefToken(token: string): string | null {
  let t = token.replace(/\s+/g, '').replace(/[.,;:-]+$/, '');
  while (t.endsWith(')') && (t.match(/\(/g)?.length ?? 0) < (t.match(/\)/g)?.length ?? 0)) t = t.slice(0, -1);
  if (!/\d/.test(t) || t.length < 6) return null;
  if (/^\d{1,2}\/\d{1,2}\/\d{2,4}$/.test(t)) return null; // a date
  return t;
}

function firstRefIn(text: string, offset: number): { value: string; start: number; end: number } | null {
  REF_TOKEN.lastIndex = 0;
  for (let m = REF_TOKEN.exec(text); m; m = REF_TOKEN.exec(text)) {
    const value = cleanRefToken(m[0]);
    if (value) return { value, start: offset + m.index, end: offset + m.index + value.length };
  }
  return null;
}

export function extractReference(ctx: NoticeContext): FieldResult<string> {
  const labelled = findLabelled(ctx, REF_LABEL, { maxValueLength: 120 });
  if (labelled) {
    const token = firstRefIn(labelled.value, labelled.start);
    if (token) return { value: token.value, evidence: evidence(ctx, labelled.labelStart, token.end) };
    const compact = /^[A-Za-z0-9][\w./()-]{3,40}$/.exec(labelled.value.trim());
    if (compact && /\d/.test(compact[0]))
      return { value: compact[0], evidence: evidence(ctx, labelled.labelStart, labelled.end) };
  }
  // "… indicating the call for interest reference EC/2026/TAXUD/453922 in the subject", "(ref. ECHA/TA/2026/001)".
  const inline =
    /\b(?:reference|ref\.|ref|reference number|selection reference|vacancy notice|call for (?:interest|expression of interest)|notice of open competition|avis de vacance|reference de l.avis)\s*(?:number|no\.?|n°)?\s*[:.]?\s*/g;
  for (let m = inline.exec(ctx.folded); m; m = inline.exec(ctx.folded)) {
    const from = m.index + m[0].length;
    const token = firstRefIn(ctx.text.slice(from, from + 60), from);
    if (token && token.start - from <= 2)
      return { value: token.value, evidence: evidence(ctx, m.index, token.end) };
  }
  const any = firstRefIn(ctx.text, 0);
  if (any && /^(?:EPSO|COM|EC|[A-Z]{2,10})\/(?:[A-Z-]+\/)?\d/.test(any.value))
    return { value: any.value, evidence: evidence(ctx, any.start, any.end) };
  return missing('no reference found');
}

// ---- title ---------------------------------------------------------------------

const TITLE_LABEL =
  /^(?:job title|title of (?:the )?(?:post|position|job|vacancy|function)|post title|position title|job profile|title|post|position|intitule du poste|intitule|titre du poste|stellenbezeichnung|bezeichnung der stelle|profile)\b/;
const KEY_FACT_LABEL =
  /^(?:(?:selection |vacancy )?ref(?:erence)?\b|domain|where\b|grade|function group|staff category|type of (?:contract|post)|contract type|place of employment|location|deadline|closing date|express your interest|publication deadline|directorate|unit\b|dg [a-z]+|lieu|date limite|groupe de fonctions|dienstort|bewerbungsfrist|funktionsgruppe)/;
const NOTICE_HEADING =
  /^(?:vacancy notice|notice of vacancy|call for (?:expressions? of )?interest|call for applications|avis de vacance|appel a manifestation d.interet|stellenausschreibung|interessenbekundung|notice of open competition|open competition|selection procedure)\b[^a-z0-9]*(?:for(?: the (?:post|position) of| a| an)?\s*)?/;
const NOT_TITLE =
  /^(?:in |of |at |dg |directorate|direction|unit |the european|european commission|(?:selection |vacancy )?ref|\(|for more information|please note|make a difference|we |ec\/|\d{4}\/c )/;

function cleanTitle(raw: string): string {
  let t = raw;
  // Trailing "(2026/C 141 A/01)", "Ref. ENISA-CA-…", "(AD 7)" — one after the other.
  for (let prev = ''; prev !== t;) {
    prev = t;
    t = t
      .replace(/\s*\(\d{4}\/C[^)]*\)\s*$/, '')
      .replace(/\s+(?:ref\.?|reference:?)\s*[A-Z0-9][\w/.-]+\s*$/i, '')
      .replace(/\s*\((?:AD|AST|SC|AST\/SC|AST-SC|FG|CA|function group)[^)]{0,40}\)\s*$/i, '')
      .replace(
        /\s*\([^()]{0,40}\b(?:temporary agent|contract agent|official|AD\s?\d|AST\s?\d|FG\s?[IV]+)[^()]{0,20}\)\s*$/i,
        '',
      );
  }
  return t
    .replace(/^(?:[A-Z]{2,}[A-Z-]*\/[\w/.-]+|[A-Z][A-Z0-9]*(?:-[A-Z0-9]+){2,})\s*[—–-]\s*/, '')
    .replace(/\s*[-–—,]\s*(?:AD|AST(?:\/SC)?|FG)\s*[IVX\d]+(?:\s*[-–]\s*(?:AD|AST)?\s*\d+)?\s*$/i, '')
    .replace(/^[\s"“”'‘’*:–-]+|[\s"“”'‘’*:–-]+$/g, '')
    .replace(/\s+/g, ' ');
}

export function extractTitle(ctx: NoticeContext): FieldResult<string> {
  const labelled = findLabelled(ctx, TITLE_LABEL, { maxValueLength: 200 });
  if (labelled && /\p{L}{3}/u.test(labelled.value)) {
    return { value: cleanTitle(labelled.value), evidence: evidence(ctx, labelled.start, labelled.end) };
  }
  // "VACANCY NOTICE … for the post of X" or the line after such a heading.
  for (let i = 0; i < ctx.lines.length; i++) {
    const line = ctx.lines[i];
    const f = ctx.folded.slice(line.start, line.end);
    const m = NOTICE_HEADING.exec(f);
    if (!m) continue;
    const rest = cleanTitle(line.text.slice(m[0].length).replace(/^[^\p{L}]*(?:ref[^\s]*\s+\S+\s*)?/u, ''));
    // "Call for applications for a seconded national expert (SNE)" names the category, not the post.
    const isCategory =
      /^(?:a |an )?(?:seconded national experts?|temporary agents?|contract agents?|officials?|trainees?|traineeships?)\b/i.test(
        rest,
      );
    const isReference = isCategory || /^[A-Z0-9]+(?:[/-][A-Za-z0-9.()-]+)+$/.test(rest);
    if (rest.length >= 4 && !isReference && !/\d{4}\//.test(rest) && !NOT_TITLE.test(rest.toLowerCase()))
      return { value: rest, evidence: evidence(ctx, line.start + m[0].length, line.end) };
    for (let j = i + 1; j < Math.min(ctx.lines.length, i + 4); j++) {
      const next = ctx.lines[j];
      const nf = ctx.folded.slice(next.start, next.end);
      if (KEY_FACT_LABEL.test(nf) || NOT_TITLE.test(nf) || /^[A-Z0-9]+\/[\w/.-]+$/.test(next.text.trim()))
        continue;
      if (next.text.length <= 150 && /\p{L}{3}/u.test(next.text))
        return { value: cleanTitle(next.text), evidence: evidence(ctx, next.start, next.end) };
      break;
    }
  }
  // The heading just above the key facts block ("Selection reference:", "Domain:", "Where:" …).
  for (let i = 0; i < ctx.lines.length; i++) {
    if (!KEY_FACT_LABEL.test(ctx.folded.slice(ctx.lines[i].start, ctx.lines[i].end))) continue;
    for (let j = i - 1; j >= Math.max(0, i - 4); j--) {
      const cand = ctx.lines[j];
      const cf = ctx.folded.slice(cand.start, cand.end).replace(/^[*_\s]+/, '');
      if (NOT_TITLE.test(cf) || KEY_FACT_LABEL.test(cf)) continue;
      if (cand.text.length > 150 || /[.!?]$/.test(cand.text)) break;
      return { value: cleanTitle(cand.text), evidence: evidence(ctx, cand.start, cand.end) };
    }
    break;
  }
  return missing('no job title found');
}

// ---- institution and department ----------------------------------------------------

/** One pass per pattern family: a single alternation with a capture group per entry. */
function groupedRegex(sources: Array<string | null>, flags: string): RegExp {
  return new RegExp(sources.map((src) => `(${src ?? '(?!)'})`).join('|'), flags);
}

function matchedGroup(m: RegExpExecArray): number {
  for (let i = 1; i < m.length; i++) if (m[i] !== undefined) return i - 1;
  return -1;
}

const BODY_FULL = groupedRegex(
  BODIES.map((b) => b.full.source),
  'g',
);
/** Acronyms are looked up token by token (one pass), not tried at every position. */
const BODY_BY_ACRONYM = new Map<string, number>();
BODIES.forEach((b, i) => {
  for (const alt of b.acronym?.source.split('|') ?? []) {
    const word = /^\\b([\w-]+)\\b/.exec(alt)?.[1];
    if (word) BODY_BY_ACRONYM.set(word, i);
  }
});
const ACRONYM_TOKEN = /(?<![\w-])(?:[A-Z][A-Za-z]*(?:-[A-Za-z]+)?|eu-LISA)(?![\w-])/g;
const EEA_NOT_AGENCY = /^\s*(?:countries|agreement|states|nationals)/;

function tallyAcronyms(s: string, weight: (i: number, at: number) => number, into: Map<number, Tally>): void {
  ACRONYM_TOKEN.lastIndex = 0;
  for (let m = ACRONYM_TOKEN.exec(s); m; m = ACRONYM_TOKEN.exec(s)) {
    const i = BODY_BY_ACRONYM.get(m[0]);
    if (i === undefined) continue;
    if (m[0] === 'EEA' && EEA_NOT_AGENCY.test(s.slice(m.index + 3, m.index + 20))) continue;
    const w = weight(i, m.index);
    if (w === 0) continue;
    const t = into.get(i) ?? { score: 0, first: m.index, firstEnd: m.index + m[0].length };
    t.score += w;
    into.set(i, t);
  }
}

interface Tally {
  score: number;
  first: number;
  firstEnd: number;
}

function tally(
  re: RegExp,
  s: string,
  weight: (i: number, at: number) => number,
  into: Map<number, Tally>,
): void {
  re.lastIndex = 0;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    const i = matchedGroup(m);
    const w = weight(i, m.index);
    if (i < 0 || w === 0) continue;
    const t = into.get(i) ?? { score: 0, first: m.index, firstEnd: m.index + m[0].length };
    t.score += w;
    into.set(i, t);
  }
}

export function extractInstitution(ctx: NoticeContext, isCompetition: boolean): FieldResult<string> {
  const early = Math.max(3000, Math.floor(ctx.text.length * 0.3));
  const labelled = findLabelled(
    ctx,
    /^(?:institution(?:\/agency)?|agency|institution or agency|organisation|employer|body)\b/,
    {
      maxValueLength: 150,
    },
  );
  if (labelled) {
    const byLabel = new Map<number, Tally>();
    tally(BODY_FULL, ctx.folded.slice(labelled.start, labelled.end), () => 1, byLabel);
    tallyAcronyms(ctx.text.slice(labelled.start, labelled.end), () => 1, byLabel);
    const first = [...byLabel.keys()][0];
    if (first !== undefined)
      return { value: BODIES[first].name, evidence: evidence(ctx, labelled.start, labelled.end) };
  }
  const epso = BODIES.findIndex((b) => b.name === 'EPSO');
  const scores = new Map<number, Tally>();
  const weight = (factor: number) => (i: number, at: number) =>
    i === epso && !isCompetition ? 0 : factor * (at < early ? 2 : 1);
  tally(BODY_FULL, ctx.folded, weight(2), scores);
  tallyAcronyms(ctx.text, weight(1), scores);
  if (isCompetition && /\bEPSO\b/.test(ctx.text)) {
    const at = ctx.text.search(/\bEPSO\b/);
    return { value: 'EPSO', evidence: evidence(ctx, at, at + 4) };
  }
  let best: [number, Tally] | null = null;
  for (const e of scores)
    if (!best || e[1].score > best[1].score || (e[1].score === best[1].score && e[1].first < best[1].first))
      best = e;
  if (!best) {
    // A Directorate-General without the Commission named still means the Commission.
    const dg = /\b(?:directorate-general|dg [a-z]{2,6}\b)/.exec(ctx.folded);
    if (dg)
      return {
        value: 'European Commission',
        evidence: evidence(ctx, dg.index, dg.index + dg[0].length, 'a Commission DG is named'),
      };
    return missing('no EU institution or agency named');
  }
  return { value: BODIES[best[0]].name, evidence: evidence(ctx, best[1].first, best[1].firstEnd) };
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
    // Other institutions: "Directorate-General for … (ORG)" or "DG ORG".
    const m = /\bDirectorate-General\b[^()\n]{0,90}\(([A-Z]{2,6})\)|\bDG ([A-Z]{2,6})\b/.exec(ctx.text);
    if (!m) return missing('no Directorate-General named');
    return { value: `DG ${m[1] ?? m[2]}`, evidence: evidence(ctx, m.index, m.index + m[0].length) };
  }
  const ep = institution === 'European Parliament';
  const scores = new Map<number, Tally>();
  const family = (i: number) => Boolean(DEPARTMENTS[i].ep) === ep;
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
  tally(DG_FULL, ctx.folded, (i) => (family(i) ? 3 : 0), scores);
  let best: [number, Tally] | null = null;
  for (const e of scores)
    if (!best || e[1].score > best[1].score || (e[1].score === best[1].score && e[1].first < best[1].first))
      best = e;
  if (!best) return missing('no Directorate-General named');
  return { value: DEPARTMENTS[best[0]].short, evidence: evidence(ctx, best[1].first, best[1].firstEnd) };
}

const DEPARTMENT_BY_ACRONYM = new Map(DEPARTMENTS.map((d, i) => [d.acronym, i]));
const DG_EXPLICIT = /\bDG\s+([A-Z]{2,7})\b/g;
/** A capitalised token; group 2 when it starts a unit code ("TAXUD.B2"), group 3 when it is in an e-mail. */
const DG_TOKEN = /(?<![\w-])([A-Z]{2,7})(?![a-z0-9])(\.[A-Z0-9])?([\w.-]*@)?/g;
const DG_FULL = groupedRegex(
  DEPARTMENTS.map((d) => d.full?.source ?? null),
  'g',
);

// ---- location, unit, domain ---------------------------------------------------------

const PLACE_RE = new RegExp(`\\b(?:${PLACE_NAME_PATTERN})\\b`, 'g');
const LOCATION_LABEL =
  /^(?:place of (?:the )?(?:employment|assignment|work|secondment|traineeship)|location\(?s?\)?|duty station|where|work(?:ing)? location|lieu d.affectation|lieu de travail|lieu|dienstort|arbeitsort|einsatzort|sede)(?![a-z])/;

function placesIn(
  ctx: NoticeContext,
  start: number,
  end: number,
): Array<{ place: Place; start: number; end: number }> {
  const out: Array<{ place: Place; start: number; end: number }> = [];
  const s = ctx.folded.slice(start, end);
  PLACE_RE.lastIndex = 0;
  for (let m = PLACE_RE.exec(s); m; m = PLACE_RE.exec(s)) {
    const place = lookupPlace(m[0]);
    if (place) out.push({ place, start: start + m.index, end: start + m.index + m[0].length });
  }
  return out;
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
  if (cities.size > 1) return missing(`several places of employment: ${[...cities].join(', ')}`);
  return null;
}

export function extractLocation(ctx: NoticeContext): FieldResult<Place> {
  const labelled = findLabelled(ctx, LOCATION_LABEL, { maxValueLength: 200 });
  if (labelled) {
    const r = locationFrom(ctx, labelled.start, labelled.end, labelled.labelStart);
    if (r) return r;
  }
  const phrase =
    /\b(?:place of (?:employment|assignment)|lieu d.affectation|lieu de travail|dienstort|based in|located in|will be (?:based|located) in|duty station)\b[^.\n]{0,60}/g;
  for (let m = phrase.exec(ctx.folded); m; m = phrase.exec(ctx.folded)) {
    const r = locationFrom(ctx, m.index, m.index + m[0].length, m.index);
    if (r) return r;
  }
  return missing('no place of employment found');
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

const EMAIL =
  /(?<![A-Za-z0-9._%+-])[A-Za-z0-9][A-Za-z0-9._%+-]*@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;

export function extractContactEmail(ctx: NoticeContext): FieldResult<string> {
  let best: { value: string; score: number; start: number; end: number } | null = null;
  EMAIL.lastIndex = 0;
  for (let m = EMAIL.exec(ctx.text); m; m = EMAIL.exec(ctx.text)) {
    const s = sentenceAt(ctx, m.index);
    let context = ctx.folded.slice(s.start, s.end);
    const intro = listIntroFor(ctx, m.index);
    const prevLine = ctx.lines[ctx.lines.findIndex((l) => l.start <= m!.index && m!.index <= l.end) - 1];
    if (intro) context += ' ' + ctx.folded.slice(intro.start, intro.end);
    else if (prevLine && /:\s*$/.test(prevLine.text) && s.start <= prevLine.end + 3)
      context += ' ' + ctx.folded.slice(prevLine.start, prevLine.end);
    let score = 0;
    if (
      /\b(?:send|sent|submit|submitted|e-?mail(?:ed)? (?:to|your)|forward|apply|applications?|candidatures?|expressions? of interest|envoy\w*|adress\w*|bewerbung\w*|senden|ubermitteln|schicken|einreichen)\b/.test(
        context,
      )
    )
      score += 3;
    if (
      /\b(?:question|questions|queries|query|enquir\w*|further information|contact (?:us|point)|renseignement\w*|fragen|auskunft|auskunfte|not be accepted|will not be accepted)\b/.test(
        context,
      )
    )
      score -= 4;
    if (
      /\b(?:data protection|dpo|privacy|personal data|controller|donnees personnelles|datenschutz)\b/.test(
        context,
      )
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
