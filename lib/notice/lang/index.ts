/**
 * The words of the 24 official languages, as data (one table per language in
 * this folder), and the patterns built from them for detection and the
 * deadline reader. Patterns are alternations of literal phrases: linear on
 * any input.
 */
import { foldSameLength } from '../lexicon';
import { phraseRegExp } from '../phrase-regexp';
import { LANGUAGES } from './tables';
import type { LangTable, StaffKey } from './types';

export { LANGUAGES } from './tables';
export { ALL_MONTHS_PATTERN, MONTH_READINGS, monthOf } from './months';
export type { LangTable, StaffKey } from './types';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A phrase as a pattern over folded text: spaces match any run of spaces, both apostrophes match. */
function foldedPhrase(p: string): string {
  return escape(foldSameLength(p.trim()))
    .replace(/\s+/g, '\\s+')
    .replace(/['’]/g, "['’]")
    .replace(/-/g, '[-\\s]?');
}

/** Alternation of phrases, longest first, for folded text. */
export function phrasePattern(phrases: Iterable<string>): string {
  const uniq = [...new Set([...phrases].map((p) => foldSameLength(p.trim())).filter(Boolean))];
  return uniq
    .sort((a, b) => b.length - a.length)
    .map(foldedPhrase)
    .join('|');
}

/**
 * A regex over folded text that matches the phrases as words: not inside a
 * longer word on the left, nor (for whole-word lists) on the right.
 */
export function phraseRegex(phrases: Iterable<string>, flags = 'gu', wholeWord = true): RegExp {
  const tail = wholeWord ? '(?![\\p{L}\\p{N}])' : '';
  // The same regex, matched phrase by phrase from the text's word starts (see phrase-regexp.ts).
  return phraseRegExp(phrasePattern(phrases), tail, flags);
}

const all = <T>(pick: (t: LangTable) => T[]): T[] => LANGUAGES.flatMap(pick);

export const DEADLINE_LABELS = all((t) => t.deadline);
export const DEADLINE_WEAK = all((t) => t.deadlineWeak);
export const PERIOD_NAMES = all((t) => t.period?.names ?? []);
export const PERIOD_ENDS = all((t) => t.period?.ends ?? []);
export const DATE_FILLERS = [...new Set(all((t) => t.dateFillers ?? []))];
export const NOTICE_TYPES = all((t) => t.noticeType);
export const STAFF_WORDS: Record<StaffKey, string[]> = {
  contract_agent: all((t) => t.staff.contract_agent ?? []),
  temporary_agent: all((t) => t.staff.temporary_agent ?? []),
  official: all((t) => t.staff.official ?? []),
  seconded_national_expert: all((t) => t.staff.seconded_national_expert ?? []),
  trainee: all((t) => t.staff.trainee ?? []),
};
export const FUNCTION_GROUP_WORDS = all((t) => t.functionGroup);
export const GRADE_WORDS = all((t) => t.grade);
export const HEADINGS = {
  weAre: all((t) => t.headings.weAre),
  wePropose: all((t) => t.headings.wePropose),
  weLookFor: all((t) => t.headings.weLookFor),
  eligibility: all((t) => t.headings.eligibility),
};
export const LAYOUT_LABELS = all((t) => t.layout);
export const JOB_TITLE_LABELS = all((t) => t.jobTitle);
export const CEFR_WORDS = all((t) => t.cefr);

/**
 * The gate's pattern over raw (unfolded) text with the `i` flag: every
 * deadline label of every language, an accented letter also matching its
 * plain form. No `u` flag needed; linear.
 */
export function rawPhrasePattern(phrases: Iterable<string>): string {
  const out = new Set<string>();
  for (const p of phrases) {
    let pat = '';
    for (const ch of p.toLowerCase().trim()) {
      if (/\s|-/.test(ch)) pat += '[\\s-]+';
      else if (ch === "'" || ch === '’') pat += "['’]";
      else if (/[.*+?^${}()|[\]\\]/.test(ch)) pat += `\\${ch}`;
      else {
        const base = foldSameLength(ch);
        // Greek and Cyrillic too: a capital is written without its accent ("ΠΡΟΘΕΣΜΙΑ" for "προθεσμία").
        pat += base !== ch && /^\p{L}$/u.test(base) ? `[${ch}${base}]` : ch;
      }
    }
    out.add(pat.replace(/(?:\[\\s-\]\+)+/g, '[\\s-]+'));
  }
  return [...out].sort((a, b) => b.length - a.length).join('|');
}

const COMMON: Array<[string, RegExp]> = LANGUAGES.map((t) => [
  t.code,
  new RegExp(`(?<![\\p{L}\\p{N}])(?:${phrasePattern(t.common)})(?![\\p{L}\\p{N}])`, 'gu'),
]);

/**
 * The main language of a folded text, from its frequent words, looked at in
 * the first 20 000 characters; null when no language stands out.
 */
export function guessLanguage(folded: string): string | null {
  const sample = folded.slice(0, 20_000);
  let best: string | null = null;
  let bestCount = 0;
  let second = 0;
  for (const [code, re] of COMMON) {
    re.lastIndex = 0;
    let n = 0;
    while (re.exec(sample) && n < 2000) n++;
    if (n > bestCount) {
      second = bestCount;
      bestCount = n;
      best = code;
    } else if (n > second) second = n;
  }
  return bestCount >= 5 && bestCount >= second * 1.3 ? best : null;
}
