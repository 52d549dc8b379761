/**
 * A job board's heading that puts the post before its employer: "Project Officer Airworthiness Job at
 * European Defence Agency – in Brussel" (group 1 the post, group 2 the employer and what follows it).
 * Read by detection over folded text and by the title reader over the original (case-insensitive).
 */
export const POST_AT_EMPLOYER =
  /^(\p{L}.{2,90}?)\s+(?:job|vacancy|position)\s+(?:at|with)\s+(?:the\s+)?(\S.{1,140})$/iu;

/**
 * Any of the EU's joint undertakings by its name, known to the tables or not: "Global Health EDCTP3 Joint
 * Undertaking", "Bio-Based Industries Joint Undertaking (BBI JU)". Read over folded text and the original.
 */
export const JOINT_UNDERTAKING_NAME =
  /^(?:the )?[\p{L}\d' -]{2,60} joint undertaking(?:\s*\([\p{L} ]{2,12}\))?$/iu;

/** An employer's line in its parts: "- EBA - European Banking Authority" → ["EBA", "European Banking Authority"]. */
export function employerLineParts(line: string): string[] {
  return line
    .replace(/^\s*[-–•*]\s+/, '')
    .split(/\s+[–—-]\s+/)
    .map((part) => part.trim());
}

/** What a post's name ends or turns on, in English (folded): "Project Officer", "Associate Analyst". */
export const POST_WORD =
  /(?<![\p{L}])(?:officers?|assistants?|managers?|experts?|analysts?|advis[eo]rs?|head|director|engineers?|specialists?|economists?|lawyers?|translators?|interpreters?|coordinators?|administrators?|secretar(?:y|ies)|accountants?|auditors?|scientists?|developers?|architects?|consultants?|researchers?|leaders?|lead)(?![\p{L}])/u;

/**
 * A flattened table's row of reference, post, grade and how many go on the reserve list: "ECHA/TA/2021/002
 * Director of Information Systems AD 12 3" (group 1 the post). Read by the title and the grade readers.
 */
export const REFERENCE_ROW =
  /^[A-Z][A-Za-z-]{1,10}(?:\/[\w.-]+){2,6}\s+(\p{Lu}[^\n]{3,100}?)\s+(?:AD|AST|SC|AST\/SC)\s?\d{1,2}(?:\s+\d{1,3})?$/u;
