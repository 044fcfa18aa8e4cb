#!/usr/bin/env node
// Makes media/demo.cast and media/demo.svg (npm run build first): the built
// dashboard runs for real in a pseudo-terminal (util-linux script, 100x30) with
// `--record media/demo.cast`; a script presses keys (parallel, then concurrent,
// then q). The cast is then played through a headless xterm, the screen sampled
// at 4 fps, and dist/render/cast-svg.js writes the animated SVG (each row drawn
// once per change, shown in turn).
//   node media/make-demo.mjs           (or: npm run media)
//   node media/make-demo.mjs --from-cast   (only the SVG, from the existing cast)
import {readFileSync, writeFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import xterm from '@xterm/headless';
import pty from '../test/helpers/pseudo-terminal.js';
import {animatedSvg} from '../dist/render/cast-svg.js';
import {screenOfTerminal} from '../dist/render/terminal-screen.js';

const columns = 100;
const rows = 30;
const fps = 4;
const here = (name) => fileURLToPath(new URL(name, import.meta.url));
const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
const castPath = here('demo.cast');
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function record() {
  const args = ['--record', castPath, '--force', '--workload', 'cpu', '--workers', '2'];
  args.push('--customers', '6', '--speed', '1');
  const child = pty.spawn(process.execPath, [cli, ...args], {
    name: 'xterm-256color',
    cols: columns,
    rows,
    env: {...process.env, COLORTERM: 'truecolor', FORCE_COLOR: '3', NO_COLOR: ''},
  });
  let output = '';
  child.onData((data) => (output += data));
  const exited = new Promise((resolve) => child.onExit(({exitCode}) => resolve(exitCode)));
  const servedAll = () => /orders (\d+)\/\1 /.test(output.slice(-4000));
  const waitServed = async () => {
    output = '';
    const until = Date.now() + 60_000;
    while (!servedAll()) {
      if (Date.now() > until) throw new Error('the run never finished');
      await sleep(100);
    }
    await sleep(1500);
  };
  await waitServed(); // hybrid, the default
  child.write('3'); // parallel
  await waitServed();
  child.write('2'); // concurrent
  await waitServed();
  child.write('q');
  const code = await exited;
  if (code !== 0) throw new Error(`the dashboard exited ${code}`);
}

/** The cast played through a headless xterm, the screen taken every 1/fps s. */
async function framesOf(castText) {
  const [headerLine, ...lines] = castText.trimEnd().split('\n');
  const header = JSON.parse(headerLine);
  const terminal = new xterm.Terminal({cols: header.width, rows: header.height, allowProposedApi: true});
  const events = lines.map((line) => JSON.parse(line)).filter(([, kind]) => kind === 'o');
  const end = events.at(-1)?.[0] ?? 0;
  const frames = [];
  let next = 0;
  // The last frame before the dashboard leaves the alternate screen.
  const leave = events.findIndex(([, , data]) => data.includes('\u001B[?1049l'));
  const usable = leave === -1 ? events : events.slice(0, leave);
  for (let t = 0; t <= Math.min(end, usable.at(-1)?.[0] ?? 0) + 1 / fps; t += 1 / fps) {
    while (next < usable.length && usable[next][0] <= t) {
      const data = usable[next++][2];
      await new Promise((resolve) => terminal.write(data, resolve));
    }
    frames.push(screenOfTerminal(terminal, header.width, header.height));
  }
  // Hold the last screen for two seconds before the loop starts again.
  for (let i = 0; i < 2 * fps; i++) frames.push(frames.at(-1));
  return frames;
}

if (!process.argv.includes('--from-cast')) await record();
const frames = await framesOf(readFileSync(castPath, 'utf8'));
const svg = animatedSvg(frames, {
  fps,
  columns,
  rows,
  title: 'brewlanes: a real run in hybrid, parallel and concurrent mode',
});
writeFileSync(here('demo.svg'), svg);
console.log(`media/demo.svg: ${frames.length} frames at ${fps} fps, ${(svg.length / 1024).toFixed(0)} KiB`);
