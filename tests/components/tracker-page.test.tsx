// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import ICAL from 'ical.js';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  listTracked,
  putTracked,
  readUserData,
  saveProfile,
  type TrackedNotice,
  type VacancyDb,
} from '../../lib/db';
import { evaluateEligibility } from '../../lib/eligibility';
import { VERDICT_LABELS } from '../../lib/notice/labels';
import type { Profile } from '../../lib/profile';
import { formatInstant } from '../../lib/time/format';
import { applyEdit, CSV_HEADER, makeBackup, parseBackupText } from '../../lib/tracker';
import { AnalysedNotices } from '../../components/tracker/AnalysedNotices';
import { TrackerPage, type TrackerPageProps } from '../../components/tracker/TrackerPage';
import { dbTrackerStore, type TrackerStore } from '../../components/tracker/store';
import { makeRecord, NOW } from '../tracker/helpers';
import { exampleProfile, jsonFile, openFreshDb } from './helpers';
import { axeViolations } from './notice-fixtures';

let db: VacancyDb | undefined;
afterEach(() => {
  cleanup();
  db?.close();
  db = undefined;
});

const ZONE = 'America/New_York';

interface Setup {
  records?: TrackedNotice[];
  profile?: Profile | null;
  /** Render again over a database a previous render used. */
  reuse?: VacancyDb;
  store?: TrackerStore;
  confirm?: TrackerPageProps['confirm'];
  nowMs?: number;
}

/** The page over a fresh fake-indexeddb database; resolves once the list is loaded. */
async function renderTracker(setup: Setup = {}) {
  if (setup.reuse) db = setup.reuse;
  else {
    db = await openFreshDb('tracker');
    for (const record of setup.records ?? []) await putTracked(db, record);
    if (setup.profile) await saveProfile(db, setup.profile);
  }
  const store = setup.store ?? dbTrackerStore(db);
  const download = vi.fn<TrackerPageProps['download']>();
  const onChanged = vi.fn();
  const confirm = vi.fn(setup.confirm ?? (() => true));
  const view = render(
    <TrackerPage
      store={store}
      nowMs={setup.nowMs ?? NOW.getTime()}
      userZone={ZONE}
      download={download}
      onChanged={onChanged}
      confirm={confirm}
      optionsUrl="chrome-extension://abc/options.html"
      productId="-//Vacancy Lens//Test//EN"
    />,
  );
  await waitFor(() => expect(screen.queryByText('Loading your saved notices…')).toBeNull());
  return { ...view, db: db!, store, download, onChanged, confirm };
}

/** The titles of the table's rows, in their order. */
function titles(): string[] {
  return [...document.querySelectorAll('.tracker-row__title')].map((t) => t.textContent ?? '');
}

/** The table row's button that opens the notice's details. */
function rowToggle(title: string): HTMLElement {
  const row = [...document.querySelectorAll<HTMLElement>('.tracker-row__toggle')].find(
    (b) => b.querySelector('.tracker-row__title')?.textContent === title,
  );
  if (!row) throw new Error(`no row titled ${title}`);
  return row;
}

/** Opens "Settings and export", where the exports, the backup and the restore are. */
function openSettings() {
  if (!screen.queryByRole('heading', { name: 'Export and backup' }))
    fireEvent.click(screen.getByRole('button', { name: /Settings and export/ }));
}

/** The list item of the notice titled `title`. */
function item(title: string): HTMLElement {
  const toggle = rowToggle(title);
  if (toggle.getAttribute('aria-expanded') !== 'true') fireEvent.click(toggle);
  const heading = screen.getByRole('heading', { level: 3, name: title });
  return heading.closest('li') as HTMLElement;
}

function statusSelect(title: string): HTMLSelectElement {
  return within(item(title)).getByLabelText('Status') as HTMLSelectElement;
}

function notesBox(title: string): HTMLTextAreaElement {
  return within(item(title)).getByLabelText('Notes') as HTMLTextAreaElement;
}

function importText(name: string, text: string) {
  openSettings();
  const input = screen.getByLabelText('Restore a backup (JSON file)');
  fireEvent.change(input, { target: { files: [jsonFile(name, text)] } });
}

function record(id: string, title: string, deadline: string | null, extra: Partial<TrackedNotice> = {}) {
  return makeRecord(id, { notice: { title, deadline }, ...extra });
}

describe('tracker page: the list', () => {
  it('lists the notices soonest deadline first, those without a deadline last', async () => {
    await renderTracker({
      records: [
        record('a', 'July post', '2026-07-01T12:00:00+02:00'),
        record('c', 'Undated post', null),
        record('b', 'May post', '2026-05-10T12:00:00+02:00'),
        // Same day as "June post" but stated in Helsinki time: 11:00 Brussels, so it comes first.
        makeRecord('e', {
          notice: {
            title: 'Helsinki post',
            deadline: '2026-06-04T12:00:00+03:00',
            deadlineZone: 'Europe/Helsinki',
          },
        }),
        record('d', 'June post', '2026-06-04T12:00:00+02:00'),
      ],
    });
    expect(titles()).toEqual(['May post', 'Helsinki post', 'June post', 'July post', 'Undated post']);
    expect(screen.getByText('5 saved notices.')).toBeTruthy();
  });

  it('shows reference, institution, the deadline in Brussels and in the user zone, the time left', async () => {
    await renderTracker({ records: [record('x', 'IT Officer', '2026-06-04T12:00:00+02:00')] });
    const row = within(item('IT Officer'));
    expect(row.getByText('EC/2026/x')).toBeTruthy();
    expect(row.getByText('European Commission')).toBeTruthy();
    expect(row.getByText('Thu, 4 Jun 2026, 12:00 CEST (UTC+02:00)')).toBeTruthy();
    expect(row.getByText('Brussels time')).toBeTruthy();
    // The zone's abbreviation depends on the platform's ICU data; the offset does not.
    const local = formatInstant(Date.parse('2026-06-04T10:00:00Z'), ZONE);
    expect(local).toMatch(/^Thu, 4 Jun 2026, 06:00 .*\(UTC-04:00\)$/);
    expect(item('IT Officer').textContent).toContain(`${local} your time (America/New_York)`);
    expect(row.getByText('34 days left')).toBeTruthy();
  });

  it('recomputes the verdict with the current profile and the clock', async () => {
    const profile = exampleProfile();
    const open = record('open', 'Open post', '2026-06-04T12:00:00+02:00');
    const closed = record('closed', 'Closed post', '2026-04-15T12:00:00+02:00');
    await renderTracker({ records: [open, closed], profile });
    const expected = evaluateEligibility(open.notice, profile, NOW).overall;
    const verdict = (title: string) => item(title).querySelector('.vl-verdict__label')?.textContent;
    expect(expected).toBe('eligible');
    expect(verdict('Open post')).toBe(`✓Verdict: ${VERDICT_LABELS[expected]}`);
    expect(verdict('Closed post')).toBe('⊘Verdict: Closed');
    expect(within(item('Closed post')).getByText('closed 16 days ago')).toBeTruthy();
  });

  it('says there is no verdict without a profile, and links to the options page', async () => {
    await renderTracker({ records: [record('x', 'IT Officer', '2026-06-04T12:00:00+02:00')] });
    expect(within(item('IT Officer')).getByText('No verdict: your profile is empty.')).toBeTruthy();
    const link = screen.getByRole('link', { name: 'Create your profile' });
    expect(link.getAttribute('href')).toBe('chrome-extension://abc/options.html');
  });

  it('marks a deadline that changed, from the old one to the new one', async () => {
    await renderTracker({
      records: [
        record('x', 'Extended post', '2026-06-11T12:00:00+02:00', {
          previousDeadline: '2026-06-04T12:00:00+02:00',
        }),
      ],
    });
    const marker = item('Extended post').querySelector('.tracker-changed');
    expect(marker?.textContent).toBe(
      '⚠ Deadline changed: from Thu, 4 Jun 2026, 12:00 CEST (UTC+02:00) Brussels time to Thu, 11 Jun 2026, 12:00 CEST (UTC+02:00) Brussels time.',
    );
    expect(item('Extended post').querySelector('.tracker-changed__from')?.textContent).toContain(
      '4 Jun 2026',
    );
  });

  it('links to the notice in a new tab, only for web addresses', async () => {
    await renderTracker({
      records: [
        record('web', 'Web post', '2026-06-04T12:00:00+02:00'),
        record('js', 'Script post', '2026-06-05T12:00:00+02:00', { url: 'javascript:alert(1)' }),
      ],
    });
    const link = within(item('Web post')).getByRole('link', { name: /^Open the notice/ });
    expect(link.getAttribute('href')).toBe('https://eu-careers.europa.eu/en/job-opportunities/web');
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toContain('noopener');
    expect(within(item('Script post')).queryByRole('link')).toBeNull();
    expect(within(item('Script post')).getByText('No web address saved')).toBeTruthy();
  });

  it('explains how to save notices when the tracker is empty, and reminds to back up', async () => {
    await renderTracker();
    expect(screen.getByText('No saved notices yet.')).toBeTruthy();
    expect(screen.getByText(/When the\s+Vacancy Lens card appears on the page, choose/)).toBeTruthy();
    openSettings();
    expect(screen.getByText(/Removing the extension deletes them: download a full backup/)).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Export CSV' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('reads the store again when refreshKey changes (a notice saved from another tab)', async () => {
    const {
      db: database,
      rerender,
      store,
      download,
      onChanged,
      confirm,
    } = await renderTracker({
      records: [record('a', 'First post', null)],
    });
    await putTracked(database, record('b', 'Saved elsewhere', '2026-06-04T12:00:00+02:00'));
    const props = { store, download, onChanged, confirm, userZone: ZONE, nowMs: NOW.getTime() };
    rerender(<TrackerPage {...props} refreshKey={1} />);
    await waitFor(() => expect(titles()).toEqual(['Saved elsewhere', 'First post']));
  });

  it('reports stored records it cannot read, and still shows the others', async () => {
    const { db: database } = await renderTracker({ records: [record('ok', 'Good post', null)] });
    await database.put('tracked', { ...record('bad', 'Bad post', null), status: 'lost' } as never);
    cleanup();
    await renderTracker({ reuse: database });
    expect(screen.getByRole('alert').textContent).toContain('1 saved notice could not be read');
    expect(titles()).toEqual(['Good post']);
  });
});

describe('tracker page: status and notes', () => {
  it('offers only the allowed status changes, labelled', async () => {
    await renderTracker({ records: [record('x', 'IT Officer', '2026-06-04T12:00:00+02:00')] });
    const options = [...statusSelect('IT Officer').options].map((o) => [o.value, o.textContent]);
    expect(options).toEqual([
      ['saved', 'Saved'],
      ['preparing', 'Preparing'],
      ['applied', 'Applied'],
      ['withdrawn', 'Withdrawn'],
    ]);
  });

  it('saves a status change through lib/db and reads it back on the next visit', async () => {
    const { db: database, onChanged } = await renderTracker({
      records: [record('x', 'IT Officer', '2026-06-04T12:00:00+02:00')],
    });
    fireEvent.change(statusSelect('IT Officer'), { target: { value: 'applied' } });
    await waitFor(() => expect(onChanged).toHaveBeenCalledTimes(1));

    const [stored] = (await listTracked(database)).value;
    expect(stored.status).toBe('applied');
    expect(stored.appliedAt).toBe(NOW.toISOString());
    expect(stored.updatedAt).toBe(NOW.toISOString());
    expect(within(item('IT Officer')).getByText(/^You applied on/)).toBeTruthy();

    cleanup();
    await renderTracker({ reuse: database });
    const select = statusSelect('IT Officer');
    expect(select.value).toBe('applied');
    // From "applied", the choices follow the life cycle on.
    expect([...select.options].map((o) => o.value)).toEqual([
      'preparing',
      'applied',
      'interview',
      'offer',
      'rejected',
      'withdrawn',
    ]);
  });

  it('shows a failed save and keeps the stored status selected', async () => {
    const records = [record('x', 'IT Officer', '2026-06-04T12:00:00+02:00')];
    const store = memoryStore(records);
    store.update = () => Promise.reject(new Error('disk full'));
    const { onChanged } = await renderTracker({ store });
    const select = statusSelect('IT Officer');
    fireEvent.change(select, { target: { value: 'preparing' } });
    await waitFor(() =>
      expect(within(item('IT Officer')).getByRole('alert').textContent).toBe('Not saved: disk full'),
    );
    expect(select.value).toBe('saved');
    expect(onChanged).not.toHaveBeenCalled();
  });

  it('saves notes when the box loses focus, and reads them back', async () => {
    const { db: database, onChanged } = await renderTracker({
      records: [record('x', 'IT Officer', '2026-06-04T12:00:00+02:00')],
    });
    const box = notesBox('IT Officer');
    fireEvent.input(box, { target: { value: 'Ask Ana for the reference letter' } });
    fireEvent.blur(box);
    await waitFor(() => expect(within(item('IT Officer')).getByText('Notes saved.')).toBeTruthy());
    expect(onChanged).toHaveBeenCalledTimes(1);
    expect((await listTracked(database)).value[0].notes).toBe('Ask Ana for the reference letter');

    cleanup();
    await renderTracker({ reuse: database });
    expect(notesBox('IT Officer').value).toBe('Ask Ana for the reference letter');
  });

  it('saves notes with the Save button, once', async () => {
    const { db: database, onChanged } = await renderTracker({
      records: [record('x', 'IT Officer', '2026-06-04T12:00:00+02:00')],
    });
    fireEvent.input(notesBox('IT Officer'), { target: { value: 'CV sent' } });
    fireEvent.click(within(item('IT Officer')).getByRole('button', { name: 'Save notes' }));
    await waitFor(() => expect(onChanged).toHaveBeenCalledTimes(1));
    expect((await listTracked(database)).value[0].notes).toBe('CV sent');
    // Nothing new to save: no second write, no second "changed".
    fireEvent.blur(notesBox('IT Officer'));
    fireEvent.click(within(item('IT Officer')).getByRole('button', { name: 'Save notes' }));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(onChanged).toHaveBeenCalledTimes(1);
  });

  it('keeps a status change and a notes edit made in quick succession', async () => {
    const { db: database, onChanged } = await renderTracker({
      records: [record('x', 'IT Officer', '2026-06-04T12:00:00+02:00')],
    });
    fireEvent.input(notesBox('IT Officer'), { target: { value: 'Both kept' } });
    fireEvent.blur(notesBox('IT Officer'));
    fireEvent.change(statusSelect('IT Officer'), { target: { value: 'preparing' } });
    await waitFor(() => expect(onChanged).toHaveBeenCalledTimes(2));
    const [stored] = (await listTracked(database)).value;
    expect([stored.status, stored.notes]).toEqual(['preparing', 'Both kept']);
  });

  it('removes a notice only after confirmation', async () => {
    let answer = false;
    const {
      db: database,
      onChanged,
      confirm,
    } = await renderTracker({
      records: [record('x', 'IT Officer', '2026-06-04T12:00:00+02:00'), record('y', 'Other post', null)],
      confirm: () => answer,
    });
    const removeButton = () => within(item('IT Officer')).getByRole('button', { name: /^Remove/ });
    fireEvent.click(removeButton());
    await waitFor(() => expect(confirm).toHaveBeenCalledTimes(1));
    expect(confirm.mock.calls[0][0]).toContain('Remove “IT Officer” from the tracker?');
    expect((await listTracked(database)).value).toHaveLength(2);

    answer = true;
    fireEvent.click(removeButton());
    await waitFor(() =>
      expect(document.getElementById('tracker-list-message')?.textContent).toBe('Removed “IT Officer”.'),
    );
    expect(titles()).toEqual(['Other post']);
    expect((await listTracked(database)).value.map((r) => r.id)).toEqual(['y']);
    expect(onChanged).toHaveBeenCalledTimes(1);
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Saved notices' }));
  });
});

describe('tracker page: filters', () => {
  const records = () => [
    record('a', 'Legal Officer', '2026-06-04T12:00:00+02:00', { notes: 'Ask about remote work' }),
    record('b', 'IT Officer', '2026-06-10T12:00:00+02:00', {
      status: 'applied',
      appliedAt: NOW.toISOString(),
    }),
    makeRecord('c', {
      notice: {
        title: 'Data Scientist',
        institution: 'Agence de l’Union européenne pour la cybersécurité',
        deadline: '2026-06-20T12:00:00+02:00',
      },
    }),
    record('d', 'Closed post', '2026-04-15T12:00:00+02:00'),
    record('e', 'Undated post', null),
  ];

  function search(text: string) {
    fireEvent.input(screen.getByRole('searchbox', { name: 'Search' }), { target: { value: text } });
  }

  it('filters by status', async () => {
    await renderTracker({ records: records() });
    const filter = within(screen.getByRole('search')).getByLabelText('Status') as HTMLSelectElement;
    expect([...filter.options].map((o) => o.textContent)).toContain('Applied (1)');
    fireEvent.change(filter, { target: { value: 'applied' } });
    expect(titles()).toEqual(['IT Officer']);
    expect(screen.getByText('Showing 1 of 5 saved notices.')).toBeTruthy();
    fireEvent.change(filter, { target: { value: 'saved' } });
    expect(titles()).toEqual(['Closed post', 'Legal Officer', 'Data Scientist', 'Undated post']);
  });

  it('searches title, reference, institution and notes, ignoring case and accents', async () => {
    await renderTracker({ records: records() });
    search('officer');
    expect(titles()).toEqual(['Legal Officer', 'IT Officer']);
    search('REMOTE');
    expect(titles()).toEqual(['Legal Officer']);
    search('EC/2026/b');
    expect(titles()).toEqual(['IT Officer']);
    search('union europeenne');
    expect(titles()).toEqual(['Data Scientist']);
    search('officer remote');
    expect(titles()).toEqual(['Legal Officer']);
  });

  it('hides closed notices, keeping those without a deadline', async () => {
    await renderTracker({ records: records() });
    fireEvent.click(screen.getByRole('checkbox', { name: 'Hide closed notices (deadline passed)' }));
    expect(titles()).toEqual(['Legal Officer', 'IT Officer', 'Data Scientist', 'Undated post']);
  });

  it('says when nothing matches and clears the filters', async () => {
    await renderTracker({ records: records() });
    search('no such words');
    expect(screen.queryAllByRole('heading', { level: 3 })).toEqual([]);
    expect(screen.getByText('No saved notice matches these filters.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Clear the filters' }));
    expect(titles()).toHaveLength(5);
    expect((screen.getByRole('searchbox', { name: 'Search' }) as HTMLInputElement).value).toBe('');
  });
});

describe('tracker page: exports', () => {
  function calendar(text: string) {
    return new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent');
  }

  function dtstart(event: ICAL.Component): string {
    return (event.getFirstPropertyValue('dtstart') as ICAL.Time).toJSDate().toISOString();
  }

  it('downloads every dated deadline as a calendar that ical.js reads, at the exact instant', async () => {
    const { download } = await renderTracker({
      records: [
        record('a', 'IT Officer', '2026-06-04T12:00:00+02:00'),
        makeRecord('b', {
          notice: {
            title: 'Helsinki post',
            deadline: '2026-06-10T16:00:00+03:00',
            deadlineZone: 'Europe/Helsinki',
          },
        }),
        record('c', 'Undated post', null),
      ],
    });
    openSettings();
    fireEvent.click(screen.getByRole('button', { name: 'Calendar: all deadlines (.ics)' }));
    expect(download).toHaveBeenCalledTimes(1);
    const [filename, mime, text] = download.mock.calls[0];
    expect(filename).toBe('vacancy-lens-deadlines-2026-05-01.ics');
    expect(mime).toBe('text/calendar;charset=utf-8');
    const events = calendar(text);
    expect(events.map((e) => String(e.getFirstPropertyValue('summary')))).toEqual([
      'Deadline: IT Officer',
      'Deadline: Helsinki post',
    ]);
    expect(events.map(dtstart)).toEqual(['2026-06-04T10:00:00.000Z', '2026-06-10T13:00:00.000Z']);
    expect(text).toContain('PRODID:-//Vacancy Lens//Test//EN');
  });

  it('downloads one notice as a calendar event', async () => {
    const { download } = await renderTracker({
      records: [record('a', 'IT Officer', '2026-06-04T12:00:00+02:00'), record('c', 'Undated post', null)],
    });
    expect(within(item('Undated post')).queryByRole('button', { name: /^Calendar/ })).toBeNull();
    fireEvent.click(within(item('IT Officer')).getByRole('button', { name: /^Calendar \(\.ics\)/ }));
    const [filename, , text] = download.mock.calls[0];
    expect(filename).toBe('vacancy-lens-a.ics');
    const [event] = calendar(text);
    expect(dtstart(event)).toBe('2026-06-04T10:00:00.000Z');
    expect(String(event.getFirstPropertyValue('uid'))).toBe('a@vacancy-lens');
  });

  it('downloads the CSV proof of applications with its header', async () => {
    const { download } = await renderTracker({
      records: [record('a', '=HYPERLINK("x")', '2026-06-04T12:00:00+02:00', { notes: 'sent, "twice"' })],
    });
    openSettings();
    fireEvent.click(screen.getByRole('button', { name: 'Export CSV' }));
    const [filename, mime, text] = download.mock.calls[0];
    expect(filename).toBe('vacancy-lens-applications-2026-05-01.csv');
    expect(mime).toBe('text/csv;charset=utf-8');
    const [header, row] = text.replace(/^\uFEFF/, '').split('\r\n');
    expect(header).toBe(CSV_HEADER.join(','));
    expect(row.startsWith(`"'=HYPERLINK(""x"")",EC/2026/a,European Commission,`)).toBe(true);
    expect(row.endsWith(',"sent, ""twice"""')).toBe(true);
  });

  it('downloads a full backup (profile + tracker) that reads back as a backup', async () => {
    const profile = exampleProfile();
    const { download } = await renderTracker({
      records: [record('a', 'IT Officer', '2026-06-04T12:00:00+02:00'), record('b', 'Other', null)],
      profile,
    });
    openSettings();
    fireEvent.click(screen.getByRole('button', { name: 'Download full backup (JSON)' }));
    await waitFor(() => expect(download).toHaveBeenCalledTimes(1));
    const [filename, mime, text] = download.mock.calls[0];
    expect([filename, mime]).toEqual(['vacancy-lens-backup-2026-05-01.json', 'application/json']);
    const parsed = parseBackupText(text);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    expect(parsed.backup.profile).toEqual(profile);
    expect(parsed.backup.tracked.map((r) => r.id).sort()).toEqual(['a', 'b']);
    expect(parsed.backup.exportedAt).toBe(NOW.toISOString());
    expect(screen.getByText(/Downloaded a backup of your profile and 2 saved notices/)).toBeTruthy();
  });
});

describe('tracker page: restoring a backup', () => {
  it('shows why a corrupt backup is refused and changes nothing', async () => {
    const { db: database, onChanged } = await renderTracker({
      records: [record('a', 'IT Officer', '2026-06-04T12:00:00+02:00')],
    });
    const before = await readUserData(database);
    const backup = makeBackup(null, [record('b', 'Broken post', null)], NOW);
    const corrupt = JSON.parse(JSON.stringify(backup)) as { tracked: Array<Record<string, unknown>> };
    corrupt.tracked[0].status = 'hired';
    importText('corrupt.json', JSON.stringify(corrupt));

    const alert = await screen.findByText(/was not restored: it is not a valid Vacancy Lens backup/);
    const box = alert.closest('[role="alert"]') as HTMLElement;
    expect(box.textContent).toContain('Nothing was changed.');
    expect(within(box).getByText('tracked.0.status')).toBeTruthy();
    expect(box.textContent).toContain('In "Broken post"');
    expect(screen.queryByRole('button', { name: 'Apply' })).toBeNull();
    expect(await readUserData(database)).toEqual(before);
    expect(titles()).toEqual(['IT Officer']);
    expect(onChanged).not.toHaveBeenCalled();
  });

  it('refuses a file that is not JSON', async () => {
    const { db: database } = await renderTracker({ records: [record('a', 'IT Officer', null)] });
    const before = await readUserData(database);
    importText('notes.json', 'not { json');
    const alert = await screen.findByText(/was not restored/);
    expect(alert.closest('[role="alert"]')?.textContent).toContain('This file is not JSON');
    expect(await readUserData(database)).toEqual(before);
  });

  it('previews what a valid backup adds and replaces, then applies it in one go', async () => {
    const here = [
      record('keep', 'Kept Officer', '2026-06-01T12:00:00+02:00'),
      record('replace', 'Replaced Officer', '2026-06-02T12:00:00+02:00'),
      record('newer', 'Newer Officer', '2026-06-03T12:00:00+02:00', {
        notes: 'written after the backup',
        updatedAt: '2026-04-28T08:00:00.000Z',
      }),
    ];
    const { db: database, onChanged } = await renderTracker({ records: here });
    const before = await readUserData(database);

    const profile = exampleProfile();
    const backup = makeBackup(
      profile,
      [
        record('added', 'Added Officer', '2026-06-05T12:00:00+02:00'),
        record('replace', 'Replaced Officer', '2026-06-02T12:00:00+02:00', {
          status: 'applied',
          appliedAt: '2026-04-22T09:00:00.000Z',
          updatedAt: '2026-04-22T09:00:00.000Z',
        }),
        record('newer', 'Newer Officer', '2026-06-03T12:00:00+02:00', { notes: 'older notes' }),
      ],
      new Date('2026-04-23T10:00:00Z'),
    );
    importText('vacancy-lens-backup.json', JSON.stringify(backup));

    const heading = await screen.findByRole('heading', { name: 'Restore this backup?' });
    await waitFor(() => expect(document.activeElement).toBe(heading));
    const preview = heading.closest('section') as HTMLElement;
    const inPreview = within(preview);
    expect(inPreview.getByText('Your profile will be added from the backup.')).toBeTruthy();
    expect(inPreview.getByText('1 notice will be added.')).toBeTruthy();
    expect(inPreview.getByText("2 notices will be replaced by the backup's copy.")).toBeTruthy();
    const list = (name: string) =>
      inPreview.getByRole('heading', { name }).nextElementSibling?.textContent ?? '';
    expect(list('Added (1)')).toBe('Added Officer');
    expect(list('Replaced (2)')).toBe('Replaced OfficerNewer Officer');
    const warning = inPreview.getByText('Newer here:').closest('div') as HTMLElement;
    expect(warning.textContent).toContain('changed in this browser after the backup was made');
    expect(within(warning).getByText('Newer Officer')).toBeTruthy();

    // Nothing is written by the preview.
    expect(await readUserData(database)).toEqual(before);
    expect(onChanged).not.toHaveBeenCalled();

    fireEvent.click(inPreview.getByRole('button', { name: 'Apply' }));
    await screen.findByText(/1 notice added, 2 replaced, profile added/);
    const after = await readUserData(database);
    expect(after.value.profile).toEqual(profile);
    const byId = new Map(after.value.tracked.map((r) => [r.id, r]));
    expect([...byId.keys()].sort()).toEqual(['added', 'keep', 'newer', 'replace']);
    expect(byId.get('replace')?.status).toBe('applied');
    expect(byId.get('newer')?.notes).toBe('older notes');
    expect(onChanged).toHaveBeenCalledTimes(1);
    expect(titles()).toEqual(['Kept Officer', 'Replaced Officer', 'Newer Officer', 'Added Officer']);
    expect(statusSelect('Replaced Officer').value).toBe('applied');
    expect(screen.queryByRole('heading', { name: 'Restore this backup?' })).toBeNull();
  });

  it('cancels a preview without writing anything', async () => {
    const { db: database } = await renderTracker({ records: [] });
    importText('b.json', JSON.stringify(makeBackup(null, [record('n', 'New post', null)], NOW)));
    fireEvent.click(await screen.findByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('heading', { name: 'Restore this backup?' })).toBeNull();
    expect((await listTracked(database)).value).toEqual([]);
  });

  it('says when a backup holds nothing new', async () => {
    const here = [record('a', 'IT Officer', null)];
    await renderTracker({ records: here });
    importText('same.json', JSON.stringify(makeBackup(null, here, NOW)));
    expect(
      await screen.findByText('Nothing to restore: everything in this backup is already here.'),
    ).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Apply' })).toBeNull();
  });
});

describe('tracker page: the saved copy', () => {
  const HOSTILE =
    '<img src=x onerror="globalThis.__pwned=1"><script>globalThis.__pwned=2</script>\n<b>Bold?</b> &amp; «EU» ‮reversed';

  it('shows the snapshot as plain text in a dialog, hostile markup included literally', async () => {
    await renderTracker({
      records: [record('x', '<i>IT</i> Officer', '2026-06-04T12:00:00+02:00', { snapshot: HOSTILE })],
    });
    const dialog = document.querySelector('dialog.snapshot-dialog') as HTMLDialogElement;
    expect(dialog.open).toBe(false);
    fireEvent.click(within(item('<i>IT</i> Officer')).getByRole('button', { name: /^Saved copy/ }));
    await waitFor(() => expect(dialog.open).toBe(true));
    const text = dialog.querySelector('pre') as HTMLPreElement;
    expect(text.textContent).toBe(HOSTILE);
    expect(dialog.querySelector('img, script, b, i')).toBeNull();
    expect(within(dialog).getByRole('heading', { level: 2 }).textContent).toBe(
      'Saved copy: <i>IT</i> Officer',
    );
    expect((globalThis as { __pwned?: number }).__pwned).toBeUndefined();
    expect(document.querySelector('main img, main script')).toBeNull();

    fireEvent.click(within(dialog).getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(dialog.open).toBe(false));
  });
});

describe('tracker page: accessibility', () => {
  it('labels every control', async () => {
    const { container } = await renderTracker({
      records: [record('a', 'IT Officer', '2026-06-04T12:00:00+02:00'), record('b', 'Other', null)],
    });
    // Every control of the details (both opened) and of the settings panel.
    item('IT Officer');
    item('Other');
    openSettings();
    const controls = container.querySelectorAll('input, select, textarea');
    expect(controls.length).toBeGreaterThan(6);
    for (const control of controls) {
      const labels = (control as HTMLInputElement).labels;
      expect(labels?.length ?? 0, `${control.outerHTML} has no label`).toBeGreaterThan(0);
    }
  });

  it('has no axe violations: list, empty state, import preview, snapshot dialog', async () => {
    const records = [
      record('a', 'IT Officer', '2026-06-04T12:00:00+02:00', {
        previousDeadline: '2026-05-28T12:00:00+02:00',
        notes: 'notes',
      }),
      record('b', 'Closed post', '2026-04-15T12:00:00+02:00', {
        status: 'applied',
        appliedAt: NOW.toISOString(),
      }),
      record('c', 'Undated post', null),
    ];
    const { container } = await renderTracker({ records, profile: exampleProfile() });
    expect(await axeViolations(container)).toEqual([]);

    importText('b.json', JSON.stringify(makeBackup(exampleProfile(), [record('n', 'New post', null)], NOW)));
    await screen.findByRole('heading', { name: 'Restore this backup?' });
    fireEvent.click(within(item('IT Officer')).getByRole('button', { name: /^Saved copy/ }));
    await waitFor(() => expect((document.querySelector('dialog') as HTMLDialogElement).open).toBe(true));
    expect(await axeViolations(container)).toEqual([]);

    cleanup();
    const empty = await renderTracker();
    expect(await axeViolations(empty.container)).toEqual([]);
  });
});

describe('tracker page: a copy that went stale while the page was open', () => {
  const NEW_DEADLINE = '2026-06-30T12:00:00+02:00';
  const NEW_URL = 'https://eu-careers.europa.eu/en/job-opportunities/x-corrected';

  /** What the background does when the notice is saved again from its page (deadline extended, address moved). */
  async function savedAgainElsewhere(database: VacancyDb) {
    const [current] = (await listTracked(database)).value;
    await putTracked(database, {
      ...current,
      url: NEW_URL,
      notice: { ...current.notice, deadline: NEW_DEADLINE },
      previousDeadline: current.notice.deadline,
    });
  }

  it('a status change does not write the old deadline and address back; the page says so and shows the newer copy', async () => {
    const { db: database, onChanged } = await renderTracker({
      records: [record('x', 'IT Officer', '2026-06-04T12:00:00+02:00')],
    });
    await savedAgainElsewhere(database);

    fireEvent.change(statusSelect('IT Officer'), { target: { value: 'applied' } });
    const message = await waitFor(() => {
      const element = document.getElementById('tracker-list-message');
      expect(element?.textContent).toContain('changed elsewhere');
      return element!;
    });
    expect(message.getAttribute('role')).toBe('status');
    expect(message.textContent).toBe(
      '“IT Officer” was changed elsewhere (saved again from the notice, or in another tab) while this page was open. Your change was saved on the newer copy, which is shown now.',
    );
    const [stored] = (await listTracked(database)).value;
    expect([stored.status, stored.notice.deadline, stored.url, stored.version]).toEqual([
      'applied',
      NEW_DEADLINE,
      NEW_URL,
      3,
    ]);
    // The page shows the newer copy: its address and the changed deadline.
    expect(
      within(item('IT Officer'))
        .getByRole('link', { name: /Open the notice/ })
        .getAttribute('href'),
    ).toBe(NEW_URL);
    expect(within(item('IT Officer')).getByText(/Deadline changed:/)).toBeTruthy();
    expect(statusSelect('IT Officer').value).toBe('applied');
    expect(onChanged).toHaveBeenCalledTimes(1);
  });

  it('a notes edit after the notes changed in another tab is refused; the draft is kept to save again', async () => {
    const { db: database, onChanged } = await renderTracker({
      records: [record('x', 'IT Officer', '2026-06-04T12:00:00+02:00')],
    });
    const [current] = (await listTracked(database)).value;
    await putTracked(database, { ...current, notes: 'Written in another tab' });

    const box = notesBox('IT Officer');
    fireEvent.input(box, { target: { value: 'Mine' } });
    fireEvent.blur(box);
    const message = await waitFor(() => {
      const element = document.getElementById('tracker-list-message');
      expect(element?.textContent).toContain('changed elsewhere');
      return element!;
    });
    expect(message.getAttribute('role')).toBe('alert');
    expect(message.textContent).toBe(
      '“IT Officer” was changed elsewhere while this page was open: your change to its notes was not saved. The newer copy is shown now; make your change again if it still applies.',
    );
    expect(
      within(item('IT Officer')).getByText(/^Not saved: this notice was changed elsewhere/),
    ).toBeTruthy();
    expect((await listTracked(database)).value[0].notes).toBe('Written in another tab');
    expect(onChanged).not.toHaveBeenCalled();

    // The user's text is still in the box; saving again (on the newer copy) replaces the notes.
    expect(notesBox('IT Officer').value).toBe('Mine');
    fireEvent.click(within(item('IT Officer')).getByRole('button', { name: 'Save notes' }));
    await waitFor(() => expect(within(item('IT Officer')).getByText('Notes saved.')).toBeTruthy());
    expect((await listTracked(database)).value[0].notes).toBe('Mine');
  });

  it('a status change refused on the newer copy shows the stored status', async () => {
    const { db: database } = await renderTracker({
      records: [record('x', 'IT Officer', '2026-06-04T12:00:00+02:00')],
    });
    const [current] = (await listTracked(database)).value;
    await putTracked(database, { ...current, status: 'applied', appliedAt: NOW.toISOString() });
    const select = statusSelect('IT Officer');
    fireEvent.change(select, { target: { value: 'withdrawn' } });
    await waitFor(() =>
      expect(document.getElementById('tracker-list-message')?.getAttribute('role')).toBe('alert'),
    );
    expect((await listTracked(database)).value[0].status).toBe('applied');
    await waitFor(() => expect(statusSelect('IT Officer').value).toBe('applied'));
  });

  it('says when the notice was removed elsewhere', async () => {
    const { db: database } = await renderTracker({
      records: [record('x', 'IT Officer', '2026-06-04T12:00:00+02:00'), record('y', 'Other post', null)],
    });
    await database.delete('tracked', 'x');
    fireEvent.change(statusSelect('IT Officer'), { target: { value: 'preparing' } });
    await waitFor(() =>
      expect(document.getElementById('tracker-list-message')?.textContent).toContain('was removed elsewhere'),
    );
    expect(titles()).toEqual(['Other post']);
  });
});

describe('tracker page: bidirectional text', () => {
  it('isolates notice text in <bdi>: an override in a title stays inside it', async () => {
    const title = 'IT Officer \u202Efdp.exe';
    await renderTracker({
      records: [
        makeRecord('x', {
          notice: { title, institution: '\u202EAgency', reference: 'EC/\u202E1' },
          reference: 'EC/\u202E1',
        }),
      ],
    });
    item(title);
    const heading = screen.getByRole('heading', { level: 3 });
    expect(heading.querySelector('bdi')?.textContent).toBe(title);
    const li = heading.closest('li')!;
    const isolated = [...li.querySelectorAll('bdi')].map((b) => b.textContent);
    expect(isolated).toEqual(expect.arrayContaining(['EC/\u202E1', '\u202EAgency']));
    // Text outside <bdi> carries no control character: an attribute cannot isolate, so it is stripped.
    expect(within(li).getByRole('list', { name: 'Actions for IT Officer fdp.exe' })).toBeTruthy();
    expect(notesBox(title).getAttribute('dir')).toBe('auto');
  });

  it('removes bidi controls from the title in the removal question', async () => {
    const { confirm } = await renderTracker({
      records: [makeRecord('x', { notice: { title: 'Post \u202Eevil' } })],
      confirm: () => false,
    });
    fireEvent.click(within(item('Post \u202Eevil')).getByRole('button', { name: /^Remove/ }));
    await waitFor(() => expect(confirm).toHaveBeenCalled());
    expect(confirm.mock.calls[0][0]).toContain('“Post evil”');
  });
});

describe('tracker page: backup file size', () => {
  it('refuses a 340 MB file before reading it, with the size, and writes nothing', async () => {
    const { db: database, onChanged } = await renderTracker({ records: [record('a', 'IT Officer', null)] });
    const before = await readUserData(database);
    const file = jsonFile('huge.json', '{}');
    Object.defineProperty(file, 'size', { value: 340_000_000 });
    const read = vi.spyOn(file, 'text');
    openSettings();
    fireEvent.change(screen.getByLabelText('Restore a backup (JSON file)'), { target: { files: [file] } });
    const alert = await screen.findByText(/This file is 340 MB; a Vacancy Lens backup is at most 20 MB/);
    expect(alert.closest('[role="alert"]')?.textContent).toContain('nothing was changed');
    expect(read).not.toHaveBeenCalled();
    expect(await readUserData(database)).toEqual(before);
    expect(onChanged).not.toHaveBeenCalled();
  });
});

describe('analysed notices: the clear control', () => {
  it('asks, clears through the given callback and says how many were cleared', async () => {
    const onClear = vi.fn(async () => ({ removed: 3 }));
    const confirm = vi.fn(() => true);
    render(<AnalysedNotices onClear={onClear} confirm={confirm} maxRecords={200} maxAgeDays={90} />);
    expect(screen.getByText(/the\s+200 most recent, for 90 days/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Clear analysed notices' }));
    await screen.findByText('Cleared 3 analysed notices.');
    expect(screen.getByText('Cleared 3 analysed notices.').getAttribute('role')).toBe('status');
    expect(confirm).toHaveBeenCalledTimes(1);
    expect(onClear).toHaveBeenCalledTimes(1);
  });

  it('does nothing when the user says no, and reports a failure', async () => {
    const onClear = vi.fn(async (): Promise<{ removed: number }> => {
      throw new Error('no answer');
    });
    const answers = [false, true];
    render(
      <AnalysedNotices onClear={onClear} confirm={() => answers.shift()!} maxRecords={200} maxAgeDays={90} />,
    );
    const button = screen.getByRole('button', { name: 'Clear analysed notices' });
    fireEvent.click(button);
    await waitFor(() => expect(answers).toHaveLength(1));
    expect(onClear).not.toHaveBeenCalled();
    fireEvent.click(button);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe('The analysed notices were not cleared: no answer');
  });

  it('has no axe violations', async () => {
    const { container } = render(
      <AnalysedNotices
        onClear={async () => ({ removed: 0 })}
        confirm={() => true}
        maxRecords={200}
        maxAgeDays={90}
      />,
    );
    expect(await axeViolations(container)).toEqual([]);
  });
});

/** An in-memory store: what a test passes when it needs a failure IndexedDB would not give. */
function memoryStore(initial: TrackedNotice[], profile: Profile | null = null): TrackerStore {
  const records = new Map(initial.map((r) => [r.id, r]));
  let stored = profile;
  return {
    list: async () => ({ records: [...records.values()], errors: [] }),
    update: async (id, baseVersion, edit, now) => {
      const outcome = applyEdit(records.get(id) ?? null, baseVersion, edit, now);
      if (outcome.kind === 'saved' || outcome.kind === 'merged') records.set(id, outcome.record);
      return outcome;
    },
    remove: async (id) => void records.delete(id),
    profile: async () => stored,
    applyBackup: async (backup) => {
      if (backup.profile) stored = backup.profile;
      for (const r of backup.tracked) records.set(r.id, r);
    },
    exportData: async () => ({ profile: stored, tracked: [...records.values()] }),
  };
}
