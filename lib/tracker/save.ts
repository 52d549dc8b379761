/**
 * Saving a notice to the tracker. Saving the same notice again (a deadline extended, a page
 * re-read) updates the record: the candidate's status, notes and dates are kept.
 */
import { SNAPSHOT_MAX_BYTES, type TrackedNotice } from '../db/records';
import type { Overall } from '../eligibility/types';
import type { Evidence, NoticeFields } from '../notice/schema';
import { utf8Length } from './utf8';

/** What the reader produced for one page; only a page read as a notice can be tracked. */
export interface TrackInput {
  url: string;
  analysis: { notice: NoticeFields; evidence: Record<string, Evidence> };
  /** The notice's text as read: kept because notices are taken off the web after closing. */
  snapshotText: string;
  /** The verdict with the profile at the time of saving, kept to compare with later ones. */
  verdict?: Overall | null;
}

export interface TrackResult {
  record: TrackedNotice;
  action: 'added' | 'updated';
  /** Set when the saved deadline moved (compared as instants, not as text). */
  deadlineChanged: null | { from: string | null; to: string | null };
}

/** The records' cap on the snapshot (lib/db/records.ts checks it on every write and import). */
export { SNAPSHOT_MAX_BYTES };

/**
 * @example
 * trackNotice([], { url, analysis, snapshotText }, now)
 * // → { action: 'added', record: { id: 'ref-epso-ad-403-24', status: 'saved', … }, deadlineChanged: null }
 */
export function trackNotice(existing: readonly TrackedNotice[], input: TrackInput, now: Date): TrackResult {
  const match = findSameNotice(existing, input.analysis.notice.reference, input.url);
  if (match === null)
    return { record: newRecord(existing, input, now), action: 'added', deadlineChanged: null };
  return updateRecord(match, input, now);
}

/** "EPSO/AD/403/24" = "epso / ad / 403 / 24": references are compared without case or spaces. */
export function normaliseReference(reference: string): string {
  return reference.replace(/\s+/g, '').toUpperCase();
}

/** The address without its #fragment, which only points inside the same page. */
export function normaliseUrl(url: string): string {
  try {
    const parsed = new URL(url.trim());
    parsed.hash = '';
    return parsed.href;
  } catch {
    return url.trim();
  }
}

/**
 * The record of the same notice: same reference first; else same address, unless both
 * carry different references (an agency re-using one "current vacancy" address).
 */
export function findSameNotice(
  existing: readonly TrackedNotice[],
  reference: string | null,
  url: string,
): TrackedNotice | null {
  const ref = reference?.trim() ? normaliseReference(reference) : null;
  const refOf = (r: TrackedNotice) => (r.reference?.trim() ? normaliseReference(r.reference) : null);
  const byReference = ref === null ? undefined : existing.find((r) => refOf(r) === ref);
  if (byReference) return byReference;
  const address = normaliseUrl(url);
  // An equal reference has already matched above, so here one side must have none.
  const byUrl = existing.find((r) => normaliseUrl(r.url) === address && (ref === null || refOf(r) === null));
  return byUrl ?? null;
}

function newRecord(existing: readonly TrackedNotice[], input: TrackInput, now: Date): TrackedNotice {
  const { notice, evidence } = input.analysis;
  const at = now.toISOString();
  return {
    id: newId(existing, notice.reference, input.url),
    reference: notice.reference?.trim() || null,
    url: input.url,
    notice,
    evidence,
    snapshot: capSnapshot(input.snapshotText),
    status: 'saved',
    notes: '',
    savedAt: at,
    updatedAt: at,
    previousDeadline: null,
    appliedAt: null,
    reminderOffsets: null,
    version: 1,
    history: [{ status: 'saved', at }],
    verdictAtSave: input.verdict ?? null,
  };
}

function updateRecord(old: TrackedNotice, input: TrackInput, now: Date): TrackResult {
  const { notice, evidence } = keepKnownDeadline(old, input.analysis);
  const changed = !sameInstant(old.notice.deadline, notice.deadline);
  const record: TrackedNotice = {
    ...old,
    reference: notice.reference?.trim() || old.reference,
    url: input.url,
    notice,
    evidence,
    // An empty text (e.g. saved from a listing row) must not wipe the notice we kept.
    snapshot: input.snapshotText.trim() ? capSnapshot(input.snapshotText) : old.snapshot,
    updatedAt: now.toISOString(),
    previousDeadline: changed ? old.notice.deadline : old.previousDeadline,
    // The verdict "then" is the first one known: a record saved before verdicts were kept gets this one.
    ...(old.verdictAtSave == null && input.verdict != null ? { verdictAtSave: input.verdict } : {}),
  };
  const deadlineChanged = changed ? { from: old.notice.deadline, to: notice.deadline } : null;
  return { record, action: 'updated', deadlineChanged };
}

/**
 * A re-read that finds no deadline is not news that the deadline was removed (the reader
 * missed it, or the page shows less): the deadline we had, its zone and evidence are kept,
 * so its reminders keep firing.
 */
function keepKnownDeadline(old: TrackedNotice, analysis: TrackInput['analysis']): TrackInput['analysis'] {
  if (analysis.notice.deadline !== null || old.notice.deadline === null) return analysis;
  const notice = { ...analysis.notice, deadline: old.notice.deadline, deadlineZone: old.notice.deadlineZone };
  const evidence = { ...analysis.evidence };
  if (old.evidence.deadline) evidence.deadline = old.evidence.deadline;
  return { notice, evidence };
}

/** "12:00+02:00" and "11:00+01:00" are the same deadline written in two zones. */
function sameInstant(a: string | null, b: string | null): boolean {
  return a === null || b === null ? a === b : Date.parse(a) === Date.parse(b);
}

/**
 * A readable id derived from the reference (else a hash of the address), so the same
 * notice saved on two machines usually gets the same id; made unique among `existing`.
 */
function newId(existing: readonly TrackedNotice[], reference: string | null, url: string): string {
  const slug = reference ? slugify(normaliseReference(reference)) : '';
  const base = slug ? `ref-${slug}` : `url-${fnv1a(normaliseUrl(url))}`;
  const taken = new Set(existing.map((r) => r.id));
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}

function slugify(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** 32-bit FNV-1a as 8 hex digits: short, stable, no dependency; collisions are resolved by newId. */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

/**
 * The text, cut so that text + marker fit in SNAPSHOT_MAX_BYTES of UTF-8; never inside a
 * character. The marker says it was cut and how big the original was.
 */
export function capSnapshot(text: string, maxBytes = SNAPSHOT_MAX_BYTES): string {
  const total = utf8Length(text);
  if (total <= maxBytes) return text;
  const marker = `\n\n[Vacancy Lens: snapshot cut at ${Math.round(maxBytes / 1000)} kB; the notice text was ${Math.ceil(total / 1000)} kB.]`;
  const budget = maxBytes - utf8Length(marker);
  let bytes = 0;
  let end = 0;
  for (const char of text) {
    const size = utf8Length(char);
    if (bytes + size > budget) break;
    bytes += size;
    end += char.length;
  }
  return text.slice(0, end) + marker;
}
