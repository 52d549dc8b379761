// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PopupView, type PopupState, type PopupViewProps } from '../../components/popup/PopupView';
import { axeViolations, NOW, OPTIONS_URL, seedAnalysis, seedVerdict } from './notice-fixtures';

afterEach(cleanup);

function renderPopup(state: PopupState, overrides: Partial<PopupViewProps> = {}) {
  return render(
    <PopupView
      state={state}
      nowMs={NOW.getTime()}
      userZone="America/New_York"
      optionsUrl={OPTIONS_URL}
      {...overrides}
    />,
  );
}

function noticeState(hasProfile = true): PopupState {
  const analysis = seedAnalysis();
  return {
    kind: 'notice',
    analysis,
    eligibility: seedVerdict(analysis, hasProfile ? undefined : null),
    hasProfile,
  };
}

describe('PopupView', () => {
  it('while loading, says it is looking', async () => {
    const { container } = renderPopup({ kind: 'loading' });
    expect(screen.getByRole('status').textContent).toBe('Looking for a vacancy notice on this page…');
    expect(await axeViolations(container)).toEqual([]);
  });

  it('on a page without a notice, says so and offers to enable the site', async () => {
    const onEnableSite = vi.fn();
    const { container } = renderPopup(
      { kind: 'no-notice', reason: 'No closing date found.', canEnable: true, host: 'jobs.example.org' },
      { onEnableSite },
    );
    expect(
      screen.getByRole('heading', { level: 1, name: 'No vacancy notice found on this page' }),
    ).toBeTruthy();
    expect(screen.getByText('No closing date found.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Enable Vacancy Lens on jobs.example.org' }));
    expect(onEnableSite).toHaveBeenCalledTimes(1);
    expect(await axeViolations(container)).toEqual([]);
  });

  it('offers no enable button when the site cannot be enabled', () => {
    renderPopup(
      { kind: 'no-notice', canEnable: false, host: 'eu-careers.europa.eu' },
      { onEnableSite: vi.fn() },
    );
    expect(screen.getByText('No vacancy notice found on this page')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Enable Vacancy Lens/ })).toBeNull();
  });

  it('shows an error', async () => {
    const { container } = renderPopup({ kind: 'error', message: 'Could not reach the extension: timeout' });
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('Vacancy Lens could not read this page');
    expect(alert.textContent).toContain('Could not reach the extension: timeout');
    expect(await axeViolations(container)).toEqual([]);
  });

  it('shows a notice: title, reference, deadline, post, verdict and folded criteria', async () => {
    const { container } = renderPopup(noticeState());
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(
      'IT service assistant - Carbon Border Adjustment Mechanism (CBAM) Central Payment Platform (CCP) Operations Assistant',
    );
    expect(screen.getByText('EC/2026/TAXUD/453922')).toBeTruthy();
    expect(container.textContent).toContain('Thu, 4 Jun 2026, 12:00 CEST (UTC+02:00) Brussels time');
    expect(container.textContent).toContain(
      'Thu, 4 Jun 2026, 06:00 (UTC-04:00) your time (America/New_York)',
    );
    expect(screen.getByText('95 days left')).toBeTruthy();
    expect(screen.getByText('FG III')).toBeTruthy();
    expect(screen.getByText('Contract agent')).toBeTruthy();
    expect(screen.getByText('Eligible').closest('.vl-verdict')).toBeTruthy();

    const hard = screen.getByRole('heading', { level: 2, name: "Eligibility (the notice's hard rules)" });
    const items = within(hard.closest('section') as HTMLElement).getAllByRole('listitem');
    expect(items).toHaveLength(5);
    // Each message folds behind its status line.
    const citizenship = items[1].querySelector('details');
    expect(citizenship?.querySelector('summary')?.textContent).toBe('✓Citizenship: Met');
    expect(citizenship?.textContent).toContain('You are a national of Portugal, an EU member state.');
    expect(screen.getByRole('heading', { level: 2, name: 'Selection criteria' })).toBeTruthy();

    // The popup has no evidence to show: values are plain text.
    expect(screen.queryByRole('button', { name: /Show where/ })).toBeNull();
    expect(screen.getByRole('link', { name: 'Edit your profile' }).getAttribute('href')).toBe(OPTIONS_URL);
    expect(await axeViolations(container)).toEqual([]);
  });

  it('without a profile, asks for one', async () => {
    const { container } = renderPopup(noticeState(false));
    expect(
      screen
        .getByRole('link', { name: 'Create your profile to see whether you can apply' })
        .getAttribute('href'),
    ).toBe(OPTIONS_URL);
    expect(container.querySelector('.vl-verdict')).toBeNull();
    expect(await axeViolations(container)).toEqual([]);
  });

  it('saves the notice and opens the tracker', () => {
    const onSave = vi.fn();
    const onOpenTracker = vi.fn();
    renderPopup(noticeState(), { onSave, onOpenTracker });
    fireEvent.click(screen.getByRole('button', { name: 'Save to tracker' }));
    fireEvent.click(screen.getByRole('button', { name: 'Open tracker' }));
    expect(onSave).toHaveBeenCalledTimes(1);
    expect(onOpenTracker).toHaveBeenCalledTimes(1);
  });

  it('offers no "Save to tracker" without a notice', () => {
    renderPopup({ kind: 'no-notice' }, { onSave: vi.fn(), onOpenTracker: vi.fn() });
    expect(screen.queryByRole('button', { name: 'Save to tracker' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Open tracker' })).toBeTruthy();
  });
});
