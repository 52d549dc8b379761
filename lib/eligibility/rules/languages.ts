/**
 * Eligibility: languages. "any" means any official EU language; "FR|DE" a choice; one
 * language fills one requirement; a language's level is the lowest of understanding,
 * speaking and writing, as EPSO counts it.
 */
import type { CefrLevel, LanguageRequirement, NoticeFields } from '../../notice/schema';
import type { LanguageSkill } from '../../profile/schema';
import { criterion, FILL_IN_PROFILE } from '../criterion';
import { assignLanguages } from '../language-matching';
import { cefrRank, effectiveLevel } from '../levels';
import { isOfficialLanguage, languageName } from '../member-states';
import type { Criterion, RuleContext } from '../types';
import { listInWords, sentences } from '../wording';

/** Thorough knowledge of one EU language (C1) and satisfactory knowledge of another (B2). */
const LEGAL_MINIMUM: LanguageRequirement[] = [
  { language: 'any', level: 'C1' },
  { language: 'any', level: 'B2' },
];
const LEGAL_MINIMUM_REASON =
  "The notice doesn't state its language requirements, so the legal minimum applies: thorough knowledge of one EU language and satisfactory knowledge of another (Staff Regulations Art. 28(f); CEOS Art. 12(2)(e) and 82(3)(e)), read as C1 and B2.";
const CATEGORIES_WITH_LEGAL_MINIMUM = new Set(['official', 'temporary_agent', 'contract_agent']);

interface Slot {
  requirement: LanguageRequirement;
  description: string;
}

interface Candidate {
  skill: LanguageSkill;
  level: CefrLevel;
}

export function checkLanguages(ctx: RuleContext): Criterion {
  const requirements = requirementsFor(ctx.notice);
  const field = ctx.notice.languages.length > 0 ? 'languages' : null;
  if (!requirements) {
    return criterion(
      'languages',
      'eligibility',
      'unknown',
      "The notice doesn't state its language requirements, and there is no general legal minimum for this kind of post. Check the notice.",
      null,
    );
  }
  const slots = describeSlots(requirements);
  const intro = sentences(
    field ? '' : LEGAL_MINIMUM_REASON,
    `You need ${listInWords(slots.map((s) => s.description))}.`,
  );
  if (!ctx.profile)
    return criterion('languages', 'eligibility', 'unknown', sentences(intro, FILL_IN_PROFILE), field);
  if (ctx.profile.languages.length === 0) {
    return criterion(
      'languages',
      'eligibility',
      'unknown',
      sentences(
        intro,
        'Add your languages to your profile, with your understanding, speaking and writing levels.',
      ),
      field,
    );
  }
  return judge(slots, toCandidates(ctx.profile.languages), intro, field);
}

function requirementsFor(notice: NoticeFields): LanguageRequirement[] | null {
  if (notice.languages.length > 0) return notice.languages;
  return notice.staffCategory && CATEGORIES_WITH_LEGAL_MINIMUM.has(notice.staffCategory)
    ? LEGAL_MINIMUM
    : null;
}

/** Strongest first, so the main-language slot is offered the best language first. */
function toCandidates(skills: LanguageSkill[]): Candidate[] {
  return skills
    .map((skill) => ({ skill, level: effectiveLevel(skill) }))
    .sort(
      (a, b) => cefrRank(b.level) - cefrRank(a.level) || a.skill.language.localeCompare(b.skill.language),
    );
}

function judge(slots: Slot[], candidates: Candidate[], intro: string, field: 'languages' | null): Criterion {
  const assignment = assignLanguages(slots.length, candidates.length, (slot, language) =>
    canFill(slots[slot].requirement, candidates[language]),
  );
  const filled = slots.flatMap((slot, i) => {
    const language = assignment[i];
    return language === null ? [] : [`${describeCandidate(candidates[language])} for ${slot.description}`];
  });
  const lowered = describeLowered(candidates);
  const missing = slots.flatMap((slot, i) =>
    assignment[i] === null ? [explainUnfilled(slot, i, slots, candidates, assignment)] : [],
  );
  if (missing.length === 0) {
    return criterion(
      'languages',
      'eligibility',
      'met',
      sentences(intro, `Met: ${filled.join('; ')}.`, lowered),
      field,
    );
  }
  const sofar = filled.length > 0 ? `Covered: ${filled.join('; ')}.` : '';
  return criterion(
    'languages',
    'eligibility',
    'not_met',
    sentences(intro, ...missing, sofar, lowered),
    field,
  );
}

function accepts(requirement: LanguageRequirement, language: string): boolean {
  return requirement.language === 'any'
    ? isOfficialLanguage(language)
    : requirement.language.split('|').includes(language);
}

function canFill(requirement: LanguageRequirement, candidate: Candidate): boolean {
  return (
    accepts(requirement, candidate.skill.language) && cefrRank(candidate.level) >= cefrRank(requirement.level)
  );
}

/** "a main language …", "a second, different official EU language …", "English at C1 or better". */
function describeSlots(requirements: LanguageRequirement[]): Slot[] {
  const ordinals = ['second', 'third', 'fourth', 'fifth'];
  let anyCount = 0;
  return requirements.map((requirement) => {
    if (requirement.language !== 'any') {
      const names = requirement.language.split('|').map(languageName);
      return { requirement, description: `${listInWords(names, 'or')} at ${requirement.level} or better` };
    }
    const ordinal = anyCount === 0 ? null : (ordinals[anyCount - 1] ?? 'another');
    anyCount++;
    const description = ordinal
      ? `a ${ordinal}, different official EU language at ${requirement.level} or better`
      : `one official EU language at ${requirement.level} or better`;
    return { requirement, description };
  });
}

function describeCandidate(candidate: Candidate): string {
  return `${languageName(candidate.skill.language)} (${candidate.level})`;
}

/** Says why a requirement is left unfilled: no such language, too low a level, or already used. */
function explainUnfilled(
  slot: Slot,
  index: number,
  slots: Slot[],
  candidates: Candidate[],
  assignment: (number | null)[],
): string {
  const need = `For ${slot.description}:`;
  const speakers = candidates.filter((c) => accepts(slot.requirement, c.skill.language));
  if (speakers.length === 0) {
    return slot.requirement.language === 'any'
      ? `${need} none of your languages is an official EU language.`
      : `${need} your profile lists none of these languages.`;
  }
  const reasons: string[] = [];
  const qualified = speakers.filter((c) => canFill(slot.requirement, c));
  if (qualified.length > 0) {
    const used = qualified.map((c) => {
      const other = assignment.findIndex((lang, s) => s !== index && lang !== null && candidates[lang] === c);
      return `${describeCandidate(c)} already counts for ${slots[other]?.description ?? 'another requirement'}`;
    });
    reasons.push(`${listInWords(used)}, and one language can't fill two requirements`);
  }
  const tooLow = speakers.filter((c) => !canFill(slot.requirement, c));
  if (tooLow.length > 0) {
    const verb = tooLow.length === 1 ? 'is' : 'are';
    reasons.push(
      `${listInWords(tooLow.map((c) => `your ${describeCandidate(c)}`))} ${verb} below ${slot.requirement.level}`,
    );
  }
  return `${need} ${reasons.join('; ')}.`;
}

/** Explains every language whose count is pulled down by one weaker skill. */
function describeLowered(candidates: Candidate[]): string {
  const notes = candidates.flatMap(({ skill, level }) => {
    const weaker = (['understanding', 'speaking', 'writing'] as const).filter(
      (part) => skill[part] === level,
    );
    const hasStrongerSkill = [skill.understanding, skill.speaking, skill.writing].some(
      (part) => cefrRank(part) > cefrRank(level),
    );
    const verb = weaker.length > 1 ? 'are' : 'is';
    return hasStrongerSkill
      ? [
          `${languageName(skill.language)} counts as ${level} because your ${listInWords([...weaker])} ${verb} ${level}`,
        ]
      : [];
  });
  return notes.length > 0
    ? `${notes.join('; ')} (EPSO takes the lowest of understanding, speaking and writing).`
    : '';
}
