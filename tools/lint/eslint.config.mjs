// eslint for coop-chair-quiz (flat config): typescript-eslint's recommended rules for the TypeScript, Lit's template
// rules (eslint-plugin-lit) and the accessibility rules for Lit templates (eslint-plugin-lit-a11y). Formatting is
// prettier's job (`npm run lint` runs both), so no stylistic rules here. The root eslint.config.mjs re-exports
// this file; it lives here so that its imports resolve to this folder's TypeScript 5 (see package.json).
import js from '@eslint/js';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'lib/',
      'src/generated/',
      'node_modules/',
      'tools/lint/node_modules/',
      'bench/tmp/',
      'coverage/',
      '.browser-home/',
      'test/apps/*/dist/',
      'test/apps/*/public/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  lit.configs['flat/recommended'],
  litA11y.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      // `_name` marks a parameter kept for its position (a callback's signature).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['test/**'],
    rules: {
      // chai's assertions are property reads: expect(x).to.be.true.
      '@typescript-eslint/no-unused-expressions': 'off',
      // Tests feed the validator and the element malformed data on purpose.
      '@typescript-eslint/no-explicit-any': 'off',
    },
  },
  {
    // Node scripts and configs: the tooling, the bench's runner, the Node test suites (test/apps, test/wordpress).
    files: ['scripts/**', '*.config.*', 'tools/**', 'test/**/*.mjs'],
    languageOptions: { globals: { ...globals.node } },
  },
);
