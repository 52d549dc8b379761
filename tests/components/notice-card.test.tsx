// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { NoticeCard, type NoticeCardProps } from '../../components/notice/NoticeCard';
import { formatGrades } from '../../lib/notice/labels';
import {
  axeViolations,
  NOW,
  OPTIONS_URL,
  seedAnalysis,
  seedNotice,
  seedVerdict,
  withNotice,
} from './notice-fixtures';

afterEach(cleanup);

const DEADLINE_BUTTON =
  /^Thu, 4 Jun 2026, 12:00 CEST \(UTC\+02:00\) — Show where 'Deadline' comes from in the page$/;

function renderCard(overrides: Partial<NoticeCardProps> = {}) {
  const analysis = overrides.analysis ?? seedAnalysis();
  const handlers = {
    onToggleCollapsed: vi.fn(),
    onDismiss: vi.fn(),
    onShowEvidence: vi.fn(),
  };
  const props: NoticeCardProps = {
    analysis,
    eligibility: seedVerdict(analysis),
    hasProfile: true,
    nowMs: NOW.getTime(),
    userZone: 'America/New_York',
    collapsed: false,
    optionsUrl: OPTIONS_URL,
    ...handlers,
    ...overrides,
  };
  const view = render(<NoticeCard {...props} />);
  return { ...view, ...handlers, props, card: screen.getByRole('complementary', { name: 'Vacancy Lens' }) };
}

/** The card with its collapsed state held the way the overlay holds it. */
function StatefulCard(props: Omit<NoticeCardProps, 'collapsed' | 'onToggleCollapsed'>) {
  const [collapsed, setCollapsed] = useState(false);
  return <NoticeCard {...props} collapsed={collapsed} onToggleCollapsed={() => setCollapsed((c) => !c)} />;
}

/** The text a sighted user reads: without the screen-reader-only parts of the buttons' names. */
function visibleLines(root: HTMLElement, selector: string): string[] {
  return [...root.querySelectorAll(selector)].map((element) => {
    const copy = element.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('.vl-sr').forEach((sr) => sr.remove());
    return (copy.textContent ?? '').trim();
  });
}

function section(name: string): HTMLElement {
  const heading = screen.getByRole('heading', { level: 3, name });
  const found = heading.closest('section');
  if (!found) throw new Error(`no section for ${name}`);
  return found;
}

describe('NoticeCard with the seed notice and the example profile', () => {
  it('shows the title, reference, employer, place and post', () => {
    const { card } = renderCard();
    expect(screen.getByRole('heading', { level: 2 }).textContent).toContain(
      'IT service assistant - Carbon Border Adjustment Mechanism (CBAM) Central Payment Platform (CCP) Operations Assistant',
    );
    expect(screen.getByText('EC/2026/TAXUD/453922')).toBeTruthy();
    expect(screen.getByText('European Commission')).toBeTruthy();
    expect(screen.getByText('DG TAXUD')).toBeTruthy();
    expect(screen.getByText('Brussels')).toBeTruthy();
    const post = within(card).getByText('Post').nextElementSibling as HTMLElement;
    expect(post.textContent).toMatch(/^Contract agent.*· Art\. 3b.*· FG III/);
    // Seed 000 names a function group but no grades: said, with the reader's reason.
    expect(post.textContent).toContain('Grades: not stated (no grade named)');
  });

  it('shows the deadline in Brussels time, in the user zone, and the time left', () => {
    const { card } = renderCard();
    expect(screen.getByRole('button', { name: DEADLINE_BUTTON })).toBeTruthy();
    expect(visibleLines(card, '.vl-deadline__line')).toEqual([
      'Thu, 4 Jun 2026, 12:00 CEST (UTC+02:00) Brussels time',
      'Thu, 4 Jun 2026, 06:00 (UTC-04:00) your time (America/New_York)',
    ]);
    expect(screen.getByText('95 days left')).toBeTruthy();
  });

  it('shows no second time when the user is in Brussels', () => {
    const { card } = renderCard({ userZone: 'Europe/Brussels' });
    expect(card.textContent).not.toContain('your time');
    expect(screen.getByText('95 days left')).toBeTruthy();
  });

  it('shows the verdict and the criteria in two groups, each with a text status', () => {
    renderCard();
    expect(screen.getByText('Eligible').closest('.vl-verdict')).toBeTruthy();
    const hard = section("Eligibility (the notice's hard rules)");
    const selection = section('Selection criteria');
    const hardItems = within(hard).getAllByRole('listitem');
    expect(hardItems.map((li) => li.querySelector('.vl-criterion__name')?.textContent)).toEqual([
      'Deadline',
      'Citizenship',
      'Education',
      'Languages',
      'EPSO CAST',
    ]);
    for (const li of hardItems) expect(li.querySelector('.vl-status')?.textContent).toBe('Met');
    expect(within(hard).getByText('You are a national of Portugal, an EU member state.')).toBeTruthy();
    const [experience] = within(selection).getAllByRole('listitem');
    expect(experience.textContent).toContain('Professional experience: Met');
    expect(experience.textContent).toContain(
      'The notice requires at least 5 years of professional experience.',
    );
  });

  it('calls onShowEvidence with the field when a value with evidence is activated', () => {
    const { onShowEvidence } = renderCard();
    fireEvent.click(screen.getByRole('button', { name: DEADLINE_BUTTON }));
    expect(onShowEvidence).toHaveBeenCalledWith('deadline');
    fireEvent.click(
      screen.getByRole('button', { name: /^EC\/2026\/TAXUD\/453922 — Show where 'Reference'/ }),
    );
    expect(onShowEvidence).toHaveBeenLastCalledWith('reference');
    // A criterion links to the field it rests on.
    fireEvent.click(screen.getByRole('button', { name: "Show where 'Education' comes from in the page" }));
    expect(onShowEvidence).toHaveBeenLastCalledWith('education');
  });

  it('says "in the PDF" beside a PDF', () => {
    renderCard({ source: { kind: 'pdf' } });
    expect(
      screen.getByRole('button', { name: /^Thu.* — Show where 'Deadline' comes from in the PDF$/ }),
    ).toBeTruthy();
    expect(screen.getByRole('button', { name: "Show where 'Education' comes from in the PDF" })).toBeTruthy();
    expect(screen.getByText(/Read from this PDF notice\./)).toBeTruthy();
  });

  it('collapses and expands from its header button', () => {
    const analysis = seedAnalysis();
    render(
      <StatefulCard
        analysis={analysis}
        eligibility={seedVerdict(analysis)}
        hasProfile
        nowMs={NOW.getTime()}
        userZone="America/New_York"
        onDismiss={() => {}}
        onShowEvidence={() => {}}
        optionsUrl={OPTIONS_URL}
      />,
    );
    const toggle = screen.getByRole('button', { name: /^Vacancy Lens/ });
    const body = document.getElementById(toggle.getAttribute('aria-controls') ?? '');
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(body?.hidden).toBe(false);

    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(body?.hidden).toBe(true);
    expect(screen.queryByRole('heading', { level: 2 })).toBeNull();
    // Collapsed, the header still tells the verdict and the time left.
    expect(toggle.textContent).toContain('Eligible · 95 days left');

    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(screen.getByRole('heading', { level: 2 })).toBeTruthy();
  });

  it('asks the container to toggle and to dismiss', () => {
    const { onToggleCollapsed, onDismiss } = renderCard();
    fireEvent.click(screen.getByRole('button', { name: /^Vacancy Lens/ }));
    expect(onToggleCollapsed).toHaveBeenCalledTimes(1);
    fireEvent.click(screen.getByRole('button', { name: 'Hide for this notice' }));
    expect(onDismiss).toHaveBeenCalledTimes(1);
  });

  it('shows "Save to tracker" only when it can save', () => {
    renderCard();
    expect(screen.queryByRole('button', { name: 'Save to tracker' })).toBeNull();
    cleanup();
    const onSave = vi.fn();
    renderCard({ onSave });
    fireEvent.click(screen.getByRole('button', { name: 'Save to tracker' }));
    expect(onSave).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('link', { name: 'Edit your profile' }).getAttribute('href')).toBe(OPTIONS_URL);
  });

  it('is checked by an axe that does find problems in this environment', async () => {
    // A canary: if happy-dom ever stopped axe from running, every "no violations" would pass vacuously.
    const { container } = render(
      <div>
        <button type="button" />
        <img src="x.png" />
      </div>,
    );
    const found = await axeViolations(container);
    expect(found.some((v) => v.startsWith('button-name'))).toBe(true);
    expect(found.some((v) => v.startsWith('image-alt'))).toBe(true);
  });

  it('has no axe violations, expanded or collapsed', async () => {
    const { container } = renderCard({ onSave: () => {} });
    expect(await axeViolations(container)).toEqual([]);
    cleanup();
    const collapsed = renderCard({ collapsed: true });
    expect(await axeViolations(collapsed.container)).toEqual([]);
  });
});

describe('NoticeCard without a profile', () => {
  it('shows the fields and a call to action instead of a verdict', async () => {
    const analysis = seedAnalysis();
    const { container } = renderCard({
      analysis,
      hasProfile: false,
      eligibility: seedVerdict(analysis, null),
    });
    const cta = screen.getByRole('link', { name: 'Create your profile to see whether you can apply' });
    expect(cta.getAttribute('href')).toBe(OPTIONS_URL);
    expect(screen.getByText('EC/2026/TAXUD/453922')).toBeTruthy();
    expect(screen.getByText('95 days left')).toBeTruthy();
    expect(container.querySelector('.vl-verdict')).toBeNull();
    // What the notice asks for is still listed, each saying what to fill in.
    expect(within(section("Eligibility (the notice's hard rules)")).getAllByText('Unknown').length).toBe(4);
    expect(await axeViolations(container)).toEqual([]);
  });

  it('opens the options page through the container when it says how', () => {
    const onOpenOptions = vi.fn();
    renderCard({ hasProfile: false, eligibility: null, onOpenOptions });
    fireEvent.click(screen.getByRole('link', { name: 'Create your profile to see whether you can apply' }));
    expect(onOpenOptions).toHaveBeenCalledTimes(1);
  });
});

describe('NoticeCard edge cases', () => {
  it('renders a hostile title as literal text', async () => {
    const hostile = '<img src=x onerror="window.__pwned=1">';
    const analysis = withNotice(seedAnalysis(), {
      title: hostile,
      reference: '<script>window.__pwned=2</script>',
    });
    const { container } = renderCard({
      analysis,
      source: {
        kind: 'eu-careers',
        disagreements: [{ field: 'deadline', page: hostile, notice: '<b>x</b>' }],
      },
    });
    expect(screen.getByRole('heading', { level: 2 }).textContent).toContain(hostile);
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('script')).toBeNull();
    expect(container.querySelector('b')).toBeNull();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
    expect(screen.getByText(/The page and the notice it links to disagree/)).toBeTruthy();
    expect(container.textContent).toContain(`the page says “${hostile}”`);
  });

  it('shows the read error, not values that might be wrong', async () => {
    const { card, container } = renderCard({ readError: 'The page changed while it was being read.' });
    expect(within(card).getByRole('alert').textContent).toContain(
      'The page changed while it was being read.',
    );
    expect(card.textContent).not.toContain('EC/2026/TAXUD/453922');
    expect(card.textContent).not.toContain('IT service assistant');
    expect(card.textContent).not.toContain('95 days left');
    expect(container.querySelector('.vl-verdict')).toBeNull();
    expect(screen.getByRole('button', { name: 'Hide for this notice' })).toBeTruthy();
    expect(await axeViolations(container)).toEqual([]);
  });

  it('says "not stated" with the reason for fields the reader could not find', () => {
    const analysis = seedAnalysis();
    const changed = {
      ...withNotice(analysis, { title: null, reference: null, deadline: null }),
      missing: { ...analysis.missing, title: 'no job title found', deadline: 'no closing date in the text' },
    };
    const { card } = renderCard({ analysis: changed, eligibility: null });
    expect(screen.getByRole('heading', { level: 2 }).textContent).toContain(
      'title not stated (no job title found)',
    );
    const reference = within(card).getByText('Reference').nextElementSibling as HTMLElement;
    expect(reference.textContent).toBe('not stated');
    expect(card.textContent).toContain('no closing date found (no closing date in the text)');
    expect(card.textContent).toContain('Your eligibility has not been checked yet.');
  });

  it('shows the deadline note and a countdown after closing', () => {
    const analysis = seedAnalysis();
    const noted = {
      ...analysis,
      evidence: {
        ...analysis.evidence,
        deadline: { ...analysis.evidence.deadline, note: 'no time zone stated: Brussels time assumed' },
      },
    };
    const after = new Date('2026-06-07T12:00:00Z');
    renderCard({
      analysis: noted,
      nowMs: after.getTime(),
      eligibility: seedVerdict(noted, undefined, after),
    });
    expect(screen.getByText('Note: no time zone stated: Brussels time assumed')).toBeTruthy();
    expect(screen.getByText('closed 3 days ago')).toBeTruthy();
    expect(screen.getByText('Closed').closest('.vl-verdict')).toBeTruthy();
  });

  it('shows the time in the notice zone when it named one other than Brussels', () => {
    const analysis = withNotice(seedAnalysis(), {
      deadline: '2026-06-04T12:00:00+03:00',
      deadlineZone: 'Europe/Helsinki',
    });
    const { card } = renderCard({ analysis });
    expect(visibleLines(card, '.vl-deadline__line')).toEqual([
      'Thu, 4 Jun 2026, 11:00 CEST (UTC+02:00) Brussels time',
      'Thu, 4 Jun 2026, 05:00 (UTC-04:00) your time (America/New_York)',
      'Thu, 4 Jun 2026, 12:00 EEST (UTC+03:00) as the notice states it (Europe/Helsinki)',
    ]);
  });

  it('does not break on a zone the platform does not know', () => {
    renderCard({ userZone: 'Not/AZone' });
    expect(screen.getByRole('button', { name: DEADLINE_BUTTON })).toBeTruthy();
  });

  it('shows grades as a person reads them', () => {
    renderCard({
      analysis: withNotice(seedAnalysis(), { functionGroup: 'AST', grades: ['AST1', 'AST2', 'AST3'] }),
    });
    expect(screen.getByText('AST 1–3')).toBeTruthy();
    expect(seedNotice(seedAnalysis()).grades).toEqual([]);
  });
});

describe('formatGrades', () => {
  it.each([
    [['AD5'], 'AD 5'],
    [['AST1', 'AST2', 'AST3', 'AST4'], 'AST 1–4'],
    [['CA13', 'CA14', 'CA16'], 'CA 13, 14, 16'],
    [['AD5', 'AD6', 'AD7', 'AD9', 'AST3'], 'AD 5–7, 9; AST 3'],
    [[], ''],
  ])('%j → %s', (grades, text) => {
    expect(formatGrades(grades)).toBe(text);
  });
});
