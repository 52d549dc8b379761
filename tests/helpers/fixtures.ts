/** Golden cases on disk: every notice file with an `.expected.json` beside it. */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export const ROOT = join(import.meta.dirname, '..', '..');
export const SEEDS_DIR = join(ROOT, 'seeds');
export const NOTICES_DIR = join(ROOT, 'tests', 'fixtures', 'notices');
export const NON_NOTICES_DIR = join(ROOT, 'tests', 'fixtures', 'non-notices');

export interface GoldenCase {
  name: string;
  path: string;
  text: string;
  expected: Record<string, unknown>;
}

const NOTICE_FILE = /\.(txt|md|html)$/;

export function goldenCases(dir: string): GoldenCase[] {
  return readdirSync(dir)
    .filter((f) => NOTICE_FILE.test(f))
    .map((f) => ({ f, exp: join(dir, f.replace(NOTICE_FILE, '.expected.json')) }))
    .filter(({ exp }) => existsSync(exp))
    .map(({ f, exp }) => ({
      name: f,
      path: join(dir, f),
      text: readFileSync(join(dir, f), 'utf8'),
      expected: JSON.parse(readFileSync(exp, 'utf8')) as Record<string, unknown>,
    }));
}

export function plainFiles(dir: string): Array<{ name: string; text: string }> {
  return readdirSync(dir)
    .filter((f) => NOTICE_FILE.test(f))
    .map((f) => ({ name: f, text: readFileSync(join(dir, f), 'utf8') }));
}
/** Session 13's blind fixtures that the reader does not yet read right in every field (scored as a set). */
export const BLIND_F35_DIR = join(ROOT, 'tests', 'fixtures', 'blind-f35');
/** Session 14's blind fixtures: ten whole notices in English, French, German and Spanish (scored as a set). */
export const BLIND_F36_DIR = join(ROOT, 'tests', 'fixtures', 'blind-f36');
/** Session 14's second set: ten whole notices in IT, PT, PL, NL, RO, EN, EL and CS (scored as a set). */
export const BLIND_F37_DIR = join(ROOT, 'tests', 'fixtures', 'blind-f37');
/** Session 14's third set: hard deadlines in English, requirements easy to misread in FR/DE/ES. */
export const BLIND_F38_DIR = join(ROOT, 'tests', 'fixtures', 'blind-f38');
/** Session 14's fourth set: whole notices in SK, SL, HR, LV, LT, ET, MT, DA, FI and BG. */
export const BLIND_F39_DIR = join(ROOT, 'tests', 'fixtures', 'blind-f39');
/** Session 17's set: ten notices in LT, FI, CS, HU, EL and web pages in PT, FR, NL, EN (scored as a set). */
export const BLIND_F40_DIR = join(ROOT, 'tests', 'fixtures', 'blind-f40');
/** Session 17's second set: BG, RO, SL, HR, SV and IT, ES, DE, DA, EN notices with harder traps (scored as a set). */
export const BLIND_F41_DIR = join(ROOT, 'tests', 'fixtures', 'blind-f41');
/** Session 18's set: ET, LV, SK, PL, EL and FR, DE, EN, NL, PT notices (web pages, Markdown, an OJ layout). */
export const BLIND_F42_DIR = join(ROOT, 'tests', 'fixtures', 'blind-f42');
