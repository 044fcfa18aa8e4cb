// The command line as one file: `npm run build` runs tsc (every module, the worker
// files among them, into dist/), then this, which overwrites dist/cli.js with a
// bundle of it. Loading Ink's ~520 modules one by one was most of the time to the
// first frame. piscina, the native PNG library and cfonts stay outside (piscina
// loads the worker files, which stay tsc's, by path; resvg loads a platform
// binary; cfonts requires its font files by a path it builds at run time).
import {readFile} from 'node:fs/promises';
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

/**
 * Packages the first frame does not need, loaded where the command line first uses
 * them rather than before anything runs: an ES module's static imports all load
 * before its code starts, and these cost 60 ms of a 300 ms start (cfonts draws the
 * headline only at 120 columns or more, resvg only writes PNGs, piscina's pools are
 * started by the shop's thread, Ajv checks only files given on the command line).
 * Each maps to what the sources import from it: `default` (the module itself) or
 * classes, which stand in for the real one (`new`, statics and `instanceof` reach
 * it). An import of any other name fails the build.
 */
const loadedOnFirstUse = {
  piscina: ['Piscina'],
  '@resvg/resvg-js': ['Resvg'],
  cfonts: ['default'],
  'ajv/dist/2020.js': ['Ajv2020'],
};

const onFirstUse = {
  name: 'on-first-use',
  setup(build) {
    const names = Object.keys(loadedOnFirstUse);
    const filter = new RegExp(`^(${names.map((n) => n.replace(/[./]/g, '\\$&')).join('|')})$`);
    build.onResolve({filter}, (args) => ({path: args.path, namespace: 'on-first-use'}));
    build.onLoad({filter: /.*/, namespace: 'on-first-use'}, (args) => {
      const load = `(loaded ??= requireOnFirstUse(${JSON.stringify(args.path)}))`;
      const lines = [
        "import {createRequire} from 'node:module';",
        // Not named require: esbuild would bundle what a require() names.
        'const requireOnFirstUse = createRequire(import.meta.url);',
        'let loaded;',
      ];
      for (const name of loadedOnFirstUse[args.path]) {
        if (name === 'default') {
          lines.push(
            `export default new Proxy({}, {get: (_, key) => Reflect.get(${load}, key, ${load})});`,
          );
        } else {
          // A function target, so that the stand-in can be called with new.
          lines.push(
            `export const ${name} = new Proxy(function ${name}() {}, {`,
            `  construct: (_, args) => Reflect.construct(${load}.${name}, args),`,
            `  get: (_, key) => Reflect.get(${load}.${name}, key),`,
            `  getPrototypeOf: () => Reflect.getPrototypeOf(${load}.${name}),`,
            '});',
          );
        }
      }
      return {contents: lines.join('\n'), loader: 'js', resolveDir: process.cwd()};
    });
  },
};

/**
 * yoga-layout (Ink's layout) asks `fetch` for its WebAssembly, which it carries
 * inline as a data: URL; on Node 20 that first fetch loads undici (25 ms at
 * start-up) and then fails over to decoding the same bytes itself. This takes
 * that decoding at once. Fails the build when yoga's loader no longer reads so.
 */
const yogaWithoutFetch = {
  name: 'yoga-without-fetch',
  setup(build) {
    build.onLoad(
      {filter: /[\\/]yoga-layout[\\/]dist[\\/]binaries[\\/]yoga-wasm-base64-esm\.js$/},
      async (args) => {
        const source = await readFile(args.path, 'utf8');
        const fetching = 'function ya(){return w||"function"!=typeof fetch?';
        if (source.split(fetching).length !== 2)
          throw new Error(
            `${args.path}: yoga's loader changed; see yogaWithoutFetch in esbuild.config.js`,
          );
        return {contents: source.replace(fetching, 'function ya(){return w||true?'), loader: 'js'};
      },
    );
  },
};

const r = await build({
  entryPoints: {cli: 'source/cli.tsx'}, metafile: true, minifyWhitespace: !!process.env.MIN, minifySyntax: !!process.env.MIN,
  ...(process.env.SPLIT ? {outdir: process.env.OUTDIR, splitting: true, chunkNames: 'cli-[hash]', entryNames: '[name]'} : {outfile: process.env.OUTDIR + '/cli.js'}),
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: true,
  external: ['piscina', '@resvg/resvg-js', 'cfonts'],
  plugins: [withoutInkDevtools, onFirstUse, yogaWithoutFetch],
  define: {
    // source/bundle.ts: the modules' import.meta.url is dist/cli.js here.
    BREWLANES_BUNDLE: 'true', ...(process.env.PROD ? {'process.env.NODE_ENV': '"production"'} : {}),
  },
  // Bundled CommonJS modules require Node's own modules: give them a require.
  banner: {
    js: "import {createRequire as createRequireForBundle} from 'node:module'; const require = createRequireForBundle(import.meta.url);",
  },
  logLevel: 'warning',
});
for (const [f, o] of Object.entries(r.metafile.outputs)) if (!f.endsWith('.map')) console.log((o.bytes/1024).toFixed(0).padStart(6), 'KB', f, o.imports.filter(i=>!i.external).map(i=>i.kind[0]+':'+i.path.split('/').pop()).join(' '));
