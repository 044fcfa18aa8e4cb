import {execFileSync, spawn} from 'node:child_process';
import {
  closeSync,
  openSync,
  readdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {loadRun} from '../../source/record/run-file.js';
import {cliPath, runCli} from '../helpers/cli.js';
import {readCast} from '../helpers/asciicast.js';
import {builtCli, temporaryFolder} from '../helpers/fixture-run.js';

const quickRun = ['--plain', '--workload', 'cpu', '--customers', '2', '--speed', '4'];

describe('--save and --record on the plain run', () => {
  builtCli();

  it('a pipe closed early (| head -1) still lets --save write the whole run, exit 0', () => {
    const path = join(temporaryFolder(), 'run.json');
    // The pipe's reader takes one line and goes; the run keeps its file.
    const status = execFileSync(
      'bash',
      [
        '-c',
        `node '${cliPath}' ${quickRun.join(' ')} --save '${path}' | head -1 >/dev/null; echo \${PIPESTATUS[0]}`,
      ],
      {encoding: 'utf8', timeout: 60_000},
    );
    expect(status.trim()).toBe('0');
    expect(loadRun(path).events.at(-1)).toMatchObject({kind: 'run-end', aborted: false});
  });

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

  it('--record where it cannot be written is one line and exit 2 before the run: no stack trace', async () => {
    const folder = temporaryFolder();
    // /sys refuses new files even to root; elsewhere a folder without write permission does.
    const unwritable = process.getuid?.() === 0 ? '/sys' : folder;
    if (unwritable === folder) execFileSync('chmod', ['555', folder]);
    for (const args of [
      ['--record', join(unwritable, 'run.cast')],
      ['--record', '/dev/full', '--force'],
    ]) {
      const refused = await runCli([...quickRun, ...args]);
      expect(refused.code).toBe(2);
      expect(refused.stderr).toMatch(
        /^brewlanes: --record \S+: cannot write .* \(E[A-Z]+: [^)]+\)\n$/,
      );
      expect(refused.stdout).toBe('');
    }
  });

  it('--save and --record naming one file (./name, a link) are refused before the run', async () => {
    const folder = temporaryFolder();
    symlinkSync('run.json', join(folder, 'link.cast'));
    for (const record of ['./run.json', 'link.cast']) {
      const refused = await runCli([...quickRun, '--save', 'run.json', '--record', record], {
        cwd: folder,
      });
      expect(refused.code).toBe(2);
      expect(refused.stderr).toBe(
        `brewlanes: --save run.json and --record ${record} are the same file; give each its own\n`,
      );
      expect(refused.stdout).toBe('');
    }
    expect(readdirSync(folder)).toEqual(['link.cast']);
  });

  it('stdout on a full disk: one line on stderr, --save still written whole, exit 1', async () => {
    const folder = temporaryFolder();
    const save = join(folder, 'run.json');
    const full = openSync('/dev/full', 'w');
    const child = spawn(process.execPath, [cliPath, ...quickRun, '--save', save], {
      stdio: ['ignore', full, 'pipe'],
    });
    closeSync(full);
    let stderr = '';
    child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise((resolve) => child.on('close', resolve));
    expect(stderr).toBe(
      'brewlanes: cannot write to stdout (ENOSPC: no space left on device); the output shown is incomplete\n',
    );
    expect(code).toBe(1);
    expect(loadRun(save).events.at(-1)).toMatchObject({kind: 'run-end', aborted: false});
  });
});
