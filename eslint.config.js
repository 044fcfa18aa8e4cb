import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

/**
 * One block per folder of source/: the folders it must not import (no-restricted-imports),
 * so that an import against the dependency rule fails `npm run lint`.
 */
function layer(folder, forbidden, files = [`source/${folder}/**/*.{ts,tsx}`]) {
  return [
    {
      files,
      rules: {
        'no-restricted-imports': [
          'error',
          {
            patterns: forbidden.map((other) => ({
              group: [`**/${other}/**`],
              message: `source/${folder}/ must not import source/${other}/: imports point down the layers (docs/codebase.md).`,
            })),
          },
        ],
      },
    },
  ];
}

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
  // The dependency rule (docs/codebase.md): a folder imports only the folders below it.
  //   protocol ← engine, timeline ← render, record ← lessons ← cli ← tour ← ui ← commands ← cli.tsx
  // workers/ are thread entries (engine, lessons, protocol); the files at source/'s root
  // (usage-error, run-fault, read-text-file) are leaves anyone may import.
  ...layer('protocol', [
    'engine',
    'timeline',
    'render',
    'record',
    'lessons',
    'cli',
    'tour',
    'ui',
    'commands',
    'workers',
  ]),
  ...layer('engine', [
    'timeline',
    'render',
    'record',
    'lessons',
    'cli',
    'tour',
    'ui',
    'commands',
    'workers',
  ]),
  ...layer('timeline', [
    'engine',
    'render',
    'record',
    'lessons',
    'cli',
    'tour',
    'ui',
    'commands',
    'workers',
  ]),
  ...layer('render', ['engine', 'record', 'lessons', 'cli', 'tour', 'ui', 'commands', 'workers']),
  ...layer('record', ['engine', 'render', 'lessons', 'cli', 'tour', 'ui', 'commands', 'workers']),
  ...layer('lessons', ['cli', 'tour', 'ui', 'commands', 'workers']),
  ...layer('cli', ['tour', 'ui', 'commands', 'workers']),
  ...layer('tour', ['ui', 'commands', 'workers']),
  ...layer('ui', ['commands', 'workers']),
  ...layer('commands', ['workers']),
  ...layer('workers', ['timeline', 'render', 'record', 'cli', 'tour', 'ui', 'commands']),
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
