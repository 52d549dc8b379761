/**
 * Which linked notices the background may fetch for a page. A page names the address ("Link to
 * vacancy"), so the address is hostile input: without a policy a page could make the extension
 * request intranet hosts, private addresses or any site with the extension's privileges.
 *
 * Allowed: https only, default port, no user:password, a host under europa.eu (or a site the user
 * enabled), never an IP literal, `localhost`, a single-label name or a known internal EU host.
 */

/** EU hosts that are internal networks, not public notices. */
const INTERNAL_HOSTS = [
  /(^|\.)intranet\.europa\.eu$/,
  /(^|[.-])(my)?intracomm\b/,
  /(^|\.)cec\.eu\.int$/,
  /^webgate\.ec\.testa\.eu$/,
];

export interface FetchPolicyOptions {
  /** Hosts the user enabled Vacancy Lens on (exact host names). */
  enabledHosts?: readonly string[];
  /** End-to-end builds only: plain http and explicit ports (test servers), still never IP literals. */
  allowTestServers?: boolean;
}

export type FetchDecision = { ok: true; url: URL } | { ok: false; reason: string };

const IPV4 = /^\d{1,3}(\.\d{1,3}){3}$/;

export function isEuHost(host: string): boolean {
  return host === 'europa.eu' || host.endsWith('.europa.eu');
}

/** Decides whether the background may fetch `raw` for a page; the reason is shown to the user. */
export function checkNoticeUrl(raw: string, options: FetchPolicyOptions = {}): FetchDecision {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return { ok: false, reason: 'the link is not a web address' };
  }
  const test = options.allowTestServers === true;
  if (url.protocol !== 'https:' && !(test && url.protocol === 'http:'))
    return { ok: false, reason: 'only secure (https) links are followed' };
  if (url.username || url.password) return { ok: false, reason: 'links with a user name are not followed' };
  if (url.port && !test) return { ok: false, reason: 'links to a non-standard port are not followed' };
  const host = url.hostname.toLowerCase().replace(/\.$/, '');
  if (IPV4.test(host) || host.startsWith('[') || host.includes(':'))
    return { ok: false, reason: 'links to a numeric address are not followed' };
  if (host === 'localhost' || host.endsWith('.localhost') || !host.includes('.'))
    return { ok: false, reason: 'links to local or private hosts are not followed' };
  if (INTERNAL_HOSTS.some((re) => re.test(host)))
    return { ok: false, reason: 'links to internal EU networks are not followed' };
  const enabled = options.enabledHosts ?? [];
  if (!isEuHost(host) && !enabled.includes(host))
    return { ok: false, reason: `only links to EU sites (europa.eu) are followed, not ${host}` };
  return { ok: true, url };
}

/**
 * Reads a response body up to `maxBytes`, stopping the download as soon as it is exceeded
 * (a `Content-Length` can lie or be missing). Null when too large.
 */
export async function readCapped(
  body: ReadableStream<Uint8Array> | null,
  maxBytes: number,
): Promise<Uint8Array | null> {
  if (!body) return new Uint8Array();
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}
