import {build} from 'esbuild';
import {readFileSync} from 'node:fs';
const [name, ...opts] = process.argv.slice(2);
const withoutInkDevtools = {
  name: 'without-ink-devtools',
  setup(build) {
    build.onResolve({filter: /^\.\/devtools\.js$/}, (args) =>
      /[\\/]ink[\\/]build[\\/]/.test(args.importer) ? {path: 'ink-devtools', namespace: 'without-ink-devtools'} : undefined);
    build.onLoad({filter: /.*/, namespace: 'without-ink-devtools'}, () => ({contents: "throw new Error('react-devtools-core is not installed');"}));
  },
};
const yogaNoFetch = {
  name: 'yoga-no-fetch',
  setup(build) {
    build.onLoad({filter: /yoga-wasm-base64-esm\.js$/}, (args) => {
      const s = readFileSync(args.path, 'utf8');
      const from = 'function ya(){return w||"function"!=typeof fetch?';
      if (!s.includes(from)) throw new Error('pattern');
      return {contents: s.replace(from, 'function ya(){return w||true?'), loader: 'js'};
    });
  },
};
const define = {BREWLANES_BUNDLE: 'true'};
if (opts.includes('prod')) define['process.env.NODE_ENV'] = '"production"';
await build({
  entryPoints: ['source/cli.tsx'], outfile: `/tmp/variant-${name}/dist/cli.js`, bundle: true, platform: 'node', format: 'esm', target: 'node20',
  sourcemap: true, external: ['piscina', '@resvg/resvg-js', 'cfonts'],
  plugins: opts.includes('yoga') ? [withoutInkDevtools, yogaNoFetch] : [withoutInkDevtools],
  minifyWhitespace: opts.includes('min'), minifySyntax: opts.includes('min'),
  define,
  banner: {js: "import {createRequire as createRequireForBundle} from 'node:module'; const require = createRequireForBundle(import.meta.url);"},
  logLevel: 'warning',
});
