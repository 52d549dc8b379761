/** Hand-built tracked records and reader outputs for the tracker tests. */
import { trackedNoticeSchema, type TrackedNotice } from '../../lib/db';
import type { NoticeFields } from '../../lib/notice/schema';
import type { TrackInput } from '../../lib/tracker';
import { makeNotice } from '../eligibility/helpers';

/** Before the default deadline (4 June 2026, 12:00 Brussels). */
export const NOW = new Date('2026-05-01T10:00:00Z');

type RecordOverrides = Partial<Omit<TrackedNotice, 'notice'>> & { notice?: Partial<NoticeFields> };

/** A valid record (checked against the schema): "IT Officer", saved, closing 4 June 2026 12:00 Brussels. */
export function makeRecord(id: string, overrides: RecordOverrides = {}): TrackedNotice {
  const { notice, ...rest } = overrides;
  return trackedNoticeSchema.parse({
    id,
    reference: notice?.reference === undefined ? `EC/2026/${id}` : notice.reference,
    url: `https://eu-careers.europa.eu/en/job-opportunities/${id}`,
    notice: makeNotice({ reference: `EC/2026/${id}`, ...notice }),
    evidence: { deadline: { start: 0, end: 19, quote: '04/06/2026 at 12:00' } },
    snapshot: `Notice ${id}`,
    status: 'saved',
    notes: '',
    savedAt: '2026-04-20T08:00:00.000Z',
    updatedAt: '2026-04-20T08:00:00.000Z',
    previousDeadline: null,
    appliedAt: null,
    reminderOffsets: null,
    ...rest,
  });
}

/** What the reader hands to trackNotice for one page. */
export function makeInput(
  notice: Partial<NoticeFields> = {},
  url = 'https://eu-careers.europa.eu/en/job-opportunities/x',
  snapshotText = 'The notice text.',
): TrackInput {
  return {
    url,
    analysis: {
      notice: makeNotice(notice),
      evidence: { title: { start: 0, end: 10, quote: 'IT Officer' } },
    },
    snapshotText,
  };
}
