// The command line as one file: `npm run build` runs tsc (every module, the worker
// files among them, into dist/), then this, which overwrites dist/cli.js with a
// bundle of it. Loading Ink's ~520 modules one by one was most of the time to the
// first frame. piscina and the native PNG library stay outside (piscina loads the
// worker files, which stay tsc's, by path; resvg loads a platform binary).
import {build} from 'esbuild';

/**
 * Ink imports its devtools (and so react-devtools-core, an optional peer that is
 * not installed) only when DEV=true, and says what to install when the import
 * fails: in the bundle that import fails the same way.
 */
const withoutInkDevtools = {
  name: 'without-ink-devtools',
  setup(build) {
    build.onResolve({filter: /^\.\/devtools\.js$/}, (args) =>
      /[\\/]ink[\\/]build[\\/]/.test(args.importer)
        ? {path: 'ink-devtools', namespace: 'without-ink-devtools'}
        : undefined,
    );
    build.onLoad({filter: /.*/, namespace: 'without-ink-devtools'}, () => ({
      contents: "throw new Error('react-devtools-core is not installed');",
    }));
  },
};

await build({
  entryPoints: ['source/cli.tsx'],
  outfile: 'dist/cli.js',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: true,
  external: ['piscina', '@resvg/resvg-js'],
  plugins: [withoutInkDevtools],
  define: {
    // source/bundle.ts: the modules' import.meta.url is dist/cli.js here.
    BREWLANES_BUNDLE: 'true',
  },
  // Bundled CommonJS modules require Node's own modules: give them a require.
  banner: {
    js: "import {createRequire as createRequireForBundle} from 'node:module'; const require = createRequireForBundle(import.meta.url);",
  },
  logLevel: 'warning',
});
