import {execFile} from 'node:child_process';
import {describe, expect, it} from 'vitest';
import {cliPath} from '../helpers/cli.js';

describe('brewlanes without a terminal', () => {
  it('runs the plain log when stdout is not a terminal: no Ink, no raw-mode error', async () => {
    const {code, stdout, stderr} = await new Promise<{
      code: number;
      stdout: string;
      stderr: string;
    }>((resolve) => {
      execFile(
        process.execPath,
        [cliPath, '--customers', '2', '--speed', '8'],
        (error, stdout, stderr) => resolve({code: error ? Number(error.code) : 0, stdout, stderr}),
      );
    });
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(stdout).toContain('Welcome to the coffee shop');
    expect(stdout).toContain('Processing time:');
    expect(stdout).not.toContain('\u001B[?1049h');
  });
});
