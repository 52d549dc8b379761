// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SavedState } from '../../components/notice/SavedState';
import type { NoticeChange } from '../../lib/db/records';
import { TableView } from '../../components/tracker/TableView';
import { noteSighting } from '../../lib/tracker';
import { DEFAULT_SORT } from '../../lib/tracker/views';
import { makeNotice } from '../eligibility/helpers';
import { makeRecord, NOW } from '../tracker/helpers';

afterEach(cleanup);

const tracked = (changes: NoticeChange[]) => ({
  id: 'ref-x',
  status: 'applied' as const,
  savedAt: '2026-04-20T08:00:00.000Z',
  changes,
});

describe('SavedState: the notice and the tracker', () => {
  it('a notice not saved yet: "Save to tracker"', () => {
    const onSave = vi.fn();
    render(<SavedState tracked={null} onSave={onSave} userZone="Europe/Brussels" />);
    fireEvent.click(screen.getByRole('button', { name: 'Save to tracker' }));
    expect(onSave).toHaveBeenCalledOnce();
  });

  it('saved and unchanged: says since when and its status, and offers no save', () => {
    render(<SavedState tracked={tracked([])} onSave={vi.fn()} userZone="Europe/Brussels" />);
    expect(screen.getByText(/In your tracker since 20 Apr 2026, 10:00 · Applied/)).toBeTruthy();
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('saved with a different deadline: both instants in Brussels time, the saved values kept, an update offered', () => {
    const onSave = vi.fn();
    render(
      <SavedState
        tracked={tracked([
          { field: 'deadline', saved: '2026-06-04T12:00:00+02:00', seen: '2026-06-18T12:00:00+02:00' },
          { field: 'castRequired', saved: '', seen: 'required' },
        ])}
        onSave={onSave}
        userZone="Asia/Tokyo"
      />,
    );
    const note = screen.getByRole('note');
    expect(note.textContent).toContain('This notice differs from the copy you saved');
    expect(note.textContent).toContain(
      'Deadline: saved “Thu, 4 Jun 2026, 12:00 CEST (UTC+02:00) Brussels time”',
    );
    expect(note.textContent).toContain('now “Thu, 18 Jun 2026, 12:00 CEST (UTC+02:00) Brussels time”');
    expect(note.textContent).toContain('EPSO CAST: saved “not asked”, now “required”');
    expect(note.textContent).toContain('keeps the saved values');
    fireEvent.click(screen.getByRole('button', { name: 'Update the saved copy' }));
    expect(onSave).toHaveBeenCalledOnce();
  });

  it('hostile values are text, never markup', () => {
    const { container } = render(
      <SavedState
        tracked={tracked([{ field: 'location', saved: 'Brussels', seen: '<img src=x onerror=alert(1)>' }])}
        userZone="Europe/Brussels"
      />,
    );
    expect(container.querySelector('img')).toBeNull();
    expect(container.textContent).toContain('<img src=x onerror=alert(1)>');
  });
});

describe('the tracker table flags a notice seen with differences', () => {
  it('until the candidate saves that version', () => {
    const record = makeRecord('n1');
    const seen = noteSighting(
      record,
      makeNotice({ reference: 'EC/2026/n1', grades: ['AD6'], deadline: '2026-06-11T12:00:00+02:00' }),
      record.url,
      NOW,
    )!;
    const props = {
      sort: DEFAULT_SORT,
      onSort: () => undefined,
      expanded: new Set<string>(),
      onToggle: () => undefined,
      verdictOf: () => null,
      nowMs: NOW.getTime(),
      userZone: 'Europe/Brussels',
      details: () => null,
    };
    const { container, rerender } = render(<TableView {...props} records={[seen]} />);
    expect(container.textContent).toContain('changed on the notice');
    rerender(<TableView {...props} records={[record]} />);
    expect(container.textContent).not.toContain('changed on the notice');
  });
});
