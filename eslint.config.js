import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { configs as litConfigs } from 'eslint-plugin-lit';
import { configs as wcConfigs } from 'eslint-plugin-wc';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist/', 'storybook-static/', 'node_modules/', 'custom-elements.json', '.tmp/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  wcConfigs['flat/recommended'],
  litConfigs['flat/recommended'],
  {
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      // Content is data: never render it as HTML.
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'lit/directives/unsafe-html.js', message: 'Content is rendered as text, never as HTML.' },
            { name: 'lit/directives/unsafe-svg.js', message: 'Content is rendered as text, never as SVG.' },
            { name: 'lit/directives/style-map.js', message: 'No inline style attributes: portals run a strict CSP.' },
          ],
        },
      ],
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Content is rendered as text, never as HTML.' },
        { property: 'outerHTML', message: 'Content is rendered as text, never as HTML.' },
        { property: 'insertAdjacentHTML', message: 'Content is rendered as text, never as HTML.' },
      ],
      'lit/no-template-bind': 'error',
      'lit/attribute-value-entities': 'error',
      'lit/no-legacy-template-syntax': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.test.ts', 'src/test/**'],
    languageOptions: { globals: { ...globals.mocha } },
  },
  {
    files: ['scripts/**', '*.config.*', '.storybook/**', 'bin/**'],
    languageOptions: { globals: { ...globals.node } },
  },
);
