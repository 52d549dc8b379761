/** Which linked notices the background may fetch for a page (the page names the address). */
import { describe, expect, it } from 'vitest';
import { checkNoticeUrl, readCapped } from '../../lib/fetch-policy';

describe('checkNoticeUrl', () => {
  it.each([
    'https://eu-careers.europa.eu/en/job/123',
    'https://ec.europa.eu/info/sites/default/files/notice.html',
    'https://www.enisa.europa.eu/recruitment/vacancies/x.html',
    'https://europa.eu/x',
  ])('follows %s', (url) => {
    expect(checkNoticeUrl(url).ok).toBe(true);
  });

  it.each([
    ['http://ec.europa.eu/notice.html', /https/],
    ['https://127.0.0.1/secret', /numeric/],
    ['https://10.0.0.8/secret', /numeric/],
    ['https://[::1]/secret', /numeric/],
    ['https://localhost/secret', /local/],
    ['https://router/secret', /local/],
    ['https://intranet.europa.eu/x', /internal/],
    ['https://myintracomm.ec.europa.eu/x', /internal/],
    ['https://evil.example/notice.html', /only links to EU sites/],
    ['https://europa.eu.evil.example/x', /only links to EU sites/],
    ['https://evileuropa.eu/x', /only links to EU sites/],
    ['https://user:pw@ec.europa.eu/x', /user name/],
    ['https://ec.europa.eu:8443/x', /port/],
    ['javascript:alert(1)', /https/],
    ['file:///etc/passwd', /https/],
    ['not a url', /not a web address/],
  ])('refuses %s', (url, reason) => {
    const d = checkNoticeUrl(url);
    expect(d.ok).toBe(false);
    if (!d.ok) expect(d.reason).toMatch(reason);
  });

  it('follows sites the user enabled, by exact host', () => {
    expect(checkNoticeUrl('https://jobs.example.org/n', { enabledHosts: ['jobs.example.org'] }).ok).toBe(
      true,
    );
    expect(checkNoticeUrl('https://other.example.org/n', { enabledHosts: ['jobs.example.org'] }).ok).toBe(
      false,
    );
  });

  it('test builds allow plain http and ports, still never numeric or foreign hosts', () => {
    const test = { allowTestServers: true };
    expect(checkNoticeUrl('http://eu-careers.europa.eu:4100/n.html', test).ok).toBe(true);
    expect(checkNoticeUrl('http://127.0.0.1:4100/n.html', test).ok).toBe(false);
    expect(checkNoticeUrl('http://evil.example:4100/n.html', test).ok).toBe(false);
  });
});

describe('readCapped', () => {
  const stream = (chunks: number[]) =>
    new ReadableStream<Uint8Array>({
      start(c) {
        for (const n of chunks) c.enqueue(new Uint8Array(n).fill(65));
        c.close();
      },
    });

  it('returns the bytes when under the cap', async () => {
    expect((await readCapped(stream([3, 4]), 10))?.byteLength).toBe(7);
  });

  it('stops and returns null as soon as the cap is passed, whatever the headers said', async () => {
    let pulled = 0;
    const endless = new ReadableStream<Uint8Array>({
      pull(c) {
        pulled++;
        c.enqueue(new Uint8Array(1024));
      },
    });
    expect(await readCapped(endless, 10 * 1024)).toBeNull();
    expect(pulled).toBeLessThan(20);
  });
});
