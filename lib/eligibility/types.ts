import type { NoticeFields } from '../notice/schema';
import type { Diploma, Profile } from '../profile/schema';

export type CriterionKind = 'eligibility' | 'selection';
export type CriterionStatus = 'met' | 'not_met' | 'attention' | 'unknown';
export type Overall = 'eligible' | 'not_eligible' | 'check' | 'closed';

export type CriterionId =
  | 'deadline'
  | 'citizenship'
  | 'education'
  | 'languages'
  | 'cast'
  | 'experience'
  | 'security_clearance'
  | 'vetting'
  | 'underrepresented';

export interface Criterion {
  id: CriterionId;
  kind: CriterionKind;
  status: CriterionStatus;
  /** Plain English, specific to this notice and this candidate. */
  message: string;
  /** The notice field the criterion rests on; the UI maps it to the extractor's evidence. */
  evidenceField: keyof NoticeFields | null;
}

export interface EligibilityResult {
  overall: Overall;
  criteria: Criterion[];
}

/** Everything a rule needs; built once by evaluateEligibility. */
export interface RuleContext {
  notice: NoticeFields;
  /** null until the candidate fills in a profile: every rule then says what it would check. */
  profile: Profile | null;
  now: Date;
  /**
   * The day (ISO date, inclusive) on which eligibility is judged: the closing date, or today
   * when the notice has none. Diplomas and experience after it do not count.
   */
  judgedOn: string;
}

/** A way to meet an education requirement: a diploma level, plus years of experience after it. */
export interface EducationPath {
  level: Diploma['level'];
  plusExperienceYears: number;
}

/** The diploma that gives access to the post, found by the education rule. */
export interface QualifyingDiploma {
  diploma: Diploma;
  path: EducationPath;
  /** Years used up by the education requirement itself ("secondary + 3 years"); not counted again. */
  consumedYears: number;
  /** A recognised doctorate completed after it, which counts as experience (up to 3 years). */
  doctorateAwarded: string | null;
}
