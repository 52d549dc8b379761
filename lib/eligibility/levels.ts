/** Orderings and wordings of the levels the rules compare. */
import { CEFR_LEVELS, EDUCATION_LEVELS, type CefrLevel, type EducationLevel } from '../notice/schema';
import type { Diploma, LanguageSkill } from '../profile/schema';
import { CAST_FUNCTION_GROUPS, CLEARANCE_LEVELS, type ClearanceLevel } from '../profile/schema';

/** Higher covers lower: a university degree is also a post-secondary diploma. */
export function educationRank(level: EducationLevel): number {
  return EDUCATION_LEVELS.indexOf(level);
}

export function cefrRank(level: CefrLevel): number {
  return CEFR_LEVELS.indexOf(level);
}

/** Contract-agent function groups FGI…FGIV as 1…4; 0 for anything else (AD, AST…). */
export function castGroupRank(group: string | null): number {
  return CAST_FUNCTION_GROUPS.indexOf(group as (typeof CAST_FUNCTION_GROUPS)[number]) + 1;
}

export function clearanceRank(level: ClearanceLevel): number {
  return CLEARANCE_LEVELS.indexOf(level) + 1;
}

/** EPSO takes the lowest of the self-assessed understanding, speaking and writing levels. */
export function effectiveLevel(skill: LanguageSkill): CefrLevel {
  const levels = [skill.understanding, skill.speaking, skill.writing];
  return levels.reduce((lowest, level) => (cefrRank(level) < cefrRank(lowest) ? level : lowest));
}

/** What a requirement asks for, after "You need …". */
export const REQUIRED_EDUCATION_WORDING: Record<EducationLevel, string> = {
  compulsory: 'completed compulsory education',
  secondary: 'a secondary diploma giving access to post-secondary education',
  post_secondary: 'a post-secondary diploma',
  university_3y: 'a university degree of at least 3 years',
  university_4y: 'a university degree of at least 4 years',
  doctorate: 'a doctorate',
};

/** What a candidate holds, as in "your highest recognised diploma is secondary (2015)". */
export const HELD_EDUCATION_WORDING: Record<EducationLevel, string> = {
  compulsory: 'compulsory education',
  secondary: 'secondary',
  post_secondary: 'post-secondary',
  university_3y: 'a 3-year university degree',
  university_4y: 'a university degree of 4 years or more',
  doctorate: 'a doctorate',
};

/** "secondary diploma (2015)", "3-year university degree (2018)", "doctorate (2022)". */
export function describeDiploma(diploma: Diploma): string {
  const held = HELD_EDUCATION_WORDING[diploma.level].replace(/^an? /, '');
  const noun = /degree|doctorate|education/.test(held) ? held : `${held} diploma`;
  return `${noun} (${diploma.awarded.slice(0, 4)})`;
}

/** "FG IV" for "FGIV". */
export function formatFunctionGroup(group: string): string {
  return group.replace(/^FG/, 'FG ');
}
