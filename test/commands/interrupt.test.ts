import {spawn} from 'node:child_process';
import {describe, expect, it} from 'vitest';
import {cliPath} from '../helpers/cli.js';

describe('interrupting a plain run', () => {
  it.each(['SIGINT', 'SIGTERM'] as const)(
    '%s: exits 130 promptly, its threads ended',
    async (signal) => {
      const child = spawn(
        process.execPath,
        [cliPath, '--plain', '--workload', 'cpu', '--speed', '0.25'],
        {
          stdio: ['ignore', 'pipe', 'pipe'],
        },
      );
      let stdout = '';
      child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
      await new Promise<void>((resolve) => {
        const wait = () =>
          stdout.includes('please place your order') ? resolve() : setTimeout(wait, 20);
        wait();
      });
      const sent = performance.now();
      child.kill(signal);
      const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
      // The process only exits once the worker threads have ended.
      expect(code).toBe(130);
      expect(performance.now() - sent).toBeLessThan(5000);
    },
  );
});
