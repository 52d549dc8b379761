/** Small helpers for the messages. */

/** "Portugal, Spain and France". */
export function listInWords(items: string[], conjunction = 'and'): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${conjunction} ${items[items.length - 1]}`;
}

/** Joins sentences, skipping empty ones. */
export function sentences(...parts: (string | null | undefined | false)[]): string {
  return parts.filter((part): part is string => Boolean(part)).join(' ');
}
