import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// See README.md "Permissions" for why each permission is requested.
export default defineConfig({
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  outDir: '.output',
  webExt: { disabled: true },
  vite: () => ({ plugins: [preact()] }),
  manifest: {
    name: 'Vacancy Lens',
    description:
      'Reads EU vacancy notices (Commission, EPSO, agencies) and checks your eligibility — everything stays on your machine.',
    permissions: ['storage'],
  },
});
