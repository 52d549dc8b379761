/**
 * Which PDFs Chromium's handler route keeps in Vacancy Lens. By default only those from the sites
 * Vacancy Lens runs on: the EU sites of its host permissions and the sites the user enabled from
 * the popup (optional host permissions). Any other PDF (an invoice, a bank statement, a local
 * file) goes straight back to the browser's own viewer, unless the user chose "every site".
 */
import { browser } from 'wxt/browser';

/** storage.local key of the "open PDFs from every site in Vacancy Lens" choice (default false). */
export const ALL_SITES_KEY = 'viewer.allSites';

export async function opensAllSites(): Promise<boolean> {
  const got = await browser.storage.local.get(ALL_SITES_KEY).catch(() => ({}) as Record<string, unknown>);
  return (got as Record<string, unknown>)[ALL_SITES_KEY] === true;
}

export async function setOpensAllSites(value: boolean): Promise<void> {
  await browser.storage.local.set({ [ALL_SITES_KEY]: value });
}

/** True when a PDF at `url` stays in Vacancy Lens's viewer. */
export async function keepsPdf(url: string): Promise<boolean> {
  if (await opensAllSites()) return true;
  let origin: string;
  try {
    const u = new URL(url);
    if (u.protocol !== 'https:' && u.protocol !== 'http:') return false;
    origin = u.origin;
  } catch {
    return false;
  }
  return browser.permissions.contains({ origins: [`${origin}/*`] }).catch(() => false);
}
