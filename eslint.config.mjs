import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['**/dist/**', '**/node_modules/**', '.data/**', 'client/src/api/schema.d.ts', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{js,mjs,cjs}'],
    languageOptions: { globals: { ...globals.node } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['server/**/*.ts', 'migrations/**/*.ts', 'e2e/**/*.ts', 'bench/**/*.{ts,mjs}'],
    languageOptions: { globals: { ...globals.node, ...globals.jest } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'off',
    },
  },
  {
    // a POST route takes Idempotency-Key: its decorator carries the interceptor (server/src/common/post.ts)
    files: ['server/src/**/*.ts'],
    ignores: ['server/src/common/post.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { paths: [{ name: '@nestjs/common', importNames: ['Post'], message: "Import Post from common/post: it carries the Idempotency-Key interceptor." }] },
      ],
    },
  },
  {
    // test clients read JSON bodies of many shapes; the assertions check them
    files: ['server/test/**/*.ts', 'e2e/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    files: ['client/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser, ...globals.jest } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // the client's own translator (i18n/) replaces i18next's code, which the first load has no room for
      // (issue 9); i18next's types still check the keys
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'react-i18next', message: "Use useTranslation from client/src/i18n/react: react-i18next's code is not in the client (docs/performance.md)." },
            { name: 'i18next', allowTypeImports: true, message: "Only i18next's types: the translator is client/src/i18n (docs/performance.md)." },
          ],
        },
      ],
    },
  },
  // features never import each other; app/ composes them (docs/development.md, layout)
  {
    files: ['client/src/features/*/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { patterns: [{ regex: '^\\.\\./(?!\\.\\./)', message: 'Features do not import each other; compose them in app/.' }] }] },
  },
  {
    files: ['client/src/features/*/*/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { patterns: [{ regex: '^\\.\\./\\.\\./(?!\\.\\./)', message: 'Features do not import each other; compose them in app/.' }] }] },
  },
);
