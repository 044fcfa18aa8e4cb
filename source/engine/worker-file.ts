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
