/** The name a downloaded PDF is saved under: the server's Content-Disposition, else the URL's last part. */

/** `filename*=UTF-8''…` (RFC 6266/5987) first, then `filename="…"`; null when there is none. */
export function nameFromDisposition(header: string | null | undefined): string | null {
  if (!header) return null;
  const star = /filename\*\s*=\s*([^']*)'[^']*'([^;]+)/i.exec(header);
  if (star) {
    try {
      return decodeURIComponent(star[2].trim().replace(/^"|"$/g, ''));
    } catch {
      // fall through to the plain form
    }
  }
  const plain = /filename\s*=\s*("([^"]*)"|[^;]+)/i.exec(header);
  return plain ? (plain[2] ?? plain[1]).trim() : null;
}

/** A safe file name ending in .pdf. */
export function pdfFileName(
  url: string | null,
  disposition?: string | null,
  fallback = 'document.pdf',
): string {
  let name = nameFromDisposition(disposition);
  if (!name && url) {
    try {
      const last = new URL(url).pathname.split('/').filter(Boolean).pop() ?? '';
      name = decodeURIComponent(last);
    } catch {
      name = null;
    }
  }
  name = (name ?? '')
    // eslint-disable-next-line no-control-regex -- control characters are exactly what is removed
    .replace(/[\\/:*?"<>|\u0000-\u001f]+/g, '_')
    .replace(/^\.+/, '')
    .trim()
    .slice(0, 180);
  if (!name) name = fallback;
  return /\.pdf$/i.test(name) ? name : `${name}.pdf`;
}
