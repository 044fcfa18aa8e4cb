// The command line as one file: `npm run build` runs tsc (every module, the worker
// files among them, into dist/), then this, which overwrites dist/cli.js with a
// bundle of it. Loading Ink's ~520 modules one by one was most of the time to the
// first frame. piscina, the native PNG library and cfonts stay outside (piscina
// loads the worker files, which stay tsc's, by path; resvg loads a platform
// binary; cfonts requires its font files by a path it builds at run time).
import {build} from 'esbuild';
import {inkPatches, withoutInkDevtools} from './patches/ink/plugin.js';

await build({
  entryPoints: ['source/cli.tsx'],
  outfile: 'dist/cli.js',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: true,
  external: ['piscina', '@resvg/resvg-js', 'cfonts'],
  plugins: [withoutInkDevtools, inkPatches],
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
