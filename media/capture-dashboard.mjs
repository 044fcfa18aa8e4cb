#!/usr/bin/env node
// Makes media/dashboard.txt and media/dashboard.svg from a real run of the built
// dashboard (npm run build first): dist/cli.js in a pseudo-terminal (util-linux script),
// its output parsed by a headless xterm, the screen taken when orders have been
// served while barista threads are still brewing.
//   node media/capture-dashboard.mjs [-- extra brewlanes flags]
import {writeFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import xterm from '@xterm/headless';
import pty from '../test/helpers/pseudo-terminal.js';
import {animatedSvg} from '../dist/render/cast-svg.js';
import {screenOfTerminal} from '../dist/render/terminal-screen.js';

const columns = 100;
const rows = 30;
const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
const extra = process.argv.slice(2).filter((arg) => arg !== '--');
const args = extra.length > 0 ? extra : ['--workers', '2', '--customers', '6', '--speed', '0.5'];

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

const textLines = () => {
  const buffer = terminal.buffer.active;
  return Array.from({length: rows}, (_, y) => buffer.getLine(buffer.viewportY + y)?.translateToString(true) ?? '');
};
const ready = (lines) =>
  lines.some((line) => line.includes('✓ served')) &&
  lines.some((line) => /^barista \d+.*brewing \S+\s*$/.test(line));

const until = Date.now() + 60_000;
for (;;) {
  await new Promise((resolve) => setTimeout(resolve, 50));
  await pending;
  if (ready(textLines())) break;
  if (Date.now() > until) throw new Error('the screen never showed served and brewing together');
}

const lines = textLines();
const screen = screenOfTerminal(terminal, columns, rows);
child.write('q');
await new Promise((resolve) => child.onExit(resolve));

const here = (name) => fileURLToPath(new URL(name, import.meta.url));
writeFileSync(here('dashboard.txt'), lines.map((line) => line.trimEnd()).join('\n').trimEnd() + '\n');
writeFileSync(
  here('dashboard.svg'),
  animatedSvg([screen], {fps: 1, columns, rows, title: 'brewlanes: the live dashboard'}),
);
console.log(lines.join('\n'));
