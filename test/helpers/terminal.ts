import xterm from '@xterm/headless';
import pty from './pseudo-terminal.js';
import {cliPath} from './cli.js';

/**
 * The built command in a real pseudo-terminal, its output parsed by a headless
 * xterm into a screen we can read like a person would.
 */
export function openTerminal(args: string[], columns = 100, rows = 30) {
  const screen = new xterm.Terminal({cols: columns, rows, allowProposedApi: true});
  const child = pty.spawn(process.execPath, [cliPath, ...args], {
    name: 'xterm-256color',
    cols: columns,
    rows,
    cwd: process.cwd(),
    env: {...process.env, NO_COLOR: '1'},
  });
  let pending = Promise.resolve();
  let output = '';
  child.onData((data) => {
    output += data;
    pending = pending.then(() => new Promise<void>((resolve) => screen.write(data, resolve)));
  });
  const exited = new Promise<number>((resolve) => child.onExit(({exitCode}) => resolve(exitCode)));
  return {
    /** The screen as text lines, once every byte received so far is parsed. */
    async lines(): Promise<string[]> {
      await pending;
      const buffer = screen.buffer.active;
      const lines: string[] = [];
      for (let y = 0; y < rows; y++)
        lines.push(buffer.getLine(buffer.viewportY + y)?.translateToString(true) ?? '');
      return lines;
    },
    press: (keys: string) => child.write(keys),
    exited,
    output: () => output,
    kill: (signal?: string) => child.kill(signal),
  };
}

/** Polls the screen until `check` holds for it; returns that screen. */
export async function screenWhere(
  open: ReturnType<typeof openTerminal>,
  check: (lines: string[]) => boolean,
  ms = 20_000,
): Promise<string[]> {
  const until = Date.now() + ms;
  let lines = await open.lines();
  while (!check(lines)) {
    if (Date.now() > until) throw new Error(`screen never matched:\n${lines.join('\n')}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
    lines = await open.lines();
  }
  return lines;
}
