/**
 * The tracker page: every saved notice, soonest deadline first, with its verdict against the
 * current profile, the candidate's status and notes; filters; calendar, CSV and backup
 * exports; restoring a backup after a preview. Pure: storage, the clock, downloads,
 * confirmation and "something changed" come in as props (entrypoints/tracker wires them).
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { ReminderOffset, RecordError, TrackedNotice, TrackedStatus } from '../../lib/db';
import type { Overall } from '../../lib/eligibility/types';
import type { Profile } from '../../lib/profile';
import {
  BACKUP_MAX_BYTES,
  backupTooLargeMessage,
  displayTitle,
  EDITABLE_FIELD_LABELS,
  makeBackup,
  parseBackupText,
  planImport,
  stripBidiControls,
  toCsv,
  toIcs,
  type EditOutcome,
  type TrackedEdit,
  DEFAULT_REMINDER_OFFSETS,
  needsReminders,
} from '../../lib/tracker';
import type { HistoryEntry } from '../../lib/tracker/history';
import { DEFAULT_SORT, type TableSort, type TrackerView } from '../../lib/tracker/views';
import { HistoryTimeline } from './HistoryTimeline';
import { NoticeReminders } from './NoticeReminders';
import { ReminderSettings } from './ReminderSettings';
import { SettingsMenu } from './SettingsMenu';
import { TrackerViews } from './TrackerViews';
import { FIRST_ROWS } from './TableView';
import { clip } from '../notice/evidence';
import { filterRecords, isFiltered, NO_FILTER, sortByDeadline, type TrackerFilter } from './filters';
import type { ImportState } from './ImportReport';
import { SnapshotDialog } from './SnapshotDialog';
import type { TrackerStore } from './store';
import { TrackedItem } from './TrackedItem';
import { TrackerFilters } from './TrackerFilters';
import { TrackerToolbar, type ToolbarMessage } from './TrackerToolbar';

export interface TrackerPageProps {
  store: TrackerStore;
  /** The clock: the page shows countdowns and verdicts as of this instant, and dates its changes with it. */
  nowMs: number;
  /** The user's IANA zone, e.g. Intl.DateTimeFormat().resolvedOptions().timeZone. */
  userZone: string;
  /** Hands a file to the user (the entrypoint makes a Blob download). */
  download: (filename: string, mime: string, text: string) => void;
  /** Called after every stored change (status, notes, removal, restore): reminders are rescheduled. */
  onChanged: () => void;
  /** Asked before a removal; false keeps the notice. */
  confirm: (message: string) => boolean | Promise<boolean>;
  /** The options page, where the profile is created. */
  optionsUrl?: string;
  /** The calendar's PRODID. */
  productId?: string;
  /** Changing it re-reads the store (the entrypoint bumps it when the tab is shown again). */
  refreshKey?: number;
  /** The view to open on (the entrypoint remembers the user's last one); the table by default. */
  initialView?: TrackerView;
  onViewChange?: (view: TrackerView) => void;
  initialSort?: TableSort;
  onSortChange?: (sort: TableSort) => void;
  /** The default reminders (a setting in extension storage); DEFAULT_REMINDER_OFFSETS when not given. */
  reminderDefaults?: readonly ReminderOffset[];
  /** Saves the default reminders; without it the settings do not offer them. */
  onReminderDefaults?: (offsets: ReminderOffset[]) => Promise<void>;
  /** More for the settings panel (analysed notices, sync…), after the exports and reminders. */
  moreSettings?: ComponentChildren;
}

type LoadState = { kind: 'loading' } | { kind: 'ready' } | { kind: 'failed'; message: string };

const DEFAULT_PRODUCT_ID = '-//Vacancy Lens//Deadline tracker//EN';

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** "2026-05-01" for file names. */
function fileDate(nowMs: number): string {
  return new Date(nowMs).toISOString().slice(0, 10);
}

/** An id from a backup can hold anything: keep file names to safe characters. */
function fileSafe(text: string): string {
  return (
    text
      .replace(/[^A-Za-z0-9._-]+/g, '-')
      .replace(/^[-.]+|-+$/g, '')
      .slice(0, 80) || 'notice'
  );
}

export function TrackerPage(props: TrackerPageProps) {
  const { store, nowMs, userZone, download, confirm } = props;
  const [load, setLoad] = useState<LoadState>({ kind: 'loading' });
  const [records, setRecords] = useState<TrackedNotice[]>([]);
  const [loadErrors, setLoadErrors] = useState<RecordError[]>([]);
  const [profile, setProfile] = useState<Profile | null>(null);
  const [filter, setFilter] = useState<TrackerFilter>(NO_FILTER);
  const [snapshotId, setSnapshotId] = useState<string | null>(null);
  const [importState, setImportState] = useState<ImportState | null>(null);
  const [toolbarMessage, setToolbarMessage] = useState<ToolbarMessage | null>(null);
  const [listMessage, setListMessage] = useState<ToolbarMessage | null>(null);
  const [view, setView] = useState<TrackerView>(props.initialView ?? 'table');
  const [sort, setSort] = useState<TableSort>(props.initialSort ?? DEFAULT_SORT);
  const [settingsOpen, setSettingsOpen] = useState(false);
  /** Only the first rows are read yet (the first screen); the whole list follows. */
  const [partial, setPartial] = useState(false);
  const firstRead = useRef(true);
  const viewRef = useRef(view);
  viewRef.current = view;
  const sortRef = useRef(sort);
  sortRef.current = sort;
  const [reminderDefaults, setReminderDefaults] = useState<readonly ReminderOffset[]>(
    props.reminderDefaults ?? DEFAULT_REMINDER_OFFSETS,
  );
  useEffect(() => {
    if (props.reminderDefaults) setReminderDefaults(props.reminderDefaults);
  }, [props.reminderDefaults]);

  // Saves run one after another, each on the latest copy of its record: a status change and a
  // notes blur in quick succession must not overwrite each other.
  const recordsRef = useRef<TrackedNotice[]>([]);
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const mounted = useRef(true);
  const listHeading = useRef<HTMLHeadingElement>(null);
  const latest = useRef(props);
  latest.current = props;

  function showRecords(next: TrackedNotice[]) {
    recordsRef.current = next;
    setRecords(next);
  }

  function changed() {
    try {
      latest.current.onChanged();
    } catch {
      // Rescheduling reminders is the background's job; a failure there must not undo a save.
    }
  }

  function enqueue<T>(task: () => Promise<T>): Promise<T> {
    const run = queue.current.then(task, task);
    queue.current = run.catch(() => undefined);
    return run;
  }

  async function reload(): Promise<void> {
    // Opening on the table by deadline: its first screen is drawn from the first records by
    // deadline (a quick read) while the whole list, with every saved text, is read.
    const quick =
      firstRead.current &&
      store.listFirst !== undefined &&
      viewRef.current === 'table' &&
      sortRef.current.key === DEFAULT_SORT.key &&
      sortRef.current.direction === DEFAULT_SORT.direction;
    firstRead.current = false;
    if (quick) {
      try {
        const [first, stored] = await Promise.all([store.listFirst!(FIRST_ROWS), store.profile()]);
        if (!mounted.current) return;
        if (first.records.length >= FIRST_ROWS) {
          showRecords(first.records);
          setProfile(stored);
          setPartial(true);
          setLoad({ kind: 'ready' });
        }
      } catch {
        // The whole read below says what went wrong, if anything.
      }
    }
    const [list, stored] = await Promise.all([store.list(), store.profile()]);
    if (!mounted.current) return;
    showRecords(sortByDeadline(list.records));
    setLoadErrors(list.errors);
    setProfile(stored);
    setPartial(false);
    setLoad({ kind: 'ready' });
  }

  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  useEffect(() => {
    enqueue(reload).catch((error: unknown) => {
      if (mounted.current) setLoad({ kind: 'failed', message: messageOf(error) });
    });
  }, [store, props.refreshKey]);

  function showRecord(record: TrackedNotice) {
    if (mounted.current) showRecords(recordsRef.current.map((r) => (r.id === record.id ? record : r)));
  }

  /** After finding that this page's copy was stale: the whole list is read again. */
  async function reloadAfterStale(): Promise<void> {
    try {
      await reload();
    } catch (error) {
      if (mounted.current) setLoad({ kind: 'failed', message: messageOf(error) });
    }
  }

  /**
   * Sends only the fields the user changed, with the version this page read (`edit` gets
   * the record as shown). The store re-reads the record in the same transaction: a newer
   * copy (saved again from the notice, edited in another tab) is never overwritten by this
   * page's. Resolves to null when saved, or to the reason it was not.
   */
  function saveEdit(id: string, edit: (shown: TrackedNotice) => TrackedEdit) {
    return enqueue(async (): Promise<string | null> => {
      const shown = recordsRef.current.find((r) => r.id === id);
      if (!shown) return 'This notice is no longer in the tracker.';
      const title = displayTitle(shown);
      let outcome: EditOutcome;
      try {
        outcome = await store.update(id, shown.version, edit(shown), new Date(latest.current.nowMs));
      } catch (error) {
        return `Not saved: ${messageOf(error)}`;
      }
      switch (outcome.kind) {
        case 'saved':
          showRecord(outcome.record);
          changed();
          return null;
        case 'unchanged':
          showRecord(outcome.record);
          return null;
        case 'merged':
          changed();
          await reloadAfterStale();
          if (mounted.current) setListMessage({ tone: 'ok', text: staleMerged(title) });
          return null;
        case 'conflict':
          await reloadAfterStale();
          if (mounted.current) setListMessage({ tone: 'error', text: staleConflict(title, outcome.fields) });
          return 'Not saved: this notice was changed elsewhere. The newer copy is shown now.';
        case 'refused':
          if (outcome.record.version === shown.version) return outcome.reason;
          await reloadAfterStale();
          if (mounted.current) setListMessage({ tone: 'error', text: staleConflict(title, ['status']) });
          return `Not saved: this notice was changed elsewhere. ${outcome.reason}`;
        case 'missing':
          await reloadAfterStale();
          if (mounted.current)
            setListMessage({
              tone: 'error',
              text: (
                <>
                  “<bdi>{clip(title, 120)}</bdi>” was removed elsewhere while this page was open: your change
                  was not saved.
                </>
              ),
            });
          return 'Not saved: this notice is no longer in the tracker.';
      }
    });
  }

  const changeStatus = (id: string, status: TrackedStatus) =>
    saveEdit(id, (shown) => ({ status: { from: shown.status, to: status } }));

  const changeNotes = (id: string, notes: string) =>
    saveEdit(id, (shown) => ({ notes: { from: shown.notes, to: notes } }));

  const changeReminders = (id: string, offsets: ReminderOffset[] | null) =>
    saveEdit(id, (shown) => ({ reminderOffsets: { from: shown.reminderOffsets, to: offsets } }));

  const changeHistory = (id: string, history: HistoryEntry[]) =>
    saveEdit(id, (shown) => ({ history: { from: shown.history ?? null, to: history } }));

  function chooseView(next: TrackerView) {
    setView(next);
    latest.current.onViewChange?.(next);
  }

  function chooseSort(next: TableSort) {
    setSort(next);
    latest.current.onSortChange?.(next);
  }

  /** A notice's details, in the table under its row and in a dialog from the board and the calendar. */
  function details(record: TrackedNotice, verdictNow: Overall | null) {
    return (
      <ol class="tracker-list">
        <TrackedItem
          key={record.id}
          record={record}
          profile={profile}
          nowMs={nowMs}
          userZone={userZone}
          calm={!needsReminders(record.status)}
          onStatus={(status) => changeStatus(record.id, status)}
          onNotes={(notes) => changeNotes(record.id, notes)}
          onShowSnapshot={() => setSnapshotId(record.id)}
          onCalendar={() => exportOneCalendar(record)}
          onRemove={() => void remove(record)}
        >
          <NoticeReminders
            record={record}
            defaults={reminderDefaults}
            onChange={(offsets) => changeReminders(record.id, offsets)}
          />
          <HistoryTimeline
            record={record}
            verdictThen={record.verdictAtSave ?? null}
            verdictNow={verdictNow}
            userZone={userZone}
            nowMs={nowMs}
            onHistory={(history) => changeHistory(record.id, history)}
          />
        </TrackedItem>
      </ol>
    );
  }

  async function remove(record: TrackedNotice) {
    const title = clip(displayTitle(record), 120);
    // A browser dialog has no <bdi>: bidi controls are removed from the title instead.
    const ok = await confirm(
      `Remove “${stripBidiControls(title)}” from the tracker? Your notes and the saved copy of the notice are deleted too. This cannot be undone.`,
    );
    if (!ok) return;
    await enqueue(async () => {
      try {
        await store.remove(record.id);
      } catch (error) {
        setListMessage({
          tone: 'error',
          text: (
            <>
              “<bdi>{title}</bdi>” was not removed: {messageOf(error)}
            </>
          ),
        });
        return;
      }
      if (!mounted.current) return;
      showRecords(recordsRef.current.filter((r) => r.id !== record.id));
      setListMessage({
        tone: 'ok',
        text: (
          <>
            Removed “<bdi>{title}</bdi>”.
          </>
        ),
      });
      changed();
      // The removed item held the focus: put it somewhere meaningful.
      listHeading.current?.focus();
    });
  }

  function exportCalendar() {
    const dated = records.filter((r) => r.notice.deadline !== null);
    if (dated.length === 0) {
      setToolbarMessage({
        tone: 'error',
        text: 'No saved notice has a deadline: there is nothing to put in a calendar.',
      });
      return;
    }
    const ics = toIcs(dated, { now: new Date(nowMs), productId: props.productId ?? DEFAULT_PRODUCT_ID });
    download(`vacancy-lens-deadlines-${fileDate(nowMs)}.ics`, 'text/calendar;charset=utf-8', ics);
    setToolbarMessage({
      tone: 'ok',
      text: `Downloaded a calendar file with ${dated.length} deadline${dated.length === 1 ? '' : 's'}. Open it with your calendar.`,
    });
  }

  function exportOneCalendar(record: TrackedNotice) {
    const ics = toIcs([record], { now: new Date(nowMs), productId: props.productId ?? DEFAULT_PRODUCT_ID });
    download(`vacancy-lens-${fileSafe(record.id)}.ics`, 'text/calendar;charset=utf-8', ics);
  }

  function exportCsv() {
    download(`vacancy-lens-applications-${fileDate(nowMs)}.csv`, 'text/csv;charset=utf-8', toCsv(records));
    setToolbarMessage({ tone: 'ok', text: `Downloaded the CSV of your ${records.length} saved notices.` });
  }

  async function exportBackup() {
    try {
      const data = await store.exportData();
      const backup = makeBackup(data.profile, data.tracked, new Date(nowMs));
      download(
        `vacancy-lens-backup-${fileDate(nowMs)}.json`,
        'application/json',
        `${JSON.stringify(backup, null, 2)}\n`,
      );
      const unreadable =
        loadErrors.length > 0
          ? ` ${loadErrors.length} damaged record${loadErrors.length === 1 ? ' is' : 's are'} not included.`
          : '';
      setToolbarMessage({
        tone: 'ok',
        text: `Downloaded a backup of ${data.profile ? 'your profile and ' : ''}${data.tracked.length} saved notice${data.tracked.length === 1 ? '' : 's'}. Keep the file somewhere safe.${unreadable}`,
      });
    } catch (error) {
      setToolbarMessage({ tone: 'error', text: `The backup could not be made: ${messageOf(error)}` });
    }
  }

  async function importFile(file: File) {
    const fileName = file.name;
    setToolbarMessage(null);
    // Checked before the file is read: nothing is parsed, nothing is written.
    if (file.size > BACKUP_MAX_BYTES) {
      setImportState({
        kind: 'rejected',
        fileName,
        errors: [{ path: '', message: backupTooLargeMessage(file.size) }],
      });
      return;
    }
    setImportState({ kind: 'reading', fileName });
    try {
      const parsed = parseBackupText(await file.text());
      if (!parsed.ok) {
        if (mounted.current) setImportState({ kind: 'rejected', fileName, errors: parsed.errors });
        return;
      }
      const current = await store.exportData();
      if (!mounted.current) return;
      setImportState({
        kind: 'preview',
        fileName,
        backup: parsed.backup,
        plan: planImport(current, parsed.backup),
      });
    } catch (error) {
      if (mounted.current) setImportState({ kind: 'failed', fileName, message: `${messageOf(error)}.` });
    }
  }

  async function applyImport() {
    const state = importState;
    if (state?.kind !== 'preview') return;
    setImportState({ ...state, kind: 'applying' });
    await enqueue(async () => {
      try {
        await store.applyBackup(state.backup);
      } catch (error) {
        if (mounted.current)
          setImportState({ kind: 'failed', fileName: state.fileName, message: `${messageOf(error)}.` });
        return;
      }
      changed();
      try {
        await reload();
      } catch (error) {
        if (mounted.current) setLoad({ kind: 'failed', message: messageOf(error) });
      }
      if (mounted.current) setImportState({ kind: 'applied', fileName: state.fileName, plan: state.plan });
    });
  }

  const shown = useMemo(() => filterRecords(records, filter, nowMs), [records, filter, nowMs]);
  const snapshot = snapshotId === null ? null : (records.find((r) => r.id === snapshotId) ?? null);

  return (
    <main class="page tracker-page tracker-page--views">
      <header class="tracker-head">
        <div>
          <p class="brand">Vacancy Lens</p>
          <h1>Your applications</h1>
          <p class="lede">
            The vacancy notices you saved, each checked against your current profile. Everything stays on your
            computer.
          </p>
        </div>
        <SettingsMenu
          open={settingsOpen}
          onOpen={() => setSettingsOpen(true)}
          onClose={() => setSettingsOpen(false)}
        >
          <TrackerToolbar
            hasRecords={records.length > 0}
            message={toolbarMessage}
            importState={importState}
            userZone={userZone}
            onExportCalendar={exportCalendar}
            onExportCsv={exportCsv}
            onExportBackup={() => void exportBackup()}
            onImport={(file) => void importFile(file)}
            onApplyImport={() => void applyImport()}
            onCancelImport={() => setImportState(null)}
          />
          {props.onReminderDefaults && (
            <ReminderSettings
              initial={reminderDefaults}
              onChange={async (offsets) => {
                setReminderDefaults(offsets);
                await props.onReminderDefaults!(offsets);
              }}
            />
          )}
          {props.moreSettings}
        </SettingsMenu>
      </header>

      <section class="tracker-list-section" aria-labelledby="tracker-list-title">
        <h2 id="tracker-list-title" class="visually-hidden" ref={listHeading} tabIndex={-1}>
          Saved notices
        </h2>
        {load.kind === 'loading' && (
          <p class="loading" role="status">
            Loading your saved notices…
          </p>
        )}
        {load.kind === 'failed' && (
          <div class="message message-error" role="alert">
            <p>Your saved notices could not be opened: {load.message}</p>
          </div>
        )}
        <LoadErrors errors={loadErrors} />
        {listMessage && (
          <p
            id="tracker-list-message"
            class={`message ${listMessage.tone === 'ok' ? 'message-success' : 'message-error'}`}
            role={listMessage.tone === 'ok' ? 'status' : 'alert'}
          >
            {listMessage.text}
          </p>
        )}
        {load.kind === 'ready' && records.length === 0 && <EmptyState />}
        {load.kind === 'ready' && records.length > 0 && (
          <TrackerViews
            records={records}
            shown={shown}
            profile={profile}
            nowMs={nowMs}
            userZone={userZone}
            view={view}
            onView={chooseView}
            sort={sort}
            onSort={chooseSort}
            reminderDefaults={reminderDefaults}
            partial={partial}
            onMove={changeStatus}
            details={details}
            controls={
              <div class="tracker-controls">
                <TrackerFilters filter={filter} records={records} onChange={setFilter} />
              </div>
            }
          >
            {profile === null && (
              <p class="message message-neutral">
                No verdicts yet: Vacancy Lens needs your profile to tell whether you can apply.{' '}
                <a href={props.optionsUrl ?? 'options.html'} target="_blank" rel="noopener noreferrer">
                  Create your profile
                </a>
              </p>
            )}
            <p class="tracker-count" role="status">
              {partial
                ? 'Reading all your saved notices…'
                : isFiltered(filter)
                  ? `Showing ${shown.length} of ${records.length} saved notices.`
                  : `${records.length} saved notice${records.length === 1 ? '' : 's'}.`}
            </p>
            {shown.length === 0 && (
              <div class="empty-state">
                <p>No saved notice matches these filters.</p>
                <button type="button" class="button button-secondary" onClick={() => setFilter(NO_FILTER)}>
                  Clear the filters
                </button>
              </div>
            )}
          </TrackerViews>
        )}
      </section>

      <SnapshotDialog record={snapshot} onClose={() => setSnapshotId(null)} />
    </main>
  );
}

/** The page's copy was stale, but the user's change touched other fields: it was applied to the newer copy. */
function staleMerged(title: string) {
  return (
    <>
      “<bdi>{clip(title, 120)}</bdi>” was changed elsewhere (saved again from the notice, or in another tab)
      while this page was open. Your change was saved on the newer copy, which is shown now.
    </>
  );
}

/** The page's copy was stale and the same field changed elsewhere: nothing was written. */
function staleConflict(title: string, fields: readonly (keyof TrackedEdit)[]) {
  const names = fields.map((field) => EDITABLE_FIELD_LABELS[field]).join(' and ');
  return (
    <>
      “<bdi>{clip(title, 120)}</bdi>” was changed elsewhere while this page was open: your change to its{' '}
      {names} was not saved. The newer copy is shown now; make your change again if it still applies.
    </>
  );
}

function EmptyState() {
  return (
    <div class="empty-state">
      <p>
        <strong>No saved notices yet.</strong>
      </p>
      <p>
        Open a vacancy notice — on EU Careers, the Commission's or EPSO's site, or an EU agency's. When the
        Vacancy Lens card appears on the page, choose <strong>Save to tracker</strong> (the same button is in
        the toolbar popup). The notice then shows here with its deadline, and Vacancy Lens reminds you before
        it closes.
      </p>
      <p>Moved to a new computer? Restore your backup file in “Settings and export”.</p>
    </div>
  );
}

function LoadErrors({ errors }: { errors: RecordError[] }) {
  if (errors.length === 0) return null;
  return (
    <div class="message message-error" role="alert">
      <p>
        {errors.length === 1
          ? '1 saved notice could not be read and is not shown.'
          : `${errors.length} saved notices could not be read and are not shown.`}{' '}
        Damaged records stay stored but are left out of backups; restoring a backup that holds the same notice
        replaces the damaged copy.
      </p>
      <details>
        <summary>What is wrong</summary>
        <ul class="reasons">
          {errors.map((error) => (
            <li key={`${error.store}:${error.key}`}>
              <code>
                <bdi>{clip(error.key, 120)}</bdi>
              </code>
              :{' '}
              {clip(
                error.issues.map((issue) => `${issue.path || 'record'}: ${issue.message}`).join('; '),
                400,
              )}
            </li>
          ))}
        </ul>
      </details>
    </div>
  );
}
