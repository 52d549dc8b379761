/**
 * Values printed by job sites, read with the notice reader's own vocabularies so that a
 * page and its notice are described the same way: places through `lookupPlace`, staff
 * categories and grades through the notice extractors (run over a one-line "Label: value").
 */
import { buildContext } from '../notice/context';
import { extractGrades, extractStaffCategory } from '../notice/fields/category';
import { COUNTRY_NAMES, fold, lookupPlace } from '../notice/lexicon';
import { normaliseNotice } from '../notice/normalise';
import type { FunctionGroup, StaffCategory } from '../notice/schema';

function contextOf(line: string) {
  return buildContext(normaliseNotice(`${line}\n`, 'text'));
}

export interface PlaceReading {
  /** The city in English when exactly one known place is named; null otherwise. */
  city: string | null;
  reason: string | null;
}

/**
 * "Lisbon (Portugal)", "Athens, Greece", "Brussels (Belgium)\nLuxembourg (Luxembourg)".
 * Country names beside a city are ignored; several places, or one we do not know, give null.
 */
export function readPlace(values: string[]): PlaceReading {
  const cities = new Set<string>();
  const unknown: string[] = [];
  for (const value of values) {
    const pieces = value
      .replace(/\([^)]*\)/g, ' ')
      .split(/\n|;|,|\/|\||\s+(?:or|and|&)\s+/i)
      .map((p) => p.replace(/\s+/g, ' ').trim())
      .filter(Boolean);
    for (const piece of pieces) {
      const place = lookupPlace(piece);
      if (place) cities.add(place.city);
      else if (!(fold(piece) in COUNTRY_NAMES)) unknown.push(piece);
    }
  }
  if (cities.size > 1) return { city: null, reason: `several places: ${[...cities].join(', ')}` };
  if (unknown.length)
    return { city: null, reason: `place not recognised: ${unknown.map((u) => `"${u}"`).join(', ')}` };
  if (cities.size === 0) return { city: null, reason: 'no place named' };
  return { city: [...cities][0], reason: null };
}

/** "Permanent staff" is the site's name for officials; the rest is the notice reader's vocabulary. */
export function readStaffCategory(contractType: string): StaffCategory | null {
  if (/^\s*permanent\b/i.test(contractType)) return 'official';
  return extractStaffCategory(contextOf(`Type of contract: ${contractType}`)).value;
}

export interface GradeReading {
  functionGroup: FunctionGroup | null;
  grades: string[];
}

/** "AD 7", "AST 3", "FG III", "AD 5 - AD 7", "AST/SC 2" as the notice reader writes them. */
export function readGrade(grade: string, category: StaffCategory | null): GradeReading {
  if (!grade.trim()) return { functionGroup: null, grades: [] };
  const info = extractGrades(contextOf(`Grade: ${grade.replace(/\s+/g, ' ').trim()}`), category);
  return { functionGroup: info.functionGroup.value, grades: info.grades.value };
}

export function isContractAgentGroup(group: FunctionGroup | null): boolean {
  return group === 'FGI' || group === 'FGII' || group === 'FGIII' || group === 'FGIV';
}
