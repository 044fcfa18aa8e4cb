import {spawn} from 'node:child_process';
import {performance} from 'node:perf_hooks';
import {clearTimeout, setTimeout} from 'node:timers';

/** Children still running, so that Ctrl+C can end them all. */
export const runningChildren = new Set();

/**
 * Runs a command to its end and measures its wall time from spawn to exit.
 * Resolves {code, stdout, stderr, wallMs, timedOut}; a child that runs past
 * `timeoutMs` is killed and reported as timed out (never as a figure).
 */
export function runTimed(command, args, {timeoutMs = 60_000, env, cwd} = {}) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, {
      cwd,
      env: env ? {...process.env, ...env} : process.env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    runningChildren.add(child);
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      runningChildren.delete(child);
      reject(error);
    });
    child.on('close', (code) => {
      const wallMs = performance.now() - started;
      clearTimeout(timer);
      runningChildren.delete(child);
      resolve({code, stdout, stderr, wallMs, timedOut});
    });
  });
}

/**
 * Runs a script that prints one JSON document as its last line of stdout, and
 * returns that document with the child's wall time (`spawnWallMs`). Throws when the
 * child fails; returns {timedOut: true} when it runs past the limit.
 */
export async function runJson(command, args, options = {}) {
  const result = await runTimed(command, args, options);
  if (result.timedOut) return {timedOut: true, spawnWallMs: result.wallMs};
  const last = result.stdout.trim().split('\n').at(-1) ?? '';
  if (result.code !== 0 || !last.startsWith('{')) {
    throw new Error(
      `${[command, ...args].join(' ')} exited ${result.code}: ${result.stderr.trim().split('\n').slice(-3).join(' / ')}`,
    );
  }
  return {...JSON.parse(last), spawnWallMs: result.wallMs};
}

/** Ends every child still running (Ctrl+C). */
export function killRunningChildren() {
  for (const child of runningChildren) child.kill('SIGKILL');
  runningChildren.clear();
}
