/** A real analysis and verdict for the card and popup tests: seed 000 read by the real reader. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import axe from 'axe-core';
import { evaluateEligibility } from '../../lib/eligibility';
import { analyseNotice, type Analysis, type NoticeFields } from '../../lib/notice';
import { parseProfile, type Profile } from '../../lib/profile';

const SEEDS = join(import.meta.dirname, '..', '..', 'seeds');

export const NOW = new Date('2026-03-01T10:00:00Z');
export const OPTIONS_URL = 'chrome-extension://abc/options.html';

export function seedAnalysis(): Analysis {
  return analyseNotice(readFileSync(join(SEEDS, '000_0f9ac1ed0ce481ba.txt'), 'utf8'));
}

export function seedNotice(analysis: Analysis): NoticeFields {
  if (!analysis.notice) throw new Error('seed 000 is no longer read as a notice');
  return analysis.notice;
}

export function exampleProfile(): Profile {
  const parsed = parseProfile(JSON.parse(readFileSync(join(SEEDS, 'profile.example.json'), 'utf8')));
  if (!parsed.ok) throw new Error(`seeds/profile.example.json is invalid: ${JSON.stringify(parsed.errors)}`);
  return parsed.profile;
}

export function seedVerdict(analysis: Analysis, profile: Profile | null = exampleProfile(), now = NOW) {
  return evaluateEligibility(seedNotice(analysis), profile, now);
}

/** The analysis with some notice fields replaced (the evidence is kept). */
export function withNotice(analysis: Analysis, changes: Partial<NoticeFields>): Analysis {
  return { ...analysis, notice: { ...seedNotice(analysis), ...changes } };
}

/** axe-core's violations, as "rule: target" lines so a failure says what to fix. */
export async function axeViolations(container: Element): Promise<string[]> {
  // happy-dom has no layout, so contrast cannot be computed; card.css is checked by hand.
  const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
  return results.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')} (${v.help})`));
}
