import {afterEach, describe, expect, it} from 'vitest';
import {openTerminal, screenWhere} from '../helpers/terminal.js';

let terminal: ReturnType<typeof openTerminal> | null = null;

afterEach(() => {
  terminal?.kill();
  terminal = null;
});

const brewingBaristas = (lines: string[]) =>
  lines.filter((line) => /^barista \d+ /.test(line) && /brewing \S+\s*$/.test(line)).length;

describe('brewlanes in a real terminal (100x30)', () => {
  it('opens the dashboard, brews on two barista threads at once, switches mode, and q exits 0', async () => {
    const open = openTerminal([
      '--workload',
      'cpu',
      '--workers',
      '2',
      '--customers',
      '6',
      '--speed',
      '2',
    ]);
    terminal = open;
    const first = await screenWhere(open, (lines) => lines[0]!.startsWith('brewlanes  hybrid'));
    expect(first[0]).toContain('2 baristas');
    // two barista lanes busy at the same moment, each with its measured brew
    const busy = await screenWhere(open, (lines) => brewingBaristas(lines) === 2);
    expect(busy.filter((line) => /^barista \d+ /.test(line))).toHaveLength(2);
    expect(busy.some((line) => line.startsWith('shop loop busy'))).toBe(true);

    open.press('2');
    const concurrent = await screenWhere(open, (lines) =>
      lines[0]!.startsWith('brewlanes  concurrent'),
    );
    expect(concurrent[0]).toContain('1 barista on ');
    await screenWhere(open, (lines) => lines.some((line) => line.includes('One barista juggles')));

    open.press('q');
    expect(await open.exited).toBe(0);
    // NO_COLOR is set for this terminal: no colour codes at all
    // eslint-disable-next-line no-control-regex
    expect(open.output()).not.toMatch(/\u001B\[(?:3|4|9|10)\d(?:;[\d;]*)?m/);
    // the terminal is left as it was: the alternate screen is left and the cursor shown
    expect(open.output()).toContain('\u001B[?1049l');
    expect(open.output().lastIndexOf('\u001B[?25h')).toBeGreaterThan(
      open.output().lastIndexOf('\u001B[?25l'),
    );
  });

  it('Ctrl+C exits 130', async () => {
    const open = openTerminal(['--customers', '2', '--speed', '4']);
    terminal = open;
    await screenWhere(open, (lines) => lines[0]!.startsWith('brewlanes  hybrid'));
    open.press('\u0003');
    expect(await open.exited).toBe(130);
  });

  it('SIGTERM exits 130 and leaves the alternate screen', async () => {
    const open = openTerminal(['--customers', '2', '--speed', '4']);
    terminal = open;
    await screenWhere(open, (lines) => lines[0]!.startsWith('brewlanes  hybrid'));
    open.kill('SIGTERM');
    expect(await open.exited).toBe(130);
    expect(open.output()).toContain('\u001B[?1049l');
  });

  it('a bad --theme is one line and exit 2, before any screen is drawn', async () => {
    const open = openTerminal(['--theme', 'blue']);
    terminal = open;
    expect(await open.exited).toBe(2);
    const text = (await open.lines()).filter((line) => line.trim() !== '');
    expect(text).toHaveLength(1);
    expect(text[0]).toMatch(/--theme "blue".*dark, light/);
  });
});
