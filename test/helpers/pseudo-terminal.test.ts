import {execFileSync} from 'node:child_process';
import {describe, expect, it} from 'vitest';
import {spawn} from './pseudo-terminal.js';

const run = (program: ReturnType<typeof spawn>) =>
  new Promise<{exitCode: number; output: string}>((resolve) => {
    let output = '';
    program.onData((data: string) => (output += data));
    program.onExit(({exitCode}: {exitCode: number}) => resolve({exitCode, output}));
  });

describe('a program in a pseudo-terminal, with no native module', () => {
  it('runs on a terminal of the size and TERM asked, gets the keys typed, and gives back its exit code', async () => {
    const program = spawn(
      'sh',
      ['-c', 'stty size; test -t 0 && echo tty; echo "$TERM"; read line; echo "got $line"; exit 3'],
      {cols: 100, rows: 30, name: 'xterm-256color'},
    );
    program.onData((data: string) => {
      if (data.includes('xterm-256color')) program.write('hello\r');
    });
    const {exitCode, output} = await run(program);
    expect(output.split('\r\n')).toEqual(
      expect.arrayContaining(['30 100', 'tty', 'xterm-256color', 'got hello']),
    );
    expect(exitCode).toBe(3);
  });

  it('sends a signal to the program itself, not to the relay', async () => {
    const program = spawn('sh', ['-c', 'trap "echo caught TERM; exit 7" TERM; echo ready; while :; do sleep 0.05; done']); // prettier-ignore
    program.onData((data: string) => {
      if (data.includes('ready')) program.kill('SIGTERM');
    });
    const {exitCode, output} = await run(program);
    expect(output).toContain('caught TERM');
    expect(exitCode).toBe(7);
  });

  it('says what to install when util-linux script is missing, instead of skipping', () => {
    const helper = new URL('./pseudo-terminal.js', import.meta.url).href;
    const attempt = () =>
      execFileSync(
        process.execPath,
        ['--input-type=module', '-e', `(await import('${helper}')).spawn('true', []);`],
        {env: {PATH: '/nonexistent'}, encoding: 'utf8', stdio: 'pipe'},
      );
    expect(attempt).toThrow(/install it \(Debian\/Ubuntu: apt-get install bsdutils/);
  });
});
