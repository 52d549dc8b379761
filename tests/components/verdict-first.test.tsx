// @vitest-environment happy-dom
/** Verdict first (card and popup): what blocks the candidate, then the deadline, then the details. */
import { cleanup, render, screen } from '@testing-library/preact';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { NoticeCard } from '../../components/notice/NoticeCard';
import { HowToApply } from '../../components/notice/VerdictFirst';
import { PopupView } from '../../components/popup/PopupView';
import { parseProfile } from '../../lib/profile';
import { NOW, OPTIONS_URL, seedAnalysis, seedNotice, seedVerdict, withNotice } from './notice-fixtures';

afterEach(cleanup);

/** A Norwegian candidate: not a national of a member state, so "Not eligible" with Citizenship failing. */
function norwegian() {
  const raw = JSON.parse(
    readFileSync(join(import.meta.dirname, '../fixtures/profiles/non-eu-norwegian.json'), 'utf8'),
  );
  const parsed = parseProfile(raw);
  if (!parsed.ok) throw new Error('fixture profile invalid');
  return parsed.profile;
}

/** Positions in document order, to compare what comes first. */
const order = (root: Element, ...texts: string[]) => {
  const all = root.textContent ?? '';
  return texts.map((t) => all.indexOf(t));
};

describe('the card puts the verdict first', () => {
  it('names the failing hard rule with its reason before any detail, then the deadline, then Save', () => {
    const analysis = seedAnalysis();
    const { container } = render(
      <NoticeCard
        analysis={analysis}
        eligibility={seedVerdict(analysis, norwegian())}
        hasProfile
        nowMs={NOW.getTime()}
        userZone="Europe/Brussels"
        collapsed={false}
        onToggleCollapsed={vi.fn()}
        onDismiss={vi.fn()}
        onShowEvidence={vi.fn()}
        onSave={vi.fn()}
        optionsUrl={OPTIONS_URL}
      />,
    );
    const [verdict, rule, days, save, reference] = order(
      container,
      'Not eligible',
      'Citizenship',
      'days left',
      'Save to tracker',
      'EC/2026/TAXUD/453922',
    );
    expect(verdict).toBeGreaterThan(-1);
    expect(rule).toBeGreaterThan(verdict);
    expect(days).toBeGreaterThan(rule);
    expect(save).toBeGreaterThan(days);
    expect(reference).toBeGreaterThan(save);
    // The details and the full list are there, collapsed.
    const details = [...container.querySelectorAll('details.vl-section')];
    expect(details.map((d) => d.querySelector('summary')?.textContent)).toEqual([
      'Notice details',
      expect.stringMatching(/^All criteria \(\d+\)$/),
    ]);
    expect(details.every((d) => !d.hasAttribute('open'))).toBe(true);
  });

  it('lists no blocking rule when the candidate is eligible', () => {
    const analysis = seedAnalysis();
    const eligibility = seedVerdict(analysis);
    const { container } = render(
      <NoticeCard
        analysis={analysis}
        eligibility={{ ...eligibility, overall: 'eligible' }}
        hasProfile
        nowMs={NOW.getTime()}
        userZone="Europe/Brussels"
        collapsed={false}
        onToggleCollapsed={vi.fn()}
        onDismiss={vi.fn()}
        onShowEvidence={vi.fn()}
        optionsUrl={OPTIONS_URL}
      />,
    );
    expect(container.querySelector('.vl-first .vl-criteria')).toBeNull();
  });
});

describe('the popup puts the verdict first', () => {
  it('verdict, failing rule and deadline come before the actions and the details', () => {
    const analysis = seedAnalysis();
    const { container } = render(
      <PopupView
        state={{
          kind: 'notice',
          analysis,
          eligibility: seedVerdict(analysis, norwegian()),
          hasProfile: true,
        }}
        nowMs={NOW.getTime()}
        userZone="Europe/Brussels"
        optionsUrl={OPTIONS_URL}
        onSave={vi.fn()}
      />,
    );
    const [verdict, rule, days, save, reference] = order(
      container,
      'Not eligible',
      'Citizenship',
      'days left',
      'Save to tracker',
      'EC/2026/TAXUD/453922',
    );
    expect([verdict, rule, days, save, reference]).toEqual(
      [...[verdict, rule, days, save, reference]].sort((a, b) => a - b),
    );
    expect(verdict).toBeGreaterThan(-1);
  });
});

describe('how to apply', () => {
  it('links the address the notice names', () => {
    const analysis = seedAnalysis();
    render(<HowToApply notice={seedNotice(analysis)} />);
    const link = screen.getByRole('link');
    expect(link.getAttribute('href')).toBe(`mailto:${seedNotice(analysis).contactEmail}`);
  });

  it.each([
    'x@ec.europa.eu?subject=hi&body=evil',
    'javascript:alert(1)//@x.eu',
    'a b@ec.europa.eu',
    'no-address',
  ])('does not make a link of %s', (contactEmail) => {
    const { container } = render(
      <HowToApply notice={seedNotice(withNotice(seedAnalysis(), { contactEmail }))} />,
    );
    expect(container.querySelector('a')).toBeNull();
  });
});
