import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

export default tseslint.config(
  {ignores: ['dist/', 'node_modules/', 'coverage/', 'media/']},
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: {'react-hooks': reactHooks},
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': [
        'error',
        {argsIgnorePattern: '^_', varsIgnorePattern: '^_'},
      ],
    },
  },
  {
    // Commands compose the rest; nothing below them imports a command (cli.tsx dispatches to them).
    files: ['source/**/*.{ts,tsx}'],
    ignores: ['source/commands/**', 'source/cli.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/commands/*'],
              message: 'commands/ compose the rest: move what you need out of commands/ instead.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['bench/**/*.js', '*.js', '.ci/**/*.js'],
    languageOptions: {globals: {process: 'readonly', console: 'readonly'}},
  },
  {
    // The benchmarks are plain Node scripts: Node's web globals too.
    files: ['bench/**/*.js'],
    languageOptions: {
      globals: {AbortController: 'readonly', performance: 'readonly', URL: 'readonly'},
    },
  },
);
