// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { defineConfig } from 'eslint/config';
import astro from 'eslint-plugin-astro';
import boundaries from 'eslint-plugin-boundaries';
import globals from 'globals';

/**
 * The architecture, as the linter enforces it. Each domain folder of src/lib is an
 * element; `allow` lists what each may import (besides itself and npm packages).
 * The folder READMEs say why; this table is what keeps it true.
 */
/** @type {Record<string, { pattern: string; allow: string[] }>} */
const layers = {
  util: { pattern: 'src/lib/util', allow: [] },
  stats: { pattern: 'src/lib/stats', allow: [] },
  ui: { pattern: 'src/lib/ui', allow: ['util'] },
  site: { pattern: 'src/lib/site', allow: [] },
  content: { pattern: 'src/lib/content', allow: ['util', 'site'] },
  markdown: { pattern: 'src/lib/markdown', allow: ['content', 'util', 'site'] },
  search: { pattern: 'src/lib/search', allow: ['util', 'site'] },
  // Feeds render entries with the site's own MDX components, so publishing may use components.
  publishing: { pattern: 'src/lib/publishing', allow: ['content', 'markdown', 'util', 'site', 'components'] },
  // The email edition builds on the rendered issue (publishing) and draws each island's static figure.
  email: {
    pattern: 'src/lib/email',
    allow: ['content', 'publishing', 'markdown', 'util', 'site', 'ui', 'islands'],
  },
  // Islands run in the reader's browser: maths and widget logic, never the content layer.
  islands: { pattern: 'src/islands', allow: ['stats', 'ui', 'search', 'util', 'site'] },
  components: { pattern: 'src/components', allow: ['*'] },
  layouts: { pattern: 'src/layouts', allow: ['*'] },
  pages: { pattern: 'src/pages', allow: ['*'] },
  integrations: { pattern: 'src/integrations', allow: ['*'] },
};

/** Layers that run anywhere, the browser included, and so may not even read the site config. */
const selfContained = ['src/lib/util/**', 'src/lib/stats/**', 'src/lib/ui/**'];

const elementTypes = Object.keys(layers);

export default defineConfig(
  {
    ignores: [
      'dist/',
      'dist-base/',
      '.astro/',
      'node_modules/',
      'test-results/',
      'playwright-report/',
      'blob-report/',
      '.bench/',
      '.cache/',
      'reports/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  ...tseslint.configs.stylistic,
  ...astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      // Unused names prefixed with an underscore are deliberate (a callback's ignored argument).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // noUncheckedIndexedAccess (astro/tsconfigs/strictest) types every indexed read as possibly
      // undefined; `!` after a bounds-checked index or on an element the server rendered is the
      // honest statement, and the unit and end-to-end tests catch a wrong one.
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    // A test step that only loads the page has nothing to do, and says so with an empty callback.
    files: ['tests/**'],
    rules: { '@typescript-eslint/no-empty-function': 'off' },
  },
  // Type-aware rules where they are cheap and catch real bugs: promises nobody awaits.
  {
    files: ['**/*.ts'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/await-thenable': 'error',
    },
  },
  {
    files: ['src/**/*.{ts,astro}'],
    plugins: { boundaries },
    settings: {
      'import/resolver': { node: { extensions: ['.ts', '.js', '.mjs', '.astro'] } },
      'boundaries/elements': elementTypes.map((type) => ({ type, pattern: layers[type]?.pattern })),
    },
    rules: {
      'boundaries/dependencies': [
        'error',
        {
          default: 'disallow',
          policies: elementTypes.map((type) => ({
            from: { element: { type } },
            allow: {
              to: {
                element: {
                  types: { anyOf: layers[type]?.allow.includes('*') ? elementTypes : [type, ...(layers[type]?.allow ?? [])] },
                },
              },
            },
          })),
        },
      ],
    },
  },
  {
    // Anything outside the named layers (src/site.config.ts, src/content.config.ts) is off limits here.
    files: selfContained,
    rules: { 'boundaries/no-unknown-dependencies': 'error' },
  },
);
