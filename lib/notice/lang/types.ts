/**
 * One table per official EU language: the words that carry a notice's fields.
 * Written as a person writes them (accents, capitals as in running text); the
 * index folds them (lower case, accents removed, see `foldSameLength`) and
 * builds the patterns. Month names are not here: they come from the CLDR data
 * of `Intl` (see `months.ts`).
 */
export type StaffKey =
  'contract_agent' | 'temporary_agent' | 'official' | 'seconded_national_expert' | 'trainee';

export interface LangTable {
  /** ISO 639-1, upper case. */
  code: string;
  /** BCP 47 locale for `Intl`. */
  locale: string;
  /** Labels that introduce the closing date ("Deadline", "Date limite", "Bewerbungsfrist"). */
  deadline: string[];
  /** Looser wordings placed before a date ("no later than", "au plus tard"). */
  deadlineWeak: string[];
  /**
   * A named period and the verb that closes it: "The registration period starts on … and ends on <date>".
   * The end is the deadline (read in period.ts).
   */
  period?: { names: string[]; ends: string[] };
  /** Words between day, month and year in a written date ("15 de marzo de 2026", "15 ta' Marzu"). */
  dateFillers?: string[];
  /** Phrases naming the document ("vacancy notice", "avis de vacance"). */
  noticeType: string[];
  /** Staff categories of the Staff Regulations / Conditions of Employment. */
  staff: Partial<Record<StaffKey, string[]>>;
  /** "function group" and its translations. */
  functionGroup: string[];
  /** "grade" wording ("grade", "grade range", "Besoldungsgruppe"). */
  grade: string[];
  /** The Commission notice headings: WE ARE / WE PROPOSE / WE LOOK FOR / ELIGIBILITY CRITERIA. */
  headings: { weAre: string[]; wePropose: string[]; weLookFor: string[]; eligibility: string[] };
  /** The label of the post's title ("Job title", "Intitulé du poste", "Stellenbezeichnung"). */
  jobTitle: string[];
  /** Labels of the head of a notice ("Selection reference", "Domain", "Where", "Job title", "Place of employment"). */
  layout: string[];
  /** The word for a CEFR "level". */
  cefr: string[];
  /** A few frequent words of running text, to tell which language a text is in. */
  common: string[];
}
