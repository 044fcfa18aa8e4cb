import xterm from '@xterm/headless';
import {describe, expect, it} from 'vitest';
import {screenOfTerminal} from '../../source/render/terminal-screen.js';

describe('screenOfTerminal', () => {
  it('reads each cell with its character and colours from a headless xterm', async () => {
    const terminal = new xterm.Terminal({cols: 10, rows: 2, allowProposedApi: true});
    await new Promise<void>((resolve) =>
      terminal.write('\u001B[1;31mA\u001B[0m\u001B[48;2;0;158;115mB\u001B[0m', resolve),
    );
    const screen = screenOfTerminal(terminal, 10, 2);
    expect(screen).toHaveLength(2);
    expect(screen[0]).toHaveLength(10);
    expect(screen[0]![0]).toMatchObject({char: 'A', fg: '#cd3131', bg: null, bold: true});
    expect(screen[0]![1]).toMatchObject({char: 'B', fg: null, bg: '#009e73', bold: false});
    expect(screen[1]![0]).toMatchObject({char: ' ', fg: null, bg: null});
  });
});
