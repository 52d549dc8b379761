/**
 * What the candidate must bring: education (with its alternative), years of
 * experience, languages, CAST, security clearance, the list of
 * under-represented member states and the "we look for" sentences.
 */
import {
  evidence,
  firstLineFrom,
  listIntroFor,
  sectionAt,
  sectionsOf,
  sentenceAt,
  testWithin,
  type NoticeContext,
  type Span,
} from '../context';
import {
  COUNTRY_NAMES,
  COUNTRY_NAME_PATTERN,
  LANGUAGE_NAMES,
  LANGUAGE_NAME_PATTERN,
  NUMBER_PATTERN,
  parseNumberWord,
  GREEK_CYRILLIC,
} from '../lexicon';
import type {
  CefrLevel,
  Education,
  EducationLevel,
  Evidence,
  LanguageRequirement,
  Requirement,
} from '../schema';
import { isWordUnit } from '../phrase-regexp';
import { trieRegex } from '../regex-trie';
import { missing, type FieldResult } from './identity';

// ---- education ---------------------------------------------------------------------

// Each level's words start at a word's start; Greek ones too (a \b alone sees no Greek letter as a word's).
const LEVEL_PATTERNS: Array<[EducationLevel, RegExp]> = [
  ['doctorate', /\b(?:doctorate|doctoral degree|ph\.?d\.?|doctorat|promotion|doktorgrad)\b/y],
  [
    'university_4y',
    /(?:\b|(?<![\u0370-\u03ff\u0400-\u04ff])(?=[\u0370-\u03ff\u0400-\u04ff]))(?:(?:completed )?university (?:studies|education|degree|level|diploma)|(?:a )?(?:complete |full )?course of university stud(?:y|ies)|etudes universitaires(?: completes)?|(?:abgeschlossenes )?(?:hochschul|universitats)studium|cycle complet d.etudes universitaires|studi universitari(?: completi)?|diploma di laurea|estudios universitarios(?: completos)?|titulo universitario|estudos universitarios(?: completos)?|ukonczone studia wyzsze|studia wyzsze|(?:ukonczon\w* )?studi\w* wyzsz\w*|wykształcenie wyzsze|volledige universitaire opleiding|universitaire opleiding|universitetsstudier|hogskolestudier|vysokoskolsk\w* (?:studi\w*|vzdelani)|egyetemi tanulmany\w*|studii universitare|πανεπιστημιακ[α-ω]* σπουδ[α-ω]*|yliopisto-?opin\w*|universitetin\w* studij\w*|univerzitn\w* (?:studi\w*|vzdelani\w*)|univerzitetn\w* (?:studij\w*|izobrazb\w*)|sveucilisn\w* (?:studij\w*|obrazovanj\w*)|universitat\w* (?:izglitib\w*|studij\w*)|ulikool\w*|universitetsuddannelse\w*|studji universitarj\w*)[^.;\n]{0,130}?(?:\b(?:four|4|quatre|vier|quattro|cuatro|quatro|cztery|czterech|fyra|ctyri|styri|negy|patru|nelja|ketveri\w*|keturi\w*|styroch|stirih|stiri|cetiri|cetr\w*|neli|fire|erba.?)|τεσσ[α-ω]*)\s*(?:full\s+)?(?:years?|annees?|ans|jahren?|anni|anos|lata|lat|jaar|ar|let|roky|rokov|eves|ev|ani|vuotta|metu|godin\w*|gad\w*|aasta\w*|snin|ετη|ετων|χρονια)|\b(?:four|4)[- ]year (?:university )?(?:degree|studies)|\b(?:nelja|4) vuotta kestaneit\w* (?:loppuun suoritettu\w* )?yliopisto-?opin\w*|\bneljaaasta\w* ulikool\w*/y,
  ],
  [
    'university_3y',
    // Also "post-secondary education of at least three years" (a bachelor's cycle), not a shorter one.
    /(?:\b|(?<![\u0370-\u03ff\u0400-\u04ff])(?=[\u0370-\u03ff\u0400-\u04ff]))(?:(?:completed )?university (?:studies|education|degree|level|diploma)|(?:a )?(?:complete |full )?course of university stud(?:y|ies)|university-issued diploma|etudes universitaires(?: completes)?|(?:abgeschlossenes )?(?:hochschul|universitats)studium|hochschulabschluss|universitatsabschluss|diplome universitaire|cycle complet d.etudes universitaires|bachelor.?s? degree|university degree|master.?s? degree|(?:a |an )?(?:academic|higher education) degree|studi universitari(?: completi)?|diploma di laurea|estudios universitarios(?: completos)?|titulo universitario|estudos universitarios(?: completos)?|ukonczone studia wyzsze|studia wyzsze|(?:ukonczon\w* )?studi\w* wyzsz\w*|wykształcenie wyzsze|volledige universitaire opleiding|universitaire opleiding|universitetsstudier|hogskolestudier|vysokoskolsk\w* (?:studi\w*|vzdelani)|egyetemi (?:tanulmany\w*|vegzettseg\w*)|felsofoku (?:vegzettseg\w*|tanulmany\w*)|studii universitare|πανεπιστημιακ[α-ω]* σπουδ[α-ω]*|yliopisto-?opin\w*|korkeakoulututkin\w*|universitetin\w* studij\w*|univerzitn\w* (?:studi\w*|vzdelani\w*)|univerzitetn\w* (?:studij\w*|izobrazb\w*)|sveucilisn\w* (?:studij\w*|obrazovanj\w*)|universitat\w* (?:izglitib\w*|studij\w*)|ulikool\w*|universitetsuddannelse\w*|studji universitarj\w*)(?:[^.;\n]{0,60}?\b(?:three|3|trois|drei|tre|tres|trzy|trzech|drie|tri|harom|trei|kolme|treju|triju|troch|treh|tris|kolm|tliet)\s*(?:years?|annees?|ans|jahren?|anni|anos|lata|lat|jaar|ar|let|roky|rokov|eves|ev|ani|vuotta|metu|godin\w*|gad\w*|aasta\w*|snin))?|\b(?:three|3)[- ]year (?:university )?(?:degree|studies)|\b(?:post-?\s?secondary (?:education|studies)|enseignement post-?secondaire|etudes post-?secondaires|postsekundare (?:bildung|ausbildung))[^.;\n]{0,30}?\b(?:of at least|d.au moins|von mindestens)\s+(?:three|3|trois|drei)\s*(?:years?|ans|jahren?)/y,
  ],
  [
    'post_secondary',
    /(?:\b|(?<![\u0370-\u03ff\u0400-\u04ff])(?=[\u0370-\u03ff\u0400-\u04ff]))(?:post-?\s?secondary (?:education|studies|level|diploma)|enseignement post-?secondaire|etudes post-?secondaires|postsekundar\w*|studi post-?secondari|istruzione post-?secondaria|(?:estudios|educacion|ensenanza) post-?secundari[ao]s?|ensino pos-?secundario|wykształcenie policealne|eftergymnasial\w* utbildning|postgymnasial\w* uddannelse\w*|postsecundair\w* onderwijs|pomaturitn\w*|posztszekunder|kozepfoku tanulmanyokat koveto|kozepfoku tanulmanyok utani|postliceal\w*|keskiasteen jalkei\w* koulutu\w*|videregaende uddannelse\w*|povidurin\w*|pecvidusskolas|keskharidusjargne\w*|keskharidusele jargnev\w*|poslijesrednjoskolsk\w*|obrazovanj\w* vise razine|visjesolsk\w*|post-?sekondarj\w*|μεταδευτεροβαθμι[α-ω]*|(?:следсредно|следгимназиално|полувисше) образование)/y,
  ],
  [
    'secondary',
    /(?:\b|(?<![\u0370-\u03ff\u0400-\u04ff])(?=[\u0370-\u03ff\u0400-\u04ff]))(?:(?:upper )?secondary (?:education|school|diploma|level|studies)|enseignement secondaire|etudes secondaires|sekundar(?:schul)?(?:bildung|abschluss|ausbildung|niveau|stufe)\w*|hohere[nr]? schulbildung|(?:istruzione|studi) secondari[ao]?|(?:educacion|ensenanza|estudios) secundari[ao]s?|ensino secundario|wykształcenie srednie|gymnasieutbildning|gymnasial\w* utbildning|middelbaar onderwijs|secundair onderwijs|stredoskolsk\w*|stredni vzdelani|kozepfoku (?:vegzettseg\w*|oktatas\w*)|(?:studii|invatamant) (?:liceal\w*|secundar\w*|medii)|toisen asteen (?:koulutu\w*|tutkinto\w*)|gymnasial uddannelse|ungdomsuddannelse|vidurin\w* (?:issilavinim\w*|mokykl\w*)|videj\w* izglitib\w*|keskharidus(?!jargne)\w*|srednjoskolsk\w*|srednjesolsk\w*|edukazzjoni sekondarj\w*|δευτεροβαθμι[α-ω]*|средно образование)/y,
  ],
  [
    'compulsory',
    /\b(?:compulsory (?:education|schooling)(?!\s+(?:regulations?|act|law)\b)|scolarite obligatoire|enseignement obligatoire|pflichtschul(?:bildung|zeit)|allgemeine[nr]? schulpflicht)/y,
  ],
];
const EDUCATION_WORD =
  /\b(?:diploma|education|studies|degree|qualification|diplome|etudes|enseignement|schooling|studi|laurea|titolo di studio|istruzione|estudios|titulo|educacion|estudos|ensino|studia|dyplom|opleiding|utbildning\w*|onderwijs|vzdelani|studii|koulutus|tutkinto\w*|haridus\w*|issilavinim\w*|izglitib\w*|vzdelani\w*|izobrazb\w*|obrazovanj\w*|(?:universitets)?uddannelse\w*|edukazzjoni|studij\w*|studj\w*)\b|(?:studium|diplom|bildung|abschluss|wykształceni|vegzettseg|oktatas|opinto|opintoj|σπουδ|εκπαιδευ|образовани|диплом)/;

interface LevelMention {
  level: EducationLevel;
  start: number;
  end: number;
}

/** All education levels in one alternation, most specific first (4 years before "university"). */
const LEVEL_RE = trieRegex(new RegExp(LEVEL_PATTERNS.map(([, re]) => `(${re.source})`).join('|'), 'g'));

/** Outer capture group index → level (a pattern's own groups shift the numbering). */
const LEVEL_GROUP_TO_LEVEL = (() => {
  const map = new Map<number, EducationLevel>();
  let g = 1;
  for (const [level, re] of LEVEL_PATTERNS) {
    map.set(g, level);
    g += new RegExp(`${re.source}|`).exec('')!.length;
  }
  return map;
})();

/**
 * The education levels named in folded[from, to): read in that span alone (a region is a line, or
 * the whole text), not by a search that runs on to the next level named anywhere after it.
 */
function levelMentions(ctx: NoticeContext, from: number, to: number): LevelMention[] {
  const out: LevelMention[] = [];
  const f = ctx.folded;
  const span = from === 0 && to === f.length ? f : f.slice(from, to);
  LEVEL_RE.lastIndex = 0;
  for (let m = LEVEL_RE.exec(span); m; m = LEVEL_RE.exec(span)) {
    let level: EducationLevel | undefined;
    for (const [g, l] of LEVEL_GROUP_TO_LEVEL) if (m[g] !== undefined) level = l;
    if (!level) continue;
    const at = from + m.index;
    // "giving access to post-secondary education" qualifies the secondary diploma.
    const lead = f.slice(Math.max(0, at - 45), at);
    if (level === 'post_secondary' && ACCESS_TO.test(lead)) continue;
    // Hungarian "felsőfokú tanulmányokra jogosító középfokú végzettség": the studies a diploma gives access to.
    if (ACCESS_AFTER.test(f.slice(at + m[0].length, at + m[0].length + 20))) continue;
    out.push({ level, start: at, end: at + m[0].length });
  }
  return out;
}

/** After a level's words, "giving access to" them (folded): Hungarian "… tanulmányokra jogosító". */
const ACCESS_AFTER = /^[a-z]{0,4}\s+jogosito/;
const ACCESS_TO =
  /(?:access to|acces a|zugang zu[rm]?|donnant acces a|permettant l.acces a|tilltrade till|giver adgang til|toegang (?:geeft |verleent )?tot( het)?|acces la|oktatasba valo belepesre jogosito,?|προσβαση σ[α-ω]*|pristup k|juurdepaasu|достъп до)\s*(?:the |l.|la |der |einer )?(?:enseignement |education )?$/;

export interface EducationResult {
  value: Education | null;
  evidence: Evidence | null;
  reason: string | null;
  /** The span of the "+ N years" of the alternative, so it is not read as an experience requirement. */
  alternativeYearsSpan: Span | null;
}

function educationRegions(ctx: NoticeContext): Span[] {
  const regions: Span[] = [];
  for (const sec of sectionsOf(ctx, 'eligibility')) {
    for (let i = firstLineFrom(ctx, sec.start); i < ctx.lines.length && ctx.lines.start(i) < sec.end; i++) {
      const l = ctx.lines.get(i);
      if (
        EDUCATION_WORD.test(ctx.folded.slice(l.start, l.end)) ||
        /^\s*(?:\(?[a-z]\)|-|or\b)/.test(ctx.folded.slice(l.start, l.end))
      )
        regions.push({ start: l.start, end: l.end });
    }
  }
  if (regions.length) return regions;
  return [{ start: 0, end: ctx.text.length }];
}

// Bounded by what is not a letter of the Latin, Greek or Cyrillic alphabets (\b sees only ASCII: "δεκαπέντε ετών").
const YEARS_RE = new RegExp(
  `(?<![\\w${GREEK_CYRILLIC}])(${NUMBER_PATTERN})\\s*(?:\\(\\d{1,2}\\)\\s*)?(?:\\+\\s*)?(?:full\\s+)?(?:years?|annees?|ans|jahren?|jahre|anni|anno|anos|ano|lata|lat|roku|jaar|jaren|ars|ar|leta|leto|leti|let|godine|godina|godinu|roky|rokov|roka|-?jahrige[nr]?|vuotta|vuoden|eves|ev|ani|metai|metu|metus|gads|gadi|gadu|gadus|gadiem|gada|aasta|aastat|aastane|aastase|sena|snin|ετη|ετων|ετους|ετος|χρονια|χρονων|години|година)(?![\\w${GREEK_CYRILLIC}])`,
  'g',
);

export function extractEducation(ctx: NoticeContext): EducationResult {
  const inText = (regions: Span[]) =>
    regions
      .flatMap((r) => levelMentions(ctx, r.start, r.end))
      .filter((m) => EDUCATION_WORD.test(sentenceText(ctx, m.start)));
  let mentions = inText(educationRegions(ctx));
  if (!mentions.length) mentions = inText([{ start: 0, end: ctx.text.length }]);
  if (!mentions.length)
    return {
      value: null,
      evidence: null,
      reason: 'no education requirement stated',
      alternativeYearsSpan: null,
    };
  const main = mentions[0];
  let alternative: Education['alternative'] = null;
  let evEnd = sentenceAt(ctx, main.start).end;
  let alternativeYearsSpan: Span | null = null;
  let mainLevel = main.level;
  const second = mentions.slice(1).find((m) => m.level !== main.level);
  if (second && second.start - main.end < 400) {
    const between = ctx.folded.slice(main.end, second.start);
    if (EDUCATION_OR.test(between)) {
      const clauseEnd = Math.min(sentenceAt(ctx, second.start).end, second.end + 220);
      const clause = ctx.folded.slice(second.end, clauseEnd);
      const plusAfter = yearsOfExperienceIn(clause, second.end);
      // "secondary education … and 3 years of experience; or a post-secondary diploma": the years go with the first.
      const plusBefore = plusAfter ? null : yearsOfExperienceIn(between, main.end);
      if (plusBefore && LEVEL_RANK[main.level] < LEVEL_RANK[second.level]) {
        mainLevel = second.level;
        alternative = { level: main.level, plusExperienceYears: plusBefore.years };
        alternativeYearsSpan = plusBefore.span;
      } else {
        alternative = { level: second.level, plusExperienceYears: plusAfter?.years ?? 0 };
        alternativeYearsSpan = plusAfter?.span ?? null;
      }
      evEnd = clauseEnd;
    }
  }
  // Years attached to the main level ("a degree and at least 1 year of experience") belong to it, not to experience.
  return {
    value: { level: mainLevel, alternative },
    evidence: evidence(ctx, main.start, evEnd),
    reason: null,
    alternativeYearsSpan,
  };
}

/** "or", "alternatively" between two levels, in the official languages. */
const EDUCATION_OR =
  /\b(?:or|of een|of van|ou|oder|o|alternatively|otherwise|or else|sinon|alternativ\w*|oppure|ovvero|lub|albo|nebo|alebo|ali|ili|vagy|sau|eller|tai|voi|vai|arba|jew)\b|\(b\)|\bb\)|(?<![\p{L}])(?:или|ή|η)(?![\p{L}])/u;
const LEVEL_RANK: Record<EducationLevel, number> = {
  compulsory: 0,
  secondary: 1,
  post_secondary: 2,
  university_3y: 3,
  university_4y: 4,
  doctorate: 5,
};

/** "followed by at least three years of professional experience" in `s` (folded, starting at `offset`). */
function yearsOfExperienceIn(s: string, offset: number): { years: number; span: Span } | null {
  if (!EXPERIENCE_WORD.test(s)) return null;
  YEARS_RE.lastIndex = 0;
  const y = YEARS_RE.exec(s);
  // "vähemalt üheaastane töökogemus": Estonian glues the number to the word for year.
  const glued = y ? null : GLUED_YEARS.exec(s);
  if (glued) {
    const years = parseNumberWord(glued[1])!;
    return { years, span: { start: offset + glued.index, end: offset + glued.index + glued[0].length } };
  }
  const n = y ? parseNumberWord(y[1]) : null;
  // "cel puțin un an, atunci când … cel puțin trei ani", "pelo menos, um ano": a year said as "a year" before
  // a number of years further on (the studies' length) is the clause's.
  const aYear = y && n !== null ? A_YEAR.exec(s) : null;
  if (y && aYear && aYear.index < y.index)
    return { years: 1, span: { start: offset + aYear.index, end: offset + aYear.index + aYear[0].length } };
  if (!y || n === null) {
    // "… oraz odpowiednie doświadczenie zawodowe trwające co najmniej rok", "at least a year": one year.
    const one = A_YEAR.exec(s);
    return one
      ? { years: 1, span: { start: offset + one.index, end: offset + one.index + one[0].length } }
      : null;
  }
  return { years: n, span: { start: offset + y.index, end: offset + y.index + y[0].length } };
}
/** An Estonian number glued to "year": "üheaastane", "kolmeaastase" (folded). */
const GLUED_YEARS = /\b(uhe|kahe|kolme|nelja|viie|kuue)aasta\w*/;
/** "At least a year" without a number, in the official languages (folded). */
const A_YEAR =
  /\b(?:at least|a minimum of|co najmniej|au moins|mindestens|almeno|al menos|pelo menos|minstens|ten minste|minimalnie|nejmene|aspon|legalabb|cel putin|mindst|minst),? (?:a |one |un |une |ein |einem |um |uno |jeden |et |ett )?(?:year|rok|roczn\w*|an|annee|jahr|anno|ano|jaar|ars?)\b/;

function sentenceText(ctx: NoticeContext, offset: number): string {
  const s = sentenceAt(ctx, offset);
  return ctx.folded.slice(s.start, s.end);
}

// ---- experience ----------------------------------------------------------------------

const EXPERIENCE_WORD =
  /\b(?:experience|experiences|worked|working experience|experiencia|esperienza|experienta|doswiadczeni\w*|(?:beroeps|werk)?ervaring|(?:erhvervs|arbejds)?erfaring\w*|(?:yrkes|arbets)?erfarenhet\w*|(?:tyo)?kokemus\w*|prax|praxe|praxi|tapasztalat\w*|zkusenost\w*|skusenost\w*|izkusenj\w*|izkusnj\w*|iskustv\w*|pieredz\w*|patirt\w*|(?:too)?kogemus\w*|esperjenza)\b|опит|εμπειρι|πειρα|erfahrung/;
const NOT_EXPERIENCE =
  /\b(?:contract|duration|renew|valid(?:ity)?|doctor|ph\.?d|counts? as|counted as|probation|age of|years old|pension|every|within the (?:last|past)|during the (?:last|past)|over the (?:last|past)|in the last|maximum (?:duration|period|of)|up to a maximum|extended|extension|secondment|detachement|traineeship lasts|team of|since \d{4}|cannot be (?:counted|taken into account)|not be counted|counted towards|seniority|with (?:your|their|his or her|the) (?:current )?employer|no more than|not more than|non piu di|un massimo di|pas plus de|nicht mehr als|no mas de|(?:is|are) not counted|not counted in|part of the qualification|(?:n.est|ne sont) pas pris\w* en compte|nicht angerechnet|se ne uposteva|se ne uracunava|neberie do uvahy|neiskaiciuojam\w*|netiek nemta vera|ei arvestata|ei oteta huomioon|medregnes ikke|indgar ikke|doktor\w*|doktorat\w*|ne pouvant (?:pas )?etre inclus\w*|ne peut (?:pas )?etre inclus\w*|nu poate fi inclus\w*|nu (?:se )?(?:ia|iau) in considerare|nu se (?:include|numara)|nezapocitava|nezapocitavaju|nejvyse|najviac|maksymalnie|legfeljebb|enintaan|daugiausia|ne vise od|najvise)\b|\b(?:the|this) (?:one|1) year\b|δεν (?:προσμετρ|λαμβαν|υπολογιζ)|не се (?:зачита|взема|отчита)/;
const SECONDARY_SCHOOLING = /\bsecondary (?:education|diploma)|enseignement secondaire|sekundar/;
/** What makes a requirement an asset, in the official languages (folded): "Constitueraient des atouts", "Pluspunten", "előnyt jelent". */
const ASSET_WORDS =
  /\b(?:ideal(?:ly)?|asset|advantage|advantageous|desirable|desired|preferabl[ey]|preferred|a plus|would be|nice to have|bonus|valued|appreciated|atouts?|souhait\w*|avantage|apprecie\w*|wunschenswert|von vorteil|vorteilhaft|idealerweise|bevorzugt|vantaggi\w*|ventaja\w*|vantage\w*|avantaj\w*|pluspunt\w*|strekt tot aanbeveling|atut\w*|vyhod\w*|prednost\w*|elony\w*|eduksi|eelis\w*|privalum\w*|prieksrocib\w*|fordel\w*|meriterande)\b/;
const ESSENTIAL_WORDS =
  /\b(?:required|requires|require|must|at least|minimum|essential|mandatory|necessary|need to|needs to|shall|exig\w*|requis\w*|au moins|minimum|obligatoire|doi(?:t|vent)|mindestens|erforderlich|muss|mussen|zwingend|vorausgesetzt|minst|mindst)\b/;

/** Words of studies, whose length is not experience (folded; global, for lastMatch). */
const STUDIES_WORD =
  /\b(?:university|studies|education|degree|diploma|etudes|enseignement|studium|hochschul\w*|ausbildung|universitar\w*|studi|estudios|estudos|studia|studiom|studiow|opleiding|onderwijs|utbildning|(?:universitets|hogskole)?studier|vzdelani|studii|tanulmany\w*|yliopisto\w*|laurea|oppeaeg\w*|ulikool\w*|haridus\w*|studij\w*|issilavinim\w*|izglitib\w*|vzdelani\w*|izobrazb\w*|obrazovanj\w*|(?:universitets)?uddannelse\w*|koulutu\w*|edukazzjoni|studj\w*)\b|σπουδ|εκπαιδευσ|образовани|обучени|следван/g;
/** "at least" between two commas, as Portuguese and Spanish write it (folded): ", pelo menos,". */
const AT_LEAST_COMMAS = /,\s*\b(?:at least|pelo menos|al menos|au moins|almeno|cel putin)\b\s*,/g;
/** EXPERIENCE_WORD, global (for lastMatch). */
const EXPERIENCE_WORD_G = new RegExp(EXPERIENCE_WORD.source, 'g');

function lastMatch(re: RegExp, s: string): number {
  let at = -1;
  re.lastIndex = 0;
  for (let m = re.exec(s); m; m = re.exec(s)) at = m.index;
  return at;
}

export interface ExperienceResult {
  years: number | null;
  required: boolean;
  evidence: Evidence | null;
  reason: string | null;
}

/** The most experience a notice asks for, in years. */
const MAX_EXPERIENCE_YEARS = 15;

/** "15 years, of which 5 in management": the part of a total (folded, the words right before the part's number). */
const OF_WHICH =
  /\b(?:of which|including|thereof|dont|davon|out of which|de los cuales|de las cuales|di cui|dos quais|das quais|waarvan|w tym|z toho|z tego|ebbol|din care|od toga|od tega|od tog|heraf|varav|joista|millest|is ju|no tiem)\b[^,;]*$/;

export function extractExperience(ctx: NoticeContext, exclude: Span | null): ExperienceResult {
  let best: { years: number; start: number; end: number; sentence: Span } | null = null;
  YEARS_RE.lastIndex = 0;
  for (let m = YEARS_RE.exec(ctx.folded); m; m = YEARS_RE.exec(ctx.folded)) {
    if (exclude && m.index < exclude.end && m.index + m[0].length > exclude.start) continue;
    const n = parseNumberWord(m[1]);
    // No EU notice asks for more than 15 years (a Director-General's post): "more than twenty years'
    // experience of working together" is a body's, not the candidate's.
    if (n === null || n <= 0 || n > MAX_EXPERIENCE_YEARS) continue;
    const s = sentenceAt(ctx, m.index);
    const sent = ctx.folded.slice(s.start, s.end);
    const localStart = Math.max(s.start, m.index - 110);
    const localEnd = Math.min(s.end, m.index + m[0].length + 110);
    const local = ctx.folded.slice(localStart, localEnd);
    if (!EXPERIENCE_WORD.test(local)) continue;
    if (testWithin(ctx, NOT_EXPERIENCE, localStart, localEnd)) continue;
    // "€ 5.612,65 (less than 9 years' work experience after degree)": a pay step's limit, not a requirement
    // (but "not less than five years" is one).
    if (/\b(?:less|fewer) than\b/.test(local) && !/\b(?:not|no) (?:less|fewer) than\b/.test(local)) continue;
    // "€3.587,37 (more than 8 years' work experience after degree)": the years that set a salary.
    // (Looked for in the 30 characters before the number only: a search back through the whole text, at every
    // number of a megabyte of "3 years", would make the reading quadratic.)
    const near = Math.max(0, m.index - 30);
    const paren = ctx.folded.slice(near, m.index).lastIndexOf('(');
    const open = paren < 0 ? -1 : near + paren;
    if (
      open >= 0 &&
      m.index - open < 30 &&
      /(?:€|eur|euro)\s?[\d.,\s]*\d\s*$|\d[\d.,]*\s?(?:€|eur|euro)\s*$/.test(
        ctx.folded.slice(Math.max(0, open - 30), open),
      )
    )
      continue;
    const before = ctx.folded.slice(Math.max(s.start, m.index - 25), m.index);
    if (OF_WHICH.test(before)) continue;
    // "university education is at least three years": the length of studies, not experience.
    const lead = ctx.folded.slice(Math.max(s.start, m.index - 80), m.index);
    // (In the official languages: "studi universitari di almeno tre anni", "studiom wyższym trwającym … trzy lata".)
    const eduAt = lastMatch(STUDIES_WORD, lead);
    const expAt = lastMatch(EXPERIENCE_WORD_G, lead);
    // "estudos universitários de, pelo menos, três anos": the commas around "at least" part nothing.
    const afterEdu = lead.slice(eduAt).replace(AT_LEAST_COMMAS, ' ');
    if (
      eduAt > expAt &&
      afterEdu.length < 60 &&
      !/[,;]|\b(?:and|plus|followed by|with|et|und|puis|as well as|have|has|e|y|en|oraz|och|og|si|es|ja)\b|\+/.test(
        afterEdu,
      )
    )
      continue;
    // Years inside a qualification clause ("secondary diploma … and experience of at least three years") belong to education.
    if (
      !/^[-•*–\s]*(?:\(?[a-z0-9]\)\s*)?(?:professional |relevant |work )?(?:experience|berufserfahrung|experience professionnelle)\b/.test(
        sent,
      ) &&
      testWithin(ctx, SECONDARY_SCHOOLING, s.start, s.end) &&
      /\bdiploma|diplome|zeugnis/.test(sent) &&
      !/(?:we look for|profile)/.test(sent)
    ) {
      const sec = sectionAt(ctx, m.index);
      if (sec?.kind === 'eligibility') continue;
    }
    if (!best || n < best.years) best = { years: n, start: m.index, end: m.index + m[0].length, sentence: s };
  }
  if (!best)
    return { years: null, required: false, evidence: null, reason: 'no years of experience asked for' };
  const intro = listIntroFor(ctx, best.start);
  const context =
    ctx.folded.slice(best.sentence.start, best.sentence.end) +
    ' ' +
    (intro ? ctx.folded.slice(intro.start, intro.end) : '');
  const required = !ASSET_WORDS.test(context);
  return {
    years: best.years,
    required,
    evidence: evidence(ctx, best.sentence.start, best.sentence.end),
    reason: null,
  };
}

// ---- languages -------------------------------------------------------------------------

// Look-behind after the first character: V8 tries the pattern only where that character is.
const LEVEL_TOKEN = /([ABC](?<![A-Za-z0-9][ABC])[12])(?![0-9])/g;
/** The nouns of a level said in words, by language: each IMPLICIT_LEVEL phrase holds one (see levelCues). */
const LEVEL_NOUNS = {
  en: 'knowledge|command',
  fr: 'connaissance',
  de: 'kenntnisse',
  // Adjective first: Slovenian, Croatian, Polish, Dutch, Swedish, Czech, Slovak (folded).
  before: 'znanje|znajomosc|kennis|kunskaper|znalost|znalosti|kielitaito|ismerete',
  // Noun first: Italian, Spanish, Portuguese, Romanian (folded).
  after: 'conoscenza|conocimiento|conhecimento|cunoastere|cunostinte',
};
/** Thorough (C1) and satisfactory (B2), in the other languages (folded; Czech and Slovak also in the accusative). */
const STRONG_BEFORE =
  'izcrpno|temeljito|temeljno|gruntowna|grondige|grundliga|dukladna|dukladnou|dokladna|dokladnu|dokonala|dokonalou|mycket goda|perusteellinen|alapos';
const WEAK_BEFORE =
  'zadovoljivo|zadovoljavajuce|zadowalajaca|voldoende|toereikende|tillfredsstallande|uspokojiva|uspokojive|uspokojivou|uspokojivu|tyydyttava|kielegito';
const STRONG_AFTER = 'approfondita|profundo|aprofundado|aprofundata';
const WEAK_AFTER = 'soddisfacente|satisfactorio|satisfatorio|satisfacatoare';
/** Greek and Bulgarian (folded): "εμπεριστατωμένη γνώση", "задълбочено познаване", "ικανοποιητική γνώση". */
const STRONG_NON_LATIN = 'εμπεριστατωμενη|αριστη|πολυ καλη|задълбочен[аои]?|отлично|отлични';
const WEAK_NON_LATIN = 'ικανοποιητικη|επαρκη|задоволителн[аои]?';
const NON_LATIN_LEVEL_NOUN = 'γνωση|γνωσεις|γνωσης|познаван[еия]|познания';
const IMPLICIT_LEVEL = trieRegex(
  new RegExp(
    `\\b(?:(thorough|very good|excellent|in-depth|perfect)|(satisfactory|good|sufficient|working))\\s+(?:${LEVEL_NOUNS.en})\\b|\\b(?:${LEVEL_NOUNS.fr}) (?:(approfondie)|(satisfaisante))\\b|\\b(?:(grundliche|sehr gute)|(ausreichende|gute))\\s+(?:${LEVEL_NOUNS.de})\\b|\\b(?:(${STRONG_BEFORE})|(${WEAK_BEFORE}))\\s+(?:${LEVEL_NOUNS.before})\\b|\\b(?:${LEVEL_NOUNS.after})\\s+(?:(${STRONG_AFTER})|(${WEAK_AFTER}))\\b|(?<![${GREEK_CYRILLIC}])(?:(${STRONG_NON_LATIN})|(${WEAK_NON_LATIN}))\\s+(?:${NON_LATIN_LEVEL_NOUN})(?![${GREEK_CYRILLIC}])`,
    'g',
  ),
);
const LEVEL_NOUN = new RegExp([...Object.values(LEVEL_NOUNS), NON_LATIN_LEVEL_NOUN].join('|'), 'g');
const LANGUAGE_RE = new RegExp(`\\b(${LANGUAGE_NAME_PATTERN})(?:e[nrs]?)?\\b`, 'g');
/**
 * What stands between a language's name and its level written in brackets right after it: at most the
 * word for "language" ("francuskog jezika (razina ", "English (level ", "(").
 */
const BRACKETED_LEVEL = /^\s*(?:\p{L}+\s*)?\(\s*(?:\p{L}+\s+)?$/u;
/**
 * A level right after the name, the word for "language" and the words for its knowledge, the way Hungarian
 * writes it: "a francia nyelv kielégítő ismerete (B2 szint)": the level is that name's (folded).
 */
const LEVEL_AFTER_NAME = /^\s+nyelv\w*\s+(?:[a-z]+\s+)?ismeret\w*\s*(?:\(\s*)?$/;
/** Names joined by nothing but "or" (or a comma) in the official languages (folded). */
const OR_ONLY =
  /^\s*(?:,|or|ou|oder|o|of|lub|albo|eller|vagy(?: az?)?|sau|nebo|alebo|ali|ili|tai|vai|arba|или|ή)\s*$/;
/** English, French and German named in Bulgarian and Greek (folded stems): "английски", "της αγγλικής γλώσσας". */
const NON_LATIN_LANGUAGE =
  /(?<![\p{L}])(англииск|френск|немск|българск|αγγλικ|γαλλικ|γερμανικ|ελληνικ)\p{L}*/gu;
const NON_LATIN_CODES: Record<string, string> = {
  англииск: 'EN', // "английски" folded (й → и)
  френск: 'FR',
  немск: 'DE',
  αγγλικ: 'EN',
  γαλλικ: 'FR',
  γερμανικ: 'DE',
  българск: 'BG',
  ελληνικ: 'EL',
};
const NAME_READERS: Array<[RegExp, Record<string, string>]> = [
  [LANGUAGE_RE, LANGUAGE_NAMES],
  [NON_LATIN_LANGUAGE, NON_LATIN_CODES],
];
const ANY_LANGUAGE =
  /\b(?:official (?:eu )?languages?|languages? of the (?:european )?union|eu languages?|one of the|a second|another|second (?:official )?language|main language|language [12]|langues? officielles?|une seconde|une deuxieme|une autre|seconde langue|einer der|eine[rn]? zweite[n]?|amtssprache\w*|weitere[rn]? sprache|lingue ufficiali|una delle lingue|un.altra lingua|seconda lingua|lenguas oficiales|una de las lenguas|otra lengua|segunda lengua|linguas oficiais|uma das linguas|outra lingua|segunda lingua|jezykow urzedowych|jednego z jezykow|drugiego jezyka|drugim jezyku|innego jezyka|jezyka urzedowego|officiele talen|tweede taal|lengua oficial|lingua ufficiale|lingua oficial|uradnega jezika|uradnih jezikov|sluzbenog jezika|sluzbenih jezika|uredniho jazyka|urednich jazyku|uradneho jazyka|officiella sprak|limba oficiala|limbi oficiale|limbile oficiale|virallise\w* kiele\w*|hivatalos nyelv\w*|oficial\w* (?:europos sajungos |es )?kalb\w*|oficial\w* valod\w*|ametlik\w* keel\w*|officielle sprog|andet sprog|forste sprog|lingw[ai] ufficjal\w*|oifigiula\w* an aontais)\b|официалн\S* езиц?\S*|επισημ\S* γλωσσ\S*/;

/** A second language's words, in a clause that names no language (folded). */
const SECOND_LANGUAGE =
  /\b(?:second|another|other|autre|seconde|deuxieme|zweite\w*|weitere\w*|altra|otra|outra|segunda|seconda|drugi\w*|tweede|annat|andet|toinen|masik|kitos|cita|teise|ohra|eile)\b|друг\S*|αλλη\S*/;

interface LevelHit {
  level: CefrLevel;
  start: number;
  end: number;
  /** Said in words ("thorough knowledge"), not as a level ("C1"). */
  implicit?: boolean;
}

function levelHits(ctx: NoticeContext, start: number, end: number): LevelHit[] {
  const hits: LevelHit[] = [];
  const text = ctx.text.slice(start, end);
  LEVEL_TOKEN.lastIndex = 0;
  for (let m = LEVEL_TOKEN.exec(text); m; m = LEVEL_TOKEN.exec(text))
    hits.push({ level: m[1] as CefrLevel, start: start + m.index, end: start + m.index + 2 });
  const f = ctx.folded.slice(start, end);
  IMPLICIT_LEVEL.lastIndex = 0;
  for (let m = IMPLICIT_LEVEL.exec(f); m; m = IMPLICIT_LEVEL.exec(f)) {
    const at = start + m.index;
    if (hits.some((h) => h.end - h.start === 2 && Math.abs(h.start - at) < 60)) continue;
    const strong = Boolean(m[1] ?? m[3] ?? m[5] ?? m[7] ?? m[9] ?? m[11]);
    // "good knowledge of X" without a level is a selection nicety, not a CEFR requirement (the other
    // languages' words are all "satisfactory").
    if (!strong && !m[8] && !m[10] && !m[12] && !/satisfactory|satisfaisante|ausreichende/.test(m[0]))
      continue;
    hits.push({ level: strong ? 'C1' : 'B2', start: at, end: at + m[0].length, implicit: true });
  }
  hits.sort((a, b) => a.start - b.start);
  // "English, French or German at C1 or C2 level": a choice of levels asks for the lower one.
  for (let k = hits.length - 1; k > 0; k--) {
    const [a, b] = [hits[k - 1], hits[k]];
    if (
      !a.implicit &&
      !b.implicit &&
      /^\s*(?:or|ou|oder|o|of|lub|nebo|vagy|sau|eller|tai)\s*$/.test(ctx.folded.slice(a.end, b.start))
    ) {
      if (b.level < a.level) a.level = b.level;
      a.end = b.end;
      hits.splice(k, 1);
    }
  }
  // "a satisfactory knowledge of a second official language of the Union, at least at level B2": the words and
  // the level of one requirement, a clause apart, are one hit (spanning both).
  const merged: LevelHit[] = [];
  for (const h of hits) {
    const prev = merged[merged.length - 1];
    if (
      prev &&
      prev.level === h.level &&
      Boolean(prev.implicit) !== Boolean(h.implicit) &&
      h.start - prev.end < 150 &&
      !/[.;]\s/.test(ctx.text.slice(prev.end, h.start))
    )
      prev.end = h.end;
    else merged.push(h);
  }
  return merged;
}

/**
 * Where the text may name a level, in order: every "A1" … "C2" (LEVEL_TOKEN's letters and digit)
 * and every word an IMPLICIT_LEVEL phrase needs. A line levelHits finds something in holds one of
 * them (none of these runs over a line break, and two of one kind never overlap).
 */
function levelCues(ctx: NoticeContext): number[] {
  const out: number[] = [];
  for (const [re, s] of [
    [/[ABC][12]/g, ctx.text],
    [LEVEL_NOUN, ctx.folded],
  ] as const) {
    re.lastIndex = 0;
    for (let m = re.exec(s); m; m = re.exec(s)) out.push(m.index);
  }
  return out.sort((a, b) => a - b);
}

function languageRegions(ctx: NoticeContext): Span[] {
  const regions: Span[] = [];
  for (const sec of sectionsOf(ctx, 'eligibility')) {
    const hits = levelHits(ctx, sec.start, sec.end);
    if (hits.length) regions.push({ start: sec.start, end: sec.end });
  }
  if (regions.length) return regions;
  return [{ start: 0, end: ctx.text.length }];
}

export function extractLanguages(ctx: NoticeContext): {
  value: LanguageRequirement[];
  evidence: Evidence | null;
} {
  const out: LanguageRequirement[] = [];
  /** Each requirement once: its language and level, and for "any" language whether it is a second one. */
  const seen = new Set<string>();
  let evStart = -1;
  let evEnd = -1;
  const cues = levelCues(ctx);
  for (const region of languageRegions(ctx)) {
    // The lines overlapping the region (the first may start before it).
    let first = firstLineFrom(ctx, region.start);
    if (first > 0 && ctx.lines.end(first - 1) > region.start) first--;
    let cue = 0;
    for (let i = first; i < ctx.lines.length && ctx.lines.start(i) < region.end; i++) {
      const line = ctx.lines.get(i);
      // A line without a cue names no level (most lines of a long page): not read.
      while (cue < cues.length && cues[cue] < line.start) cue++;
      if (cue === cues.length || cues[cue] >= line.end) continue;
      const hits = levelHits(ctx, line.start, line.end);
      if (!hits.length) continue;
      const lineText = ctx.folded.slice(line.start, line.end);
      const names: Array<{ code: string; start: number; end: number }> = [];
      // Latin-script names, then Bulgarian and Greek ones (LANGUAGE_RE reads Latin words only), in text order.
      for (const [re, codes] of NAME_READERS) {
        if (re !== LANGUAGE_RE && !/[^\p{ASCII}]/u.test(lineText)) continue;
        re.lastIndex = 0;
        for (let m = re.exec(lineText); m; m = re.exec(lineText))
          names.push({
            code: codes[m[1]],
            start: line.start + m.index,
            end: line.start + m.index + m[0].length,
          });
      }
      names.sort((a, b) => a.start - b.start);
      if (names.length > 8) continue; // the footnote listing all 24 languages
      // Each language name belongs to the nearest level ("Polish (level C2)", "C1 in English"); a level in
      // brackets to the names before it ("… (razina C1) i … engleskog ili francuskog jezika (razina B2)").
      const byHit = hits.map(() => [] as typeof names);
      const bracketed = names.map((n) => {
        const next = hits.findIndex((h) => h.start >= n.end);
        if (next < 0) return -1;
        const between = ctx.folded.slice(n.end, hits[next].start);
        return BRACKETED_LEVEL.test(between) || LEVEL_AFTER_NAME.test(between) ? next : -1;
      });
      // "engleskog ili francuskog jezika (razina B2)": a name joined by "or" to such a name shares its level.
      for (let k = names.length - 2; k >= 0; k--)
        if (
          bracketed[k] < 0 &&
          bracketed[k + 1] >= 0 &&
          OR_ONLY.test(ctx.folded.slice(names[k].end, names[k + 1].start))
        )
          bracketed[k] = bracketed[k + 1];
      names.forEach((n, k) => {
        if (bracketed[k] >= 0) {
          byHit[bracketed[k]].push(n);
          return;
        }
        let best = 0;
        let bestDist = Infinity;
        hits.forEach((h, i) => {
          const d = n.start >= h.end ? n.start - h.end : h.start - n.end;
          if (d < bestDist) {
            bestDist = d;
            best = i;
          }
        });
        // "… (level C1). Knowledge of French would be an asset.": a language named as an asset in a sentence of
        // its own takes no level from the sentence before.
        const own = sentenceAt(ctx, n.start);
        const hit = hits[best];
        if (
          (hit.end <= own.start || hit.start >= own.end) &&
          ASSET_WORDS.test(ctx.folded.slice(own.start, own.end))
        )
          return;
        byHit[best].push(n);
      });
      hits.forEach((hit, i) => {
        const own = byHit[i];
        const groups: string[][] = [];
        const seps = own.slice(1).map((n, k) => ctx.folded.slice(own[k].end, n.start));
        // "inglés o francés", "angielski lub francuski": "or" in the official languages.
        // A separator with an "or" is a choice ("ou en français": the "en" is a preposition there).
        const isOr = (x: string) =>
          /\b(?:or|ou|oder|o|of|lub|albo|eller|vagy|sau|nebo|alebo|ali|ili|tai|vai|arba)\b|\/|(?<![\p{L}])(?:или|ή|η)(?![\p{L}])/u.test(
            x,
          );
        const isChoice =
          seps.some(isOr) &&
          !seps.some((x) => !isOr(x) && /\b(?:and|et|und|y|e|en|i|og|och|es|si|ja|un|ir|a)\b/.test(x));
        own.forEach((n, k) => {
          if (k > 0 && isChoice) groups[groups.length - 1].push(n.code);
          else groups.push([n.code]);
        });
        let second = false;
        if (groups.length === 0) {
          const clause = ctx.folded.slice(
            i === 0 ? line.start : hits[i - 1].end,
            i + 1 < hits.length ? hits[i + 1].start : line.end,
          );
          if (!ANY_LANGUAGE.test(clause)) return;
          groups.push(['any']);
          // "Main language: B2 in one of the official languages" / "Second language: B2 in another": two.
          // (Said just before the level or within it: not the next language's "another" after it.)
          second = SECOND_LANGUAGE.test(
            ctx.folded.slice(Math.max(i === 0 ? line.start : hits[i - 1].end, hit.start - 40), hit.end),
          );
        }
        for (const g of groups) {
          const language = [...new Set(g)].join('|');
          const key = `${language} ${hit.level}${second ? ' second' : ''}`;
          if (!seen.has(key)) {
            seen.add(key);
            out.push({ language, level: hit.level });
          }
        }
        if (evStart < 0) evStart = line.start;
        evEnd = Math.max(evEnd, line.end);
      });
    }
    if (out.length) break;
  }
  return { value: out, evidence: out.length ? evidence(ctx, evStart, evEnd) : null };
}

// ---- CAST, clearance ---------------------------------------------------------------------

const CAST_NOT_NEEDED =
  /\b(?:not (?:required|necessary|needed)|no need|do not need|does not require|need not|n.est pas (?:requis|necessaire)|nicht erforderlich|niet (?:vereist|nodig)|nevyzaduje|neni (?:nutn|potreb)\w*|nu (?:este necesar\w*|se solicita)|nie jest wymagan\w*|non e (?:richiest|necessari)\w*|no (?:es necesari\w*|se requiere)|nao e (?:necessari|exigid)\w*|kravs inte|nem szukseges|nem kell|ei vaadita|ei tarvitse|ei edellyteta|ei ole noutav|nav nepieciesam\w*|nereikia|nebutina|nije potreb\w*|ni potreb\w*|nie je potreb\w*|kraeves ikke|kravs ej)\b/;
const CAST_PASSED =
  /\b(?:passed|pass|registered|register|registration|database|data base|inscrit\w*|reussi|selection procedures?|candidates?|eingetragen|bestanden|profile|iscritt\w*|registrad\w*|registad\w*|zarejestrowan\w*|banca dati|base de datos|base de dados|baza danych|candidati|candidatos|kandydaci|geslaagd|ingeschreven|registriert\w*|zaregistrov\w*|uspel\w*|inregistrat\w*|registrerad\w*|regisztral\w*|rekisteroity\w*|registreret|adatbazis\w*|szerepel\w*|sikeres\w*|lapaissyt|tietokan\w*|databaz\w*|datubaz\w*|andmebaas\w*|duomenu baz\w*|baz\w* podataka|databas\w*|uspesn\w*|islaik\w*|sooritan\w*|polozi\w*|promovat\w*|registr\w*|nokartoj\w*)\b/;

/** The same in Bulgarian and Greek (folded; \b sees no Cyrillic or Greek letter as a word's). */
const CAST_NOT_NEEDED_NON_LATIN =
  /(?<![\p{L}])(?:не се изисква|не е необходим\p{L}*|δεν απαιτειται|δεν ειναι απαραιτητ\p{L}*)(?![\p{L}])/u;
const CAST_PASSED_NON_LATIN =
  /(?<![\p{L}])(?:издържал\p{L}*|регистриран\p{L}*|базата? данни|επιτυχ\p{L}*|εγγεγραμμεν\p{L}*|βαση δεδομενων)(?![\p{L}])/u;

/** How many CAST mentions after one that requires it are read for a "not required". */
const CAST_MENTIONS_AFTER = 20;

/** A line that starts with an EPSO CAST code: the call's own heading or list of profiles. */
const EPSO_CAST_HEADING = /^[ \t]*EPSO\/CAST\/[\w/-]+\s*(?:[-–—:]\s|$)/m;

export function extractCast(ctx: NoticeContext): { value: boolean; evidence: Evidence | null } {
  const re = /\bCAST\b|\bCAST Permanent\b/g;
  // EPSO's own CAST call, its profiles heading the text ("EPSO/CAST/P/1/2015 - Financial officer"): its codes
  // name the call itself, not a CAST the candidate must have passed.
  const ownCall = EPSO_CAST_HEADING.test(ctx.text.slice(0, 2000));
  // "Registration in EPSO CAST Permanent is not required … Candidates already registered in CAST may apply": a
  // notice that says CAST is not required does not require it, whatever its other CAST sentences say.
  let notRequired = false;
  let passed: { value: boolean; evidence: Evidence | null } | null = null;
  let afterPassed = 0;
  for (let m = re.exec(ctx.text); m; m = re.exec(ctx.text)) {
    // "EUIPO/CAST/1/16", "OHIM/CAST/10/2014": an agency's own selection named so, not EPSO's CAST.
    const code = /([A-Za-z]{2,10})\s?\/\s?$/.exec(ctx.text.slice(Math.max(0, m.index - 14), m.index));
    if (code && (code[1].toUpperCase() !== 'EPSO' || ownCall)) continue;
    const s = sentenceAt(ctx, m.index);
    if (
      testWithin(ctx, CAST_NOT_NEEDED, s.start, s.end) ||
      CAST_NOT_NEEDED_NON_LATIN.test(sentenceText(ctx, s.start))
    ) {
      notRequired = true;
      continue;
    }
    if (
      !passed &&
      (testWithin(ctx, CAST_PASSED, s.start, s.end) || CAST_PASSED_NON_LATIN.test(sentenceText(ctx, s.start)))
    )
      passed = { value: true, evidence: evidence(ctx, s.start, s.end) };
    // A notice names CAST a few times: past a score of mentions after one that requires it, no "not required" is looked for.
    if (passed && (notRequired || ++afterPassed > CAST_MENTIONS_AFTER)) break;
  }
  return passed && !notRequired ? passed : { value: false, evidence: null };
}

/**
 * Each level's wordings, with words one of which every wording contains: a notice without any of them
 * (most say nothing of clearance) is not read through by the level's pattern.
 */
const CLEARANCE_LEVELS: Array<
  [NonNullable<import('../schema').NoticeFields['securityClearance']>, RegExp, string[]]
> = [
  [
    'EU TOP SECRET',
    trieRegex(/\b(?:eu|ue)[\s-]+top[\s-]+secret\b|\btres secret ue\b|\btop secret (?:eu|ue)\b/g),
    ['secret'],
  ],
  // "SECRET UE" may end glued to the next cell of a flattened table ("SECRET UEDATA-LIMITE"): see gluedAfter.
  ['EU SECRET', trieRegex(/\b(?:eu|ue)[\s-]+secret\b|\bsecret (?:ue|eu)/g), ['secret']],
  [
    'EU CONFIDENTIAL',
    trieRegex(/\b(?:eu|ue)[\s-]+confidential\b|\bconfidentiel (?:ue|eu)\b/g),
    ['confidentia', 'confidentie'],
  ],
  [
    'unspecified',
    trieRegex(
      /\b(?:security clearance|personnel security clearance|clearance certificate|habilitation (?:personnelle )?de securite|sicherheitsermachtigung|sicherheitsbescheinigung|security cleared|habilitacion (?:personal )?de seguridad|nulla osta di sicurezza|(?:credenciacao|habilitacao) (?:pessoal )?de seguranca|veiligheidsmachtiging|poswiadczeni\w* bezpieczenstwa|bezpecnostn\w* proverk\w*|bezpecnostn\w* previerk\w*|turvallisuusselvitys\w*|sakerhetsprovning\w*|sikkerhedsgodkendelse|(?:certificat|autorizatie) de securitate|julgeolekukontrolli toend\w*|isiku julgeolekukontroll\w*|drosibas pielaid\w*|varnostn\w* dovoljenj\w*|sigurnosn\w* (?:certifikat|dozvol)\w*|biztonsagi tanusitvany\w*)\b|(?:εξουσιοδοτηση|διαβαθμιση|πιστοποιητικο) ασφαλειας|разрешение за достъп до класифицирана/g,
    ),
    [
      'clearance',
      'habilitation',
      'sicherheits',
      'security cleared',
      'habilitacion',
      'nulla osta',
      'credenciacao',
      'habilitacao',
      'veiligheidsmachtiging',
      'bezpieczenstwa',
      'bezpecnostn',
      'turvallisuusselvity',
      'sakerhetsprovning',
      'sikkerhedsgodkendelse',
      'de securitate',
      'julgeolek',
      'drosibas',
      'varnostn',
      'sigurnosn',
      'biztonsagi',
      'ασφαλειας',
      'класифицирана',
    ],
  ],
  [
    'vetting',
    trieRegex(
      /\b(?:security vetting|security screening|security check|enquete de securite|sicherheitsuberprufung|vetting procedure)\b/g,
    ),
    ['vetting', 'security', 'enquete de securite', 'sicherheitsuberprufung'],
  ],
];

/** "not required", "non requise", "nicht erforderlich": the clearance is named only to say it is not needed. */
const NOT_REQUIRED =
  /\b(?:not|non|pas|nicht|no|nao|niet)\b[^.;]{0,25}\b(?:required|requise?s?|necessary|necessaire|needed|erforderlich|notwendig|necesari[ao]|necessari[ao]|richiest[ao]|requerid[ao]|exigid[ao]|nodig|vereist)\b|\bdoes not require\b/;

/**
 * Before a clearance's words in its sentence, or a duty's bullet ("• Ensuring the compliance of the security
 * clearance process"): the post handles clearances, it is not asked for one (folded).
 */
const CLEARANCE_DUTY =
  /^\s*[•*–-]\s*(?!being|holding|having|possessing|obtaining|undergoing)[a-z]+ing\b|\b(?:responsible for|in charge of|supervising|managing|coordinating|overseeing|handling|administering|processing|developing|implementing|drafting|maintaining|monitoring)\b/;

/**
 * Does a word end at `at`, or does a word in capitals end there glued to the next cell's capitals ("SECRET
 * UEDATA-LIMITE PARA APRESENTAÇÃO", a table flattened without its spaces)?
 */
function wordEndsOrCellGlued(ctx: NoticeContext, at: number): boolean {
  if (!isWordUnit(ctx.folded.charCodeAt(at))) return true;
  return /^\p{Lu}{2}\p{Lu}{2}/u.test(ctx.text.slice(at - 2, at + 2));
}

export function extractClearance(
  ctx: NoticeContext,
): FieldResult<NonNullable<import('../schema').NoticeFields['securityClearance']>> {
  for (const [level, re, words] of CLEARANCE_LEVELS) {
    if (!words.some((w) => ctx.folded.includes(w))) continue;
    re.lastIndex = 0;
    for (let m = re.exec(ctx.folded); m; m = re.exec(ctx.folded)) {
      if (level === 'EU SECRET' && /top[\s-]+$/.test(ctx.folded.slice(Math.max(0, m.index - 5), m.index)))
        continue;
      if (level === 'EU SECRET' && !wordEndsOrCellGlued(ctx, m.index + m[0].length)) continue;
      const s = sentenceAt(ctx, m.index);
      if (testWithin(ctx, NOT_REQUIRED, s.start, s.end)) continue;
      // "… will be responsible for supervising the security clearance process": the post's duties.
      if (CLEARANCE_DUTY.test(ctx.folded.slice(s.start, m.index))) continue;
      return { value: level, evidence: evidence(ctx, s.start, s.end) };
    }
  }
  return missing('no security clearance or vetting mentioned');
}

// ---- under-represented member states ------------------------------------------------------

// Bounded by what is not a letter (\b sees only ASCII: "Αυστρία", "Łotwa").
const COUNTRY_RE = new RegExp(
  `(?<![\\w\\u00c0-\\u024f${GREEK_CYRILLIC}])(${COUNTRY_NAME_PATTERN})(?![\\w\\u00c0-\\u024f${GREEK_CYRILLIC}])`,
  'g',
);

/** A notice names under-representation a few times; past this many mentions a page is not listing the states. */
const MAX_UNDERREPRESENTED_MENTIONS = 20;

export function extractUnderrepresented(ctx: NoticeContext): { value: string[]; evidence: Evidence | null } {
  // Under-represented in the official languages, or the imbalance the list corrects ("Al fine di correggere uno
  // squilibrio geografico, … i seguenti Stati membri: …").
  const kw =
    /\b(?:under-?\s?represented|sous-?represente\w*|unterreprasentiert\w*|sottorappresentat\w*|subreprezentat\w*|infrarrepresentad\w*|sub-?representad\w*|ondervertegenwoordigd\w*|niedostatecznie reprezentowan\w*|nedostatecne zastoupen\w*|alulreprezentalt\w*|aliedustettu\w*|underrepresenterad\w*|underrepraesenteret\w*|geographical imbalance|squilibrio geografico|desequilibrio geografico|desequilibre geographique|dezechilibru geografic|geografisch onevenwicht)\b|υποεκπροσωπ|недостатъчно представен/g;
  let mentions = 0;
  for (
    let m = kw.exec(ctx.folded);
    m && mentions++ < MAX_UNDERREPRESENTED_MENTIONS;
    m = kw.exec(ctx.folded)
  ) {
    // "… encourages applications from nationals of Czechia, Denmark, …, whose nationals are under-represented":
    // the states may come before the word, in its sentence.
    const s = sentenceAt(ctx, m.index);
    const from = Math.max(s.start, m.index - 400);
    const windowEnd = Math.min(ctx.text.length, m.index + 900);
    const seg = ctx.folded.slice(from, windowEnd);
    const codes: string[] = [];
    let lastEnd = -1;
    let firstStart = -1;
    COUNTRY_RE.lastIndex = 0;
    for (let c = COUNTRY_RE.exec(seg); c; c = COUNTRY_RE.exec(seg)) {
      if (lastEnd >= 0 && c.index - lastEnd > 160) {
        if (codes.length >= 2) break;
        codes.length = 0; // a state named alone, far before the list: not part of it
        firstStart = -1;
      }
      const code = COUNTRY_NAMES[c[1].replace(/\s+/g, ' ')];
      if (!code) continue;
      if (firstStart < 0) firstStart = c.index;
      if (!codes.includes(code)) codes.push(code);
      lastEnd = c.index + c[0].length;
    }
    if (codes.length >= 2)
      return {
        value: codes,
        evidence: evidence(
          ctx,
          Math.min(m.index, from + firstStart),
          Math.max(m.index + m[0].length, from + lastEnd),
        ),
      };
  }
  return { value: [], evidence: null };
}

// ---- "we look for" sentences -----------------------------------------------------------------

function classifyRequirement(text: string, intro: string): Requirement['kind'] {
  if (ASSET_WORDS.test(text)) return 'asset';
  if (ESSENTIAL_WORDS.test(text)) return 'essential';
  if (ASSET_WORDS.test(intro)) return 'asset';
  if (ESSENTIAL_WORDS.test(intro)) return 'essential';
  return 'unspecified';
}

export function extractRequirements(ctx: NoticeContext): Requirement[] {
  const out: Requirement[] = [];
  for (const sec of sectionsOf(ctx, 'selection')) {
    for (
      let i = firstLineFrom(ctx, sec.start + 1);
      i < ctx.lines.length && ctx.lines.start(i) < sec.end;
      i++
    ) {
      const line = ctx.lines.get(i);
      if (/:\s*$/.test(line.text) && line.text.length < 200) continue; // a list intro
      const intro = listIntroFor(ctx, line.start);
      const introText = intro ? ctx.folded.slice(intro.start, intro.end) : '';
      // Paragraphs are split into sentences; list items stay whole.
      let pos = line.start;
      while (pos < line.end) {
        const s = sentenceAt(ctx, pos);
        const end = Math.min(Math.max(s.end, pos + 1), line.end);
        const raw = ctx.text.slice(pos, end).trim();
        const text = raw.replace(/^(?:[-•●▪◦*–]|\(?[a-z0-9ivx]{1,3}[.)])\s+/i, '');
        if (text.length >= 15) {
          const at = pos + raw.indexOf(text[0]);
          const ev = evidence(ctx, at, at + text.length);
          out.push({
            text,
            kind: classifyRequirement(ctx.folded.slice(at, at + text.length), introText),
            start: ev.start,
            end: ev.end,
          });
        }
        pos = end;
        while (pos < line.end && /\s/.test(ctx.text[pos])) pos++;
      }
    }
  }
  return out;
}
