/**
 * Is this text a vacancy notice? Cheap enough to run on every page: one
 * lower-casing pass and a handful of linear regex scans, with an early exit
 * when no deadline-like word occurs at all.
 *
 * A notice names a post (a notice-type phrase or a job title), a closing date
 * with an actual date, and EU staff terms (category, function group, grade).
 * Pages that only talk about jobs (working conditions, staff categories,
 * news, funding calls, listings of many vacancies) miss one of these.
 */
import type { Detection } from './schema';

const QUICK_GATE =
  /deadline|closing date|express your interest|date limite|bewerbungsfrist|bewerbungsschluss|no later than|applications? (?:close|must)|frist|au plus tard|einsendeschluss/i;

const DATE =
  '(?:\\d{1,2}\\s?[./-]\\s?\\d{1,2}\\s?[./-]\\s?\\d{2,4}|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}(?:st|nd|rd|th|er|\\.)?\\s+(?:of\\s+)?[a-zéû]{3,9}\\.?,?\\s+\\d{4}|[a-z]{3,9}\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4})';

const DEADLINE_ANCHOR =
  /express(?:ing)? (?:your|of) interest (?:until|by)|deadline|closing date|applications? (?:close|must be (?:received|submitted|sent))|date limite|bewerbungs(?:frist|schluss)|einsendeschluss|no later than|au plus tard/g;
const DATE_RE = new RegExp(DATE);

/** Deadline wordings followed within 90 characters by a date; stops after `max` anchors. */
function datedDeadlines(lower: string, max: number): Array<{ start: number; end: number }> {
  const found: Array<{ start: number; end: number }> = [];
  DEADLINE_ANCHOR.lastIndex = 0;
  let anchors = 0;
  for (let m = DEADLINE_ANCHOR.exec(lower); m && anchors++ < max; m = DEADLINE_ANCHOR.exec(lower)) {
    const from = m.index + m[0].length;
    const d = DATE_RE.exec(lower.slice(from, from + 110));
    if (d && d.index <= 90) found.push({ start: m.index, end: from + d.index + d[0].length });
  }
  return found;
}

interface Signal {
  name: string;
  re: RegExp;
  weight: number;
}

const POSITIVE: Signal[] = [
  {
    name: 'notice-type phrase',
    re: /vacancy notice|notice of vacancy|call for (?:expressions? of )?interest|call for applications for (?:the post|a post|posts)|expression of interest|avis de vacance|appel a manifestation|appel à manifestation|stellenausschreibung|interessenbekundung|notice of open competition|open competition|concours général|allgemeines auswahlverfahren|selection procedure for|call for seconded national experts|traineeship (?:call|notice|programme application)/,
    weight: 3,
  },
  {
    name: 'eligibility heading',
    re: /(?:^|\n)\s*(?:eligibility|conditions d'admission|zulassungsbedingungen)(?: requirements| conditions| criteria)?\s*:?\s*\n/,
    weight: 1,
  },
  {
    name: 'job title label',
    re: /(?:^|\n)\s*(?:job title|title of (?:the )?post|post title|intitulé du poste|stellenbezeichnung)\s*\**\s*:?/,
    weight: 2,
  },
  {
    name: 'staff category',
    re: /contract(?:ual)? agent(?!s)|temporary agent(?!s)|seconded national expert|agent contractuel|agent temporaire|vertragsbedienstete|bedienstete auf zeit|zeitbedienstete|traineeship|official(?:s)? \(ad|probationary official/,
    weight: 2,
  },
  {
    name: 'function group or grade',
    re: /\bfg\s?(?:iv|iii|ii|i)\b|function group|groupe de fonctions|funktionsgruppe|\b(?:ad|ast)\s?\d{1,2}\b|ast\/sc|\bsc\s?\d\b/,
    weight: 2,
  },
  {
    name: 'eligibility criteria',
    re: /eligibility criteria|conditions? (?:for|of) eligibility|am i eligible|who can apply|who is eligible|admission requirements|critères d'éligibilité|conditions d'admission|zulassungsbedingungen|eligibility conditions|formal requirements/,
    weight: 2,
  },
  {
    name: 'selection criteria',
    re: /we look for|selection criteria|critères de sélection|auswahlkriterien|profile sought|requirements/,
    weight: 1,
  },
  {
    name: 'application instructions',
    re: /how to (?:apply|express your interest)|send your (?:application|documents|cv)|submit (?:your|an) application|application form|candidature|bewerbung/,
    weight: 1,
  },
  { name: 'cefr level', re: /\b(?:minimum|at least)?\s?(?:level\s)?[bc][12]\b/, weight: 1 },
  {
    name: 'EU body',
    re: /european commission|european parliament|council of the european union|european union|eu agency|\bepso\b|commission européenne|europäische kommission|directorate-general/,
    weight: 1,
  },
];

const NEGATIVE: Signal[] = [
  {
    name: 'funding call (not a job)',
    re: /call for (?:proposals|tenders)|grant agreement|funding opportunit|horizon europe (?:call|work programme)|tender specifications/,
    weight: -4,
  },
  {
    name: 'help or policy page',
    re: /frequently asked questions|privacy statement|data protection notice|cookie policy/,
    weight: -2,
  },
];

/** The cheapest possible first look: does the text use any deadline wording at all? */
export function hasDeadlineWording(text: string): boolean {
  return QUICK_GATE.test(text);
}

export function detectNotice(text: string): Detection {
  if (!QUICK_GATE.test(text)) return { isNotice: false, score: 0, signals: ['no deadline wording'] };
  const lower = text.toLowerCase();

  const signals: string[] = [];
  let score = 0;
  const dated = datedDeadlines(lower, 200);
  const deadline = dated[0];
  if (deadline) {
    score += 3;
    signals.push(`deadline with a date: "${text.slice(deadline.start, deadline.end).slice(0, 80)}"`);
  }
  const present = new Set<string>();
  for (const s of [...POSITIVE, ...NEGATIVE]) {
    const m = s.re.exec(lower);
    if (!m) continue;
    score += s.weight;
    present.add(s.name);
    signals.push(
      `${s.name}: "${text
        .slice(m.index, m.index + m[0].length)
        .trim()
        .slice(0, 60)}"`,
    );
  }
  // A listing of many vacancies has many deadlines with different dates.
  if (dated.length >= 4) {
    score -= 4;
    signals.push(`${dated.length} dated deadlines: a listing, not one notice`);
  }
  const eu = present.has('staff category') || present.has('function group or grade');
  const post =
    present.has('notice-type phrase') ||
    present.has('job title label') ||
    present.has('eligibility criteria') ||
    present.has('eligibility heading');
  const isNotice = Boolean(deadline) && eu && post && score >= 8;
  if (!deadline) signals.push('no closing date with an actual date');
  if (!eu) signals.push('no EU staff category, function group or grade');
  if (!post) signals.push('no notice heading, job title or eligibility criteria');
  return { isNotice, score, signals };
}
