import {afterEach, describe, expect, it} from 'vitest';
import {openTerminal, screenWhere} from '../helpers/terminal.js';

let terminal: ReturnType<typeof openTerminal> | null = null;

afterEach(() => {
  terminal?.kill();
  terminal = null;
});

/** Lanes of the run shown (`A Ana …`) and the ghost's rows under them (`  hybrid …`). */
const liveLanes = (lines: string[]) => lines.filter((line) => /^[A-D] \S/.test(line));
const ghostRows = (lines: string[], mode: string) =>
  lines.filter((line) => line.startsWith(`  ${mode} `) && /\|/.test(line));

describe('the ghost in a real terminal (120x40)', () => {
  it('key o keeps the hybrid run faint under the sequential one: both runs’ lanes, both makespans', async () => {
    const open = openTerminal(
      ['--workload', 'cpu', '--workers', '2', '--customers', '4', '--speed', '4'],
      120,
      40,
    );
    terminal = open;
    await screenWhere(open, (lines) => lines.some((line) => line.includes('makespan')));
    open.press('o');
    await screenWhere(open, (lines) => lines.some((line) => line.includes('ghost on')));
    open.press('1');
    const both = await screenWhere(
      open,
      // A whole frame of the finished run (a frame read mid-write lacks its last rows).
      (lines) =>
        lines[0]!.startsWith('brewlanes  sequential') &&
        lines.some((line) => /bright: sequential now, makespan \d/.test(line)) &&
        lines.some((line) => line.startsWith('1-4 mode')),
      60_000,
    );
    expect(both.some((line) => /faint: hybrid before, makespan \d+\.\d\d s/.test(line))).toBe(true);
    // From 120 columns the headline's numbers are big digits (cfonts' block font,
    // which the bundle must find): a row of blocks and no letters under the labels.
    expect(both.slice(1, 4).some((line) => /[▀▄█]/.test(line) && !/[a-z]/.test(line))).toBe(true);
    // Lane by lane: the four customers' lanes of this run, and the hybrid run's under them.
    expect(liveLanes(both)).toHaveLength(4);
    expect(ghostRows(both, 'hybrid').filter((line) => /served \d/.test(line))).toHaveLength(4);
    // One barista now, the hybrid run's two under it.
    expect(both.filter((line) => /^barista \d/.test(line))).toHaveLength(1);
    expect(ghostRows(both, 'hybrid').filter((line) => /barista \d\s*$/.test(line))).toHaveLength(2);
    open.press('q');
    expect(await open.exited).toBe(0);
  });
});
