/**
 * The one file that holds everything the candidate owns: their profile and tracked notices.
 * A backup is checked whole before anything is written: one bad record rejects the file,
 * with every reason, so an import never half-happens (lib/db applyBackup writes it in one
 * transaction). Analysed-notice records are a cache and are not included.
 */
import { z } from 'zod';
import type { UserData } from '../db/backup-store';
import { trackedNoticeSchema, type TrackedNotice } from '../db/records';
import { toFieldErrors, type FieldError } from '../profile/errors';
import { profileSchema, type Profile } from '../profile/schema';
import { realDate } from '../time/calendar';
import { displayTitle } from './describe';
import { utf8Length } from './utf8';

export const BACKUP_FORMAT = 'vacancy-lens-backup';
/** Raised only when an older reader could not read the new files; adding defaults does not. */
export const BACKUP_VERSION = 1;

/**
 * The largest backup file read: a few hundred notices with their snapshots (500 kB at most
 * each, SNAPSHOT_MAX_BYTES) are well under it. Checked before the file is read or parsed.
 */
export const BACKUP_MAX_BYTES = 20_000_000;

/** The message for a file over BACKUP_MAX_BYTES: nothing is read, nothing is written. */
export function backupTooLargeMessage(bytes: number): string {
  const mb = (n: number) => `${Math.round(n / 100_000) / 10} MB`;
  return `This file is ${mb(bytes)}; a Vacancy Lens backup is at most ${mb(BACKUP_MAX_BYTES)}. It was not read and nothing was changed.`;
}

export interface Backup {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  exportedAt: string;
  profile: Profile | null;
  tracked: TrackedNotice[];
}

export type ParseBackupResult = { ok: true; backup: Backup } | { ok: false; errors: FieldError[] };

export interface ImportPlan {
  profile: 'added' | 'replaced' | 'unchanged';
  tracked: {
    /** Titles of the notices the tracker does not hold yet. */
    added: string[];
    /** Titles of the notices whose copy here will be overwritten by the backup's. */
    replaced: string[];
    /** Among `replaced`, those updated here after the backup was made: worth a warning. */
    replacedNewer: string[];
    unchanged: number;
  };
}

/** @example JSON.stringify(makeBackup(profile, tracked, now)) is the file the user downloads. */
export function makeBackup(profile: Profile | null, tracked: readonly TrackedNotice[], now: Date): Backup {
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: now.toISOString(),
    profile,
    tracked: [...tracked],
  };
}

const bodySchema = z.object({
  exportedAt: realDate(z.iso.datetime({ offset: true })),
  profile: profileSchema.nullable(),
  tracked: z.array(trackedNoticeSchema).superRefine(reportDuplicateIds),
});

/**
 * Validates a parsed JSON value as a backup. The format marker and version are checked
 * first: a file that is not a backup (or is from a newer version) gets one clear reason
 * rather than a hundred field errors.
 *
 * @example
 * parseBackup({ format: 'vacancy-lens-backup', version: 2, … })
 * // → { ok: false, errors: [{ path: 'version', message: 'This backup was made by a newer version …' }] }
 */
export function parseBackup(json: unknown): ParseBackupResult {
  const envelope = checkEnvelope(json);
  if (envelope.length > 0) return { ok: false, errors: envelope };
  const result = bodySchema.safeParse(json);
  if (!result.success) return { ok: false, errors: nameRecords(toFieldErrors(result.error), json) };
  return { ok: true, backup: { format: BACKUP_FORMAT, version: BACKUP_VERSION, ...result.data } };
}

/** parseBackup for the text of a file, reporting text that is not JSON at all or too large. */
export function parseBackupText(text: string): ParseBackupResult {
  // Each UTF-16 unit is at least one byte of UTF-8: the cheap length check goes first.
  const bytes = text.length > BACKUP_MAX_BYTES ? text.length : utf8Length(text);
  if (bytes > BACKUP_MAX_BYTES)
    return { ok: false, errors: [{ path: '', message: backupTooLargeMessage(bytes) }] };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return {
      ok: false,
      errors: [{ path: '', message: `This file is not JSON: ${(error as Error).message}` }],
    };
  }
  return parseBackup(json);
}

function checkEnvelope(json: unknown): FieldError[] {
  if (typeof json !== 'object' || json === null || Array.isArray(json))
    return [
      { path: '', message: 'This is not a Vacancy Lens backup: the file should hold one JSON object.' },
    ];
  const { format, version } = json as Record<string, unknown>;
  if (format !== BACKUP_FORMAT)
    return [
      {
        path: 'format',
        message: `This is not a Vacancy Lens backup: "format" is ${JSON.stringify(format) ?? 'missing'}, expected "${BACKUP_FORMAT}".`,
      },
    ];
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
    return [
      {
        path: 'version',
        message: `The backup version ${JSON.stringify(version) ?? 'is missing'} is not valid.`,
      },
    ];
  if (version > BACKUP_VERSION)
    return [
      {
        path: 'version',
        message: `This backup was made by a newer version of Vacancy Lens (backup version ${version}); this one reads version ${BACKUP_VERSION}. Update the extension, then import it again.`,
      },
    ];
  return [];
}

/** Two records with one id would silently become one on import. */
function reportDuplicateIds(records: TrackedNotice[], ctx: z.RefinementCtx): void {
  const seen = new Set<string>();
  records.forEach((record, index) => {
    if (seen.has(record.id))
      ctx.addIssue({
        code: 'custom',
        message: `Another notice in this backup has the id "${record.id}".`,
        path: [index, 'id'],
      });
    seen.add(record.id);
  });
}

/** "tracked.3.status" means little to a person: say which notice it is. */
function nameRecords(errors: FieldError[], json: unknown): FieldError[] {
  const tracked = (json as { tracked?: unknown }).tracked;
  return errors.map((error) => {
    const match = /^tracked\.(\d+)(?:\.|$)/.exec(error.path);
    const title = match && Array.isArray(tracked) ? rawTitle(tracked[Number(match[1])]) : null;
    return title ? { ...error, message: `In "${title}": ${error.message}` } : error;
  });
}

function rawTitle(record: unknown): string | null {
  const notice = (record as { notice?: { title?: unknown } } | null)?.notice;
  return typeof notice?.title === 'string' && notice.title.trim() ? notice.title.trim() : null;
}

/**
 * What importing `backup` would do, for the preview. Records are matched by id, as
 * applyBackup writes them; a record here that the backup lacks is kept, so it is not listed.
 */
export function planImport(current: UserData, backup: Backup): ImportPlan {
  const here = new Map(current.tracked.map((record) => [record.id, record]));
  const plan: ImportPlan['tracked'] = { added: [], replaced: [], replacedNewer: [], unchanged: 0 };
  for (const incoming of backup.tracked) {
    const existing = here.get(incoming.id);
    if (!existing) plan.added.push(displayTitle(incoming));
    else if (sameJson(existing, incoming)) plan.unchanged += 1;
    else {
      plan.replaced.push(displayTitle(existing));
      if (Date.parse(existing.updatedAt) > Date.parse(incoming.updatedAt))
        plan.replacedNewer.push(displayTitle(existing));
    }
  }
  return { profile: planProfile(current.profile, backup.profile), tracked: plan };
}

function planProfile(current: Profile | null, incoming: Profile | null): ImportPlan['profile'] {
  // A backup made before any profile existed never deletes the one here.
  if (incoming === null) return 'unchanged';
  if (current === null) return 'added';
  return sameJson(current, incoming) ? 'unchanged' : 'replaced';
}

/** Equal as JSON whatever the key order (records read back from IndexedDB may differ in it). */
export function sameJson(a: unknown, b: unknown): boolean {
  return canonicalJson(a) === canonicalJson(b);
}

function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)))
      : v,
  );
}
