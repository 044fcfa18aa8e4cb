import {readFileSync, statSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {loadRun} from '../../source/record/run-file.js';
import {runCli} from '../helpers/cli.js';
import {readCast} from '../helpers/asciicast.js';
import {builtCli, temporaryFolder} from '../helpers/fixture-run.js';

const quickRun = ['--plain', '--workload', 'cpu', '--customers', '2', '--speed', '4'];

describe('--save and --record on the plain run', () => {
  builtCli();

  it('--save writes the run; export and replay read it with the figures of the run', async () => {
    const folder = temporaryFolder();
    const path = join(folder, 'run.json');
    const live = await runCli([...quickRun, '--save', path]);
    expect(live.code).toBe(0);
    const run = loadRun(path);
    expect(run.events[0]!.kind).toBe('run-start');
    expect(run.events.at(-1)).toMatchObject({kind: 'run-end', aborted: false});
    const processing = /Processing time: [\d.]+ seconds/.exec(live.stdout)![0];
    const replay = await runCli(['replay', path, '--speed', '20']);
    expect(replay.code).toBe(0);
    expect(replay.stdout).toContain(processing);
    const liveMakespan = /^makespan .*$/m.exec(live.stdout)![0];
    expect(replay.stdout).toContain(liveMakespan);
    const txt = await runCli(['export', path, '--format', 'txt']);
    expect(txt.stdout).toContain(liveMakespan);
  });

  it('refuses an existing --save or --record file before running, untouched; --force overwrites', async () => {
    const folder = temporaryFolder();
    const save = join(folder, 'run.json');
    const record = join(folder, 'run.cast');
    writeFileSync(save, 'mine');
    writeFileSync(record, 'mine too');
    for (const args of [
      ['--save', save],
      ['--record', record],
    ]) {
      const refused = await runCli([...quickRun, ...args]);
      expect(refused.code).toBe(2);
      expect(refused.stderr).toMatch(/already exists; add --force to overwrite it\n$/);
      expect(refused.stdout).toBe('');
    }
    expect(readFileSync(save, 'utf8')).toBe('mine');
    expect(readFileSync(record, 'utf8')).toBe('mine too');
    const forced = await runCli([...quickRun, '--save', save, '--record', record, '--force']);
    expect(forced.code).toBe(0);
    expect(loadRun(save).events.length).toBeGreaterThan(5);
    const {events} = readCast(record);
    expect(events.map(([, , data]) => data).join('')).toContain('Processing time');
    expect(statSync(record).size).toBeGreaterThan(100);
  });

  it('--save and --record need a file name', async () => {
    for (const flag of ['--save', '--record']) {
      const result = await runCli([...quickRun, flag]);
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(new RegExp(`^brewlanes: ${flag} needs a file name`));
    }
  });
});
