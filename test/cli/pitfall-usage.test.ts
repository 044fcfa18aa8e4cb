import {spawnSync} from 'node:child_process';
import {describe, expect, it} from 'vitest';
import {cliPath} from '../helpers/cli.js';

const run = (...args: string[]) =>
  spawnSync(process.execPath, [cliPath, ...args], {encoding: 'utf8'});

describe('the pitfalls on the command line: bad input', () => {
  it.each([
    [
      ['lesson'],
      /lesson needs a name; use one of blocking, gil, processes, machine, race, deadlock, sweep/,
    ],
    [
      ['lesson', 'queue'],
      /unknown lesson "queue"; use one of blocking, gil, processes, machine, race, deadlock, sweep/,
    ],
    [['lesson', 'race', 'extra'], /unexpected argument "extra"/],
    [['lesson', 'machine', '--machines', '0'], /--machines "0" is not accepted; .*1 to 64/],
    [['lesson', 'machine', '--machines', '65'], /--machines "65" is not accepted/],
    [['--slice', 'fast'], /--slice "fast" is not accepted; use a number from 0.1 to 5000/],
    [['--slice', '0'], /--slice "0" is not accepted/],
    [['sweep', '--max-workers', '-1'], /--max-workers "-1" is not accepted/],
    [['--mode', 'gill'], /--mode "gill" is not accepted; use one of .*blocking, gil/],
  ])('brewlanes %j: one line, exit 2, nothing on stdout', (args, message) => {
    const result = run(...args);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(message);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
  });
});
