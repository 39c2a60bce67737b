import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: ['dist', 'test-results', 'playwright-report', 'reports', 'node_modules'],
  },
  {
    files: ['**/*.{ts,tsx}'],
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    languageOptions: { ecmaVersion: 2022, globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-explicit-any': 'error',
    },
  },
  {
    // The pure domain must not depend on UI, storage or IO.
    files: ['src/domain/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'react', message: 'src/domain must stay pure: no UI imports.' },
            { name: 'react-dom', message: 'src/domain must stay pure: no UI imports.' },
            { name: 'idb', message: 'src/domain must stay pure: no storage imports.' },
          ],
          patterns: [
            {
              group: ['react/*', 'react-dom/*', 'idb/*'],
              message: 'src/domain must stay pure: no UI or storage imports.',
            },
            {
              group: [
                '**/app',
                '**/app/**',
                '**/storage',
                '**/storage/**',
                '**/io',
                '**/io/**',
                '**/cli',
                '**/cli/**',
              ],
              message: 'src/domain must not depend on app (UI), storage, io or cli code.',
            },
          ],
        },
      ],
    },
  },
);
