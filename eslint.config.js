import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

// Browser APIs and DOM globals that must never appear in the pure core.
const browserOnly = Object.keys(globals.browser).filter(
  (name) => !(name in globals.es2021) && !(name in globals.node),
);
const pureCore = {
  'no-restricted-globals': [
    'error',
    ...browserOnly.map((name) => ({ name, message: 'lib/ is pure: no browser APIs or DOM globals.' })),
  ],
  'no-restricted-imports': [
    'error',
    {
      patterns: [
        {
          group: ['wxt', 'wxt/*', '#imports', 'webextension-polyfill'],
          message: 'lib/ is pure: no extension APIs.',
        },
        { group: ['preact', 'preact/*'], message: 'lib/ is pure: UI lives in components/.' },
      ],
    },
  ],
};

export default tseslint.config(
  {
    ignores: [
      '.output/**',
      '.output-e2e/**',
      '.wxt/**',
      'node_modules/**',
      'coverage/**',
      'test-results/**',
      'tmp/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  { files: ['lib/**/*.ts'], rules: pureCore },
  {
    files: ['lib/notice/**/*.ts', 'lib/eligibility/**/*.ts', 'lib/profile/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['wxt', 'wxt/*', '#imports', 'webextension-polyfill'],
              message: 'lib/ is pure: no extension APIs.',
            },
            { group: ['preact', 'preact/*'], message: 'lib/ is pure: UI lives in components/.' },
            { group: ['pdfjs-dist', 'pdfjs-dist/*'], message: 'Only lib/pdf imports pdf.js.' },
            { group: ['idb', 'idb/*'], message: 'Only lib/db imports idb.' },
          ],
        },
      ],
    },
  },
  {
    files: ['entrypoints/**/*.{ts,tsx}', 'components/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.webextensions } },
  },
);
