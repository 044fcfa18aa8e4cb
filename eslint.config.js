import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

/** The folders of source/ that the dependency rule places (docs/codebase.md). */
const folders = [
  'protocol',
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
];

/**
 * One block per folder of source/: it may import the folders in `allowed` and no other
 * (no-restricted-imports), so that an import against the dependency rule fails `npm run lint`.
 */
function layer(folder, allowed) {
  const forbidden = folders.filter((other) => other !== folder && !allowed.includes(other));
  const files = [`source/${folder}/**/*.{ts,tsx}`];
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
  {ignores: ['dist/', 'node_modules/', 'coverage/', 'media/', 'bench/.bundle/']},
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
  ...layer('protocol', []),
  ...layer('engine', ['protocol']),
  ...layer('timeline', ['protocol']),
  ...layer('render', ['protocol', 'timeline']),
  ...layer('record', ['protocol', 'timeline']),
  ...layer('lessons', ['protocol', 'engine', 'timeline', 'render', 'record']),
  ...layer('cli', ['protocol', 'engine', 'timeline', 'render', 'record', 'lessons']),
  ...layer('tour', ['protocol', 'engine', 'timeline', 'render', 'record', 'lessons', 'cli']),
  ...layer('ui', ['protocol', 'engine', 'timeline', 'render', 'record', 'lessons', 'cli', 'tour']),
  ...layer(
    'commands',
    folders.filter((other) => other !== 'workers'),
  ),
  ...layer('workers', ['protocol', 'engine', 'lessons']),
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
