import {writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {replayRun} from '../../source/commands/replay.js';
import {runCli} from '../helpers/cli.js';
import {readCast} from '../helpers/asciicast.js';
import {builtCli, collector, fixtureRunPath, temporaryFolder} from '../helpers/fixture-run.js';

describe('brewlanes replay', () => {
  it('plays the saved run as the plain output: its lines, then the timeline and figures', async () => {
    const out = collector();
    const started = performance.now();
    expect(await replayRun(fixtureRunPath, 4, out)).toBe(0);
    // 1.1 s of run time at 4×: about 0.28 s (generous bounds on a shared machine).
    expect(performance.now() - started).toBeGreaterThan(200);
    const lines = out.text().split('\n');
    expect(lines[0]).toMatch(
      /^Replaying .*hybrid-three-customers\.json: saved 2026-11-23T09:00:00\.000Z on hand-made \(2 cores, Node v20\.20\.2\), played at 4×$/,
    );
    expect(lines.slice(1, 12)).toEqual([
      'Welcome to the coffee shop',
      'Hi 1, please place your order',
      'Hi 2, please place your order',
      'Hi 3, please place your order',
      'Hi 2, your coffee is prepared and heading to the counter',
      'Hi 2, your coffee is placed at the counter, please collect',
      'Hi 3, your coffee is prepared and heading to the counter',
      // At 1050 ms Ana's serve starts and Cleo is served: in the order the events were emitted.
      'Hi 1, your coffee is prepared and heading to the counter',
      'Hi 3, your coffee is placed at the counter, please collect',
      'Hi 1, your coffee is placed at the counter, please collect',
      'Processing time: 1.100 seconds',
    ]);
    expect(lines).toContain('Processing time: 1.100 seconds');
    expect(lines.some((line) => /^barista 1 +\|-+A Ana-+\|/.test(line))).toBe(true);
    expect(lines).toContain('makespan         1.100 s');
  });

  it('on the command line: a broken or foreign run file is one line and exit 2', async () => {
    builtCli();
    const folder = temporaryFolder();
    const broken = join(folder, 'broken.json');
    writeFileSync(broken, 'not json');
    const future = join(folder, 'future.json');
    writeFileSync(future, JSON.stringify({format: 'brewlanes-run', version: 9}));
    for (const [file, message] of [
      [broken, /not valid JSON/],
      [future, /version 9 is not supported/],
      ['examples/seed-coffee-shop.json', /not a brewlanes run file/],
    ] as const) {
      const result = await runCli(['replay', file]);
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(message);
      expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
    }
    const none = await runCli(['replay']);
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/replay needs a saved run/);
  });

  it('on the command line: plays at --speed, --record makes a cast of it', async () => {
    const cast = join(temporaryFolder(), 'replay.cast');
    const result = await runCli(['replay', fixtureRunPath, '--speed', '10', '--record', cast]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/Processing time: 1\.100 seconds/);
    const {events} = readCast(cast);
    expect(events.filter(([, code]) => code === 'm')).toEqual([
      [expect.any(Number), 'm', 'hybrid'],
    ]);
    expect(events.map(([, , data]) => data).join('')).toContain(
      'Processing time: 1.100 seconds\r\n',
    );
  });

  it('refuses --save, which is for a run', async () => {
    const result = await runCli(['replay', fixtureRunPath, '--save', 'x.json']);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      'brewlanes: --save is for a run (brewlanes --plain), not brewlanes replay\n',
    );
  });
});
