/**
 * The candidate's record of applications as CSV (RFC 4180): one row per tracked notice,
 * readable in any spreadsheet.
 */
import type { TrackedNotice } from '../db/records';
import { stripBidiControls } from './bidi';
import { deadlineMs, formatBrusselsTime } from './describe';
import { STATUS_LABELS } from './status';

export const CSV_HEADER = [
  'Title',
  'Reference',
  'Institution',
  'Deadline (Brussels)',
  'Deadline (UTC)',
  'Status',
  'Saved at',
  'Applied at',
  'URL',
  'Notes',
] as const;

export interface CsvOptions {
  /** A byte-order mark makes Excel read UTF-8 (accents in French and German titles); default true. */
  bom?: boolean;
}

/**
 * Rows in the order given, CRLF line endings, every value quoted when it must be.
 *
 * @example
 * toCsv([record]) // → '\uFEFFTitle,Reference,…\r\nIT Officer,EC/2026/TEST/1,…\r\n'
 */
export function toCsv(records: readonly TrackedNotice[], options: CsvOptions = {}): string {
  const rows = [[...CSV_HEADER], ...records.map(row)];
  const text = rows.map((cells) => cells.map(csvCell).join(',')).join('\r\n') + '\r\n';
  return (options.bom ?? true) ? `\uFEFF${text}` : text;
}

function row(record: TrackedNotice): string[] {
  const deadline = deadlineMs(record);
  return [
    record.notice.title ?? '',
    record.reference ?? record.notice.reference ?? '',
    record.notice.institution ?? '',
    deadline === null ? '' : formatBrusselsTime(deadline),
    deadline === null ? '' : new Date(deadline).toISOString(),
    STATUS_LABELS[record.status],
    record.savedAt,
    record.appliedAt ?? '',
    record.url,
    record.notes,
  ];
}

/**
 * One field: bidi controls removed (bidi.ts; first, so "\u202E=…" cannot hide a formula),
 * neutralised against formula injection, then quoted if it holds a comma, a quote or a line
 * break (quotes doubled).
 */
export function csvCell(value: string): string {
  const safe = neutraliseFormula(stripBidiControls(value));
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * A cell starting with = + - @ (or a tab or carriage return, which some spreadsheets skip
 * before reading one) would run as a formula: a notice title like =HYPERLINK(…) could leak
 * data. A leading apostrophe makes it text (OWASP's advice).
 */
export function neutraliseFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}
