/**
 * The browser's sync storage quotas, and how an item is measured against them.
 *
 * Chromium, `chrome.storage.sync` (https://developer.chrome.com/docs/extensions/reference/api/storage#property-sync,
 * and the API schema extensions/common/api/storage.json in Chromium's source):
 * - QUOTA_BYTES 102400: "the maximum total amount (in bytes) of data that can be stored in sync
 *   storage, as measured by the JSON stringification of every value plus every key's length";
 * - QUOTA_BYTES_PER_ITEM 8192: the same measure, for one item;
 * - MAX_ITEMS 512;
 * - MAX_WRITE_OPERATIONS_PER_HOUR 1800 ("1 every 2 seconds") and MAX_WRITE_OPERATIONS_PER_MINUTE
 *   120 ("2 per second"): "the maximum number of set, remove, or clear operations" — one call, however
 *   many keys it carries, is one operation. Updates over any of these "fail immediately".
 *
 * Firefox, `browser.storage.sync` (https://developer.mozilla.org/en-US/docs/Mozilla/Add-ons/WebExtensions/API/storage/sync,
 * "Storage quotas for sync data"; the Rust engine, mozilla/application-services webext_storage,
 * SYNC_QUOTA_BYTES 102_400, SYNC_QUOTA_BYTES_PER_ITEM 8_192, SYNC_MAX_ITEMS 512): the same three figures,
 * measured the same way; no write-rate limit is documented, and extension data is synced "every 10
 * minutes" or on "Sync Now". Firefox needs an add-on id (browser_specific_settings.gecko.id).
 *
 * We live within the smaller of both (they are equal), with the Chromium write-rate limits.
 */

/** Chromium QUOTA_BYTES = Firefox SYNC_QUOTA_BYTES. */
export const SYNC_QUOTA_BYTES = 102_400;
/** Chromium QUOTA_BYTES_PER_ITEM = Firefox SYNC_QUOTA_BYTES_PER_ITEM. */
export const SYNC_QUOTA_BYTES_PER_ITEM = 8_192;
/** Chromium MAX_ITEMS = Firefox SYNC_MAX_ITEMS. */
export const SYNC_MAX_ITEMS = 512;
/** Chromium MAX_WRITE_OPERATIONS_PER_HOUR (set, remove or clear calls). */
export const SYNC_MAX_WRITE_OPERATIONS_PER_HOUR = 1_800;
/** Chromium MAX_WRITE_OPERATIONS_PER_MINUTE. */
export const SYNC_MAX_WRITE_OPERATIONS_PER_MINUTE = 120;

/**
 * What we allow ourselves: a little under each figure, so a measuring difference between our
 * estimate and the browser's serialiser never makes a write fail. Other parts of Vacancy Lens do not
 * use sync storage; if they ever do, their bytes are counted as "foreign" items (pack.ts).
 */
export const SYNC_BUDGET = {
  totalBytes: SYNC_QUOTA_BYTES - 2_048,
  itemBytes: SYNC_QUOTA_BYTES_PER_ITEM - 192,
  items: SYNC_MAX_ITEMS - 12,
  writesPerMinute: SYNC_MAX_WRITE_OPERATIONS_PER_MINUTE / 2,
  writesPerHour: SYNC_MAX_WRITE_OPERATIONS_PER_HOUR / 2,
} as const;

/**
 * The size the browser counts for an item: its key's length plus the JSON of its value, in UTF-8
 * bytes (Chromium measures its UTF-8 std::string, Firefox's Rust engine its UTF-8 String), counted
 * on the high side: Chromium's JSON writer escapes "<" and U+2028/U+2029 as six-character \u
 * sequences where JavaScript writes one character.
 */
export function itemBytes(key: string, value: unknown): number {
  return utf8Bytes(key) + jsonBytes(value);
}

export function jsonBytes(value: unknown): number {
  const json = JSON.stringify(value) ?? 'null';
  let extra = 0;
  for (let i = 0; i < json.length; i++) {
    const code = json.charCodeAt(i);
    if (code === 0x3c) extra += 5;
    else if (code === 0x2028 || code === 0x2029) extra += 3;
  }
  return utf8Bytes(json) + extra;
}

export function utf8Bytes(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4;
        i++;
      } else bytes += 3;
    } else bytes += 3;
  }
  return bytes;
}
