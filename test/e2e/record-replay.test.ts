import {execFileSync} from 'node:child_process';
import {existsSync, mkdtempSync, readFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import pty from '../helpers/pseudo-terminal.js';
import {afterEach, beforeAll, describe, expect, it} from 'vitest';
import {openTerminal, screenWhere} from '../helpers/terminal.js';
import {cliPath} from '../helpers/cli.js';

let terminal: ReturnType<typeof openTerminal> | null = null;
let folder = '';
let runFile = '';

beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'brewlanes-rec-'));
  runFile = join(folder, 'run.json');
  // A real run, saved by the plain command, to replay.
  execFileSync(process.execPath, [
    cliPath,
    '--plain',
    '--workload',
    'cpu',
    '--customers',
    '4',
    '--speed',
    '2',
    '--save',
    runFile,
  ]);
});

afterEach(() => {
  terminal?.kill();
  terminal = null;
});

/** `asciinema cat FILE` (it wants a terminal): its exit code and what it printed. */
function asciinemaCat(cast: string): Promise<{code: number; output: string}> {
  const child = pty.spawn('asciinema', ['cat', cast], {cols: 100, rows: 30, env: process.env});
  let output = '';
  child.onData((data) => (output += data));
  return new Promise((resolve) => child.onExit(({exitCode}) => resolve({code: exitCode, output})));
}

type CastEvent = [number, string, string];

function readCast(path: string): {header: Record<string, unknown>; events: CastEvent[]} {
  const [first, ...rest] = readFileSync(path, 'utf8').trimEnd().split('\n');
  return {
    header: JSON.parse(first!) as Record<string, unknown>,
    events: rest.map((line) => JSON.parse(line) as CastEvent),
  };
}

/** Header line 0 and the seconds of the replay shown there. */
const replaySeconds = (lines: string[]): number =>
  Number(/REPLAY \S+ saved [\d-]+ [\d:]+ · ([\d.]+) s/.exec(lines[0]!)?.[1] ?? NaN);

describe('the dashboard recorded and replayed in a real terminal (100x30)', () => {
  it('--record writes a valid cast with a marker at each mode switch, even when cut by SIGTERM', async () => {
    const cast = join(folder, 'live.cast');
    const open = openTerminal(['--record', cast, '--customers', '4', '--speed', '4']);
    terminal = open;
    await screenWhere(open, (lines) => lines[0]!.startsWith('brewlanes  hybrid'));
    open.press('2');
    await screenWhere(open, (lines) => lines[0]!.startsWith('brewlanes  concurrent'));
    open.kill('SIGTERM');
    expect(await open.exited).toBe(130);

    const {header, events} = readCast(cast);
    expect(header).toMatchObject({version: 2, width: 100, height: 30});
    expect(header['timestamp']).toEqual(expect.any(Number));
    expect((header['env'] as {TERM: string}).TERM).toBe('xterm-256color');
    const times = events.map(([t]) => t);
    expect(times.every((t, i) => i === 0 || t >= times[i - 1]!)).toBe(true);
    const markers = events.filter(([, kind]) => kind === 'm').map(([, , label]) => label);
    expect(markers).toEqual(['hybrid', 'concurrent']);
    const output = events.filter(([, kind]) => kind === 'o').map(([, , data]) => data);
    expect(output.join('')).toContain('concurrent');
    // the recording ends as the terminal was left: out of the alternate screen
    expect(output.join('')).toContain('\u001B[?1049l');
    // asciinema itself plays it
    const played = await asciinemaCat(cast);
    expect(played.code).toBe(0);
    expect(played.output).toContain('brewlanes');
  });

  it('a cast of a replay cut by SIGINT is still valid and plays', async () => {
    const cast = join(folder, 'cut.cast');
    const open = openTerminal(['replay', runFile, '--record', cast, '--speed', '0.25']);
    terminal = open;
    await screenWhere(open, (lines) => replaySeconds(lines) >= 0.1);
    open.kill('SIGINT');
    expect(await open.exited).toBe(130);
    const {header, events} = readCast(cast);
    expect(header).toMatchObject({version: 2, width: 100, height: 30});
    const times = events.map(([t]) => t);
    expect(times.every((t, i) => i === 0 || t >= times[i - 1]!)).toBe(true);
    expect(events.some(([, kind, data]) => kind === 'o' && data.includes('REPLAY'))).toBe(true);
    expect((await asciinemaCat(cast)).code).toBe(0);
  });

  it('replay plays a saved run in the dashboard: ← jumps back, space pauses, q exits 0', async () => {
    const cast = join(folder, 'replay.cast');
    const open = openTerminal(['replay', runFile, '--record', cast]);
    terminal = open;
    const first = await screenWhere(open, (lines) => lines[0]!.includes('REPLAY run.json saved'));
    expect(first[0]).toContain('hybrid');
    const later = await screenWhere(open, (lines) => replaySeconds(lines) >= 0.6);
    open.press(' ');
    const paused = await screenWhere(open, (lines) => lines[0]!.includes('PAUSED'));
    open.press('\u001B[D');
    const back = await screenWhere(
      open,
      (lines) => replaySeconds(lines) < replaySeconds(paused) - 0.5,
    );
    expect(replaySeconds(back)).toBeLessThan(replaySeconds(later));
    open.press('q');
    expect(await open.exited).toBe(0);
    expect(existsSync(cast)).toBe(true);
    const {events} = readCast(cast);
    expect(events.filter(([, kind]) => kind === 'm').map(([, , label]) => label)).toEqual([
      'hybrid',
    ]);
  });

  it('--save from the dashboard writes the last finished run on quit; an existing file is refused first', async () => {
    const saved = join(folder, 'dashboard-run.json');
    const open = openTerminal(['--save', saved, '--customers', '3', '--speed', '4']);
    terminal = open;
    await screenWhere(open, (lines) => lines.some((line) => line.startsWith('orders 3/3')));
    open.press('q');
    expect(await open.exited).toBe(0);
    expect(open.output()).toContain(`saved ${saved}: the last finished hybrid run`);
    const run = JSON.parse(readFileSync(saved, 'utf8')) as {
      format: string;
      events: Array<{kind: string}>;
    };
    expect(run.format).toBe('brewlanes-run');
    expect(run.events.filter((e) => e.kind === 'served')).toHaveLength(3);
    // and it replays
    execFileSync(process.execPath, [cliPath, 'replay', saved, '--speed', '16']);

    const again = openTerminal(['--save', saved]);
    terminal = again;
    expect(await again.exited).toBe(2);
    expect(again.output()).toContain('already exists; add --force');
    expect(again.output()).not.toContain('\u001B[?1049h');
  });

  it('a replay of a file that is not a saved run is one line and exit 2', async () => {
    const open = openTerminal(['replay', join(folder, 'missing.json')]);
    terminal = open;
    expect(await open.exited).toBe(2);
    const text = open.output().trim();
    expect(text).toMatch(/^brewlanes: .*missing\.json.*expected a saved brewlanes run$/);
    expect(text.split('\n')).toHaveLength(1);
  });
});
