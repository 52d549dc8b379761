/** The toolbar badge: days left on a tab with an open notice, coloured by verdict. */
import { browser } from 'wxt/browser';
import type { Evaluation, TabNotice } from '../../lib/messages';
import { countdown } from '../../lib/time/format';

const COLOURS: Record<string, string> = {
  eligible: '#1e7d32',
  not_eligible: '#b3261e',
  check: '#a05a00',
  closed: '#5f6368',
  'no-profile': '#1a56b8',
};

export function badgeFor(
  notice: TabNotice,
  evaluation: Evaluation,
  nowMs: number,
): { text: string; colour: string; title: string } {
  const deadline = notice.analysis.notice?.deadline;
  const verdict = evaluation.eligibility?.overall ?? 'no-profile';
  const colour = COLOURS[evaluation.hasProfile ? verdict : 'no-profile'];
  const title = notice.analysis.notice?.title ?? 'Vacancy notice';
  if (!deadline) return { text: '?', colour, title: `${title}: deadline not found` };
  const left = countdown(Date.parse(deadline), nowMs);
  if (left.closed) return { text: '✕', colour: COLOURS.closed, title: `${title}: ${left.text}` };
  const text = left.days >= 1 ? `${left.days}d` : `${Math.max(1, left.hours)}h`;
  return { text, colour, title: `${title}: ${left.text}` };
}

export async function showBadge(tabId: number, notice: TabNotice, evaluation: Evaluation): Promise<void> {
  const b = badgeFor(notice, evaluation, Date.now());
  await Promise.all([
    browser.action.setBadgeText({ tabId, text: b.text }),
    browser.action.setBadgeBackgroundColor({ tabId, color: b.colour }),
    browser.action.setTitle({ tabId, title: `Vacancy Lens — ${b.title}` }),
  ]);
}

export async function clearBadge(tabId: number): Promise<void> {
  await Promise.all([
    browser.action.setBadgeText({ tabId, text: '' }),
    browser.action.setTitle({ tabId, title: 'Vacancy Lens' }),
  ]);
}
