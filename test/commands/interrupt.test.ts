import {spawn} from 'node:child_process';
import {describe, expect, it} from 'vitest';
import {cliPath, listeningForSignals} from '../helpers/cli.js';
import {openTerminal, screenWhere} from '../helpers/terminal.js';

describe('interrupting a plain run', () => {
  it.each(['SIGINT', 'SIGTERM', 'SIGHUP'] as const)(
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

describe('a signal before any command has installed its handlers', () => {
  it.each([
    ['a plain run', ['--plain', '--customers', '2']],
    ['a replay', ['replay', 'test/fixtures/runs/hybrid-three-customers.json']],
    ['an export', ['export', 'test/fixtures/runs/hybrid-three-customers.json', '--format', 'txt']],
  ])('SIGTERM while %s loads exits 130, not 143', async (_, args) => {
    const child = spawn(process.execPath, [cliPath, ...args], {stdio: 'ignore'});
    await listeningForSignals(child.pid!);
    child.kill('SIGTERM');
    const [code, signal] = await new Promise<[number | null, string | null]>((resolve) =>
      child.on('close', (code, signal) => resolve([code, signal])),
    );
    expect({code, signal}).toEqual({code: 130, signal: null});
  });
});

describe('SIGHUP on the dashboard (the terminal closed)', () => {
  it('exits 130 and leaves the alternate screen, the cursor shown', async () => {
    const open = openTerminal(['--customers', '2', '--speed', '4']);
    try {
      await screenWhere(open, (lines) => lines[0]!.startsWith('brewlanes  hybrid'));
      open.kill('SIGHUP');
      expect(await open.exited).toBe(130);
      const output = open.output();
      expect(output.lastIndexOf('\u001B[?1049l')).toBeGreaterThan(
        output.lastIndexOf('\u001B[?1049h'),
      );
      expect(output.lastIndexOf('\u001B[?25h')).toBeGreaterThan(output.lastIndexOf('\u001B[?25l'));
    } finally {
      open.kill();
    }
  });
});
