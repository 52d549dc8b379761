/**
 * A job page's box of other vacancies: "Related vacancies", "Outras vagas", "Weitere Stellenangebote" as a
 * heading on its own line, then a list of other posts, each with its grade and closing date. Their dates and
 * grades are the other posts', not the page's own: detection must not count them as several deadlines of a
 * listing, nor the grade reader as this post's grades.
 */
import { phraseRegex } from './lang';

/** The box's heading in the official languages (folded, whole words). */
const RELATED_HEADING = phraseRegex([
  'related vacancies',
  'other vacancies',
  'similar vacancies',
  'more vacancies',
  'other job opportunities',
  'related jobs',
  'similar jobs',
  'other jobs',
  'you may also be interested in',
  'autres offres',
  "autres offres d'emploi",
  'autres postes vacants',
  'offres similaires',
  'weitere stellenangebote',
  'ähnliche stellenangebote',
  'weitere stellen',
  'andere vacatures',
  'vergelijkbare vacatures',
  'altre offerte',
  'altri posti vacanti',
  'offerte simili',
  'otras vacantes',
  'ofertas similares',
  'outras vagas',
  'vagas semelhantes',
  'inne oferty',
  'podobne oferty',
  'další volná místa',
  'podobné nabídky',
]);

/** A line of the box at most (a post's link, its grade, its closing date). */
const BOX_LINE_CHARS = 250;
/** The box's lines at most. */
const BOX_LINES = 30;
/** Boxes looked for at most. */
const MAX_BOXES = 4;

/**
 * The boxes of other vacancies in a folded text: each from its heading's line to its last line (the lines
 * right under the heading, short ones, up to a second blank line in a row). A heading in a sentence ("see our
 * other vacancies on the site") is not one: the heading must be alone on its line (with markup, a colon or a
 * count in brackets).
 */
export function relatedBoxes(folded: string): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  RELATED_HEADING.lastIndex = 0;
  for (let m = RELATED_HEADING.exec(folded); m && out.length < MAX_BOXES; m = RELATED_HEADING.exec(folded)) {
    const lineStart = folded.lastIndexOf('\n', m.index - 1) + 1;
    const nl = folded.indexOf('\n', m.index);
    const lineEnd = nl < 0 ? folded.length : nl;
    const rest = folded.slice(lineStart, m.index) + folded.slice(m.index + m[0].length, lineEnd);
    if (/[\p{L}\p{N}]/u.test(rest.replace(/\(\d{1,3}\)/, ''))) continue;
    let end = lineEnd;
    let blank = 0;
    for (let n = 0, at = lineEnd + 1; n < BOX_LINES && at < folded.length; n++) {
      const next = folded.indexOf('\n', at);
      const e = next < 0 ? folded.length : next;
      if (folded.slice(at, e).trim() === '') {
        if (++blank > 1) break;
      } else {
        if (e - at > BOX_LINE_CHARS) break;
        blank = 0;
        end = e;
      }
      at = e + 1;
    }
    out.push({ start: lineStart, end });
    RELATED_HEADING.lastIndex = end;
  }
  return out;
}
