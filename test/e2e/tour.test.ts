import {afterEach, describe, expect, it} from 'vitest';
import {tourSteps} from '../../source/tour/steps.js';
import {cliPath} from '../helpers/cli.js';
import {openTerminal, screenWhere} from '../helpers/terminal.js';

let terminal: ReturnType<typeof openTerminal> | null = null;

afterEach(() => {
  terminal?.kill();
  terminal = null;
});

const right = '\u001B[C';
const left = '\u001B[D';
const total = tourSteps.length;
const atStep = (n: number) => (lines: string[]) => lines[0]!.startsWith(`Tour ${n}/${total}`);

describe('brewlanes tour in a real terminal (100x30)', () => {
  it('starts at step 1, advances with space and →, goes back with ←, and q exits 0', async () => {
    const open = openTerminal(['tour', '--workers', '2', '--speed', '8']);
    terminal = open;
    const first = await screenWhere(open, atStep(1));
    expect(first[0]).toContain(tourSteps[0]!.title);
    // the step runs live: its run's lanes and the event loop appear
    await screenWhere(open, (lines) => lines.some((line) => line.startsWith('shop loop busy')));
    expect(first.join('\n')).toContain('One barista makes each order');

    open.press(' ');
    const second = await screenWhere(open, atStep(2));
    expect(second[0]).toContain(tourSteps[1]!.title);
    await screenWhere(
      open,
      (lines) =>
        lines.some((line) => line.startsWith('shop loop busy')) &&
        lines.join('\n').includes('waits overlap'),
    );

    open.press(right);
    await screenWhere(open, atStep(3));
    open.press(right);
    const fourth = await screenWhere(open, atStep(4));
    expect(fourth[0]).toContain('Parallel');
    // the parallel step's run shows barista threads of its own
    await screenWhere(open, (lines) => lines.some((line) => /^barista \d+ /.test(line)));

    open.press(left);
    const back = await screenWhere(open, atStep(3));
    expect(back[0]).toContain(tourSteps[2]!.title);

    open.press('q');
    expect(await open.exited).toBe(0);
    // the terminal is given back: the alternate screen was left
    expect(open.output()).toContain('\u001B[?1049l');
  });

  it('Ctrl+C during a lesson step exits 130 and gives the terminal back', async () => {
    const open = openTerminal(['tour', '--workers', '2', '--speed', '8']);
    terminal = open;
    await screenWhere(open, atStep(1));
    const raceStep = tourSteps.findIndex((step) => step.id === 'race') + 1;
    for (let step = 2; step <= raceStep; step++) {
      open.press(right);
      await screenWhere(open, atStep(step));
    }
    await screenWhere(open, (lines) => lines.some((line) => /^atomic\s+\d+/.test(line)), 30_000);
    open.press('\u0003');
    expect(await open.exited).toBe(130);
    expect(open.output()).toContain('\u001B[?1049l');
  });

  it('tour --record FILE writes what the terminal showed, a marker at each step', async () => {
    const {mkdtempSync, readFileSync} = await import('node:fs');
    const {tmpdir} = await import('node:os');
    const {join} = await import('node:path');
    const file = join(mkdtempSync(join(tmpdir(), 'brewlanes-tour-')), 'tour.cast');
    const open = openTerminal(['tour', '--workers', '2', '--speed', '8', '--record', file]);
    terminal = open;
    await screenWhere(open, atStep(1));
    await screenWhere(open, (lines) => lines.some((line) => line.startsWith('measured: ')));
    open.press(' ');
    await screenWhere(open, atStep(2));
    open.press('q');
    expect(await open.exited).toBe(0);
    const [header, ...events] = readFileSync(file, 'utf8').trim().split('\n');
    expect(JSON.parse(header!)).toMatchObject({version: 2});
    const markers = events.map((line) => JSON.parse(line) as [number, string, string]);
    expect(markers.filter(([, kind]) => kind === 'm').map(([, , label]) => label)).toEqual([
      'sequential',
      'concurrent-io',
    ]);
    expect(markers.some(([, kind, data]) => kind === 'o' && data.includes('Tour 1/'))).toBe(true);
  });

  it('refuses without a terminal: one line, exit 2', async () => {
    const {spawnSync} = await import('node:child_process');
    const result = spawnSync(process.execPath, [cliPath, 'tour'], {encoding: 'utf8'});
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toContain('tour needs a terminal');
  });
});
