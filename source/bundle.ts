/**
 * Set to true by the esbuild bundle of the command line (`npm run build` writes
 * it to dist/cli.cjs, and dist/cli.js, which runs it): every module bundled there
 * reads `import.meta.url` as that file in dist/, not as its own under dist/<folder>/.
 */
declare const BREWLANES_BUNDLE: boolean | undefined;

export const inBundle: boolean = typeof BREWLANES_BUNDLE !== 'undefined' && BREWLANES_BUNDLE;

/**
 * The URL of `path` relative to the package's dist/ folder, for a module one
 * folder below it (dist/<folder>/<module>.js) whose `import.meta.url` is `here`:
 * right from the module itself and from the bundle (dist/cli.js).
 */
export const fromDist = (path: string, here: string): URL =>
  new URL(`${inBundle ? './' : '../'}${path}`, here);
