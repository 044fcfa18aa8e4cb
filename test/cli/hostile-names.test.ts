import {execFileSync} from 'node:child_process';
import {readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {beforeAll, describe, expect, it} from 'vitest';
import {runCli, type CliResult} from '../helpers/cli.js';
import {fixtureRun, temporaryFolder} from '../helpers/fixture-run.js';
import {hostileNames, obeyedCharacters} from '../helpers/hostile-text.js';

/**
 * Names are data: a scenario file and a saved run that carry escape sequences, C1
 * controls and bidi overrides in every text they hold, through the real binary.
 * Nothing a terminal would obey reaches stdout, stderr or a text export.
 */
const folder = temporaryFolder();
const scenarioPath = join(folder, 'hostile-scenario.json');
const savedPath = join(folder, 'saved.json');
const handMadePath = join(folder, 'hostile-run.json');

const hostileMenu = Object.fromEntries([
  [hostileNames[1], [{kind: 'order', ms: 20}]],
  [hostileNames[5], [{kind: 'brew', ms: 30}]],
  ['__proto__', [{kind: 'order', ms: 10}]],
  ['constructor', [{kind: 'serve', ms: 10}]],
]);
const scenario = {
  name: `shop ${hostileNames[0]}`,
  menu: hostileMenu,
  customers: hostileNames.map((name, index) => ({
    id: index + 1,
    name,
    drink: Object.keys(hostileMenu)[index % 4],
    arrival_ms: index * 5,
  })),
};

/** The fixture run with a hostile text in every field that holds free text. */
function hostileRun(): unknown {
  const run = structuredClone(fixtureRun()) as unknown as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- a document edited by hand
  run.machine.cpuModel = `CPU ${hostileNames[0]}`;
  run.machine.node = hostileNames[1];
  run.machine.platform = hostileNames[4];
  run.scenario.name = hostileNames[3];
  run.scenario.menu[hostileNames[6]] = run.scenario.menu.latte;
  run.scenario.customers.forEach((customer: {name: string}, index: number) => {
    customer.name = hostileNames[index]!;
  });
  const info = run.events[0].info;
  info.scenarioName = hostileNames[4];
  info.customers.forEach((customer: {name: string; drink: string}, index: number) => {
    customer.name = hostileNames[index + 3]!;
    customer.drink = hostileNames[index + 5]!;
  });
  run.events.splice(-1, 0, {
    kind: 'failed',
    t: 1100,
    customer: 2,
    reason: `${hostileNames[0]} ${hostileNames[5]}`,
  });
  return run;
}

const expectInert = (result: CliResult) => {
  expect(obeyedCharacters(result.stdout)).toEqual([]);
  expect(obeyedCharacters(result.stderr)).toEqual([]);
};

beforeAll(() => {
  writeFileSync(scenarioPath, JSON.stringify(scenario));
  writeFileSync(handMadePath, JSON.stringify(hostileRun()));
});

describe('names from a scenario file are shown, never obeyed', () => {
  it('the plain run (and --save)', async () => {
    const result = await runCli(
      ['--plain', '--speed', '20', '--scenario', scenarioPath, '--save', savedPath],
      {timeoutMs: 60_000},
    );
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expectInert(result);
    expect(result.stdout).toContain('\\e]0;pwned\\x07\\e[6n');
    expect(result.stdout).toContain('\\x9b31mC1');
    // The saved run holds the names as they were shown.
    expect(obeyedCharacters(readFileSync(savedPath, 'utf8'))).toEqual([]);
  });

  it('--json: one well-formed document with the names inert', async () => {
    const result = await runCli(['--json', '--speed', '20', '--scenario', scenarioPath], {
      timeoutMs: 60_000,
    });
    expect(result.code).toBe(0);
    expectInert(result);
    const document = JSON.parse(result.stdout) as unknown;
    expect(JSON.stringify(document)).toContain('\\\\e[2J');
  });

  it('replay --plain and the text exports of the saved run', async () => {
    const replay = await runCli(['replay', '--plain', '--speed', '100', savedPath]);
    expect(replay.code).toBe(0);
    expectInert(replay);
    expect(replay.stdout).toContain('\\e[?25l\\e[31mRED');
    for (const format of ['txt', 'md', 'mermaid']) {
      const exported = await runCli(['export', savedPath, '--format', format]);
      expect(exported.code, `${format}: ${exported.stderr}`).toBe(0);
      expectInert(exported);
      expect(exported.stdout).toContain('\\e[2J');
    }
  });
});

describe('every text of a saved run is shown, never obeyed', () => {
  it('replay --plain: the header (CPU model, Node), names, failure reasons', async () => {
    const result = await runCli(['replay', '--plain', '--speed', '100', handMadePath]);
    expect(result.code).toBe(0);
    expectInert(result);
    const header = result.stdout.split('\n')[0]!;
    expect(header).toContain('on CPU \\e]0;pwned\\x07\\e[6n');
    expect(header).toContain('Node \\e[2J');
    expect(result.stdout).toContain('failed (\\e]0;pwned');
  });

  it.each(['txt', 'md', 'mermaid'])('export --format %s', async (format) => {
    const result = await runCli(['export', handMadePath, '--format', format]);
    expect(result.code).toBe(0);
    expectInert(result);
  });

  it('svg and trace stay well-formed', async () => {
    const svgPath = join(folder, 'hostile.svg');
    const tracePath = join(folder, 'hostile.trace.json');
    expect((await runCli(['export', handMadePath, '--out', svgPath])).code).toBe(0);
    expect((await runCli(['export', handMadePath, '--out', tracePath])).code).toBe(0);
    const svg = readFileSync(svgPath, 'utf8');
    expect(obeyedCharacters(svg)).toEqual([]);
    // Well-formed XML, checked by libxml2's xmllint (Debian package libxml2-utils).
    expect(() => execFileSync('xmllint', ['--noout', svgPath], {stdio: 'pipe'})).not.toThrow();
    expect(() => JSON.parse(readFileSync(tracePath, 'utf8'))).not.toThrow();
  });
});

describe('error lines quote outside text inertly', () => {
  it.each([
    ['a path', ['--scenario', join(folder, `${hostileNames[0]}.json`)], /cannot read the file/],
    ['a flag value', ['--mode', hostileNames[4]], /--mode ".*" is not accepted/],
    ['a command', [hostileNames[5]], /unknown command/],
    [
      'menu keys listed in a refusal',
      ['--scenario', 'MENU'],
      /customers\[0\]\.drink must be on the menu \(.*\\e\[2J/,
    ],
    ['a run file name', ['replay', join(folder, `${hostileNames[2]}.json`)], /no such file/],
  ])('%s', async (_what, args, expected) => {
    if (args[1] === 'MENU') {
      const path = join(folder, 'not-on-menu.json');
      writeFileSync(
        path,
        JSON.stringify({menu: hostileMenu, customers: [{id: 1, name: 'A', drink: 'mocha'}]}),
      );
      args = ['--scenario', path];
    }
    const result = await runCli(args);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(expected);
    expectInert(result);
  });
});
