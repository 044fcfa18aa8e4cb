import {spawn} from 'node:child_process';
import {fileURLToPath} from 'node:url';
import {afterEach, describe, expect, it} from 'vitest';
import {cliPath, listeningForSignals, runCli} from '../helpers/cli.js';
import {builtCli} from '../helpers/fixture-run.js';
import {openTerminal, screenWhere} from '../helpers/terminal.js';

const slowStart = fileURLToPath(new URL('../fixtures/workers/slow-start.mjs', import.meta.url));
const cannotStart = fileURLToPath(new URL('../fixtures/workers/cannot-start.mjs', import.meta.url));

describe('a barista thread that cannot start (BREWLANES_BREW_WORKER names a broken file)', () => {
  builtCli();
  const saved = process.env['BREWLANES_BREW_WORKER'];
  afterEach(() => {
    if (saved === undefined) delete process.env['BREWLANES_BREW_WORKER'];
    else process.env['BREWLANES_BREW_WORKER'] = saved;
  });

  it('the plain run: one line on stderr, exit 1, no stack trace', async () => {
    process.env['BREWLANES_BREW_WORKER'] = cannotStart;
    const result = await runCli(['--plain', '--customers', '2']);
    expect(result.stderr).toBe(
      'brewlanes: a barista thread could not start: the grinder is jammed\n',
    );
    expect(result.code).toBe(1);
  });

  it('the dashboard: the screen is left and restored, then one line, exit 1', async () => {
    process.env['BREWLANES_BREW_WORKER'] = cannotStart;
    const open = openTerminal(['--customers', '2']);
    try {
      expect(await open.exited).toBe(1);
      const output = open.output();
      expect(output.lastIndexOf('\u001B[?1049l')).toBeGreaterThan(
        output.lastIndexOf('\u001B[?1049h'),
      );
      const after = output.slice(output.lastIndexOf('\u001B[?1049l'));
      expect(after).toContain('brewlanes: a barista thread could not start: the grinder is jammed');
      expect(after).not.toMatch(/\n\s+at /);
      expect((await open.lines()).join('\n')).toContain('could not start: the grinder is jammed');
    } finally {
      open.kill();
    }
  });

  it('q while the threads are still starting (each takes a minute) quits at once, exit 0', async () => {
    process.env['BREWLANES_BREW_WORKER'] = slowStart;
    const open = openTerminal(['--customers', '2', '--workers', '4']);
    try {
      const opening = await screenWhere(open, (lines) =>
        lines.some((line) => line.includes('opening the shop')),
      );
      expect(opening.join('\n')).toContain('starting 4 barista thread(s)');
      open.press('q');
      // Far less than the minute one thread takes to start: nothing waited for them.
      expect(await open.exited).toBe(0);
      expect(open.output()).toContain('\u001B[?1049l');
    } finally {
      open.kill();
    }
  }, 30_000);

  it('Ctrl+C on the plain run while the threads are still starting: exit 130 at once', async () => {
    process.env['BREWLANES_BREW_WORKER'] = slowStart;
    const child = spawn(process.execPath, [cliPath, '--plain', '--workers', '4'], {
      stdio: 'ignore',
    });
    await listeningForSignals(child.pid!);
    // The threads exist and are loading.
    await new Promise((resolve) => setTimeout(resolve, 1000));
    child.kill('SIGINT');
    expect(await new Promise((resolve) => child.on('close', resolve))).toBe(130);
  }, 30_000);
});
