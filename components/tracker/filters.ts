/** Sorting and filtering the tracked notices: pure, the clock passed in. */
import type { TrackedNotice, TrackedStatus } from '../../lib/db';
import { deadlineMs } from '../../lib/tracker';

export interface TrackerFilter {
  /** 'all', or only the notices in this status. */
  status: TrackedStatus | 'all';
  /** Leave out the notices whose deadline has passed (those without a deadline stay). */
  hideClosed: boolean;
  /** Words to find in the title, reference, institution or notes (all of them, any order). */
  search: string;
}

export const NO_FILTER: TrackerFilter = { status: 'all', hideClosed: false, search: '' };

export function isFiltered(filter: TrackerFilter): boolean {
  return filter.status !== 'all' || filter.hideClosed || filter.search.trim() !== '';
}

/** Soonest deadline first (as instants), notices without a deadline last, then by when they were saved. */
export function sortByDeadline(records: readonly TrackedNotice[]): TrackedNotice[] {
  return [...records].sort((a, b) => {
    const [da, db] = [deadlineMs(a) ?? Infinity, deadlineMs(b) ?? Infinity];
    return da === db ? a.savedAt.localeCompare(b.savedAt) : da - db;
  });
}

/** The deadline has passed (as countdown() says "closed"). A notice without a deadline is not closed. */
export function isClosed(record: TrackedNotice, nowMs: number): boolean {
  const deadline = deadlineMs(record);
  return deadline !== null && deadline <= nowMs;
}

/** Case- and accent-insensitive: "legal" finds "Légal", "munchen" finds "München". */
export function foldForSearch(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

export function matchesSearch(record: TrackedNotice, search: string): boolean {
  const terms = foldForSearch(search).split(/\s+/).filter(Boolean);
  if (terms.length === 0) return true;
  const haystack = foldForSearch(
    [record.notice.title, record.reference, record.notice.reference, record.notice.institution, record.notes]
      .filter((part): part is string => typeof part === 'string')
      .join('\n'),
  );
  return terms.every((term) => haystack.includes(term));
}

export function filterRecords(
  records: readonly TrackedNotice[],
  filter: TrackerFilter,
  nowMs: number,
): TrackedNotice[] {
  return records.filter(
    (record) =>
      (filter.status === 'all' || record.status === filter.status) &&
      !(filter.hideClosed && isClosed(record, nowMs)) &&
      matchesSearch(record, filter.search),
  );
}
