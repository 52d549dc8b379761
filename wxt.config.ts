import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

const e2e = process.env.VL_E2E === '1';

// See README.md "Permissions" for why each permission is requested.
export default defineConfig({
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  webExt: { disabled: true },
  vite: () => ({ plugins: [preact()] }),
  outDir: e2e ? '.output-e2e' : '.output',
  manifest: ({ browser }) => ({
    name: 'Vacancy Lens',
    description:
      'Reads EU vacancy notices (Commission, EPSO, agencies) and checks your eligibility — everything stays on your machine.',
    permissions: ['storage', 'scripting', 'contextMenus', 'alarms', 'notifications'],
    host_permissions: ['*://*.europa.eu/*', ...(e2e ? ['http://127.0.0.1/*'] : [])],
    optional_host_permissions: ['*://*/*'],
    action: { default_title: 'Vacancy Lens' },
    // Chromium: PDFs open in our viewer in place (the URL and the original response are kept).
    ...(browser === 'firefox'
      ? {}
      : { mime_types_handler: { 'application/pdf': { handler_url: 'viewer.html', can_embed: true } } }),
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'vacancy-lens@example.org',
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
  hooks: {
    // The end-to-end build also runs on pages served from 127.0.0.1.
    'build:manifestGenerated': (_wxt, manifest) => {
      if (!e2e) return;
      for (const cs of manifest.content_scripts ?? [])
        cs.matches = [...(cs.matches ?? []), 'http://127.0.0.1/*'];
    },
  },
});
