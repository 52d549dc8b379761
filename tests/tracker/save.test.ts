import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { trackedNoticeSchema, type TrackedNotice } from '../../lib/db';
import { capSnapshot, SNAPSHOT_MAX_BYTES, trackNotice } from '../../lib/tracker';
import { utf8Length } from '../../lib/tracker/utf8';
import { makeInput, makeRecord, NOW } from './helpers';

const LATER = new Date('2026-05-10T09:30:00Z');

describe('trackNotice: a new notice', () => {
  it('adds a saved record with the notice, its evidence and a snapshot', () => {
    const input = makeInput({ reference: 'EPSO/AD/403/24', title: 'Policy Officer' });
    const { record, action, deadlineChanged } = trackNotice([], input, NOW);
    expect(action).toBe('added');
    expect(deadlineChanged).toBeNull();
    expect(record).toEqual({
      id: 'ref-epso-ad-403-24',
      reference: 'EPSO/AD/403/24',
      url: input.url,
      notice: input.analysis.notice,
      evidence: input.analysis.evidence,
      snapshot: 'The notice text.',
      status: 'saved',
      notes: '',
      savedAt: '2026-05-01T10:00:00.000Z',
      updatedAt: '2026-05-01T10:00:00.000Z',
      previousDeadline: null,
      appliedAt: null,
      reminderOffsets: null,
      version: 1,
      history: [{ status: 'saved', at: '2026-05-01T10:00:00.000Z' }],
      verdictAtSave: null,
    });
    expect(trackedNoticeSchema.safeParse(record).success).toBe(true);
  });

  it('keeps the verdict given when the notice is first saved; a later save does not replace it', () => {
    const input = { ...makeInput({ reference: 'EPSO/AD/1' }), verdict: 'eligible' as const };
    const first = trackNotice([], input, NOW).record;
    expect(first.verdictAtSave).toBe('eligible');
    const again = trackNotice([first], { ...input, verdict: 'not_eligible' }, NOW).record;
    expect(again.verdictAtSave).toBe('eligible');
    // A record saved before verdicts were kept gets the first one known.
    const { verdictAtSave: _v, ...older } = first;
    expect(trackNotice([older], { ...input, verdict: 'check' }, NOW).record.verdictAtSave).toBe('check');
  });

  it('names a notice without a reference by its address', () => {
    const { record } = trackNotice([], makeInput({ reference: null }, 'https://epso.europa.eu/a.pdf'), NOW);
    expect(record.id).toMatch(/^url-[0-9a-f]{8}$/);
    expect(record.reference).toBeNull();
  });

  it('keeps ids unique: a different reference with the same slug gets a suffix', () => {
    const first = trackNotice([], makeInput({ reference: 'EPSO/AD/403/24' }, 'https://a.europa.eu/1'), NOW);
    const second = trackNotice(
      [first.record],
      makeInput({ reference: 'EPSO-AD-403-24' }, 'https://a.europa.eu/2'),
      NOW,
    );
    expect(second.action).toBe('added');
    expect(second.record.id).toBe('ref-epso-ad-403-24-2');
  });
});

describe('trackNotice: the same notice again', () => {
  const saved = makeRecord('EPSO-1', {
    reference: 'EPSO/AD/403/24',
    notice: { reference: 'EPSO/AD/403/24' },
    url: 'https://eu-careers.europa.eu/en/job-opportunities/epso-ad-403-24',
    status: 'preparing',
    notes: 'Ask Ana for the reference letter',
    appliedAt: null,
    reminderOffsets: [{ amount: 2, unit: 'days' }],
  });

  it.each([
    ['the same reference', 'EPSO/AD/403/24'],
    ['another case', 'epso/ad/403/24'],
    ['spaces around the slashes', 'EPSO / AD / 403 / 24'],
    ['a non-breaking space and a line break', 'EPSO/AD/\u00a0403/\n24'],
  ])('matches by %s and updates instead of duplicating', (_name, reference) => {
    const { record, action } = trackNotice(
      [saved],
      makeInput({ reference }, 'https://other.europa.eu/pdf'),
      LATER,
    );
    expect(action).toBe('updated');
    expect(record.id).toBe(saved.id);
  });

  it('matches by address when the notice has no reference, ignoring a #fragment', () => {
    const unreferenced = makeRecord('u', {
      reference: null,
      notice: { reference: null },
      url: 'https://x.eu/job?id=7',
    });
    const { record, action } = trackNotice(
      [unreferenced],
      makeInput({ reference: null }, 'https://x.eu/job?id=7#apply'),
      LATER,
    );
    expect(action).toBe('updated');
    expect(record.id).toBe('u');
  });

  it('matches by address when only one side has a reference', () => {
    const unreferenced = makeRecord('u', {
      reference: null,
      notice: { reference: null },
      url: 'https://x.eu/job',
    });
    const { record, action } = trackNotice(
      [unreferenced],
      makeInput({ reference: 'EC/1' }, 'https://x.eu/job'),
      LATER,
    );
    expect(action).toBe('updated');
    expect(record.reference).toBe('EC/1');
  });

  it('does not merge two notices published at one address under different references', () => {
    const old = makeRecord('a', {
      reference: 'AGENCY/2025/01',
      url: 'https://agency.europa.eu/current-vacancy.pdf',
    });
    const { action } = trackNotice([old], makeInput({ reference: 'AGENCY/2026/07' }, old.url), LATER);
    expect(action).toBe('added');
  });

  it('prefers the record with the same reference over one with the same address', () => {
    const byUrl = makeRecord('by-url', {
      reference: null,
      notice: { reference: null },
      url: 'https://x.eu/p',
    });
    const byRef = makeRecord('by-ref', { reference: 'EC/9', url: 'https://y.eu/q' });
    const { record } = trackNotice([byUrl, byRef], makeInput({ reference: 'ec/9' }, 'https://x.eu/p'), LATER);
    expect(record.id).toBe('by-ref');
  });

  it("keeps the candidate's status, notes, dates and reminder settings; takes the new reading", () => {
    const input = makeInput(
      { reference: 'EPSO/AD/403/24', title: 'Policy Officer (corrected)' },
      'https://new.eu/n',
      'New text',
    );
    const { record, deadlineChanged } = trackNotice([saved], input, LATER);
    expect(deadlineChanged).toBeNull();
    expect(record).toEqual({
      ...saved,
      url: 'https://new.eu/n',
      notice: input.analysis.notice,
      evidence: input.analysis.evidence,
      snapshot: 'New text',
      updatedAt: LATER.toISOString(),
    });
  });

  it('records the previous deadline when the deadline moved', () => {
    const input = makeInput({ reference: 'EPSO/AD/403/24', deadline: '2026-06-11T12:00:00+02:00' });
    const { record, deadlineChanged } = trackNotice([saved], input, LATER);
    expect(deadlineChanged).toEqual({ from: '2026-06-04T12:00:00+02:00', to: '2026-06-11T12:00:00+02:00' });
    expect(record.previousDeadline).toBe('2026-06-04T12:00:00+02:00');
    expect(record.notice.deadline).toBe('2026-06-11T12:00:00+02:00');

    // Saved again unchanged: the earlier change stays visible.
    const again = trackNotice([record], input, new Date('2026-05-12T00:00:00Z'));
    expect(again.deadlineChanged).toBeNull();
    expect(again.record.previousDeadline).toBe('2026-06-04T12:00:00+02:00');
  });

  it('compares deadlines as instants: the same moment written with another offset is no change', () => {
    const input = makeInput({
      reference: 'EPSO/AD/403/24',
      deadline: '2026-06-04T11:00:00+01:00',
      deadlineZone: 'Europe/Lisbon',
    });
    const { deadlineChanged, record } = trackNotice([saved], input, LATER);
    expect(deadlineChanged).toBeNull();
    expect(record.previousDeadline).toBeNull();
  });

  it('reports a deadline found for the first time', () => {
    const undated = makeRecord('EPSO-1', {
      reference: 'EPSO/AD/403/24',
      notice: { reference: 'EPSO/AD/403/24', deadline: null },
    });
    const { deadlineChanged } = trackNotice([undated], makeInput({ reference: 'EPSO/AD/403/24' }), LATER);
    expect(deadlineChanged).toEqual({ from: null, to: '2026-06-04T12:00:00+02:00' });
  });

  it('keeps the known deadline (and its evidence) when a re-read finds none', () => {
    const input = makeInput({ reference: 'EPSO/AD/403/24', deadline: null, deadlineZone: null });
    const { record, deadlineChanged } = trackNotice([saved], input, LATER);
    expect(deadlineChanged).toBeNull();
    expect(record.notice.deadline).toBe(saved.notice.deadline);
    expect(record.notice.deadlineZone).toBe('Europe/Brussels');
    expect(record.evidence.deadline).toEqual(saved.evidence.deadline);
    expect(record.evidence.title).toEqual(input.analysis.evidence.title);
  });

  it('keeps the snapshot when the new reading has no text', () => {
    const { record } = trackNotice(
      [saved],
      makeInput({ reference: 'EPSO/AD/403/24' }, saved.url, '  \n'),
      LATER,
    );
    expect(record.snapshot).toBe(saved.snapshot);
  });

  it('never duplicates, whatever the order and spelling of saves (property)', () => {
    const reference = fc.constantFrom('EC/2026/A', 'ec/2026/a', 'EC / 2026 / A', 'EC/2026/B', 'ec /2026/ b');
    fc.assert(
      fc.property(fc.array(reference, { minLength: 1, maxLength: 12 }), (references) => {
        let records: TrackedNotice[] = [];
        references.forEach((ref, i) => {
          const { record, action } = trackNotice(
            records,
            makeInput({ reference: ref }, `https://x.eu/${i}`),
            NOW,
          );
          records =
            action === 'added' ? [...records, record] : records.map((r) => (r.id === record.id ? record : r));
        });
        const distinct = new Set(references.map((r) => r.replace(/\s/g, '').toUpperCase()));
        expect(records).toHaveLength(distinct.size);
      }),
    );
  });
});

describe('capSnapshot', () => {
  it('keeps a text under the cap as is', () => {
    expect(capSnapshot('short')).toBe('short');
    const exact = 'a'.repeat(SNAPSHOT_MAX_BYTES);
    expect(capSnapshot(exact)).toBe(exact);
  });

  it.each([
    ['ASCII', 'a'],
    ['accents (2 bytes)', 'é'],
    ['euro signs (3 bytes)', '€'],
    ['emoji (4 bytes, surrogate pairs)', '🇪🇺'],
  ])('cuts %s to at most 500 kB of UTF-8 with a marker, never inside a character', (_name, unit) => {
    const text = unit.repeat(Math.ceil((SNAPSHOT_MAX_BYTES * 1.5) / utf8Length(unit)));
    const capped = capSnapshot(text);
    expect(utf8Length(capped)).toBeLessThanOrEqual(SNAPSHOT_MAX_BYTES);
    expect(utf8Length(capped)).toBeGreaterThan(SNAPSHOT_MAX_BYTES - 8);
    expect(capped).toMatch(/\n\n\[Vacancy Lens: snapshot cut at 500 kB; the notice text was 75\d kB\.\]$/);
    const body = capped.slice(0, capped.indexOf('\n\n[Vacancy Lens'));
    expect(text.startsWith(body)).toBe(true);
    expect(body).not.toMatch(/[\uD800-\uDBFF]$/); // no half of a surrogate pair
  });

  it('caps the snapshot a saved record keeps', () => {
    const { record } = trackNotice([], makeInput({}, 'https://x.eu', 'x'.repeat(600_000)), NOW);
    expect(utf8Length(record.snapshot)).toBeLessThanOrEqual(SNAPSHOT_MAX_BYTES);
    expect(record.snapshot).toContain('snapshot cut at 500 kB');
  });
});
