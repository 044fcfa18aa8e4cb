import {fileURLToPath} from 'node:url';
import {afterEach, describe, expect, it} from 'vitest';
import {runCli} from '../helpers/cli.js';
import {builtCli} from '../helpers/fixture-run.js';
import {openTerminal} from '../e2e/terminal.js';

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
});
