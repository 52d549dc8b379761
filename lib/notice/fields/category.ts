/**
 * The kind of post: staff category, Conditions of Employment articles,
 * function group, grades, first-contract length and probation.
 */
import { REFERENCE_ROW } from '../board-heading';
import {
  evidence,
  findLabelled,
  flatRowAfter,
  sentenceAt,
  siteFieldLabels,
  type NoticeContext,
  type SiteFieldLabels,
} from '../context';
import {
  FUNCTION_GROUP_WORDS,
  GRADE_WORDS,
  STAFF_WORDS,
  phrasePattern,
  phraseRegex,
  type StaffKey,
} from '../lang';
import { GREEK_CYRILLIC, NUMBER_PATTERN, foldSameLength, parseNumberWord } from '../lexicon';
import { guardedAlternation, trieRegex } from '../regex-trie';
import { relatedBoxes } from '../related';
import type { FunctionGroup, StaffCategory } from '../schema';
import { missing, type FieldResult } from './identity';

// ---- staff category ----------------------------------------------------------------

/** An EPSO open competition in the other languages (folded, with their inflections): officials' posts. */
export const OPEN_COMPETITION_WORDS =
  /(?<![\p{L}])(?:oposici(?:on|ones) general(?:es)?|concors[oi] general[ei]|concursos? ge(?:ral|rais)|concursos? general(?:es)?|algemeen vergelijkend onderzoek|aankondiging van (?:een )?vergelijkend onderzoek|konkurs\p{L}* otwart\p{L}*|otevren\p{L}* vyberov\p{L}* rizeni|otvoren\p{L}* vyberov\p{L}* konani\p{L}*|verejn\p{L}* vyberov\p{L}* konani\p{L}*|vies\p{L}* konkurs\p{L}*|javn\p{L}* natecaj\p{L}*|otvoren\p{L}* natjecaj\p{L}*|nyilt versenyvizsg\p{L}*|concurs(?:ul)? general|открит\p{L}* конкурс\p{L}*|γενικ\p{L}* διαγωνισμ\p{L}*|atvir\p{L}* konkurs\p{L}*|atklat\p{L}* konkurs\p{L}*|avalik\p{L}* konkurs\p{L}*|avoi\p{L}* kilpailu\p{L}*|allmant uttagningsprov\p{L}*|almindelig\p{L}* udvælgelsesprøve\p{L}*|kompetizzjoni(?:jiet)? general(?:i)?|comortas oscailte)(?![\p{L}])/gu;
const CATEGORY_PATTERNS: Array<[StaffCategory, RegExp]> = [
  [
    'contract_agent',
    /\b(?:(?:contract(?:ual)? (?:agent|staff(?! members? of)|post)(?!s)|agent contractuel|agente contractuel|vertragsbedienstete[rn]?|(?:^|\s)ca fg)\b|(?:(?:list|recruitment|selection) (?:of|for)|recruited as|recruit) (?:(?:\d{1,3}|one|two|three|four|five|several) )?contract agents(?![a-z]))/g,
  ],
  [
    'temporary_agent',
    /\b(?:(?:temporary (?:agent|staff(?! members? of)|post)(?!s)|agent temporaire|bedienstete[rn]? auf zeit|zeitbedienstete[rn]?)\b|(?:(?:list|recruitment|selection) (?:of|for)|recruited as|recruit) (?:(?:\d{1,3}|one|two|three|four|five|several) )?temporary agents(?![a-z]))/g,
  ],
  [
    'seconded_national_expert',
    /\b(?:seconded national experts?|national experts? (?:on|in) (?:secondment|professional training)|expert national detache|experts nationaux detaches|abgeordnete[rn]? nationale[rn]? sachverstandige[rn]?|sne)\b/g,
  ],
  [
    'trainee',
    /\b(?:traineeships?|trainee|blue book|stage (?:remunere|de la commission|livre bleu)|stagiaire|internships?|praktik(?:um|a)|praktikant(?:in|innen|en)?)\b/g,
  ],
  [
    'official',
    /\b(?:open competitions?|internal competitions?|concours general|concours interne|avis de concours generaux|concours generaux epso\/|allgemeine[nrs]? auswahlverfahren\w*|permanent (?:officials?|posts?)|recruit (?:new )?officials|recruited as (?:an? )?(?:probationary )?official|(?:appointed|recruitment) as (?:a |an )?(?:probationary )?official|fonctionnaire stagiaire|beamte[rn]? auf probe)\b/g,
  ],
  [
    // An EPSO open competition in the other languages (folded, with their inflections): officials' posts.
    'official',
    OPEN_COMPETITION_WORDS,
  ],
];
const CATEGORY_LABEL =
  /^(?:staff category(?: and function group)?|category|type of (?:contract|post|position|employment)|contract type|contract|status|statut|type de contrat|categorie|vertragsart|art des vertrags|beschaftigungsart|kategorie)\b/;

function categoryOfValue(v: string): StaffCategory | null {
  for (const [cat, re] of [...CATEGORY_PATTERNS, ...LANG_STAFF]) {
    re.lastIndex = 0;
    if (re.test(v)) return cat;
  }
  if (/\b(?:ta|at)\s*\(?2\s*\(?[a-f]\)?|\b2\s*\(?[abcdf]\)?(?:\s*\/\s*2?\s*\(?[abcdf]\)?)*\s*$/.test(v))
    return 'temporary_agent';
  if (/\b(?:ca|ac)\b|\b3\s*\(?[ab]\)?\s*$|\bfg\s*[iv]+\b/.test(v)) return 'contract_agent';
  if (/\bofficial\b|\bfonctionnaire\b|\bbeamte/.test(v)) return 'official';
  // "Contract: Open to Temporary Agents in Function Group AD": the label says the value is the category.
  if (/\btemporary agents\b/.test(v)) return 'temporary_agent';
  if (/\bcontract agents\b/.test(v)) return 'contract_agent';
  return null;
}

/** The staff categories in the official languages (lib/notice/lang), for notices without an English/French/German wording. */
const LANG_STAFF: Array<[StaffCategory, RegExp]> = (Object.keys(STAFF_WORDS) as StaffKey[]).map((k) => [
  k,
  phraseRegex(STAFF_WORDS[k]),
]);
/** "Staff Regulations of Officials", "statut des fonctionnaires", "Statuto dei funzionari": not the post's category. */
const STAFF_REGULATIONS_BEFORE =
  /(?:statut|estatuto|statuto|regulations?|regulamin\w*|beamtenstatut|rad[ua]|ordinea|kanonismou|kanonismos|κανονισμου|правилник\w*|sluzebniho radu|sluzobneho poriadku|kadrovskih predpisov|pravilnika o osoblju|szemelyzeti szabalyzat\w*|tjenestemandsvedtaegt\w*|tjansteforeskrifter\w*|henkilostosaanno\w*|personalieeskirj\w*|civildienesta noteikum\w*|tarnybos nuostat\w*|regolamenti tal-persunal|rialacha foirne)[^.\n]{0,12}$/;
/** A reference whose segment is TA or CA (folded): "europol/2015/ta/ad8/203", "echa/ta/2013/009". */
const REFERENCE_CATEGORY =
  /(?<![\w/])[a-z][a-z0-9-]{1,14}(?:\/[a-z0-9-]{1,12}){0,4}\/(ta|ca)\/(?=[a-z0-9])|(?<![\w/-])[a-z]{2,10}-(ta|ca)-(?=ad|ast|fg|sc|\d)/g;
/** The categories' names in English, to tell a list of them from the post's own (folded). */
const CATEGORY_NAMES_EN =
  /\b(?:temporary agent|contract agent|seconded national expert|trainee|official)(?=s?\b)/g;
/** How far into a notice a reference still heads it (its title block). */
const HEAD_REFERENCE_CHARS = 1500;
/**
 * "Article 29(2)", "Article 29(1) and (2)", "Article 29(1) (a) and (b)" (an official's transfer or appointment),
 * "čl. 29 odst. 1 a 2", "článkom 29 ods. 2", "článok 29 ods. 2", Latvian "29. panta 2. punktu" (folded).
 */
const ARTICLE_29 =
  /\b(?:article|artikel|articulo|articolo|artigo|articolul(?:ui)?|art\.|cl\.|clanek|clanok|clanku|clankom|clen|clanak|cikk|artikla|artiklan|artikli|pants|straipsn\w*|αρθρο|член|artikolu|airteagal)\s*29\s*(?:\(1\)\s*(?:\([a-d]\)\s*(?:(?:and|et|und|y|e|i|a|u|en|og|och|ja|es|si|ir|un|agus|και|и|oraz|in)\s*\([a-d]\))?|(?:and|et|und|y|e|i|a|u|en|og|och|ja|es|si|ir|un|agus|και|и|oraz|in)\s*\(2\))|\(2\)|\.2\b|[,.]?\s*(?:paragraph|paragraphe|absatz|apartado|paragrafo|n\.?\s*[oº°]|ust\.|odst\.|ods\.|lid|stk\.|punkt|alin\w*|kohta|lg|loike|dalis|παραγραφος|параграф|paragrafu|mir)\s*(?:\(?1\)?\s*(?:and|et|und|y|e|i|a|u|en|og|och|ja|es|si|ir|un|agus|και|и|oraz|in)\s*)?\(?2\)?(?![\d)]))|\b29\.?\s*(?:cikk\w*|panta|straipsni\w*|artiklan)\s*(?:\(2\)|2\.?\s*(?:punkt\w*|dal\w*|kohd\w*|bekezd\w*))/;

/** A secondment's own labels, when no category is named (folded). */
const SECONDMENT_FORM =
  /\b(?:place of secondment|duration of (?:the )?secondment|secondment period|lieu (?:du|de) detachement|duree du detachement|ort der abordnung|dauer der abordnung|cost-free)\b/;

function languageCategoryScores(
  ctx: NoticeContext,
  scores: Map<StaffCategory, { score: number; start: number; end: number }>,
): void {
  for (const [cat, re] of LANG_STAFF) {
    re.lastIndex = 0;
    for (let m = re.exec(ctx.folded); m; m = re.exec(ctx.folded)) {
      if (
        cat === 'official' &&
        STAFF_REGULATIONS_BEFORE.test(ctx.folded.slice(Math.max(0, m.index - 60), m.index))
      )
        continue;
      // "(agente contrattuale, GF IV)": the category beside a function group or grade names the post's. Not
      // an official's word: it often means "officer", the post's own name ("… felelős tisztviselő (AD 5)").
      const end = m.index + m[0].length;
      const beside = cat !== 'official' && BESIDE_GRADE.test(ctx.folded.slice(end, end + 16));
      const cur = scores.get(cat) ?? { score: 0, start: m.index, end };
      cur.score += beside ? 3 : 1;
      scores.set(cat, cur);
    }
  }
}

/** What follows a staff category that is the post's own: ", GF IV)", " (AD 6)", " – AST 3" (folded). */
const BESIDE_GRADE =
  /^[\s,;–—(-]{0,4}(?:(?:category|grade|function group|categorie|grado?|groupe de fonctions)\s+)?(?:fg|gf|ad|ast|sc)\s?(?:[ivx]+|\d{1,2})(?![a-z0-9])/;

export function extractStaffCategory(ctx: NoticeContext): FieldResult<StaffCategory> {
  const labelled = findLabelled(ctx, CATEGORY_LABEL, { maxValueLength: 120 });
  if (labelled) {
    // "Type of contract: Temporary Agent1": a footnote's number glued to the value.
    const cat = categoryOfValue(
      ctx.folded.slice(labelled.start, labelled.end).replace(/(?<=\p{L})\d{1,2}\s*$/u, ''),
    );
    if (cat) return { value: cat, evidence: evidence(ctx, labelled.labelStart, labelled.end) };
  }
  const scores = new Map<StaffCategory, { score: number; start: number; end: number }>();
  for (const [cat, re] of CATEGORY_PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(ctx.folded); m; m = re.exec(ctx.folded)) {
      const before = ctx.folded.slice(Math.max(0, m.index - 40), m.index);
      // "as well as Seconded National Experts" is not "as a": a list goes on.
      let w =
        /\b(?:as an?|(?<!well )as|post of an?|recruited|engaged|employed|offered|en tant qu.|comme|als)\s*$/.test(
          before,
        )
          ? 3
          : 1;
      if (cat === 'trainee' && /traineeships?/.test(m[0])) w = 2;
      // "(Temporary Agent, Category AD5)": the category beside its grade is the post's.
      const end = m.index + m[0].length;
      if (cat !== 'official' && BESIDE_GRADE.test(ctx.folded.slice(end, end + 30))) w = 3;
      if (
        cat === 'seconded_national_expert' &&
        m[0] === 'sne' &&
        !/\bSNE\b/.test(ctx.text.slice(m.index, m.index + 3))
      )
        continue;
      const cur = scores.get(cat) ?? { score: 0, start: m.index, end: m.index + m[0].length };
      cur.score += w;
      scores.set(cat, cur);
    }
  }
  if (scores.size === 0) languageCategoryScores(ctx, scores);
  let best: [StaffCategory, { score: number; start: number; end: number }] | null = null;
  for (const e of scores) if (!best || e[1].score > best[1].score) best = e;
  // "… the selection of temporary agents and contract agents, as well as Seconded National Experts and
  // trainees": categories named once each, none more than the others, are a list, not the post's category.
  if (best && best[1].score <= 1) {
    const s = sentenceAt(ctx, best[1].start);
    const named = new Set(ctx.folded.slice(s.start, s.end).match(CATEGORY_NAMES_EN));
    if (named.size >= 3) best = null;
  }
  // A reference's segment names the category when no wording does: "Europol/2015/TA/AD8/203", "ECHA/CA/2013/02";
  // also over one passing mention ("… employs 836 staff, seconded national experts, trainees …") when the
  // reference heads the notice.
  REFERENCE_CATEGORY.lastIndex = 0;
  const ref = !best || best[1].score <= 1 ? REFERENCE_CATEGORY.exec(ctx.folded) : null;
  const refCategory: StaffCategory | null = ref
    ? (ref[1] ?? ref[2]) === 'ta'
      ? 'temporary_agent'
      : 'contract_agent'
    : null;
  if (ref && refCategory && (!best || (ref.index <= HEAD_REFERENCE_CHARS && best[0] !== refCategory)))
    return {
      value: refCategory,
      evidence: evidence(
        ctx,
        ref.index,
        ref.index + ref[0].length,
        `the reference's ${(ref[1] ?? ref[2]).toUpperCase()} segment`,
      ),
    };
  if (!best) {
    // The Commission's form for seconded experts: "Place of secondment", "With allowances / COST-FREE".
    const form = SECONDMENT_FORM.exec(ctx.folded);
    if (form)
      return {
        value: 'seconded_national_expert',
        evidence: evidence(ctx, form.index, form.index + form[0].length, 'a secondment form'),
      };
    // A senior post filled under Article 29(2) of the Staff Regulations is an official's post.
    const art = ARTICLE_29.exec(ctx.folded);
    if (art)
      return {
        value: 'official',
        evidence: evidence(
          ctx,
          art.index,
          art.index + art[0].length,
          'a post filled under Article 29 of the Staff Regulations',
        ),
      };
    return missing('the staff category is not stated');
  }
  return { value: best[0], evidence: evidence(ctx, best[1].start, best[1].end) };
}

// ---- Conditions of Employment articles -----------------------------------------------

const ARTICLE_LETTER = /^(?:([a-f])|(bis|ter))$/;

/** Bare forms after a category or in a label: "Temporary agent 2b/2d", "TA 2(f)", "Contract Type: 3b" (folded). */
const BARE_CATEGORY_WORDS =
  'temporary agents?|contract agents?|temporary staff|contract staff|agents? temporaires?|agents? contractuels?|agentes? temporal(?:es)?|agentes? contractual(?:es)?|agente temporaneo|agenti temporanei|agente contrattuale|agenti contrattuali|agentes? temporarios?|tijdelijke? functionaris(?:sen)?|arbeidscontractant(?:en)?|bedienstete[rn]? auf zeit|vertragsbedienstete[rn]?|docasn[ya] zamestnan(?:ec|ci)|smluvni zamestnan(?:ec|ci)|zatrudnion\\w* na czas okreslony|ta|ca|at|ac|contract type|type of contract';
/**
 * The same categories in every official language written in Latin letters, from the language tables (folded):
 * "Gníomhaire Sealadach 2(a)", "Agent temporar 2(f)", "Tymczasowy pracownik 2(b)".
 */
const BARE_CATEGORY_WORDS_ALL = [
  BARE_CATEGORY_WORDS,
  ...[...STAFF_WORDS.temporary_agent, ...STAFF_WORDS.contract_agent]
    .map((w) => foldSameLength(w.trim()))
    .filter((w) => /^[a-z]+(?: [a-z]+)*$/.test(w))
    .map((w) => w.replace(/ /g, '\\s+')),
].join('|');
/** "Temporary staff, AD6, 2(f)": the grade may stand between the category and its article (folded). */
const GRADE_BETWEEN = '(?:\\s*,\\s*(?:ad|ast|sc)\\s?\\d{1,2})?';
const BARE_CATEGORY = new RegExp(
  `\\b(?:${BARE_CATEGORY_WORDS_ALL})${GRADE_BETWEEN}\\s*[:(,-]?\\s*((?:2|3)\\s*\\(?[a-f]\\)?(?:\\s*\\/\\s*(?:2|3)?\\s*\\(?[a-f]\\)?)*)(?![a-z0-9])`,
  'y',
);
/** A category's words right before where its article's number starts. */
// A trie (regex-trie.ts): it is tried at every word of the 60 characters before each "2" and "3" of a notice.
const BARE_CATEGORY_BEFORE = trieRegex(
  new RegExp(`\\b(?:${BARE_CATEGORY_WORDS_ALL})${GRADE_BETWEEN}\\s*[:(,-]?\\s*$`),
);

/** "Article 3(b)", "article 3 ter", "Article 2, point (f)", "Temporary agent 2b/2d", "Contract Type: 3b". */
/**
 * A notice that names no category but recruits under an article of the Conditions of Employment:
 * Article 2 is temporary staff, Article 3a/3b contract staff.
 */
export function categoryFromArticles(
  stated: FieldResult<StaffCategory>,
  articles: { value: string[]; evidence: ReturnType<typeof evidence> | null },
): FieldResult<StaffCategory> {
  if (stated.value !== null || !articles.evidence || articles.value.length === 0) return stated;
  const families = new Set(articles.value.map((a) => a[0]));
  if (families.size !== 1) return stated;
  const value: StaffCategory = families.has('2') ? 'temporary_agent' : 'contract_agent';
  const note = `from Article ${articles.value.join(', ')} of the Conditions of Employment named`;
  return { value, evidence: { ...articles.evidence, note } };
}

/**
 * "FG III", "FG-IV", "EPSO/CAST", "CAST Permanent", "CAST 27": marks that only contract agents' selections
 * carry (folded; a CAST one in capitals in the text).
 */
const CONTRACT_AGENT_MARK =
  /(?:fg ?-?(?:iv|iii|ii|i)|epso\/cast|cast(?: permanent| ?\d{1,2}(?!\d)))(?![a-z])/g;
/** How far into a notice such a mark is looked for: its head and key facts. */
const CONTRACT_AGENT_MARK_CHARS = 6000;

/**
 * A competition's page of EPSO's site, in any language: the site's field labels in the page's head
 * (see siteFieldLabels) and EPSO named.
 */
export function euCareersCompetitionPage(ctx: NoticeContext): SiteFieldLabels | null {
  return /(?<![a-z])epso(?![a-z])/.test(ctx.folded) ? siteFieldLabels(ctx) : null;
}

/**
 * A notice that names no category but a contract agents' function group (FG I–IV exist for them
 * alone) or an EPSO CAST reference: contract staff, with a note saying so.
 */
/** "EPSO/AD/419/24", "EPSO/AST-SC/12/22", "EPSO/AST/153/22" (not "EPSO/CAST/…", contract agents). */
const EPSO_COMPETITION_REF = /\bEPSO\/(?:AD|AST|AST-SC|SC)\/\d{1,4}\/\d{2}\b/;

export function categoryFromFunctionGroup(
  stated: FieldResult<StaffCategory>,
  ctx: NoticeContext,
): FieldResult<StaffCategory> {
  if (stated.value !== null) return stated;
  // "Atsauce: EPSO/AD/419/24": an EPSO competition's reference (not a CAST's) recruits officials, in any language.
  const epso = EPSO_COMPETITION_REF.exec(ctx.text.slice(0, CONTRACT_AGENT_MARK_CHARS));
  if (epso) {
    const note = `"${epso[0]}" is an EPSO competition's reference: officials`;
    return {
      value: 'official',
      evidence: { ...evidence(ctx, epso.index, epso.index + epso[0].length), note },
    };
  }
  const head = ctx.folded.slice(0, CONTRACT_AGENT_MARK_CHARS);
  CONTRACT_AGENT_MARK.lastIndex = 0;
  let m = CONTRACT_AGENT_MARK.exec(head);
  while (
    m &&
    ((m.index > 0 && /[a-z]/.test(head[m.index - 1])) ||
      (m[0].startsWith('cast') && !ctx.text.startsWith('CAST', m.index)))
  )
    m = CONTRACT_AGENT_MARK.exec(head);
  if (!m) {
    // An EPSO page whose grade and contract fields came without their values: an open competition's.
    const page = euCareersCompetitionPage(ctx);
    if (!page) return stated;
    const note = `an EPSO competition's page (${page.labels} field labels of the EU Careers site, EPSO named, no contract agents' mark): officials`;
    return { value: 'official', evidence: { ...evidence(ctx, page.start, page.end), note } };
  }
  const note = `"${ctx.text.slice(m.index, m.index + m[0].length)}" is a contract agents' selection`;
  return { value: 'contract_agent', evidence: { ...evidence(ctx, m.index, m.index + m[0].length), note } };
}

/** "Article 2(f)", "artigo 2.º, alínea a)", "articolo 2, lettera f)", "art. 2 lit. a", "článku 2 písm. f)", "čl. 2 písm. a)" (folded). */
const ARTICLE_WORDS =
  'articles?|art\\.?|cl\\.|artikeln?|articulos?|articol[oi]|artigos?|articolul(?:ui)?|artykul\\w*|clanek|clanku|clanok|clena?|clenom|clenu|clankom|clanka?|cikk\\w*|artikla|artikli\\w*|straipsn\\w*|αρθρο\\w*|член|artikolu|l-artikolu|airteagal';
const CONTRACT_ARTICLE = new RegExp(
  `\\b(?:${ARTICLE_WORDS})\\s*(2|3)\\s*(?:\\.?\\s*[oº°](?![a-z]))?(?:\\.(?=[a-f](?![a-z])))?\\s*(?:[,.]?\\s*(?:point|punkt(?:iga)?|buchstabe|sous|lettre|lettera|letter|alinea|letra|litera|litra|lit\\.|pism\\.|bod|pont|onder|tock(?:om|a|e|i|o)|στοιχειο|буква)(?![a-z])\\s*)?\\(?\\s*(bis|ter|[a-f])\\s*\\)?(?![a-z0-9])((?:\\s*(?:\\/|and|or|et|ou|und|oder|,)\\s*(?:(?:article|art\\.?)\\s*)?(?:2|3)?\\s*\\(?\\s*[a-f]\\s*\\)(?![a-z0-9])|\\s*\\(\\s*[a-f]\\s*\\)(?![a-z0-9])|\\s*(?:\\/|and|or|et|ou|und|oder|,)\\s*(?:2|3)\\s*\\(?[a-f]\\)?(?![a-z0-9]))*)`,
  'y',
);
/** An article's word right before where its number starts. */
const ARTICLE_BEFORE = trieRegex(new RegExp(`\\b(?:${ARTICLE_WORDS})\\s*$`));

/**
 * The matches of `sticky` (flag y) in `f`, in text order and not overlapping, as a global search
 * would find them: each is looked for only where `before` (its words, then `$`) ends right at an
 * article's number 2 or 3. The numbers are rare; the words begin at most positions of a text
 * ("art…", "c…", "ta"), where a search of the whole pattern would be tried.
 */
function fromArticleNumbers(f: string, sticky: RegExp, before: RegExp): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  let from = 0;
  ARTICLE_NUMBER.lastIndex = 0;
  for (let d = ARTICLE_NUMBER.exec(f); d; d = ARTICLE_NUMBER.exec(f)) {
    if (d.index < from) continue;
    const lead = f.slice(Math.max(from, d.index - LEAD_CHARS), d.index);
    const b = before.exec(lead);
    if (!b) continue;
    sticky.lastIndex = d.index - lead.length + b.index;
    const m = sticky.exec(f);
    if (!m) continue;
    out.push(m);
    from = m.index + m[0].length;
  }
  return out;
}
// Look-behind after the first character: V8 tries the pattern only where that character is.
const ARTICLE_NUMBER = /[23](?<!\d[23])(?!\d)/g;
/** Longer than any article's or category's words with their spaces. */
const LEAD_CHARS = 60;

/** The article's word after its number, in the languages that write the number first (folded). */
const NUMBER_FIRST_WORD = /cikk|artikla|pant[asu]|straipsn/;
const NUMBER_FIRST_ARTICLE =
  /(?<![\p{L}\d])(2|3)\.?\s*(?:cikk\p{L}*|artiklan|panta|straipsnio)\s*\(?\s*([a-f])\s*\)?\s*(?:pont\p{L}*|alakohd\p{L}*|apakspunkt\p{L}*|punkt\p{L}*)(?![\p{L}])/gu;
/** The letter glued to the number, then the word: Finnish "3 a artikla", Hungarian "3a. cikke" (folded). */
const NUMBER_LETTER_ARTICLE =
  /(?<![\p{L}\d])(2|3)\.? ?([a-f])\.?\s*(?:cikk\p{L}*|artikla\p{L}*|pant[asu]|straipsn\p{L}*)(?![\p{L}])/gu;

/**
 * "άρθρο 2 στοιχείο στ)", "άρθρο 3 στοιχ. α)", "член 3а", "член 2, буква е)": the article's letter in Greek or
 * Cyrillic, which \b and [a-f] do not read (folded). Both alphabets order their first six letters as a–f.
 */
const NON_LATIN_ARTICLE =
  /(?<![\u0370-\u03ff\u0400-\u04ff])(?:αρθρ[\u0370-\u03ff]*|член[\u0400-\u04ff]*)\s+(2|3)\s*,?\s*(?:(?:στοιχ[\u0370-\u03ff]*\.?|буква)\s*)?\(?\s*(στ|[α-ε]|[а-е])(?![\u0370-\u03ff\u0400-\u04ff])/g;
// prettier-ignore
const NON_LATIN_LETTERS: Record<string, string> = {
  α: 'a', β: 'b', γ: 'c', δ: 'd', ε: 'e', στ: 'f',
  а: 'a', б: 'b', в: 'c', г: 'd', д: 'e', е: 'f',
};

/** "point (a)", "letter (f)" right before " of Article 2" (folded). */
const POINT_BEFORE = /(?:point|letter|paragraph|indent)\s\(?([a-f])\)?$/;
/** What follows that article: the Conditions of Employment, by name or acronym (folded). */
const EMPLOYMENT_AFTER = /^ of (?:the )?(?:conditions of employment|ceos|raa)\b/;

export function extractContractArticles(ctx: NoticeContext): {
  value: string[];
  evidence: ReturnType<typeof evidence> | null;
} {
  const found = new Map<string, number>();
  /** Where a wording read whole ends, past a sentence's apparent end ("2. cikkének a) pontja"). */
  const ends = new Map<number, number>();
  const f = ctx.folded;
  const record = (num: string, letter: string, at: number) => {
    const l = ARTICLE_LETTER.exec(letter);
    if (!l) return;
    const ch = l[1] ?? (l[2] === 'bis' ? 'a' : 'b');
    if (num === '3' && !/[ab]/.test(ch)) return;
    if (num === '2' && !/[abcdf]/.test(ch)) return;
    const key = `${num}${ch}`;
    if (!found.has(key)) found.set(key, at);
  };
  for (const m of fromArticleNumbers(f, CONTRACT_ARTICLE, ARTICLE_BEFORE)) {
    const context = f.slice(m.index, m.index + m[0].length + 160);
    if (
      /staff regulations|statut des fonctionnaires|beamtenstatut/.test(
        context.slice(m[0].length, m[0].length + 40),
      )
    )
      continue;
    record(m[1], m[2], m.index);
    // "… and (b)", "/ 2(f)": the letters after the first, not those of the joining words ("and").
    const more = /(2|3)?\s*\(?\s*([a-f])\s*\)?/g;
    const rest = m[3].replace(/\b(?:and|or|et|ou|und|oder|article|art)\b\.?/g, ' ');
    for (let n = more.exec(rest); n; n = more.exec(rest)) record(n[1] ?? m[1], n[2], m.index);
  }
  for (const m of fromArticleNumbers(f, BARE_CATEGORY, BARE_CATEGORY_BEFORE)) {
    const parts = /(2|3)?\s*\(?([a-f])\)?/g;
    let num = '';
    for (let n = parts.exec(m[1]); n; n = parts.exec(m[1])) {
      num = n[1] ?? num;
      if (num) record(num, n[2], m.index);
    }
  }
  // "2. cikkének a) pontja", "2 artiklan f alakohdan", "2. panta f) apakšpunkts", "2 straipsnio a punktas": the
  // article's number first, as Hungarian, Finnish, Latvian and Lithuanian write it.
  if (NUMBER_FIRST_WORD.test(f)) {
    NUMBER_FIRST_ARTICLE.lastIndex = 0;
    for (let m = NUMBER_FIRST_ARTICLE.exec(f); m; m = NUMBER_FIRST_ARTICLE.exec(f)) {
      record(m[1], m[2], m.index);
      ends.set(m.index, m.index + m[0].length);
    }
    NUMBER_LETTER_ARTICLE.lastIndex = 0;
    for (let m = NUMBER_LETTER_ARTICLE.exec(f); m; m = NUMBER_LETTER_ARTICLE.exec(f))
      record(m[1], m[2], m.index);
  }
  // Greek and Bulgarian: "άρθρο 2 στοιχείο στ)", "член 3а", the letter in their alphabets.
  if (f.includes('αρθρ') || f.includes('член')) {
    NON_LATIN_ARTICLE.lastIndex = 0;
    for (let m = NON_LATIN_ARTICLE.exec(f); m; m = NON_LATIN_ARTICLE.exec(f))
      record(m[1], NON_LATIN_LETTERS[m[2]], m.index);
  }
  // "under point (a) of Article 2 of the Conditions of Employment": the letter before the article.
  for (let at = f.indexOf(' of article '); at >= 0; at = f.indexOf(' of article ', at + 1)) {
    const num = f[at + 12];
    if ((num !== '2' && num !== '3') || /[\d(]/.test(f[at + 13] ?? '')) continue;
    const letter = POINT_BEFORE.exec(f.slice(Math.max(0, at - 24), at));
    if (letter && EMPLOYMENT_AFTER.test(f.slice(at + 13, at + 60)))
      record(num, letter[1], at - letter[0].length);
  }
  if (found.size === 0) return { value: [], evidence: null };
  const first = Math.min(...found.values());
  const s = sentenceAt(ctx, first);
  const end = Math.min(Math.max(s.end, ends.get(first) ?? 0), first + 160);
  return { value: [...found.keys()].sort(), evidence: evidence(ctx, first, end) };
}

// ---- function group and grades --------------------------------------------------------

const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, '1': 1, '2': 2, '3': 3, '4': 4 };
const FG_NAMES = ['FGI', 'FGII', 'FGIII', 'FGIV'] as const;
/** "III. besorolási csoport", Estonian "IV tegevusüksus", Latvian "(III funkciju grupa)": the function group's number before its name (folded). */
const FG_NUMBER_FIRST =
  /(?<![\p{L}\d])(iv|iii|ii|i)(?:\.\s*(?:besorolasi|funkcios) csoport|\.?\s+tegevusuksus|\.?\s+funkciju grup(?:as|a|u))/u;
/**
 * "Function group AD, grade 7", "groupe de fonctions AST, grade 3", "grupo de funções AD, grau 14", "AD
 * function group, grade 14"; a range: "Grau 9-14", "grau 14/15", "(tjänstegrupp AD, lönegraderna 10 12)" (its dash
 * lost in the copy, before the bracket's end) (folded).
 */
const SPLIT_GRADE =
  /\b(?:function group|groupe de fonctions|funktionsgruppe|gruppo di funzioni|grupo de funciones|grupo de funcoes|functiegroep|tjanstegrupp|grupa funkcyjna|grupa de functii|funkcijska skupina|funkcni skupina|funkcna skupina)\s+(ad|ast)\s*[,;/-]?\s*(?:and\s+|et\s+|e\s+|y\s+|und\s+|en\s+|i\s+|och\s+|si\s+|a\s+)?(?:grade|grado|grau|rang|besoldungsgruppe|lonegrad(?:erna|en)?|grupa zaszeregowania|gradul|razred|platova trida|platova trieda)\s+(\d{1,2})(?:(?:\s?(?:-|–|\/|to|a|à|bis|al|tot|do)\s?|\s(?=\d{1,2}\)))(\d{1,2}))?\b|\b(ad|ast) function group\s*[,;/-]?\s*(?:and\s+)?grade\s+(\d{1,2})\b/;
const CA_GRADE_RANGE: Record<number, [number, number]> = { 1: [1, 3], 2: [4, 7], 3: [8, 12], 4: [13, 18] };

/** "FG IV", "function group III", "grupa funkcyjna III", "gruppo di funzioni IV" … (folded). */
const FG_RE = new RegExp(
  `${guardedAlternation('[\\p{L}]', `fg|function(?:al|ing)? group|groupe de fonctions?|funktionsgruppe|gf|${phrasePattern(FUNCTION_GROUP_WORDS)}`, 'gu')}\\s*[-:]?\\s*(?:fg\\s*)?(iv|iii|ii|i|[1-4])(?![a-z0-9])(?:\\s*[./]\\s*(\\d{1,2})\\b)?`,
  'gu',
);

/** After a function group: a list of the others ("., II., III.", ", II, III", " / II"). */
const FG_LIST_AFTER = /^\.?\s*[,/]\s*(?:fg\s*)?(?:iv|iii|ii|i)(?![\p{L}\d])/u;

/**
 * Polish "grupa funkcyjna i …" ("and"): a lower-case "i" before a word is a conjunction, not FG I, and "FG I
 * to FG IV" is a range; "GF I Sicherheitsempfindliche Stelle" (a flattened table) is the group. `at`: the
 * match's offset in ctx.text.
 */
function conjunctionI(ctx: NoticeContext, at: number, m: RegExpExecArray): boolean {
  if (m[1] !== 'i' || m[2]) return false;
  const i = at + m[0].length - 1;
  const after = ctx.folded.slice(i + 1, i + 8);
  // "FG I to FG IV", "FG I and II": the first of a range or list, not one post's group.
  if (/^\s+(?:to|and|or|a|bis|und|oder|et|ou|y|e)\s/.test(after)) return true;
  return ctx.text[i] === 'i' && /^\s+\p{L}{2}/u.test(after);
}
// Not a code's segment ("AD5/2026", "AD16/01/19", "AD5/7.1"); a grade's step ("AD 16/3") or a word
// ("Temporary Agent/AD5/Administrator") may follow. A label glued to it ("zaszeregowaniaAD 14") may precede.
// "AD.6": a full stop between family and number; "A*14": the 2004–2006 name of AD 14.
const GRADE_TOKEN =
  /(?<![\p{Lu}\p{Nd}_])(AST\s*\/\s*SC|AST-SC|AD|AST|SC|A\*)\s?[-.]?\s?(\d{1,2})\b(?!\s*\/(?!\d(?=$|[\s)\],;])|[A-Za-z]))/gu;
const GRADE_RANGE =
  /\b(AST\s*\/\s*SC|AST-SC|AD|AST|SC)\s?-?\s?(\d{1,2})\s*(-|–|to|à|a|bis|up to|and|&|,|\/|or|ou|et|oder|und)\s*(?:(?:grade\s+)?(AST\s*\/\s*SC|AST-SC|AD|AST|SC)\s?-?\s?)?(\d{1,2})\b/g;

/** A job board's headline "Document Management Officer, AST4. Single Resolution Board, Brussels". */
const HEADLINE_GRADE = /,(?<=\p{L},) (?:AD|AST)\s?\d{1,2}(?:[.,](?:\s|$)|$)/u;
/** How much of each of a notice's first lines the heading grade rules read. */
const HEAD_CHARS = 4000;
/** A reference's grade segment: "/AD 14/", "/AD13/4.1", "/AD 14 -" at a code's end. */
const REFERENCE_GRADE = /(?<=[\w-]\/)(?:AD|AST)\s?\d{1,2}(?=\/|\s*[-–—]\s|\s*$)/g;
/** A grade token in folded text, not a code's segment (the character before it is checked apart). */
const GRADE_WORD = /(?:ad|ast)\s?\d{1,2}(?![\p{L}\p{N}/])/gu;
/**
 * "Poste vacant AD 14", "Stelle AD 14", "Volné pracovní místo: stupeň AD 14": the words before a post's own
 * grade, at the end of the text before it (folded).
 */
const POST_BEFORE_GRADE_WORDS =
  /(?<![\p{L}])(?:poste vacant|emploi vacant|vacant post|vacancy|stelle|freie stelle|posto vacante|puesto vacante|lugar vago|vacature|volne pracovni misto|volne pracovne miesto|wolne stanowisko|postul vacant|prosto delovno mesto|slobodno radno mjesto|betoltendo allas|laisva darbo vieta|vaba ametikoht|avoin toimi|ledig(?:a)? (?:tjanst|stilling)|karigu vakanti|κενη θεση|свободна длъжност)[ \t]*[:：]?[ \t]*$/u;
/**
 * "Κενή θέση: AD14" followed by the next numbered item, a separator or the end of the line: found at its
 * colon, then the label before it checked (a search for the label at every position would backtrack).
 */
const LABELLED_GRADE = /[:：]\s*((?:AD|AST)\s?\d{1,2})(?=\s+\d{1,2}\.\s|\s*$|\s*[;,])/g;
const LABEL_BEFORE_COLON = /(?<![\p{L}])\p{L}[\p{L}\p{M} ]{2,38}$/u;

function familyOf(token: string): 'AD' | 'AST' | 'SC' {
  // The common tokens as the capitals patterns write them, without a replace per grade read.
  if (token === 'AD') return 'AD';
  if (token === 'AST') return 'AST';
  if (token === 'SC') return 'SC';
  const t = token.replace(/\s+/g, '').toUpperCase();
  if (t === 'AD' || t === 'A*') return 'AD';
  if (t === 'AST') return 'AST';
  return 'SC';
}
const GRADE_LIMITS = { AD: [5, 16], AST: [1, 11], SC: [1, 6] } as const;

/**
 * The grades read, a bit per grade of each family (every grade is under 32): a notice of thousands of ranges
 * sets bits, not thousands of strings in a set. Listed in the families' order, each family's grades rising.
 */
class GradeSet {
  private readonly bits = { AD: 0, AST: 0, SC: 0 };
  size = 0;
  add(fam: 'AD' | 'AST' | 'SC', n: number): void {
    const bit = 1 << n;
    if (this.bits[fam] & bit) return;
    this.bits[fam] |= bit;
    this.size++;
  }
  sorted(): string[] {
    const out: string[] = [];
    for (const fam of ['AD', 'AST', 'SC'] as const)
      for (let n = 0; n < 32; n++) if (this.bits[fam] & (1 << n)) out.push(`${fam}${n}`);
    return out;
  }
}
/** A range's words ("AD 5 - AD 12", "AD 5 to 12") and a pair's ("AD 15/16", "AD 14 or 15"). */
const RANGE_WORD = /^(?:-|–|to|à|a|bis|up to)$/i;
const PAIR_WORD = /^(?:\/|or|ou|oder|and|et|und)$/i;

export interface GradeInfo {
  functionGroup: FieldResult<FunctionGroup>;
  grades: { value: string[]; evidence: ReturnType<typeof evidence> | null };
}

/** "grade", "function group" in the official languages. */
const LANG_GRADE_CUE = phraseRegex([...GRADE_WORDS, ...FUNCTION_GROUP_WORDS]);
const MOBILITY = /\b(?:mobility|inter-agency|interagency|bracket|mobilite|mobilitat)\b/;
/** A line that is only a grade or a grade range: "AD 15", "AST 3", "AD 9 – AD 14". */
const GRADE_CELL = /^(?:AD|AST(?:\/SC)?|SC)\s?\d{1,2}(?:\s*[-–—]\s*(?:AD|AST(?:\/SC)?|SC)?\s?\d{1,2})?$/;
/** The head of a notice, where its table of key facts is. */
const GRADE_CELL_LINES = 150;

/** How many short cells of a flattened table may stand between a grade label and its value. */
const TABLE_CELLS_BETWEEN = 6;

/** Is there another grade cell among the next few short lines (a table of grades and pay, not one post)? */
function gradeCellsAfter(ctx: NoticeContext, i: number, n: number): boolean {
  for (let k = i + 1; k < Math.min(ctx.lines.length, i + 1 + n); k++) {
    const l = ctx.lines.get(k);
    if (l.end - l.start > 80) return false;
    if (GRADE_CELL.test(l.text)) return true;
  }
  return false;
}

/** Words around a grade of recruitment (folded). */
const GRADE_CUE = trieRegex(
  /\b(?:grade|grades|grading|recruited at|recruitment (?:grade|level)|level of|classement|classe|grado|besoldungsgruppe|function group|groupe de fonctions|funktionsgruppe|post of|vacancy notice|competition|auswahlverfahren|concours|temporary agent|contract agent|salary|basic salary|at step)\b|\((?:ad|ast)/g,
);

/** A heading that ends with its grade, its category's short form in brackets or not: "Legal Advisors AD 5 (TA2f)". */
const HEADING_END_GRADE =
  /^\p{Lu}[\p{Ll}-]+(?:\s[\p{L}'’-]+){0,8}\s(?:AD|AST)\s?\d{1,2}(?:\s*\((?:TA|CA|AT|AC)\s?[\w ]{1,8}\))?\s*$/u;
/** A contract agent's grades after their word: "grade 8", "grades 13, 14 and 16", "gradul 13 sau 14" (folded). */
/** "and" and "or" between a contract agent's grades, in the official languages (folded). */
const CA_GRADE_AND_OR = 'and|or|et|und|si|e|y|och|eller|tai|vai|ili|arba|sau|ou|oder|o|of|lub|nebo|vagy';
const CA_GRADES = new RegExp(
  `\\b(?:grades?|lonegrad(?:en)?|gradele|gradul|grad|grado|gradi|grau|graus|platov\\w* trid\\w*|rang|palkkaluok\\w*|palgaaste\\w*|fokozat\\w*)\\s+(\\d{1,2}(?:\\s*(?:,|to|-|–|&|a|bis|${CA_GRADE_AND_OR})\\s*\\d{1,2})*)`,
);
/** Where a list of grades splits into its numbers and ranges. */
const CA_GRADE_SPLIT = new RegExp(`\\s*(?:,|&|\\b(?:${CA_GRADE_AND_OR})\\b)\\s*`);
/** The same right before the group's words: "grade 4, 5 or 6 of function group II", "grade 8 du groupe de fonctions". */
const CA_GRADES_BEFORE_GROUP = new RegExp(
  `${CA_GRADES.source}\\s+(?:of|in|within|du|dans le|de|des|der|im|della|del|di|van|w)\\s+(?:the\\s+)?$`,
);
/** A function group's label: "Function group", Latvian "Funkciju grupa", Slovak "Funkčná skupina" (folded). */
const FG_LABEL = new RegExp(
  `^(?:function group|staff category and function group|groupe de fonctions|funktionsgruppe|fg|${phrasePattern(FUNCTION_GROUP_WORDS)})(?![\\p{L}])`,
  'u',
);
/** A function group's or grade's words in every language, folded ("pareigų grupė", "lygis", "palgaaste"). */
const GRADE_LABEL_WORDS = phrasePattern([...FUNCTION_GROUP_WORDS, ...GRADE_WORDS]);
/**
 * A grade's label: "Grade", "Function group and grade", Lithuanian "Pareigų grupė ir lygis", Estonian
 * "Palgaaste" (folded; the words, then maybe "and" and more of them).
 */
const GRADE_LABEL = new RegExp(
  `^(?:grade\\(?s?\\)?|function group and grade|grade and function group|grade\\/function group|grade de recrutement|grade|besoldungsgruppe|funktionsgruppe und besoldungsgruppe|(?:${GRADE_LABEL_WORDS})(?:\\s*(?:\\/|,|&|and|et|und|e|y|en|i|ir|un|ja|es|si|a|og|och|и|και)\\s*(?:${GRADE_LABEL_WORDS}))?)(?![\\p{L}])`,
  'u',
);

/** "AD5 Saint-Germain-en-Laye / France", "AST 3 Lisbon, Portugal": a grade, then a town and its country. */
const GRADE_THEN_PLACE = /^(?:AD|AST)\s?\d{1,2}\s+\p{Lu}[\p{L}' .-]{1,40}?\s?[/,]\s?\p{Lu}[\p{L} ]{2,30}$/u;

function gradeSentencesRange(ctx: NoticeContext): Array<{ start: number; end: number }> {
  const labelled = findLabelled(ctx, GRADE_LABEL, { maxValueLength: 120 });
  // A label whose value names no grade is a table's header cell ("Grade" / "Indicative n° on reserve list"):
  // the grade is looked for below it.
  if (labelled && /(?<![\p{L}])(?:AD|AST|SC|FG)[\s/-]?(?:\d|[IV])/iu.test(labelled.value))
    return [{ start: labelled.start, end: labelled.end }];
  const out: Array<{ start: number; end: number }> = [];
  for (const re of [GRADE_CUE, LANG_GRADE_CUE]) {
    re.lastIndex = 0;
    let seenTo = -1;
    for (let m = re.exec(ctx.folded); m; m = re.exec(ctx.folded)) {
      // Each sentence is looked at once, however many cue words it holds.
      if (m.index < seenTo) continue;
      const s = sentenceAt(ctx, m.index);
      seenTo = s.end;
      // "Grade bracket for internal mobility: AD5 – AD12": not the grade of recruitment.
      if (MOBILITY.test(ctx.folded.slice(s.start, s.end))) continue;
      if (
        /\b(?:maximum|career|promotion|e\.g\.|for example|up to grade)\b/.test(
          ctx.folded.slice(s.start, s.end),
        ) &&
        !/\brecruit/.test(ctx.folded.slice(s.start, s.end))
      )
        continue;
      out.push(s);
    }
  }
  // The title line and key facts often carry "(AD 7)"; publication headings "(grado AD 14)", "– AD 14 pakāpe"; a
  // job board's headline "Document Management Officer, AST4. Single Resolution Board, Brussels"; a heading
  // ending with its grade "Legal Advisors AD 5 (TA2f)"; "Pracownik biurowy (SC1 i SC2)".
  // Not the value of a mobility label on the line above ("Grade bracket for inter-agency mobility" / "AD 5 – AD 12").
  const top = Math.min(ctx.lines.length, 80);
  for (let i = 0; i < top; i++) {
    const l = ctx.lines.get(i);
    const above = i > 0 ? ctx.lines.get(i - 1) : null;
    if (
      (/\((?:AD|AST)[\s\d/-]+\)|\([^()]{0,30}(?:AD|AST)\s?\d{1,2}\)|\((?:[\p{L}]+[,;]? ){0,3}(?:AD|AST)\s?\d{1,2}\b|\(SC\s?[1-6]\b|[–—-]\s*(?:AD|AST)\s?\d{1,2}\b/u.test(
        l.text,
      ) ||
        (l.text.includes(', A') && HEADLINE_GRADE.test(l.text)) ||
        (l.text.length <= 100 && l.text.includes('A') && HEADING_END_GRADE.test(l.text)) ||
        (l.text.length <= 160 && REFERENCE_ROW.test(l.text.trim())) ||
        // "AD5 Saint-Germain-en-Laye / France": a key-facts row whose cells lost their labels, its grade then
        // its place and country (not a table's cell of grades or pay).
        (l.text.length <= 80 && GRADE_THEN_PLACE.test(l.text.trim()))) &&
      !MOBILITY.test(ctx.folded.slice(l.start, l.end)) &&
      !(above && above.end - above.start <= 80 && MOBILITY.test(ctx.folded.slice(above.start, above.end)))
    )
      out.push({ start: l.start, end: l.end });
  }
  // "1. Κενή θέση: AD14 2. Καθήκοντα …": a short label with its colon and nothing but a grade, before the
  // next numbered item or the end of its line (a copy that joined a notice's lines). Only that grade.
  // "Poste vacant AD 14": a vacant post's own grade. A line's head only: a run-on line of a megabyte
  // is not read through.
  for (let i = 0; i < top; i++) {
    const l = ctx.lines.get(i);
    const head = l.text.slice(0, HEAD_CHARS);
    LABELLED_GRADE.lastIndex = 0;
    for (let m = LABELLED_GRADE.exec(head); m; m = LABELLED_GRADE.exec(head)) {
      const label = head.slice(Math.max(0, m.index - 40), m.index);
      if (!LABEL_BEFORE_COLON.test(label)) continue;
      const at = l.start + m.index + m[0].length - m[1].length;
      if (!MOBILITY.test(foldSameLength(label))) out.push({ start: at, end: at + m[1].length });
    }
    const f = ctx.folded.slice(l.start, l.start + head.length);
    // Each grade, then the words before it: a search for the words at every position reads the line
    // through dozens of alternatives.
    GRADE_WORD.lastIndex = 0;
    for (let m = GRADE_WORD.exec(f); m; m = GRADE_WORD.exec(f)) {
      if (m.index > 0 && /[\p{L}\p{N}]/u.test(f[m.index - 1])) continue;
      if (!POST_BEFORE_GRADE_WORDS.test(f.slice(Math.max(0, m.index - 40), m.index))) continue;
      out.push({ start: l.start + m.index, end: l.start + m.index + m[0].length });
    }
  }
  // A table cell that holds nothing but the grade, under its grade label in any language ("Funktions- und
  // Besoldungsgruppe" / "AD 15", "Ομάδα καθηκόντων και βαθμός" / "AD 14"). A table flattened row by row
  // puts its header cells first ("Grade" / "Indicative n° on reserve list" / "Scientific Assistant" /
  // "AST 3"): the label may stand a few short cells above, when the grade is the only one about. Not
  // under a mobility bracket, nor in a table of categories and their pay ("Administrators (…)" / "AD 5").
  const head = Math.min(ctx.lines.length, GRADE_CELL_LINES);
  for (let i = 1; i < head; i++) {
    const l = ctx.lines.get(i);
    if (l.end - l.start > 24 || !GRADE_CELL.test(l.text)) continue;
    for (let j = i - 1, gap = 0; j >= 0 && gap <= TABLE_CELLS_BETWEEN; j--, gap++) {
      const prev = ctx.lines.get(j);
      const label = ctx.folded.slice(prev.start, prev.end);
      LANG_GRADE_CUE.lastIndex = 0;
      // Right above, any label with its colon will do ("Vacature:" / "AD 14"); further up, a grade's label.
      const isLabel =
        LANG_GRADE_CUE.test(label) || (gap === 0 && label.length <= 40 && /[:：]\s*$/.test(label));
      // Right above, a label may be a long one (≤ 80); further up, every cell on the way is short (≤ 40).
      if (label.length > 40 && !(gap === 0 && label.length <= 80 && isLabel)) break;
      if (gap > 0 && GRADE_CELL.test(prev.text)) break; // another grade: a table of grades, not one post's
      if (!isLabel) continue;
      if (!MOBILITY.test(label) && (gap === 0 || !gradeCellsAfter(ctx, i, TABLE_CELLS_BETWEEN)))
        out.push({ start: l.start, end: l.end });
      break;
    }
  }
  // In text order, each span once (the same sentence may be cued by both word lists); none in the entries of
  // an Official Journal issue's contents for its other items or in a job page's box of other vacancies (a span
  // that runs into one stops where it starts).
  out.sort((a, b) => a.start - b.start);
  const others = [...otherOjItems(ctx), ...relatedBoxes(ctx.folded)];
  const kept: Array<{ start: number; end: number }> = [];
  for (let i = 0; i < out.length; i++) {
    const r = out[i];
    if (i > 0 && r.start < out[i - 1].end) continue;
    let end = r.end;
    for (const o of others) if (r.start < o.end && end > o.start) end = r.start < o.start ? o.start : r.start;
    if (end > r.start) kept.push({ start: r.start, end });
  }
  return kept;
}

/** An Official Journal item's number: "2019/C 395 A/01", "2017/C 315 A/02". */
const OJ_ITEM = /(?<![\w/])(?:19|20)\d{2}\/C \d{1,3} ?A?\/\d{2}(?![\w/])/g;
/** How far into a text an issue's contents are looked for. */
const OJ_CONTENTS_CHARS = 8000;
/** A contents entry after its number: its heading's line, and its page number when the copy kept it. */
const OJ_ENTRY = /^\s*[^\n]+(?:\n[ \t]*\n?[ \t]*\d{1,3}[ \t]*(?=\n|$))?/;
/** The longest contents entry. */
const OJ_ENTRY_CHARS = 600;

/**
 * The contents entries of an Official Journal issue's other items ("2019/C 395 A/02 … PE/229/S (AST 3) … 24"),
 * before the first item's own text says its number again: each from its number to the end of its heading's line. Their
 * headings name their own grades, not this notice's. The first item's entry is this notice's and is kept (a
 * copy of the issue's head may name the grade nowhere else).
 */
function otherOjItems(ctx: NoticeContext): Array<{ start: number; end: number }> {
  const head = ctx.text.slice(0, OJ_CONTENTS_CHARS);
  OJ_ITEM.lastIndex = 0;
  const first = OJ_ITEM.exec(head);
  if (!first) return [];
  const out: Array<{ start: number; end: number }> = [];
  for (let m = OJ_ITEM.exec(head); m && m[0] !== first[0]; m = OJ_ITEM.exec(head)) {
    const from = m.index + m[0].length;
    const entry = OJ_ENTRY.exec(ctx.text.slice(from, from + OJ_ENTRY_CHARS));
    out.push({ start: m.index, end: from + (entry ? entry[0].length : 0) });
  }
  return out;
}

/** "AD officials", "AST officials of other institutions", "an EPSO AD competition". */
const OFFICIALS_OF_GROUP = /(?<![\p{L}/-])(AD|AST)(?= officials\b| competition\b)(?![\w/-])/gu;

/** Where a call for several profiles lists their function groups: its head. */
const FG_SPREAD_CHARS = 3000;

/**
 * The grade mentions read in one span at most: a notice names a few grades, a span of thousands is no notice's
 * head (a megabyte of "AD 5 - AD 12" is read up to here, not through).
 */
const MAX_GRADE_MENTIONS = 200;

/** The longest evidence of the grades that spans their mentions (see extractGrades). */
const MAX_GRADE_EVIDENCE = 240;

export function extractGrades(ctx: NoticeContext, category: StaffCategory | null): GradeInfo {
  const grades = new GradeSet();
  let evStart = -1;
  let evEnd = -1;
  let firstMark: [number, number] | null = null;
  const mark = (s: number, e: number) => {
    firstMark ??= [s, e];
    if (evStart < 0 || s < evStart) evStart = s;
    evEnd = Math.max(evEnd, e);
  };
  // The grades' evidence is where they are named, first to last; one grade named far apart (a heading said
  // again lines below), its first mention (a quote of hundreds of characters would show nothing). Several
  // grades keep the whole span: each must be in the quote.
  const tightEvidence = () => {
    if (firstMark && grades.size === 1 && evEnd - evStart > MAX_GRADE_EVIDENCE) [evStart, evEnd] = firstMark;
  };
  /** A grade of a family within its limits, with where it was read. */
  const addGrade = (family: string, n: number, s: number, e: number) => {
    const fam = familyOf(family);
    const [lo, hi] = GRADE_LIMITS[fam];
    if (n < lo || n > hi) return;
    grades.add(fam, n);
    mark(s, e);
  };
  const ranges = gradeSentencesRange(ctx);
  for (const r of ranges) {
    const part = ctx.text.slice(r.start, r.end);
    const covered: Array<[number, number]> = [];
    GRADE_RANGE.lastIndex = 0;
    let read = 0;
    for (let m = GRADE_RANGE.exec(part); m && read++ < MAX_GRADE_MENTIONS; m = GRADE_RANGE.exec(part)) {
      const fam = familyOf(m[1]);
      if (m[4] && familyOf(m[4]) !== fam) continue;
      const a = +m[2];
      const b = +m[5];
      const [lo, hi] = GRADE_LIMITS[fam];
      if (a < lo || a > hi || b < lo || b > hi) continue;
      const isRange = RANGE_WORD.test(m[3]);
      // "AD 7, 6 years": a list needs the family on both sides; but "AD 15/16", "AD 14 or 15" are two
      // neighbouring grades.
      const pair = PAIR_WORD.test(m[3]) && !m[4] && b === a + 1;
      if (!isRange && !m[4] && !pair) continue;
      if (isRange && b >= a) for (let g = a; g <= b; g++) grades.add(fam, g);
      else {
        grades.add(fam, a);
        grades.add(fam, b);
      }
      covered.push([m.index, m.index + m[0].length]);
      mark(r.start + m.index, r.start + m.index + m[0].length);
    }
    GRADE_TOKEN.lastIndex = 0;
    // Ranges and tokens both come in text order: one pointer into `covered` (not a search per token).
    let k = 0;
    read = 0;
    for (let m = GRADE_TOKEN.exec(part); m && read++ < MAX_GRADE_MENTIONS; m = GRADE_TOKEN.exec(part)) {
      while (k < covered.length && covered[k][1] <= m.index) k++;
      if (k < covered.length && covered[k][0] <= m.index) continue;
      addGrade(m[1], +m[2], r.start + m.index, r.start + m.index + m[0].length);
    }
  }

  // No grade written out: a heading's reference may carry it as a segment ("CDR/AD 14/13 BIS/13",
  // "VEXT/18/351/AD 14 -", "eu-LISA/19/TA/AD13/4.1").
  for (let i = 0; grades.size === 0 && i < Math.min(ctx.lines.length, 80); i++) {
    const l = ctx.lines.get(i);
    const head = l.text.slice(0, HEAD_CHARS);
    REFERENCE_GRADE.lastIndex = 0;
    const m = REFERENCE_GRADE.exec(head);
    if (!m) continue;
    const t = /^(AD|AST)\s?(\d{1,2})$/.exec(m[0]);
    if (t) addGrade(t[1], +t[2], l.start + m.index, l.start + m.index + m[0].length);
  }
  // "Function group AD, grade 7": the family and the number apart.
  if (grades.size === 0) {
    const split = SPLIT_GRADE.exec(ctx.folded.slice(0, 6000));
    // "(AD function group, grade 14)": the family before the words.
    if (split) {
      const family = split[1] ?? split[4];
      const from = +(split[2] ?? split[5]);
      // A range's end above its start (addGrade keeps the family's grades); else the first grade alone.
      const to = split[3] && +split[3] > from ? +split[3] : from;
      for (let g = from; g <= to; g++) addGrade(family, g, split.index, split.index + split[0].length);
    }
  }

  // Contract agents: function group, and grades when named ("FGIII.08", "grades 13, 14 and 16").
  let fg: { value: FunctionGroup; start: number; end: number } | null = null;
  const fgLabel = findLabelled(ctx, FG_LABEL, { maxValueLength: 80 });
  const fgSources = fgLabel
    ? [
        { start: fgLabel.labelStart, end: fgLabel.end },
        { start: 0, end: ctx.text.length },
      ]
    : [{ start: 0, end: ctx.text.length }];
  const caGrades = new Set<string>();
  for (const src of fgSources) {
    const part = ctx.folded.slice(src.start, src.end);
    FG_RE.lastIndex = 0;
    for (let m = FG_RE.exec(part); m; m = FG_RE.exec(part)) {
      const n = ROMAN[m[1]];
      if (!n || conjunctionI(ctx, src.start + m.index, m)) continue;
      // "(funkcijska skupina I., II., III., IV.)", "FG I, II, III or IV": the groups listed, not one post's.
      if (FG_LIST_AFTER.test(part.slice(m.index + m[0].length, m.index + m[0].length + 12))) continue;
      if (!fg)
        fg = { value: FG_NAMES[n - 1], start: src.start + m.index, end: src.start + m.index + m[0].length };
      // "FGIII.08" names a grade; "eu-LISA/19/CA/FGIV/17.1", a code's segments, the vacancy's number.
      const inCode = part[m.index - 1] === '/' && /\/\s*\d{1,2}$/.test(m[0]);
      if (m[2] && !inCode) {
        const g = +m[2];
        const [lo, hi] = CA_GRADE_RANGE[n];
        if (g >= lo && g <= hi) caGrades.add(`CA${g}`);
      }
    }
    if (fg) break;
  }
  let spread = false;
  // "EPSO/CAST/P/1/2017 Finance FG III / EPSO/CAST/P/2/2017 Finance FG IV / …": a call for several profiles
  // of three or more groups has no one post's group (a key-facts label still names it).
  if (fg && !(fgLabel && fg.start >= fgLabel.labelStart && fg.end <= fgLabel.end)) {
    const groups = new Set<number>();
    const head = ctx.folded.slice(0, FG_SPREAD_CHARS);
    FG_RE.lastIndex = 0;
    for (let m = FG_RE.exec(head); m && groups.size < 3; m = FG_RE.exec(head))
      if (ROMAN[m[1]] && !conjunctionI(ctx, m.index, m)) groups.add(ROMAN[m[1]]);
    if (groups.size >= 3) {
      fg = null;
      spread = true;
    }
  }
  if (!fg && !spread) {
    // Hungarian and Estonian put the group's number first: "szerződéses alkalmazott, III. besorolási csoport".
    const before = FG_NUMBER_FIRST.exec(ctx.folded);
    if (before)
      fg = {
        value: FG_NAMES[ROMAN[before[1]] - 1],
        start: before.index,
        end: before.index + before[0].length,
      };
  }
  if (fg) {
    // "Contract Staff, FGIV, grades 13, 14 and 16" / "grade 4 to 6".
    FG_RE.lastIndex = 0;
    for (let f = FG_RE.exec(ctx.folded); f; f = FG_RE.exec(ctx.folded)) {
      if (FG_NAMES[ROMAN[f[1]] - 1] !== fg.value || conjunctionI(ctx, f.index, f)) continue;
      const s = sentenceAt(ctx, f.index);
      const sent = ctx.folded.slice(f.index, Math.min(s.end, f.index + 90));
      if (/\b(?:salary|step|echelon|stufe|remuneration|monthly)\b/.test(ctx.folded.slice(s.start, s.end)))
        continue;
      // "grade 8", Swedish "lönegrad 8", Romanian "(gradele 13–14)", "gradul 13 sau 14", Czech "platová třída 13",
      // Dutch "rang 8", Finnish "palkkaluokka 13", Estonian "palgaaste 9", Hungarian "fokozat 10".
      // Or before the group: "recruited in grade 4, 5 or 6 of function group II".
      const gm =
        CA_GRADES.exec(sent) ??
        CA_GRADES_BEFORE_GROUP.exec(ctx.folded.slice(Math.max(s.start, f.index - 60), f.index));
      if (!gm) continue;
      const n = FG_NAMES.indexOf(fg.value as (typeof FG_NAMES)[number]) + 1;
      const [lo, hi] = CA_GRADE_RANGE[n];
      const nums = gm[1].split(CA_GRADE_SPLIT);
      for (const chunk of nums) {
        const r = /^(\d{1,2})\s*(?:to|-|–|a|bis)\s*(\d{1,2})$/.exec(chunk.trim());
        const [a, b] = r ? [+r[1], +r[2]] : [+chunk, +chunk];
        for (let g = a; g <= b; g++) if (g >= lo && g <= hi) caGrades.add(`CA${g}`);
      }
      break;
    }
  }

  const isCA = category === 'contract_agent' || (category === null && fg !== null && grades.size === 0);
  if (isCA || (fg && grades.size === 0 && category !== 'temporary_agent' && category !== 'official')) {
    if (fg)
      return {
        functionGroup: { value: fg.value, evidence: evidence(ctx, fg.start, fg.end) },
        grades: {
          value: [...caGrades].sort((a, b) => +a.slice(2) - +b.slice(2)),
          evidence: caGrades.size ? evidence(ctx, fg.start, fg.end) : null,
        },
      };
    if (isCA)
      return {
        functionGroup: missing(
          spread
            ? 'several function groups are named (a call for several profiles)'
            : 'the function group is not stated',
        ),
        grades: { value: [], evidence: null },
      };
  }
  if (category === 'seconded_national_expert' || category === 'trainee')
    return {
      functionGroup: missing('no function group for this category'),
      grades: { value: [], evidence: null },
    };

  const sorted = grades.sorted();
  tightEvidence();
  // Function group: stated ("function group AST", "AST/SC"), else from the grades.
  const stated =
    /\b(?:function group|groupe de fonctions|funktionsgruppe|category)\s*:?\s*(ast\s*\/\s*sc|ast-sc|ast|ad)\b/.exec(
      ctx.folded,
    );
  let group: FunctionGroup | null = null;
  let gStart = -1;
  let gEnd = -1;
  if (stated) {
    group = /sc/.test(stated[1]) ? 'AST/SC' : stated[1] === 'ast' ? 'AST' : 'AD';
    gStart = stated.index;
    gEnd = stated.index + stated[0].length;
  } else if (sorted.length) {
    const fams = new Set(sorted.map((g) => g.replace(/\d+/, '')));
    if (fams.size === 1) {
      const fam = [...fams][0];
      group = fam === 'SC' ? 'AST/SC' : (fam as FunctionGroup);
      gStart = evStart;
      gEnd = evEnd;
    }
  } else if (category === 'official') {
    // "… open ONLY to AD officials of the Court …, and successful candidates in an EPSO AD competition": an
    // officials' post with no grade names its group by the officials it is open to (one group only).
    const open = [...ctx.text.matchAll(OFFICIALS_OF_GROUP)];
    const fams = new Set(open.map((m) => m[1]));
    if (fams.size === 1) {
      group = open[0][1] as FunctionGroup;
      gStart = open[0].index;
      gEnd = gStart + open[0][0].length;
    }
  }
  return {
    functionGroup: group
      ? { value: group, evidence: evidence(ctx, gStart, gEnd) }
      : missing('the function group is not stated'),
    grades: { value: sorted, evidence: sorted.length ? evidence(ctx, evStart, evEnd) : null },
  };
}

// ---- contract length and probation ----------------------------------------------------------

const DURATION = new RegExp(
  `\\b(${NUMBER_PATTERN})(?:\\s*\\((?:\\d{1,2}|[a-z]{3,12})\\))?(?:\\s*(?:to|-|–|or|a|à|bis|and)\\s*(${NUMBER_PATTERN})(?:\\s*\\((?:\\d{1,2}|[a-z]{3,12})\\))?)?[\\s-]*(years?|months?|ans?|mois|jahre?n?|monate?n?|anni|anno|mesi|mese|anos|ano|meses|mes|lata|lat|rok|roku|roky|let|miesiac\\w*|miesiecy|jaar|maanden)(?![a-z])`,
  'g',
);

/**
 * "5 years renewable contract", "a 3-year fixed-term contract" (folded): found from "year", then the
 * number right before it (a search from every number would try the whole pattern at each word).
 */
// "Seconded National Expert (2 years renewable - ref. SN019)": "renewable" alone says a contract's length too.
const YEARS_CONTRACT =
  /(?<![a-z])(?:years?(?:[\s-]+(?:renewable\s+|fixed[\s-]term\s+)?(?:employment\s+)?contract|,?\s+renewable)|jahres-?vertrag)(?![a-z])/g;
const NUMBER_BEFORE = new RegExp(`(?<![a-z0-9${GREEK_CYRILLIC}])(${NUMBER_PATTERN})[\\s-]*$`);

/** A DURATION match in years (months divided by 12, whole or not), or null when its number is not read. */
function durationYears(d: RegExpExecArray): number | null {
  const n = parseNumberWord(d[1]);
  if (n === null) return null;
  return /^(?:month|mois|monat|mes|mese|miesi|maand)/.test(d[3]) ? n / 12 : n;
}

/** DURATION right at lastIndex (the phrases before it end with a space, so \b behaves the same). */
const DURATION_AT = new RegExp(DURATION.source, 'y');

/**
 * A notice states its contract's length among its first mentions of a contract; past this many,
 * the text is not a notice's (and each mention costs a sentence).
 */
const MAX_CONTRACT_MENTIONS = 200;

/** "for a period of 5 years" in a sentence about the contract (not its renewal). */
function durationAfterContract(
  ctx: NoticeContext,
): { years: number | null; range: string | null; start: number; end: number } | null {
  const re = /\b(?:contract|contrat|vertrag)\b/g;
  let mentions = 0;
  for (let m = re.exec(ctx.folded); m && mentions++ < MAX_CONTRACT_MENTIONS; m = re.exec(ctx.folded)) {
    const s = sentenceAt(ctx, m.index);
    const rest = ctx.folded.slice(m.index, s.end);
    const p =
      /\b(?:for|of) (?:a |an )?(?:(?:initial )?(?:period|duration|term) of )?|\bpour une (?:periode|duree) de |\bd.une duree de |\bfur (?:einen zeitraum von |eine dauer von )?/g;
    for (let q = p.exec(rest); q; q = p.exec(rest)) {
      DURATION_AT.lastIndex = q.index + q[0].length;
      const d = DURATION_AT.exec(rest);
      if (!d) continue;
      if (
        /\b(?:renew\w*|extend\w*|extension|prolong\w*|maximum|total|up to|renouvel\w*|verlanger\w*|hochstens)\b/.test(
          rest.slice(0, q.index),
        )
      )
        break;
      if (SERVICE_SO_FAR.test(ctx.folded.slice(s.start, m.index + q.index))) break;
      const at = m.index + q.index + q[0].length;
      if (d[2]) return { years: null, range: d[0], start: s.start, end: s.end };
      const years = durationYears(d);
      if (years === null) continue;
      return {
        years: Number.isInteger(years) ? years : null,
        range: null,
        start: s.start,
        end: Math.max(s.end, at),
      };
    }
  }
  return null;
}

/** "Candidates already working as contract agents in the same post for 6 years": service so far, not the contract offered. */
const SERVICE_SO_FAR =
  /\b(?:already|currently (?:working|employed|serving)|(?:have|has) (?:been )?(?:worked|working|served|employed)|who (?:are|is) working|travaill(?:ent|e) deja|bereits (?:beschaftigt|tatig))\b/;

/**
 * Where the first contract's length is said (folded); also a recruitment for a period, without the contract's
 * name: "engagé(e) en qualité d'agent temporaire au grade AD 8 pour une période de cinq ans renouvelable".
 */
const FIRST_CONTRACT_CUE = trieRegex(
  /\b(?:first|initial|1st|premier|initiale?|erste[nr]?|erstvertrag|initially|zunachst|primo|prima|primer|primera|primeiro|pierwsz\w*|eerste|puvodni|prvni)\b[^.\n]{0,80}?\b(?:contract|contrat|vertrag|secondment|detachement|abordnung|period|duree|laufzeit|engagement|contratto|contrato|umow\w*|smlouv\w*|durata|duracion|duracao|contract)|\b(?:contract|contrat|vertrag|secondment|employment)\b[^.\n]{0,60}?\b(?:initial|first|initially|premiere?|zunachst|initialement)\b|\b(?:contract|contrat|vertrag|agent)\b[^.\n]{0,40}?\b(?:(?:for|of) (?:a |an )?(?:period|duration|term)|d.une duree|pour une (?:periode|duree)|fur (?:einen zeitraum|eine dauer|die dauer)|for \d|for (?:one|two|three|four|five|six))\b|\b(?:engage|recrute|nomme)(?:\(e\)|e)?\b[^.\n]{0,80}?\bpour une (?:periode|duree)\b|\b(?:recruited|engaged|appointed|employed)\b[^.\n]{0,80}?\bfor (?:a|an initial) (?:period|term)\b/g,
);

/** A contract-length label anywhere in a line, its value right after it; "The term of this contract will be 4 years" (folded). */
const DURATION_LABEL_INLINE = trieRegex(
  /\b(?:duration of (?:the )?(?:contract|employment|secondment)|contract duration|initial (?:contract )?duration|term of (?:the |this )?contract (?:will be|is))(?: of)?\s*:?\s*/g,
);

/** A contract-length label with its unit, its value a bare number: "Contract duration (Y): 5" (folded). */
const UNIT_IN_LABEL = /\((y|years?|m|months?)\)\s*:\s*(\d{1,2})(?![\d.,])/g;
/** What must stand before UNIT_IN_LABEL's unit: "contract duration (Y)", "duration of the contract (Y)" (folded). */
const UNIT_LABEL_LEAD = /(?<![\p{L}])(?:contract duration|duration of (?:the )?contract) $/u;
/** Words that make a length a maximum, right before it (folded). */
const UP_TO = /\b(?:up to|maximum(?: of)?|max\.?|at most|not exceeding|jusqu.a|bis zu|hasta|fino a)\s*$/;

/** The contract-length label of a key-facts table (folded). */
const FLAT_DURATION_LABEL =
  /\b(?:duration of (?:the )?contract|contract duration|length of (?:the )?contract)\b/g;

/**
 * A table flattened into a line of labels, then its values (context.ts, flatRowAfter): "Type of contract
 * Function group and grade Duration of contract … Contract Agent FG III 2 years (with the possibility of
 * extension) …": the first length among the values.
 */
function flatTableLength(ctx: NoticeContext): FieldResult<number> | null {
  FLAT_DURATION_LABEL.lastIndex = 0;
  for (
    let m = FLAT_DURATION_LABEL.exec(ctx.folded), n = 0;
    m && n++ < 20;
    m = FLAT_DURATION_LABEL.exec(ctx.folded)
  ) {
    const row = flatRowAfter(ctx.folded, m.index, m.index + m[0].length);
    if (!row) continue;
    DURATION.lastIndex = 0;
    const d = DURATION.exec(ctx.folded.slice(row.from, row.to));
    if (!d || d[2]) continue;
    const at = row.from + d.index;
    if (UP_TO.test(ctx.folded.slice(Math.max(0, at - 16), at))) continue;
    const years = durationYears(d);
    if (years !== null && Number.isInteger(years) && years > 0)
      return { value: years, evidence: evidence(ctx, m.index, at + d[0].length) };
  }
  return null;
}

export function extractFirstContractYears(ctx: NoticeContext): FieldResult<number> {
  // "Duration of contract: 2 years", "Duration of contract 2 years" (no colon), Dutch "Looptijd:", "Looptijd
  // van het contract" (a table's label over its value).
  // Not "\b" after the label: "Contract Duration2:" has a footnote's number glued to it.
  const label =
    /^(?:(?:type and )?duration of (?:the )?(?:contract|employment|secondment)|contract duration|length of (?:the )?contract|duree (?:initiale )?du contrat|(?:anfangliche )?vertragsdauer|vertragslaufzeit|looptijd(?: van (?:het|de) (?:contract|overeenkomst|arbeidsovereenkomst))?|duur van (?:het )?contract|(?:tipo e )?durata (?:iniziale )?del contratto|type et duree du contrat|duracion (?:inicial )?del contrato|duracao (?:inicial )?do contrato|czas trwania umowy)(?![a-z])/;
  for (const loose of [false, true]) {
    // Without its colon the label may start a line the copy ran on: its value is the line's first duration.
    const labelled = findLabelled(ctx, label, { maxValueLength: loose ? 240 : 80, loose });
    if (!labelled) continue;
    DURATION.lastIndex = 0;
    const value = ctx.folded.slice(labelled.start, labelled.end);
    const d = DURATION.exec(value);
    if (d && d[2]) return missing(`the first contract is a range (${labelled.value})`);
    // "Up to five years, with possibility of renewal": a longest length, not the first contract's.
    if (d && UP_TO.test(value.slice(Math.max(0, d.index - 16), d.index)))
      return missing(`the first contract's length is a maximum (${labelled.value})`);
    const years = d ? durationYears(d) : null;
    if (d && years !== null) {
      if (Number.isInteger(years))
        return {
          value: years,
          evidence: evidence(
            ctx,
            labelled.labelStart,
            loose ? labelled.start + d.index + d[0].length : labelled.end,
          ),
        };
    }
  }
  // "Contract duration (Y): 5": the unit in the label, a bare number after it.
  UNIT_IN_LABEL.lastIndex = 0;
  let unitLabel: RegExpExecArray | null = null;
  let labelStart = 0;
  for (let m = UNIT_IN_LABEL.exec(ctx.folded); m && !unitLabel; m = UNIT_IN_LABEL.exec(ctx.folded)) {
    const before = ctx.folded.slice(Math.max(0, m.index - 30), m.index);
    const lead = UNIT_LABEL_LEAD.exec(before);
    if (lead) [unitLabel, labelStart] = [m, m.index - lead[0].length];
  }
  if (unitLabel) {
    const n = Number(unitLabel[2]);
    const years = unitLabel[1].startsWith('y') ? n : n / 12;
    if (n > 0 && Number.isInteger(years))
      return {
        value: years,
        evidence: evidence(ctx, labelStart, unitLabel.index + unitLabel[0].length),
      };
  }
  // "… Duration of contract 2 years, with possibility of extension …", "Initial contract duration of 24
  // months": the label inside a line a copy ran together, its length right after it.
  DURATION_LABEL_INLINE.lastIndex = 0;
  for (
    let m = DURATION_LABEL_INLINE.exec(ctx.folded), n = 0;
    m && n++ < 20;
    m = DURATION_LABEL_INLINE.exec(ctx.folded)
  ) {
    DURATION_AT.lastIndex = m.index + m[0].length;
    const d = DURATION_AT.exec(ctx.folded);
    if (!d || d[2]) continue;
    if (UP_TO.test(ctx.folded.slice(Math.max(0, d.index - 16), d.index))) continue;
    const years = durationYears(d);
    if (years !== null && Number.isInteger(years) && years > 0)
      return { value: years, evidence: evidence(ctx, m.index, d.index + d[0].length) };
  }
  let mentions = 0;
  FIRST_CONTRACT_CUE.lastIndex = 0;
  for (
    let m = FIRST_CONTRACT_CUE.exec(ctx.folded);
    m && mentions++ < MAX_CONTRACT_MENTIONS;
    m = FIRST_CONTRACT_CUE.exec(ctx.folded)
  ) {
    const s = sentenceAt(ctx, m.index);
    const sent = ctx.folded.slice(s.start, s.end);
    DURATION.lastIndex = 0;
    const d = DURATION.exec(sent.slice(m.index - s.start));
    if (!d) continue;
    if (SERVICE_SO_FAR.test(sent.slice(0, m.index - s.start + d.index))) continue;
    const at = m.index + d.index;
    if (d[2]) return missing(`the first contract is a range (${ctx.text.slice(at, at + d[0].length)})`);
    const years = durationYears(d);
    if (years === null) continue;
    if (!Number.isInteger(years))
      return missing(`the first contract is ${Math.round(years * 12)} months, not whole years`);
    return { value: years, evidence: evidence(ctx, s.start, s.end) };
  }
  // "Contract Agents (5 years renewable contract)", "a 3-year fixed-term contract", "(2 years renewable", German
  // "3-Jahres-Vertrag": the length before the word.
  YEARS_CONTRACT.lastIndex = 0;
  let tries = 0;
  for (
    let m = YEARS_CONTRACT.exec(ctx.folded);
    m && tries++ < MAX_CONTRACT_MENTIONS;
    m = YEARS_CONTRACT.exec(ctx.folded)
  ) {
    const num = NUMBER_BEFORE.exec(ctx.folded.slice(Math.max(0, m.index - 16), m.index));
    const n = num ? parseNumberWord(num[1]) : null;
    if (n === null || n <= 0 || n > 10) continue;
    const start = m.index - num![0].length;
    const s = sentenceAt(ctx, start);
    if (SERVICE_SO_FAR.test(ctx.folded.slice(s.start, start))) continue;
    return { value: n, evidence: evidence(ctx, start, m.index + m[0].length) };
  }
  const plain = durationAfterContract(ctx);
  if (plain?.range) return missing(`the first contract is a range (${plain.range})`);
  if (!plain) {
    const flat = flatTableLength(ctx);
    if (flat) return flat;
  }
  if (plain && plain.years !== null)
    return { value: plain.years, evidence: evidence(ctx, plain.start, plain.end) };
  return contractLengthOtherLanguages(ctx) ?? missing('the length of the first contract is not stated');
}

/**
 * A contract or a secondment named in the EU's other languages (folded): "contratto", "contrato",
 * "overeenkomst", "umowa", "smlouva", "zmluva", "szerződés", "työsopimus", "avtalet", "kontrakten", "ugovor",
 * "pogodba", "σύμβαση", "договор", "Abordnung", "distacco".
 */
const CONTRACT_OTHER =
  /(?<![\p{L}])(?:contratt[oi]|contrat[oe]s?|contract(?:ul(?:ui)?)?|(?:arbeids)?overeenkomst|umow[aey]|smlouv[aey]|zmluv[aey]|szerzodes\p{L}{0,4}|(?:tyo)?sopimu[sk]\p{L}{0,4}|(?:anstallnings)?avtal(?:et)?|(?:ansaettelses)?kontrakt(?:en)?|ugovor\p{L}{0,2}|pogodb\p{L}{0,2}|договор\p{L}{0,2}|συμβασ\p{L}{0,2}|abordnung|distacco|detachering|destacamento|(?:too)?leping\p{L}{0,3}|sutart\p{L}{0,3}|ligum\p{L}{0,2}|kuntratt\p{L}{0,2}|(?:jmenovan|vymenovan)\p{L}{0,2})(?![\p{L}])/gu;
/** "First", "initial", "initially" in those languages (folded): a sentence about the first contract. */
const FIRST_OTHER =
  /(?<![\p{L}])(?:prim[oa]|primeir[oa]|primer[oa]?|primul|inizial(?:e|mente)|inicial(?:mente)?|initial\p{L}{0,4}|eerste|aanvankelijk|pierwsz\p{L}{0,3}|poczatkow\p{L}{0,3}|prvni|prv[aey]|puvodni|elso|kezdeti|ensimmainen|aluksi|forsta|forste|inledningsvis|indledningsvis|αρχικ\p{L}{0,3}|πρωτ\p{L}{0,3}|zunachst|anfanglich\p{L}{0,2}|erste[nr]?|първоначал\p{L}{0,3}|pocetn\p{L}{0,2}|zacetn\p{L}{0,2}|esimene|esialgne|pirm\p{L}{0,4}|inizjal\p{L}{0,2}|prvi)(?![\p{L}])/u;
/**
 * A length in those languages (folded): "due anni", "cinco anos", "twee jaar", "pięciu lat", "pěti let",
 * "kolmeksi vuodeksi", "36 månader", "36 hónapra", "τεσσάρων (4) ετών", "zwei Jahre".
 */
/** Croatian tens, which take their units after "i": "dvadeset i četiri" (folded). */
const CROATIAN_TENS = 'dvadeset|trideset|cetrdeset';
const LENGTH_OTHER = new RegExp(
  `(?<![\\p{L}\\p{N}])(\\d{1,2}|(?:${CROATIAN_TENS})\\s+i\\s+\\p{L}{3,7}|${NUMBER_PATTERN}|[\\p{L}]{2,10})(?:\\s*\\(\\d{1,2}\\))?[\\s-]{1,3}(anni|anno|anos|ano|jaar|jaren|lata|lat|let|roky|roku|rokov|ev(?:re|et|ig)?|vuotta|vuodeksi|vuoden|ar|aar|ετη|ετων|χρονια|χρονων|ani|godine|godina|godinu|leta|години|година|jahre?n?|mesi|meses|maanden|miesiecy|mesicu|mesiacov|honap(?:ra|ig)?|kuukautta|kuukaudeksi|kuukauden|manader|maneder|μηνες|μηνων|luni|mjeseci|mjeseca|mesecev|месеца|monate?n?|aastaks|aastat|aasta|metu|metams|metus|gadiem|gadus|gadu|gadi|snin|sena|kuuks|kuud|menesiu|menesiams|menesiem)(?![\\p{L}])`,
  'u',
);
/** Number words those lengths use that the shared table does not hold (their inflected forms; folded). */
const NUMBER_OTHER: Record<string, number> = {
  dvoch: 2,
  kahdeksi: 2, kolmeksi: 3, neljaksi: 4, viideksi: 5, kahden: 2, kolmen: 3, neljan: 4, viiden: 5,
  ot: 5, hat: 6, egy: 1,
  δυο: 2, τρια: 3, τριων: 3, τεσσερα: 4, τεσσαρων: 4, πεντε: 5, εξι: 6,
  een: 1, um: 1, uno: 1, jednego: 1, jedan: 1, dviju: 2, triju: 3,
  два: 2, три: 3, четири: 4, пет: 5,
  kaheks: 2, kolmeks: 3, neljaks: 4, viieks: 5, kuueks: 6, diviem: 2, trim: 3, cetriem: 4, pieciem: 5, sesiem: 6,
  dvadeset: 20, trideset: 30, cetrdeset: 40,
}; // prettier-ignore
const TENS_AND_UNITS = new RegExp(`^(${CROATIAN_TENS})\\s+i\\s+(\\p{L}+)$`, 'u');
const numberOther = (w: string): number | null => {
  // "dvadeset i četiri mjeseca": Croatian tens and units joined by "i".
  const tens = TENS_AND_UNITS.exec(w);
  if (tens) {
    const unit = numberOther(tens[2]);
    return unit === null ? null : NUMBER_OTHER[tens[1]] + unit;
  }
  return parseNumberWord(w) ?? NUMBER_OTHER[w] ?? null;
};
/** A total or a maximum named right before the contract's word (folded): "ukupno trajanje ugovora". */
const TOTAL_BEFORE =
  /(?<![\p{L}])(?:ukupn|skupn|total|gesamt|teljes|celkov|kokku|sammanlagd|samlet|maxim|massim|maksim)\p{L}*\s+(?:\p{L}+\s+){0,2}$/u;
/** A number and a range's "and"/"to" right before a length (folded): "între 1 și 3 ani". */
const RANGE_BEFORE =
  /(?<![\p{L}\p{N}])(\d{1,2}|\p{L}{2,10})\s*(?:-|–|to|a|à|and|si|e|y|i|en|ja|och|og|es|και|и|do|az|tot|til|till)\s*$/u;
/**
 * Words that make a length something other than the first contract's when they stand between the contract and
 * the length: a renewal ("rinnovato per", "verlengd met"), a maximum or a total ("legfeljebb", "teljes"), a
 * probation, experience (folded stems).
 */
const NOT_FIRST_LENGTH =
  /(?<![\p{L}])(?:rinnov|renov|prorrog|prorog|verleng|verlang|przedluz|prodlouz|predlz|meghosszab|jatk|forlang|forlaeng|ανανε|παρατ|prelung|produlj|podaljs|prolong|extend|renew|massim|maxim|hoogste|maksymal|nejvyse|legfeljebb|enintaan|hogst|hojst|μεγιστ|najvis|najvec|total|gesamt|teljes|yhteensa|sammanlagd|samlet|συνολικ|lacz|celkov|skupn|ukupn|prova|proef|probezeit|koeaika|prov|prove|δοκιμ|esperienz|experienc|ervaring|doswiadcz|praxe|prax|tapasztalat|kokemu|erfarenhet|erfaring|πειρα|iskust|izkusn|berufserfahrung|fino a|bis zu|hasta|ate|pikend|prates|pagarin|gged|kokku|kopej|is viso|dulje od|ne smije|ne sme|ne ilg|mitte kauem|najdulje|najdlje)/u;

/**
 * "Il contratto iniziale avrà una durata di due anni", "Umowa zostanie zawarta na okres pięciu lat", "Az első
 * szerződés 36 hónapra szól", "jmenován na dobu pěti let" (an appointment for a period): the first length within 90 characters after a contract's name, in its sentence,
 * when the sentence says "first"/"initial" or the length follows within 60 characters, and nothing between
 * them makes it a renewal, a maximum, a total, a probation or experience. Read only when the English, French
 * and German readers above found nothing.
 */
function contractLengthOtherLanguages(ctx: NoticeContext): FieldResult<number> | null {
  CONTRACT_OTHER.lastIndex = 0;
  let n = 0;
  for (
    let m = CONTRACT_OTHER.exec(ctx.folded);
    m && n++ < MAX_CONTRACT_MENTIONS;
    m = CONTRACT_OTHER.exec(ctx.folded)
  ) {
    const s = sentenceAt(ctx, m.index);
    const from = m.index + m[0].length;
    const after = ctx.folded.slice(from, Math.min(s.end, from + 90));
    const d = LENGTH_OTHER.exec(after);
    if (!d) continue;
    const between = after.slice(0, d.index);
    if (NOT_FIRST_LENGTH.test(between)) continue;
    // "Ukupno trajanje ugovora …", "la durata totale del contratto …": a total named before the contract.
    if (TOTAL_BEFORE.test(ctx.folded.slice(Math.max(s.start, m.index - 40), m.index))) continue;
    if (d.index > 60 && !FIRST_OTHER.test(ctx.folded.slice(s.start, from + d.index))) continue;
    const count = numberOther(d[1]);
    if (count === null || count <= 0) continue;
    // "între 1 și 3 ani", "tra 2 e 4 anni": a range, not one length.
    const range = RANGE_BEFORE.exec(between);
    if (range && numberOther(range[1]) !== null)
      return missing(
        `the first contract is a range (${ctx.text.slice(from + range.index, from + d.index + d[0].length)})`,
      );
    const months =
      /^(?:mes|maand|miesi|mesic|mesia|honap|kuukau|manad|maned|μην|luni|mjesec|месец|monat|kuu|menes)/.test(
        d[2],
      );
    const years = months ? count / 12 : count;
    if (!Number.isInteger(years) || years > 10) continue;
    return { value: years, evidence: evidence(ctx, m.index, from + d.index + d[0].length) };
  }
  return null;
}

/** "9 months' probation", "probationary period of nine months" (folded). */
const PROBATION = new RegExp(
  `\\b(${NUMBER_PATTERN})[\\s-]*(?:months?|mois|monate?n?)[\\s-]*(?:probation(?:ary)?|de stage|d.essai|probezeit)|\\b(?:probation(?:ary)? period|periode (?:de stage|d.essai)|probezeit)\\b[^.\\n]{0,30}?\\b(${NUMBER_PATTERN})[\\s-]*(?:months?|mois|monate?n?)`,
);

export function extractProbationMonths(ctx: NoticeContext): FieldResult<number> {
  const m = PROBATION.exec(ctx.folded);
  if (!m) return missing('no probationary period stated');
  const n = parseNumberWord(m[1] ?? m[2]);
  if (n === null) return missing('probation period unreadable');
  return { value: n, evidence: evidence(ctx, m.index, m.index + m[0].length) };
}
