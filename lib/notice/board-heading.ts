/**
 * A job board's heading that puts the post before its employer: "Project Officer Airworthiness Job at
 * European Defence Agency – in Brussel" (group 1 the post, group 2 the employer and what follows it).
 * Read by detection over folded text and by the title reader over the original (case-insensitive).
 */
export const POST_AT_EMPLOYER =
  /^(\p{L}.{2,90}?)\s+(?:job|vacancy|position)\s+(?:at|with)\s+(?:the\s+)?(\S.{1,140})$/iu;
