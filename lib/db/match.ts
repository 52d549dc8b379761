/**
 * Keys derived from a record and stored beside it for an index (reads drop them again):
 * how an analysed page is recognised as a tracked notice, and instants as sortable text.
 * The rules are lib/tracker/save.ts's (same reference, else same address).
 */
import { normaliseReference, normaliseUrl } from '../tracker/save';

/** "ref:EPSO/AD/403/24" and "url:https://…/notice" (no #fragment); raw values are tolerated. */
export function trackedMatchKeys(reference: unknown, url: unknown): string[] {
  const keys: string[] = [];
  if (typeof reference === 'string' && reference.trim()) keys.push(`ref:${normaliseReference(reference)}`);
  if (typeof url === 'string' && url.trim()) keys.push(`url:${normaliseUrl(url)}`);
  return keys;
}

/** The keys of an analysed-notice record (raw: it may be damaged). */
export function noticeMatchKeys(raw: unknown): string[] {
  const record = raw as { url?: unknown; analysis?: { notice?: { reference?: unknown } | null } } | null;
  return trackedMatchKeys(record?.analysis?.notice?.reference, record?.url);
}

/** An instant as UTC ISO text, which sorts as time does; '' (sorts first) when it is not one. */
export function utcKey(timestamp: unknown): string {
  const ms = typeof timestamp === 'string' ? Date.parse(timestamp) : NaN;
  return Number.isFinite(ms) ? new Date(ms).toISOString() : '';
}
