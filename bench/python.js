import {fileURLToPath} from 'node:url';
import {runJson, runTimed} from './child.js';
import {repeatPaired, summary} from './stats.js';

export const referenceDir = fileURLToPath(new URL('./reference/', import.meta.url));

/**
 * The Python interpreter the references run on: the real binary behind pyenv's
 * shim when there is one (the shim adds a start-up cost of its own), else
 * `python3` on PATH. Resolves {path, version, shimExtraMs} or null without Python.
 */
export async function findPython() {
  let path = 'python3';
  let shimmed = false;
  try {
    const which = await runTimed('pyenv', ['which', 'python3'], {timeoutMs: 10_000});
    if (which.code === 0 && which.stdout.trim()) {
      path = which.stdout.trim();
      shimmed = true;
    }
  } catch {
    // no pyenv: python3 as found on PATH
  }
  let version;
  try {
    const result = await runTimed(path, ['--version'], {timeoutMs: 10_000});
    if (result.code !== 0) return null;
    version = (result.stdout || result.stderr).trim();
  } catch {
    return null;
  }
  let shimExtraMs = null;
  if (shimmed) {
    const start = (command) => async () =>
      (await runTimed(command, ['-c', 'pass'], {timeoutMs: 10_000})).wallMs;
    const pairs = await repeatPaired(5, start('python3'), start(path));
    shimExtraMs = summary(pairs.a.map((shim, i) => shim - pairs.b[i])).median;
  }
  return {path, version, shimExtraMs};
}

/** Runs a reference program; resolves its JSON line with `spawnWallMs` (or {timedOut}). */
export function runReference(python, script, args = [], timeoutMs = 60_000) {
  return runJson(python.path, [`${referenceDir}${script}`, ...args.map(String)], {timeoutMs});
}
