// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { listTracked, putTracked, saveProfile, type TrackedNotice, type VacancyDb } from '../../lib/db';
import type { Profile } from '../../lib/profile';
import type { TrackerView } from '../../lib/tracker/views';
import { TrackerPage, type TrackerPageProps } from '../../components/tracker/TrackerPage';
import { dbTrackerStore } from '../../components/tracker/store';
import { makeRecord, NOW } from '../tracker/helpers';
import { exampleProfile, openFreshDb } from './helpers';
import { axeViolations } from './notice-fixtures';

let db: VacancyDb | undefined;
afterEach(() => {
  cleanup();
  db?.close();
  db = undefined;
});

const ZONE = 'America/New_York';

async function renderViews(
  records: TrackedNotice[],
  options: { view?: TrackerView; profile?: Profile; onViewChange?: TrackerPageProps['onViewChange'] } = {},
) {
  db = await openFreshDb('views');
  for (const record of records) await putTracked(db, record);
  if (options.profile) await saveProfile(db, options.profile);
  const onSortChange = vi.fn();
  const view = render(
    <TrackerPage
      store={dbTrackerStore(db)}
      nowMs={NOW.getTime()}
      userZone={ZONE}
      download={vi.fn()}
      onChanged={vi.fn()}
      confirm={() => true}
      initialView={options.view}
      onViewChange={options.onViewChange}
      onSortChange={onSortChange}
    />,
  );
  await waitFor(() => expect(screen.queryByText('Loading your saved notices…')).toBeNull());
  return { ...view, db: db!, onSortChange };
}

const rec = (
  id: string,
  title: string,
  deadline: string | null,
  extra: Parameters<typeof makeRecord>[1] = {},
) => makeRecord(id, { ...extra, notice: { title, deadline, ...extra.notice } });

const rowTitles = () => [...document.querySelectorAll('.tracker-row__title')].map((t) => t.textContent);

async function stored(id: string): Promise<TrackedNotice> {
  return (await listTracked(db!)).value.find((r) => r.id === id)!;
}

describe('tracker views: the table', () => {
  const records = [
    rec('a', 'Applied post', '2026-05-03T12:00:00+02:00', {
      status: 'applied',
      notice: { grades: ['AST3'] },
    }),
    rec('b', 'Saved post', '2026-06-10T12:00:00+02:00', { notice: { grades: ['AD5'] } }),
    rec('c', 'Preparing post', '2026-05-20T12:00:00+02:00', {
      status: 'preparing',
      notice: { grades: ['AD9'] },
    }),
  ];

  it('sorts by deadline first, then by the column clicked, each way; says which in aria-sort', async () => {
    const { onSortChange } = await renderViews(records);
    expect(rowTitles()).toEqual(['Applied post', 'Preparing post', 'Saved post']);
    const header = (name: string) => screen.getByRole('button', { name: new RegExp(`^${name}`) });
    fireEvent.click(header('Status'));
    expect(rowTitles()).toEqual(['Saved post', 'Preparing post', 'Applied post']);
    expect(header('Status').closest('th')!.getAttribute('aria-sort')).toBe('ascending');
    fireEvent.click(header('Status'));
    expect(rowTitles()).toEqual(['Applied post', 'Preparing post', 'Saved post']);
    expect(header('Status').closest('th')!.getAttribute('aria-sort')).toBe('descending');
    fireEvent.click(header('Grade'));
    expect(rowTitles()).toEqual(['Saved post', 'Preparing post', 'Applied post']);
    expect(onSortChange).toHaveBeenLastCalledWith({ key: 'grade', direction: 'ascending' });
  });

  it('sorts by verdict with the current profile', async () => {
    await renderViews(
      [
        rec('open', 'Open post', '2026-06-04T12:00:00+02:00'),
        rec('closed', 'Closed post', '2026-04-15T12:00:00+02:00'),
      ],
      { profile: exampleProfile() },
    );
    fireEvent.click(screen.getByRole('button', { name: /^Verdict/ }));
    expect(rowTitles()).toEqual(['Open post', 'Closed post']);
    expect(document.querySelector('.verdict-pill--eligible')).not.toBeNull();
  });

  it('no amber countdown once applied; amber while it is still to do', async () => {
    await renderViews([
      rec('a', 'Applied post', '2026-05-02T12:00:00+02:00', { status: 'applied' }),
      rec('s', 'Saved post', '2026-05-02T12:00:00+02:00'),
    ]);
    const tone = (title: string) =>
      [...document.querySelectorAll('.tracker-row')]
        .find((row) => row.textContent!.includes(title))!
        .querySelector('.time-left')!.className;
    expect(tone('Applied post')).toContain('time-left--calm');
    expect(tone('Saved post')).toContain('time-left--soon');
    // In the details too: the deadline block of an applied notice is calm.
    fireEvent.click(screen.getByRole('button', { name: /Applied post/ }));
    expect(document.querySelector('.vl-countdown')!.className).toContain('vl-countdown--calm');
  });

  it('has no axe violations, details open', async () => {
    const { container } = await renderViews(records, { profile: exampleProfile() });
    fireEvent.click(screen.getByRole('button', { name: /Saved post/ }));
    expect(await axeViolations(container)).toEqual([]);
  });
});

describe('tracker views: history and reminders', () => {
  it('a status change adds a dated step; a step can be given another date and a note', async () => {
    await renderViews([rec('x', 'IT Officer', '2026-06-04T12:00:00+02:00')]);
    fireEvent.click(screen.getByRole('button', { name: /IT Officer/ }));
    const details = document.querySelector<HTMLElement>('.tracker-details-row')!;
    fireEvent.change(within(details).getByLabelText('Status'), { target: { value: 'applied' } });
    await waitFor(async () => expect((await stored('x')).status).toBe('applied'));
    expect((await stored('x')).history).toEqual([
      { status: 'saved', at: '2026-04-20T08:00:00.000Z' },
      { status: 'applied', at: NOW.toISOString() },
    ]);
    const history = screen.getByRole('heading', { name: 'History' }).closest('section')!;
    await waitFor(() => expect(within(history).getAllByRole('listitem')).toHaveLength(2));

    fireEvent.click(within(history).getByRole('button', { name: /Edit the date and note of “Applied”/ }));
    fireEvent.input(within(history).getByLabelText(/Date and time/), {
      target: { value: '2026-04-28T09:30' },
    });
    fireEvent.input(within(history).getByLabelText('Note on this step'), {
      target: { value: 'Sent by e-mail' },
    });
    fireEvent.click(within(history).getByRole('button', { name: 'Save step' }));
    await waitFor(async () =>
      expect((await stored('x')).history![1]).toEqual({
        status: 'applied',
        // 09:30 in New York (UTC-4 in April)
        at: '2026-04-28T13:30:00.000Z',
        note: 'Sent by e-mail',
      }),
    );
    expect(await within(history).findByText(/Sent by e-mail/)).toBeTruthy();
  });

  it('refuses a step dated in the future', async () => {
    await renderViews([rec('x', 'IT Officer', '2026-06-04T12:00:00+02:00')]);
    fireEvent.click(screen.getByRole('button', { name: /IT Officer/ }));
    const history = screen.getByRole('heading', { name: 'History' }).closest('section')!;
    fireEvent.click(within(history).getByRole('button', { name: /Edit/ }));
    fireEvent.input(within(history).getByLabelText(/Date and time/), {
      target: { value: '2027-01-01T10:00' },
    });
    fireEvent.click(within(history).getByRole('button', { name: 'Save step' }));
    expect(await within(history).findByRole('alert')).toBeTruthy();
    expect((await stored('x')).history).toBeUndefined();
  });

  it('shows the verdict when saved and now, and the deadlines a re-published notice had', async () => {
    await renderViews(
      [
        rec('x', 'IT Officer', '2026-06-11T12:00:00+02:00', {
          verdictAtSave: 'not_eligible',
          previousDeadline: '2026-06-04T12:00:00+02:00',
        }),
      ],
      { profile: exampleProfile() },
    );
    fireEvent.click(screen.getByRole('button', { name: /IT Officer/ }));
    const history = screen.getByRole('heading', { name: 'History' }).closest('section')!;
    expect(history.textContent).toContain('Verdict when saved: Not eligible');
    expect(history.textContent).toContain('now, with your current profile: Eligible');
    expect(history.textContent).toContain('(changed)');
    expect(history.textContent).toContain('Thu, 4 Jun 2026, 12:00 CEST (UTC+02:00) Brussels time (before)');
  });

  it('sets reminders for one notice: own choice, none, back to the defaults', async () => {
    await renderViews([rec('x', 'IT Officer', '2026-06-04T12:00:00+02:00')]);
    fireEvent.click(screen.getByRole('button', { name: /IT Officer/ }));
    fireEvent.click(screen.getByLabelText('No reminders'));
    await waitFor(async () => expect((await stored('x')).reminderOffsets).toEqual([]));
    fireEvent.click(screen.getByLabelText('Choose for this notice'));
    await waitFor(async () => expect((await stored('x')).reminderOffsets?.length).toBe(3));
    fireEvent.click(await screen.findByLabelText('14 days before'));
    await waitFor(async () =>
      expect((await stored('x')).reminderOffsets).toContainEqual({ amount: 14, unit: 'days' }),
    );
    fireEvent.click(screen.getByLabelText(/My defaults/));
    await waitFor(async () => expect((await stored('x')).reminderOffsets).toBeNull());
  });
});

describe('tracker views: the board', () => {
  it('moves a card by keyboard to the nearest allowed column, stored and announced', async () => {
    await renderViews([rec('x', 'IT Officer', '2026-06-04T12:00:00+02:00')], { view: 'board' });
    const card = document.querySelector<HTMLElement>('[data-card="x"]')!;
    expect(card.closest('section')!.getAttribute('data-status')).toBe('saved');
    fireEvent.keyDown(card, { key: 'ArrowRight' });
    await waitFor(async () => expect((await stored('x')).status).toBe('preparing'));
    expect(await screen.findByText('Moved “IT Officer” to Preparing.')).toBeTruthy();
    await waitFor(() =>
      expect(document.querySelector('[data-card="x"]')!.closest('section')!.getAttribute('data-status')).toBe(
        'preparing',
      ),
    );
  });

  it('"Move to" lists only the allowed changes', async () => {
    await renderViews([rec('x', 'IT Officer', '2026-06-04T12:00:00+02:00')], { view: 'board' });
    fireEvent.click(screen.getByRole('button', { name: /Move to/ }));
    const menu = screen.getByRole('list', { name: /Move “IT Officer” to/ });
    expect(
      within(menu)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['Preparing', 'Applied', 'Withdrawn']);
    fireEvent.click(within(menu).getByRole('button', { name: 'Applied' }));
    await waitFor(async () => expect((await stored('x')).status).toBe('applied'));
  });

  // Drag and drop is tested in the browser (tests/e2e/tracker-views.e2e.ts): happy-dom has no
  // ondragstart property, so Preact cannot attach drag handlers here.

  it('opens the details in a dialog; no axe violations', async () => {
    const { container } = await renderViews([rec('x', 'IT Officer', '2026-06-04T12:00:00+02:00')], {
      view: 'board',
    });
    expect(await axeViolations(container)).toEqual([]);
    fireEvent.click(screen.getByRole('button', { name: /^Details/ }));
    const dialog = document.querySelector('dialog.details-dialog') as HTMLDialogElement;
    await waitFor(() => expect(dialog.open).toBe(true));
    expect(within(dialog).getByLabelText('Status')).toBeTruthy();
  });
});

describe('tracker views: the calendar', () => {
  it('places each deadline on its day in the user zone and says the Brussels day when it differs', async () => {
    const onViewChange = vi.fn();
    await renderViews(
      [
        rec('late', 'Late post', '2026-05-15T00:30:00+02:00'),
        rec('noon', 'Noon post', '2026-05-20T12:00:00+02:00'),
      ],
      { onViewChange },
    );
    fireEvent.click(screen.getByRole('button', { name: 'Calendar' }));
    expect(onViewChange).toHaveBeenCalledWith('calendar');
    expect(screen.getByRole('heading', { name: 'May 2026' })).toBeTruthy();
    const day = (d: string) => document.querySelector(`td[data-day="${d}"]`)!;
    // 00:30 on 15 May in Brussels is 18:30 on 14 May in New York.
    expect(day('2026-05-14').textContent).toContain('Deadline: Late post');
    expect(day('2026-05-14').textContent).toContain('(Friday, 15 May, 00:30 Brussels)');
    expect(day('2026-05-15').textContent).not.toContain('Deadline');
    expect(day('2026-05-20').textContent).toContain('06:00 Deadline: Noon post');
    // The reminders to come and the steps are on their days too.
    expect(day('2026-05-13').textContent).toContain('Reminder, 7 days before: Noon post');
    expect(day('2026-05-19').textContent).toContain('Reminder, 1 day before: Noon post');
    fireEvent.click(screen.getByRole('button', { name: /April 2026/ }));
    expect(day('2026-04-20').textContent).toContain('Saved: Late post');
  });

  it('has no axe violations', async () => {
    const { container } = await renderViews([rec('x', 'IT Officer', '2026-05-20T12:00:00+02:00')], {
      view: 'calendar',
    });
    expect(await axeViolations(container)).toEqual([]);
  });
});

describe('tracker views: figures', () => {
  it('draws the figures with a text alternative each', async () => {
    await renderViews(
      [
        rec('a', 'Soon', '2026-05-04T12:00:00+02:00'),
        rec('b', 'Later', '2026-05-25T12:00:00+02:00', { status: 'preparing' }),
        rec('c', 'Sent', '2026-05-02T12:00:00+02:00', {
          status: 'applied',
          appliedAt: '2026-04-25T08:00:00.000Z',
        }),
      ],
      { profile: exampleProfile() },
    );
    const images = screen.getAllByRole('img').map((img) => img.getAttribute('aria-label'));
    expect(images).toContain(
      '1 deadline in the next 7 days, 2 in the next 30 days (notices you have not applied to yet).',
    );
    expect(images).toContain('Applications per status: Saved 1, Preparing 1, Applied 1.');
    expect(images.some((t) => t!.includes('Apr 3 saved, 1 applied'))).toBe(true);
    expect(images.some((t) => t!.startsWith('Among 3 saved notices: Eligible'))).toBe(true);
  });
});
