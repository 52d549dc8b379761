/** The readable summary the CLI prints for one notice. Pure: clock and zone passed in. */
import type { EligibilityResult } from '../lib/eligibility';
import type { Analysis, NoticeFields } from '../lib/notice';
import { BRUSSELS, countdown, formatInstant } from '../lib/time/format';

const CATEGORY: Record<string, string> = {
  contract_agent: 'Contract agent',
  temporary_agent: 'Temporary agent',
  official: 'Official',
  seconded_national_expert: 'Seconded national expert',
  trainee: 'Trainee',
  other: 'Other',
};
const EDUCATION: Record<string, string> = {
  compulsory: 'compulsory education',
  secondary: 'secondary diploma',
  post_secondary: 'post-secondary diploma',
  university_3y: 'university degree (≥ 3 years)',
  university_4y: 'university degree (≥ 4 years)',
  doctorate: 'doctorate',
};
const VERDICT: Record<string, string> = {
  eligible: 'ELIGIBLE',
  not_eligible: 'NOT ELIGIBLE',
  check: 'CHECK',
  closed: 'CLOSED',
};
const STATUS: Record<string, string> = { met: '✓', not_met: '✗', attention: '!', unknown: '?' };

function post(n: NoticeFields): string {
  const parts = [n.staffCategory ? CATEGORY[n.staffCategory] : null];
  if (n.contractArticles.length) parts.push(`Art. ${n.contractArticles.join(', ')}`);
  if (n.functionGroup) parts.push(n.functionGroup);
  if (n.grades.length) parts.push(n.grades.join(' '));
  return parts.filter(Boolean).join(' · ') || '—';
}

function education(n: NoticeFields): string {
  if (!n.education) return '—';
  const main = EDUCATION[n.education.level];
  const alt = n.education.alternative;
  return alt ? `${main}, or ${EDUCATION[alt.level]} + ${alt.plusExperienceYears} years' experience` : main;
}

export interface SummaryOptions {
  nowMs: number;
  localZone: string;
}

export function formatSummary(
  file: string,
  analysis: Analysis,
  eligibility: EligibilityResult | null,
  opts: SummaryOptions,
): string {
  const lines: string[] = [`━━ ${file}`];
  const n = analysis.notice;
  if (!n) {
    lines.push('  Not a vacancy notice:', ...analysis.detection.signals.map((s) => `    - ${s}`));
    return lines.join('\n');
  }
  const row = (label: string, value: string) => lines.push(`  ${label.padEnd(12)} ${value}`);
  row('Title', n.title ?? '—');
  row('Reference', n.reference ?? '—');
  row('Employer', [n.institution, n.department].filter(Boolean).join(', ') || '—');
  row('Place', [n.location, n.unit].filter(Boolean).join(' — ') || '—');
  row('Post', post(n));
  if (n.deadline) {
    const ms = Date.parse(n.deadline);
    const left = countdown(ms, opts.nowMs);
    row('Deadline', `${formatInstant(ms, BRUSSELS)} Brussels`);
    if (opts.localZone !== BRUSSELS)
      row('', `${formatInstant(ms, opts.localZone)} your time (${opts.localZone})`);
    row('', left.text);
    const note = analysis.evidence.deadline?.note;
    if (note) row('', `note: ${note}`);
  } else row('Deadline', `unknown (${analysis.missing.deadline ?? 'not found'})`);
  row('Education', education(n));
  row(
    'Experience',
    n.experienceYears === null
      ? '—'
      : `${n.experienceYears} years (${n.experienceRequired ? 'required' : 'an asset'})`,
  );
  row(
    'Languages',
    n.languages
      .map(
        (l) => `${l.language === 'any' ? 'any EU language' : l.language.replace(/\|/g, ' or ')} ${l.level}`,
      )
      .join('; ') || '—',
  );
  row('CAST', n.castRequired ? 'EPSO CAST registration required' : 'not required');
  if (n.securityClearance) row('Clearance', n.securityClearance);
  if (n.firstContractYears !== null)
    row('Contract', `first contract ${n.firstContractYears} year${n.firstContractYears === 1 ? '' : 's'}`);
  if (n.contactEmail) row('Apply to', n.contactEmail);
  if (eligibility) {
    lines.push(`  Verdict      ${VERDICT[eligibility.overall]}`);
    for (const kind of ['eligibility', 'selection'] as const) {
      const items = eligibility.criteria.filter((c) => c.kind === kind);
      if (!items.length) continue;
      lines.push(`    ${kind === 'eligibility' ? 'Eligibility (hard rules)' : 'Selection criteria'}:`);
      for (const c of items) lines.push(`      ${STATUS[c.status]} ${c.message}`);
    }
  }
  return lines.join('\n');
}
