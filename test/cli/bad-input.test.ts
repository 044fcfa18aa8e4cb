import {execFileSync} from 'node:child_process';
import {mkdtempSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {runCli} from '../helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'brewlanes-cli-'));
const malformed = join(dir, 'malformed.json');
writeFileSync(malformed, '{"customers": [\n  {"id": 1, "name": "Ana" "drink": "latte"}\n]}\n');
const wrongField = join(dir, 'wrong-field.json');
writeFileSync(wrongField, JSON.stringify({customers: [{id: 1, name: 'Ana', drink: 'mocha'}]}));
const fifo = join(dir, 'fifo.json');
execFileSync('mkfifo', [fifo]);
const latin1 = join(dir, 'latin1.json');
writeFileSync(latin1, Buffer.from('{"customers": [{"id": 1, "name": "Jos\u00e9"}]}', 'latin1'));
const deep = join(dir, 'deep.json');
writeFileSync(deep, `{"customers": [${'['.repeat(100_000)}${']'.repeat(100_000)}]}`);
const inherited = join(dir, 'inherited.json');
writeFileSync(inherited, JSON.stringify({customers: [{id: 1, name: 'Ana', drink: 'toString'}]}));
const longDrink = join(dir, 'long-drink.json');
writeFileSync(
  longDrink,
  JSON.stringify({
    menu: {long: Array.from({length: 2000}, () => ({kind: 'order', ms: 1}))},
    customers: [{id: 1, name: 'Ana', drink: 'long'}],
  }),
);

const cases: Array<[string[], RegExp]> = [
  [
    ['--mode', 'fast'],
    /--mode "fast" is not accepted; use one of sequential, concurrent, parallel, hybrid/,
  ],
  [['--workload', 'heavy'], /--workload "heavy" is not accepted; use one of io, cpu, mixed/],
  [['--workers', '0'], /--workers "0" is not accepted; use a whole number from 1 to 256/],
  [['--workers', '2.5'], /--workers "2.5" is not accepted/],
  [['--workers', '257'], /--workers "257" is not accepted/],
  [['--workers', 'many'], /--workers "many" is not accepted/],
  [['--workers'], /--workers "" is not accepted/],
  [['--customers', '0'], /--customers "0" is not accepted; use a whole number from 1 to 10000/],
  [['--customers', '10001'], /--customers "10001" is not accepted/],
  [['--speed', '0'], /--speed "0" is not accepted; use a number from 0.01 to 100/],
  [['--speed', '-2'], /--speed "-2" is not accepted/],
  [['--speed', 'fast'], /--speed "fast" is not accepted/],
  [['--speed', '1e-300'], /--speed "1e-300" is not accepted; use a number from 0.01 to 100/],
  [['--speed', '101'], /--speed "101" is not accepted; use a number from 0.01 to 100/],
  [['--seed', '1.5'], /--seed "1.5" is not accepted; use a whole number/],
  [['--seed', 'abc'], /--seed "abc" is not accepted/],
  [['--colour', 'red'], /unknown flag --colour/],
  [['-x'], /unknown flag -x/],
  [['brew'], /unknown command "brew"/],
  [
    ['sweep', '--out', 'chart.png'],
    /--out "chart.png" is not accepted for the sweep; use a file name ending in \.svg/,
  ],
  [['--out', 'x.svg'], /--out is a flag of brewlanes export/],
  [['--workers', '2', '--workers', '3'], /--workers can only be set once/],
  [
    ['--scenario', join(dir, 'missing.json')],
    /--scenario .*missing\.json: cannot read the file \(no such file\)/,
  ],
  [['--scenario', dir], /--scenario .*: cannot read the file \(it is a directory\)/],
  [
    ['--scenario', malformed],
    /--scenario .*malformed\.json: not valid JSON: .*\(line 2, column \d+\)/,
  ],
  [['--scenario', wrongField], /customers\[0\]\.drink must be on the menu/],
  [
    ['--scenario', '/dev/zero'],
    /--scenario \/dev\/zero: cannot read the file \(it is a character device, not a regular file\)/,
  ],
  [['--scenario', fifo], /fifo\.json: cannot read the file \(it is a pipe, not a regular file\)/],
  [['--scenario', latin1], /latin1\.json: not UTF-8 text \(an invalid byte at offset 37\)/],
  [['--scenario', deep], /deep\.json: customers\[0\] must be an object/],
  [['--scenario', inherited], /customers\[0\]\.drink must be on the menu/],
  [['--scenario', longDrink], /menu\["long"\] must be a non-empty array of at most 100 steps/],
  [['replay', fifo], /fifo\.json: cannot read the file \(it is a pipe, not a regular file\)/],
  [
    ['export', '/dev/zero', '--format', 'txt'],
    /\/dev\/zero: cannot read the file \(it is a character device/,
  ],
  [
    ['--plain', '--customers', '10000', '--mode', 'concurrent', '--slice', '0.1'],
    /10000 customers in concurrent mode with --slice 0\.1 would record about [\d,]+ events; at most 2,000,000 in a run/,
  ],
];

describe('bad input', () => {
  it.each(cases)('brewlanes %j: one line, exit 2', async (args, expected) => {
    const result = await runCli(args);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    const lines = result.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^brewlanes: /);
    expect(lines[0]).toMatch(expected);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('help and version', () => {
  it('--help lists the flags and exits 0', async () => {
    const result = await runCli(['--help']);
    expect(result.code).toBe(0);
    for (const flag of [
      '--mode',
      '--workers',
      '--customers',
      '--workload',
      '--seed',
      '--speed',
      '--scenario',
      '--plain',
      '--json',
    ]) {
      expect(result.stdout).toContain(flag);
    }
  });

  it('--version prints the package version', async () => {
    const result = await runCli(['--version']);
    expect(result.code).toBe(0);
    expect(result.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });
});
