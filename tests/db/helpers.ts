import type { NoticeRecord, TrackedNotice } from '../../lib/db';
import type { NoticeFields } from '../../lib/notice/schema';
import { makeNotice } from '../eligibility/helpers';

let counter = 0;
/** Each test gets its own database, so tests never see each other's records. */
export function freshDbName(label: string): string {
  counter += 1;
  return `vacancy-lens-test-${label}-${counter}-${Math.random().toString(36).slice(2)}`;
}

export function makeNoticeRecord(id: string, overrides: Partial<NoticeFields> = {}): NoticeRecord {
  return {
    id,
    url: `https://eu-careers.europa.eu/en/job-opportunities/${id}`,
    analysis: {
      notice: makeNotice({ reference: id, ...overrides }),
      evidence: { deadline: { start: 10, end: 35, quote: '04/06/2026 at 12:00' } },
      missing: {},
      detection: { isNotice: true, score: 0.9, signals: ['reference', 'deadline'] },
    },
    analysedAt: '2026-05-01T10:00:00.000Z',
  };
}

export function makeTracked(
  id: string,
  deadline: string | null,
  savedAt = '2026-05-01T10:00:00.000Z',
): TrackedNotice {
  return {
    id,
    reference: id,
    url: `https://example.europa.eu/${id}.pdf`,
    notice: makeNotice({ reference: id, deadline }),
    evidence: {},
    snapshot: `Snapshot of ${id}`,
    status: 'saved',
    notes: '',
    savedAt,
    updatedAt: savedAt,
    previousDeadline: null,
    appliedAt: null,
    reminderOffsets: null,
    version: 1,
  };
}
