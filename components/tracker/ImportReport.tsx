/**
 * What restoring a backup file would do (before anything is written), or why the file was
 * refused, or how the restore went.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useId, useRef } from 'preact/hooks';
import type { FieldError } from '../../lib/profile';
import type { Backup, ImportPlan } from '../../lib/tracker';
import { formatInstant } from '../../lib/time/format';
import { clip } from '../notice/evidence';

export type ImportState =
  | { kind: 'reading'; fileName: string }
  | { kind: 'rejected'; fileName: string; errors: FieldError[] }
  | { kind: 'preview'; fileName: string; backup: Backup; plan: ImportPlan }
  | { kind: 'applying'; fileName: string; backup: Backup; plan: ImportPlan }
  | { kind: 'applied'; fileName: string; plan: ImportPlan }
  | { kind: 'failed'; fileName: string; message: string };

export interface ImportReportProps {
  state: ImportState;
  userZone: string;
  onApply: () => void;
  onCancel: () => void;
}

/** A damaged file can produce thousands of reasons; the first ones say enough. */
const MAX_REASONS = 20;

const PROFILE_TEXT: Record<ImportPlan['profile'], string> = {
  added: 'Your profile will be added from the backup.',
  replaced: 'Your profile will be replaced by the one in the backup.',
  unchanged: 'Your profile stays as it is.',
};

export function ImportReport({ state, userZone, onApply, onCancel }: ImportReportProps) {
  // File names and titles are isolated (<bdi>): a right-to-left override in one stays inside it.
  const name = (
    <strong class="tracker-value">
      <bdi>{clip(state.fileName, 120)}</bdi>
    </strong>
  );
  switch (state.kind) {
    case 'reading':
      return (
        <p class="message message-neutral" role="status">
          Reading {name}…
        </p>
      );
    case 'rejected':
      return (
        <div class="message message-error" role="alert">
          <p>{name} was not restored: it is not a valid Vacancy Lens backup. Nothing was changed.</p>
          <ul class="reasons">
            {state.errors.slice(0, MAX_REASONS).map((error, index) => (
              <li key={index}>
                {error.path !== '' && (
                  <>
                    <code>{clip(error.path, 120)}</code>:{' '}
                  </>
                )}
                <bdi>{clip(error.message, 400)}</bdi>
              </li>
            ))}
          </ul>
          {state.errors.length > MAX_REASONS && (
            <p>…and {state.errors.length - MAX_REASONS} more problems.</p>
          )}
        </div>
      );
    case 'failed':
      return (
        <div class="message message-error" role="alert">
          <p>
            {name} could not be restored: {state.message} Nothing was changed.
          </p>
        </div>
      );
    case 'applied':
      return (
        <p class="message message-success" role="status">
          Restored {name}: {summary(state.plan)}.
        </p>
      );
    case 'preview':
    case 'applying':
      return (
        <ImportPreview state={state} name={name} userZone={userZone} onApply={onApply} onCancel={onCancel} />
      );
  }
}

function ImportPreview({
  state,
  name,
  userZone,
  onApply,
  onCancel,
}: {
  state: Extract<ImportState, { kind: 'preview' | 'applying' }>;
  name: ComponentChildren;
  userZone: string;
  onApply: () => void;
  onCancel: () => void;
}) {
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const { plan, backup } = state;
  const { added, replaced, replacedNewer, unchanged } = plan.tracked;
  const nothingToDo = added.length === 0 && replaced.length === 0 && plan.profile === 'unchanged';

  // Keyboard and screen-reader users land on the preview they asked for.
  useEffect(() => {
    heading.current?.focus();
  }, [backup]);

  return (
    <section class="import-preview" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} ref={heading} tabIndex={-1}>
        Restore this backup?
      </h3>
      <p>
        {name}, made on {exportedWhen(backup.exportedAt, userZone)}, holds{' '}
        {backup.profile === null ? 'no profile' : 'a profile'} and {plural(backup.tracked.length, 'notice')}.
        Nothing has been changed yet.
      </p>
      <ul class="import-preview__summary">
        <li>{PROFILE_TEXT[plan.profile]}</li>
        <li>{plural(added.length, 'notice')} will be added.</li>
        <li>{plural(replaced.length, 'notice')} will be replaced by the backup's copy.</li>
        {unchanged > 0 && <li>{plural(unchanged, 'notice')} already the same here.</li>}
        <li>Notices here that the backup does not hold are kept.</li>
      </ul>
      {replacedNewer.length > 0 && (
        <div class="message message-warning">
          <p>
            <strong>Newer here:</strong>{' '}
            {replacedNewer.length === 1 ? 'this notice was' : 'these notices were'} changed in this browser
            after the backup was made. Applying replaces {replacedNewer.length === 1 ? 'it' : 'them'} with the
            older copy from the backup:
          </p>
          <TitleList titles={replacedNewer} />
        </div>
      )}
      {added.length > 0 && (
        <>
          <h4>Added ({added.length})</h4>
          <TitleList titles={added} />
        </>
      )}
      {replaced.length > 0 && (
        <>
          <h4>Replaced ({replaced.length})</h4>
          <TitleList titles={replaced} />
        </>
      )}
      {nothingToDo ? (
        <div class="import-preview__actions">
          <p>Nothing to restore: everything in this backup is already here.</p>
          <button type="button" class="button button-secondary" onClick={onCancel}>
            Close
          </button>
        </div>
      ) : (
        <div class="import-preview__actions">
          <button
            type="button"
            class="button button-primary"
            disabled={state.kind === 'applying'}
            onClick={onApply}
          >
            {state.kind === 'applying' ? 'Applying…' : 'Apply'}
          </button>
          <button type="button" class="button button-secondary" onClick={onCancel}>
            Cancel
          </button>
        </div>
      )}
    </section>
  );
}

function TitleList({ titles }: { titles: string[] }) {
  return (
    <ul class="import-preview__titles">
      {titles.map((title, index) => (
        <li key={index} class="tracker-value">
          <bdi>{clip(title, 200)}</bdi>
        </li>
      ))}
    </ul>
  );
}

function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

function exportedWhen(iso: string, zone: string): string {
  try {
    return formatInstant(Date.parse(iso), zone);
  } catch {
    return iso;
  }
}

/** "1 notice added, 2 replaced, profile replaced". */
export function summary(plan: ImportPlan): string {
  const parts = [
    `${plural(plan.tracked.added.length, 'notice')} added`,
    `${plan.tracked.replaced.length} replaced`,
  ];
  if (plan.profile !== 'unchanged') parts.push(`profile ${plan.profile}`);
  return parts.join(', ');
}
