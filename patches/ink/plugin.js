// An esbuild plugin that bundles three of Ink's modules from patches/ink/ in place
// of Ink's own (esbuild.config.js). Why: a dashboard frame was mostly Ink composing
// the whole screen again and measuring text it had measured the frame before, and
// Ink has no option for it (issue 14). Each file says what it changes; the output
// is Ink's, character for character (test/ink-patch/). They are copies of Ink
// 6.8.0's modules: the build fails on any other version rather than bundle them
// into an Ink they were not written for.
import {readFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import {dirname, join} from 'node:path';
import {fileURLToPath} from 'node:url';

/** The version of Ink the patched modules are copies of. */
export const patchedInkVersion = '6.8.0';

const here = dirname(fileURLToPath(import.meta.url));

/** Ink's module (as Ink imports it) → the file bundled instead. */
const replacements = {
  './output.js': join(here, 'output.js'),
  './measure-text.js': join(here, 'measure-text.js'),
  'widest-line': join(here, 'widest-line.js'),
};

function installedInkVersion() {
  const require = createRequire(import.meta.url);
  const manifest = join(dirname(require.resolve('ink')), '..', 'package.json');
  return JSON.parse(readFileSync(manifest, 'utf8')).version;
}

export const inkPatches = {
  name: 'ink-patches',
  setup(build) {
    build.onStart(() => {
      const version = installedInkVersion();
      if (version !== patchedInkVersion)
        return {
          errors: [
            {
              text: `patches/ink/ holds copies of Ink ${patchedInkVersion}'s modules, but Ink ${version} is installed: port the patches to it (or drop them) first.`,
            },
          ],
        };
    });
    build.onResolve({filter: /^(\.\/output\.js|\.\/measure-text\.js|widest-line)$/}, (args) =>
      /[\\/]node_modules[\\/]ink[\\/]build[\\/]/.test(args.importer)
        ? {path: replacements[args.path]}
        : undefined,
    );
  },
};

/**
 * Ink imports its devtools (and so react-devtools-core, an optional peer that is
 * not installed) only when DEV=true, and says what to install when the import
 * fails: in the bundle that import fails the same way.
 */
export const withoutInkDevtools = {
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
