/** Narrowing the list: by status, without closed notices, and by words. Everything stays local. */
import { useId } from 'preact/hooks';
import type { TrackedNotice, TrackedStatus } from '../../lib/db';
import { STATUS_LABELS, TRACKED_STATUSES } from '../../lib/tracker';
import type { TrackerFilter } from './filters';

export interface TrackerFiltersProps {
  filter: TrackerFilter;
  /** All records, for the count beside each status. */
  records: readonly TrackedNotice[];
  onChange: (filter: TrackerFilter) => void;
}

export function TrackerFilters({ filter, records, onChange }: TrackerFiltersProps) {
  const id = useId();
  const count = (status: TrackedStatus) => records.filter((r) => r.status === status).length;
  return (
    <form
      class="tracker-filters"
      role="search"
      aria-label="Filter your saved notices"
      onSubmit={(event) => event.preventDefault()}
    >
      <div class="field tracker-filters__search">
        <label for={`${id}-search`}>Search</label>
        <input
          type="search"
          id={`${id}-search`}
          value={filter.search}
          aria-describedby={`${id}-search-hint`}
          onInput={(event) => onChange({ ...filter, search: event.currentTarget.value })}
        />
        <p id={`${id}-search-hint`} class="hint">
          Title, reference, institution or your notes.
        </p>
      </div>
      <div class="field">
        <label for={`${id}-status`}>Status</label>
        <select
          id={`${id}-status`}
          value={filter.status}
          onChange={(event) =>
            onChange({ ...filter, status: event.currentTarget.value as TrackerFilter['status'] })
          }
        >
          <option value="all">All statuses ({records.length})</option>
          {TRACKED_STATUSES.map((status) => (
            <option key={status} value={status}>
              {STATUS_LABELS[status]} ({count(status)})
            </option>
          ))}
        </select>
      </div>
      <label class="check tracker-filters__closed">
        <input
          type="checkbox"
          checked={filter.hideClosed}
          onChange={(event) => onChange({ ...filter, hideClosed: event.currentTarget.checked })}
        />
        Hide closed notices (deadline passed)
      </label>
    </form>
  );
}
