/** The release manifest asks for https only and frames nothing it should not (wxt.config.ts). */
import { describe, expect, it } from 'vitest';
import config from '../../wxt.config';

type Manifest = {
  host_permissions?: string[];
  optional_host_permissions?: string[];
  web_accessible_resources?: Array<{ resources: string[]; matches: string[] }>;
  mime_types_handler?: Record<string, { can_embed?: boolean }>;
  externally_connectable?: unknown;
  permissions?: string[];
};

function manifest(browser: 'chrome' | 'firefox'): Manifest {
  const m = config.manifest as unknown as (env: {
    browser: string;
    manifestVersion: number;
    mode: string;
    command: string;
  }) => Manifest;
  return m({ browser, manifestVersion: 3, mode: 'production', command: 'build' });
}

describe('release manifest', () => {
  it.each(['chrome', 'firefox'] as const)('%s: every host pattern is https', (b) => {
    const m = manifest(b);
    for (const p of [...(m.host_permissions ?? []), ...(m.optional_host_permissions ?? [])])
      expect(p).toMatch(/^https:\/\//);
    for (const r of m.web_accessible_resources ?? [])
      for (const p of r.matches) expect(p).toMatch(/^https:\/\//);
  });

  it('only the card page is web-accessible; no page can message the extension', () => {
    const m = manifest('chrome');
    expect((m.web_accessible_resources ?? []).flatMap((r) => r.resources)).toEqual(['card.html']);
    expect(m.externally_connectable).toBeUndefined();
  });

  it('PDFs embedded by other pages are not handled by the viewer', () => {
    expect(manifest('chrome').mime_types_handler?.['application/pdf']?.can_embed).toBe(false);
  });
});
