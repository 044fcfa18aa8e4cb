// The command line as one file: `npm run build` runs tsc (every module, the worker
// files among them, into dist/), then this, which writes a bundle of it to
// dist/cli.cjs and overwrites dist/cli.js with the small module that runs that
// bundle with V8's code cache (source/cli/start-bundle.ts). Loading Ink's ~520
// modules one by one was most of the time to the first frame. piscina, the native
// PNG library, cfonts and Ajv stay outside, loaded on first use (piscina loads the
// worker files, which stay tsc's, by path; resvg loads a platform binary; cfonts
// requires its font files by a path it builds at run time).
import {readFile} from 'node:fs/promises';
import {build} from 'esbuild';
import {inkPatches, withoutInkDevtools} from './patches/ink/plugin.js';

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
 * yoga-layout (Ink's layout engine, WebAssembly) loads asynchronously: its module
 * awaits at top level, which a CommonJS bundle cannot hold, and its loader fetches
 * its wasm from a data: URL (on Node 20 that first fetch loads undici, 25 ms). Here
 * it loads synchronously instead: the wasm's bytes leave the loader for an export,
 * and yoga's entry compiles them and hands the instance to the loader
 * (Emscripten's instantiateWasm), which is then ready before it returns. Fails the
 * build when yoga's files no longer read as expected.
 */
const yogaSynchronous = {
  name: 'yoga-synchronous',
  setup(build) {
    build.onLoad(
      {filter: /[\\/]yoga-layout[\\/]dist[\\/]binaries[\\/]yoga-wasm-base64-esm\.js$/},
      async (args) => {
        const source = await readFile(args.path, 'utf8');
        const wasm = /H="data:application\/octet-stream;base64,([A-Za-z0-9+/=]+)"/.exec(source);
        if (wasm === null)
          throw new Error(`${args.path}: no inline wasm; see yogaSynchronous in esbuild.config.js`);
        const contents =
          source.replace(wasm[0], 'H=""') + `\nexport const wasmBase64 = "${wasm[1]}";\n`;
        return {contents, loader: 'js'};
      },
    );
    build.onLoad({filter: /[\\/]yoga-layout[\\/]dist[\\/]src[\\/]index\.js$/}, async (args) => {
      const source = await readFile(args.path, 'utf8');
      if (!source.includes('const Yoga = wrapAssembly(await loadYoga());'))
        throw new Error(
          `${args.path}: yoga's entry changed; see yogaSynchronous in esbuild.config.js`,
        );
      const contents = `import loadYoga, {wasmBase64} from '../binaries/yoga-wasm-base64-esm.js';
import wrapAssembly from './wrapAssembly.js';
const lib = {
  instantiateWasm(imports, receive) {
    const wasm = new WebAssembly.Module(Buffer.from(wasmBase64, 'base64'));
    const instance = new WebAssembly.Instance(wasm, imports);
    receive(instance);
    return instance.exports;
  },
};
loadYoga(lib);
if (typeof lib.Node !== 'function') throw new Error('yoga-layout did not load synchronously');
const Yoga = wrapAssembly(lib);
export default Yoga;
export * from './generated/YGEnums.js';
`;
      return {contents, loader: 'js'};
    });
  },
};

/**
 * Ink's reconciler awaits at top level, only when DEV=true (to connect React's
 * devtools, which are not installed: withoutInkDevtools): a CommonJS bundle cannot
 * hold that, so there it requires the same module. Fails the build when Ink's
 * reconciler no longer reads as expected.
 */
const inkWithoutTopLevelAwait = {
  name: 'ink-without-top-level-await',
  setup(build) {
    build.onLoad({filter: /[\\/]ink[\\/]build[\\/]reconciler\.js$/}, async (args) => {
      const source = await readFile(args.path, 'utf8');
      const awaits = [
        ["await import('./devtools.js');", "require('./devtools.js');"],
        ['? await loadPackageJson()', '? {name: undefined, version: undefined}'],
      ];
      let contents = source;
      for (const [from, to] of awaits) {
        if (contents.split(from).length !== 2)
          throw new Error(`${args.path}: Ink's reconciler changed; see inkWithoutTopLevelAwait`);
        contents = contents.replace(from, to);
      }
      return {contents, loader: 'js'};
    });
  },
};

/**
 * React, its reconciler and its scheduler choose their production or development
 * build by NODE_ENV when they load. The command line runs the production build
 * (cli/interactive.ts sets NODE_ENV before Ink loads unless it is set), so the
 * bundle carries that one only: the development builds were 740 KB of 2.4 MB, read
 * and compiled on every start. Tests that want React's warnings run the sources.
 */
const reactProductionOnly = {
  name: 'react-production-only',
  setup(build) {
    build.onLoad(
      {filter: /[\\/]node_modules[\\/](react|react-reconciler|scheduler)[\\/][\w-]+\.js$/},
      async (args) => {
        const source = await readFile(args.path, 'utf8');
        const choice = "process.env.NODE_ENV === 'production'";
        if (!source.includes(choice)) return undefined;
        return {contents: source.replaceAll(choice, 'true'), loader: 'js'};
      },
    );
  },
};

await build({
  entryPoints: ['source/cli.tsx'],
  outfile: 'dist/cli.cjs',
  bundle: true,
  platform: 'node',
  // CommonJS, for V8's code cache (source/cli/code-cache.ts); dist/cli.js runs it.
  format: 'cjs',
  target: 'node20',
  sourcemap: true,
  external: ['piscina', '@resvg/resvg-js', 'cfonts'],
  plugins: [
    withoutInkDevtools,
    inkPatches,
    onFirstUse,
    reactProductionOnly,
    yogaSynchronous,
    inkWithoutTopLevelAwait,
  ],
  define: {
    // source/bundle.ts: the modules' import.meta.url is dist/cli.cjs here.
    BREWLANES_BUNDLE: 'true',
    'import.meta.url': 'importMetaUrlOfBundle',
    'import.meta': 'importMetaOfBundle',
  },
  // The ES modules bundled read import.meta (the bundle's URL): CommonJS has none.
  // Strict first, as ES modules are (a directive after the banner would not count).
  banner: {
    js: "'use strict'; var importMetaUrlOfBundle = require('node:url').pathToFileURL(__filename).href; var importMetaOfBundle = {url: importMetaUrlOfBundle};",
  },
  logLevel: 'warning',
});

// dist/cli.js: runs dist/cli.cjs with the code cache (tsc's dist/cli.js is replaced).
await build({
  entryPoints: ['source/cli/start-bundle.ts'],
  outfile: 'dist/cli.js',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  define: {BREWLANES_BUNDLE: 'true'},
  logLevel: 'warning',
});
