import {fromDist} from '../bundle.js';

/**
 * The URL of a built worker file under `dist/workers/` (tsc writes them; the
 * bundle of the command line leaves them out). piscina loads workers by path, so
 * they must be JavaScript: from `dist/` (and an installed package) that is the
 * file beside us, or beside the bundle; when the engine runs from its TypeScript
 * source (the tests), it is the built one in `dist/` (`npm test` builds first).
 */
export function workerUrl(name: string, here: string = import.meta.url): string {
  if (here.endsWith('.ts')) return new URL(`../../dist/workers/${name}.js`, here).href;
  return fromDist(`workers/${name}.js`, here).href;
}
