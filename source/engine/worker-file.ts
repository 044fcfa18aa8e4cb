import {fromDist} from '../bundle.js';

/**
 * The URL of a file that tsc built under `dist/` (`path` relative to dist/: a
 * worker's entry, which the bundle of the command line leaves out). piscina and
 * `new Worker` load workers by path, so they must be JavaScript: from `dist/` (and
 * an installed package) that is the file beside this module's folder, or beside
 * the bundle (dist/cli.cjs); when the engine runs from its TypeScript source (the
 * tests), it is the built one in `dist/` (`npm test` builds first).
 */
export function builtFile(path: string, here: string = import.meta.url): string {
  if (here.endsWith('.ts')) return new URL(`../../dist/${path}`, here).href;
  return fromDist(path, here).href;
}

/** The URL of the built entry of a worker thread under `dist/workers/`. */
export const workerUrl = (name: string, here: string = import.meta.url): string =>
  builtFile(`workers/${name}.js`, here);
