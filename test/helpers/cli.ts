import {spawn} from 'node:child_process';
import {readFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';

export const cliPath = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));

export type CliResult = {code: number | null; stdout: string; stderr: string};

/** Runs the built command with stdout a pipe (so it takes the plain run). */
export function runCli(
  args: string[],
  options: {timeoutMs?: number; cwd?: string} = {},
): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cliPath, ...args], {
      cwd: options.cwd,
      env: {...process.env, NO_COLOR: '1'},
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(
        new Error(`brewlanes ${args.join(' ')} took longer than ${options.timeoutMs ?? 20_000} ms`),
      );
    }, options.timeoutMs ?? 20_000);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({code, stdout, stderr});
    });
  });
}

/**
 * Resolves once the process catches SIGHUP (Linux: /proc/PID/status, SigCgt bit 0):
 * brewlanes listens for it first thing, so a signal sent then reaches its handlers.
 * Gives up after `ms` (a process that never listens), resolving all the same.
 */
export async function listeningForSignals(pid: number, ms = 3000): Promise<boolean> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    try {
      const caught = /^SigCgt:\s*([0-9a-f]+)$/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
      if (caught && (BigInt(`0x${caught[1]}`) & 1n) === 1n) return true;
    } catch {
      return false;
    }
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
  return false;
}
