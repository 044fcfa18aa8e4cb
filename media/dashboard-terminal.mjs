// The built dashboard (dist/cli.js) in a pseudo-terminal (util-linux script, through
// the tests' helper), its output parsed by a headless xterm: what the media scripts
// (capture-dashboard.mjs, capture-lesson-panel.mjs) read their screens from.
import {fileURLToPath} from 'node:url';
import xterm from '@xterm/headless';
import pty from '../test/helpers/pseudo-terminal.js';
import {screenOfTerminal} from '../dist/render/terminal-screen.js';

const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url));

/** The dashboard with `args` in a terminal of `columns` × `rows`, in colour. */
export function openDashboard(columns, rows, args) {
  const terminal = new xterm.Terminal({cols: columns, rows, allowProposedApi: true});
  const child = pty.spawn(process.execPath, [cli, ...args], {
    name: 'xterm-256color',
    cols: columns,
    rows,
    env: {...process.env, COLORTERM: 'truecolor', FORCE_COLOR: '3', NO_COLOR: ''},
  });
  let pending = Promise.resolve();
  child.onData((data) => {
    pending = pending.then(() => new Promise((resolve) => terminal.write(data, resolve)));
  });
  return {
    /** Keys, as typed. */
    press: (keys) => child.write(keys),
    /** The screen's rows as text, once everything received so far is parsed. */
    lines: async () => {
      await pending;
      const buffer = terminal.buffer.active;
      return Array.from(
        {length: rows},
        (_, y) => buffer.getLine(buffer.viewportY + y)?.translateToString(true) ?? '',
      );
    },
    /** The screen with its colours, for render/cast-svg.js. */
    screen: () => screenOfTerminal(terminal, columns, rows),
    /** `q`, then the program's exit. */
    quit: async () => {
      child.write('q');
      await new Promise((resolve) => child.onExit(resolve));
    },
  };
}
