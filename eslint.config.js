import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import pluginQuery from '@tanstack/eslint-plugin-query';

const FEATURES = ['overview', 'clusters', 'zones', 'figures', 'figure', 'glossary', 'targets', 'report', 'present'];

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'playwright-report', 'test-results', 'dev-dist', 'bench-results'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  ...pluginQuery.configs['flat/recommended'],
  {
    files: ['src/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Report and dataset text is rendered as text, never as HTML.',
        },
      ],
    },
  },
  // Layers run one way: app → features → shared. A feature never imports another feature, with one
  // exception: presenter mode ("present") composes slides from the other features' charts and models.
  // No feature imports "present", so the arrow still runs one way.
  ...FEATURES.map((feature) => ({
    files: [`src/features/${feature}/**/*.{ts,tsx}`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/app/**', '../../app/*'], message: 'Features do not import the app layer.' },
            ...FEATURES.filter((f) => f !== feature && feature !== 'present').map((other) => ({
              group: [`**/features/${other}/**`, `../${other}/**`],
              message: `Feature "${feature}" must not import feature "${other}"; move shared code to src/shared.`,
            })),
          ],
        },
      ],
    },
  })),
  {
    files: ['src/shared/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/features/**', '**/app/**'], message: 'Shared pieces import no feature and no app code.' }] },
      ],
    },
  },
  {
    // Tests index fixtures they built themselves; a wrong index fails the test anyway.
    files: ['src/**/*.test.{ts,tsx}', 'src/**/*.testutil.ts', 'e2e/**/*.ts'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
  {
    // Node scripts and tests; code they pass to page.evaluate runs in the browser.
    files: ['e2e/**/*.ts', 'scripts/**/*.{js,mjs,ts}', '*.config.{js,ts}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
