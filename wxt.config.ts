import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

const e2e = process.env.VL_E2E === '1';

// See README.md "Permissions" for why each permission is requested.
export default defineConfig({
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  webExt: { disabled: true },
  vite: () => ({
    plugins: [preact()],
    // The end-to-end build follows links to its plain-http test servers (lib/fetch-policy.ts).
    define: { 'import.meta.env.VL_E2E': JSON.stringify(e2e ? '1' : '0') },
  }),
  outDir: e2e ? '.output-e2e' : '.output',
  manifest: ({ browser }) => ({
    name: 'Vacancy Lens',
    description:
      'Reads EU vacancy notices (Commission, EPSO, agencies) and checks your eligibility — everything stays on your machine.',
    permissions: ['storage', 'scripting', 'contextMenus', 'alarms', 'notifications', 'activeTab'],
    // https only: a notice read over plain http could have been rewritten on the way.
    host_permissions: [
      'https://*.europa.eu/*',
      ...(e2e ? ['http://127.0.0.1/*', 'http://*.europa.eu/*'] : []),
    ],
    optional_host_permissions: ['https://*/*'],
    // The card is an extension page framed by the overlay: the page can neither read nor click into it.
    // It shows nothing without the one-time token the background gave that tab's overlay.
    web_accessible_resources: [
      {
        resources: ['card.html'],
        matches: ['https://*/*', ...(e2e ? ['http://127.0.0.1/*', 'http://*.europa.eu/*'] : [])],
        ...(browser === 'firefox' ? {} : { use_dynamic_url: true }),
      },
    ],
    action: { default_title: 'Vacancy Lens' },
    // Chromium: PDFs open in our viewer in place (the URL and the original response are kept).
    ...(browser === 'firefox'
      ? {}
      : { mime_types_handler: { 'application/pdf': { handler_url: 'viewer.html', can_embed: false } } }),
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
        cs.matches = [...(cs.matches ?? []), 'http://127.0.0.1/*', 'http://*.europa.eu/*'];
    },
  },
});
