/** applyEdit: a field-wise edit with a version check (lib/tracker/edit.ts). */
import { describe, expect, it } from 'vitest';
import { applyEdit } from '../../lib/tracker';
import { makeRecord, NOW } from './helpers';

const v1 = makeRecord('a', { notes: 'first', version: 1 });
/** The same record saved again elsewhere: a new deadline and address. */
const v2 = makeRecord('a', {
  notes: 'first',
  version: 2,
  url: 'https://eu-careers.europa.eu/new',
  notice: { deadline: '2026-06-30T12:00:00+02:00' },
});

describe('applyEdit', () => {
  it('applies the change on the version the page read, and bumps it', () => {
    const outcome = applyEdit(v1, 1, { notes: { from: 'first', to: 'second' } }, NOW);
    expect(outcome).toEqual({
      kind: 'saved',
      record: { ...v1, notes: 'second', updatedAt: NOW.toISOString(), version: 2 },
    });
  });

  it('applies a status change with its rules (appliedAt set once)', () => {
    const outcome = applyEdit(v1, 1, { status: { from: 'saved', to: 'applied' } }, NOW);
    expect(outcome.kind === 'saved' && [outcome.record.status, outcome.record.appliedAt]).toEqual([
      'applied',
      NOW.toISOString(),
    ]);
  });

  it('merges into a newer copy when the edited field did not change there: the rest of the newer copy stays', () => {
    const outcome = applyEdit(v2, 1, { notes: { from: 'first', to: 'second' } }, NOW);
    expect(outcome.kind).toBe('merged');
    expect(outcome.kind === 'merged' && outcome.record).toEqual({
      ...v2,
      notes: 'second',
      updatedAt: NOW.toISOString(),
      version: 3,
    });
  });

  it('is a conflict when the same field changed elsewhere; the newer copy comes back', () => {
    const elsewhere = { ...v2, notes: 'typed in another tab' };
    expect(applyEdit(elsewhere, 1, { notes: { from: 'first', to: 'second' } }, NOW)).toEqual({
      kind: 'conflict',
      record: elsewhere,
      fields: ['notes'],
    });
  });

  it('is no conflict when elsewhere made the same change', () => {
    const elsewhere = { ...v2, notes: 'second' };
    expect(applyEdit(elsewhere, 1, { notes: { from: 'first', to: 'second' } }, NOW)).toEqual({
      kind: 'unchanged',
      record: elsewhere,
    });
  });

  it('names every conflicting field and writes none of them', () => {
    const elsewhere = { ...v2, notes: 'other', status: 'preparing' as const };
    const outcome = applyEdit(
      elsewhere,
      1,
      { notes: { from: 'first', to: 'mine' }, status: { from: 'saved', to: 'applied' } },
      NOW,
    );
    expect(outcome).toMatchObject({ kind: 'conflict', fields: ['notes', 'status'] });
  });

  it('refuses a status change the stored status does not allow', () => {
    const outcome = applyEdit(v1, 1, { status: { from: 'saved', to: 'offer' } }, NOW);
    expect(outcome).toMatchObject({ kind: 'refused', record: v1 });
  });

  it('edits reminder offsets', () => {
    const offsets = [{ amount: 2, unit: 'days' as const }];
    const outcome = applyEdit(v1, 1, { reminderOffsets: { from: null, to: offsets } }, NOW);
    expect(outcome.kind === 'saved' && outcome.record.reminderOffsets).toEqual(offsets);
  });

  it('says when the record is gone', () => {
    expect(applyEdit(null, 1, { notes: { from: '', to: 'x' } }, NOW)).toEqual({ kind: 'missing' });
  });
});
