/** The readable summary the CLI prints for one notice. Pure: clock and zone passed in. */
import type { EligibilityResult } from '../lib/eligibility';
import type { Analysis, NoticeFields } from '../lib/notice';
import {
  describeEducation,
  describeLanguages,
  formatContractArticles,
  STAFF_CATEGORY_LABELS,
  STATUS_SYMBOLS,
  VERDICT_LABELS,
} from '../lib/notice/labels';
import { BRUSSELS, countdown, formatInstant } from '../lib/time/format';

function post(n: NoticeFields): string {
  const parts = [
    n.staffCategory ? STAFF_CATEGORY_LABELS[n.staffCategory] : null,
    formatContractArticles(n.contractArticles),
    n.functionGroup,
    n.grades.join(' '),
  ];
  return parts.filter(Boolean).join(' · ') || '—';
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
  // Read with --force although detection said no: say so, with its reasons.
  if (!analysis.detection.isNotice) {
    row('Detection', 'not a vacancy notice, read anyway (--force):');
    for (const s of analysis.detection.signals) row('', `- ${s}`);
  }
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
  row('Education', n.education ? describeEducation(n.education) : '—');
  row(
    'Experience',
    n.experienceYears === null
      ? '—'
      : `${n.experienceYears} years (${n.experienceRequired ? 'required' : 'an asset'})`,
  );
  row('Languages', describeLanguages(n.languages) || '—');
  row('CAST', n.castRequired ? 'EPSO CAST registration required' : 'not required');
  if (n.securityClearance) row('Clearance', n.securityClearance);
  if (n.firstContractYears !== null)
    row('Contract', `first contract ${n.firstContractYears} year${n.firstContractYears === 1 ? '' : 's'}`);
  if (n.contactEmail) row('Apply to', n.contactEmail);
  if (eligibility) {
    lines.push(`  Verdict      ${VERDICT_LABELS[eligibility.overall].toUpperCase()}`);
    for (const kind of ['eligibility', 'selection'] as const) {
      const items = eligibility.criteria.filter((c) => c.kind === kind);
      if (!items.length) continue;
      lines.push(`    ${kind === 'eligibility' ? 'Eligibility (hard rules)' : 'Selection criteria'}:`);
      for (const c of items) lines.push(`      ${STATUS_SYMBOLS[c.status]} ${c.message}`);
    }
  }
  return lines.join('\n');
}
