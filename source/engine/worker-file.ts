/**
 * The URL of a built worker file under `dist/workers/`. piscina loads workers by
 * path, so they must be JavaScript: from `dist/` (and an installed package) that
 * is the file beside us; when the engine runs from its TypeScript source (the
 * tests), it is the built one in `dist/` (`npm test` builds first).
 */
export function workerUrl(name: string, here: string = import.meta.url): string {
  const fromSource = here.endsWith('.ts');
  return new URL(`${fromSource ? '../../dist' : '..'}/workers/${name}.js`, here).href;
}

/**
 * The URL of the built worker file `file` beside the module at `here` (a lesson's
 * own `worker.js`): the file itself from `dist/`, and from the TypeScript source
 * (the tests) the same path under `dist/` instead of `source/`.
 */
export function workerBeside(file: string, here: string): string {
  const url = new URL(file, here).href;
  if (!here.endsWith('.ts')) return url;
  const at = url.lastIndexOf('/source/');
  return `${url.slice(0, at)}/dist/${url.slice(at + '/source/'.length)}`;
}
