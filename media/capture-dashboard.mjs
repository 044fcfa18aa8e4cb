#!/usr/bin/env node
// Makes the dashboard's pictures from real runs of the built dashboard (npm run build
// first): dist/cli.js in a pseudo-terminal (util-linux script), its output parsed by a
// headless xterm, the screen taken when orders have been served while barista threads
// are still brewing. For each size: media/dashboard-<columns>x<rows>.txt, .svg and .png;
// at 100×30 also media/dashboard.txt and .svg (the README's first picture); and the
// ghost at 120×40: the sequential run kept faint (key o) under the hybrid run; and
// the compare view at 120×40 (media/compare-120x40.*).
//   node media/capture-dashboard.mjs [sizes, e.g. 80x24 120x40]
import {writeFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {animatedSvg} from '../dist/render/cast-svg.js';
import {svgToPng} from '../dist/render/png.js';
import {openDashboard} from './dashboard-terminal.mjs';

const here = (name) => fileURLToPath(new URL(name, import.meta.url));
const args = ['--workers', '2', '--customers', '6', '--speed', '0.5'];

/** The dashboard in a terminal of `columns` × `rows`; `steps` press keys once the screen shows what each waits for. */
async function capture(columns, rows, steps) {
  const dashboard = openDashboard(columns, rows, args);
  for (const {until, press, retry = false} of steps) {
    const deadline = Date.now() + 150_000;
    let restarted = false;
    for (;;) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      const now = await dashboard.lines();
      if (until(now)) break;
      // The moment passed (the run ended first): the same customers again.
      const ended = finished('')(now);
      if (retry && ended && !restarted) dashboard.press('r');
      restarted = ended;
      if (Date.now() > deadline) throw new Error((await dashboard.lines()).join('\n') + `the screen never showed what was awaited (${columns}×${rows})`);
    }
    if (press) dashboard.press(press);
  }
  const lines = await dashboard.lines();
  const screen = dashboard.screen();
  await dashboard.quit();
  return {lines, screen};
}

const servedAndBrewing = (lines) =>
  lines.some((line) => line.includes('✓ served')) &&
  lines.some((line) => /^barista \d+.*brewing \S+\s*$/.test(line));
const finished = (mode) => (lines) =>
  lines[0].startsWith(`brewlanes  ${mode}`) &&
  lines.some((line) => line.startsWith('orders ') && / makespan \d/.test(line));

function write(name, {lines, screen}, columns, rows, title) {
  writeFileSync(here(`${name}.txt`), lines.map((line) => line.trimEnd()).join('\n').trimEnd() + '\n');
  const svg = animatedSvg([screen], {fps: 1, columns, rows, title});
  writeFileSync(here(`${name}.svg`), svg);
  return svg;
}

const sizes = (process.argv.slice(2).length > 0 ? process.argv.slice(2) : ['80x24', '100x30', '120x40', '200x50', 'ghost', 'compare'])
  .filter((arg) => arg !== '--');
for (const size of sizes) {
  if (size === 'ghost') {
    const shot = await capture(120, 40, [
      {until: finished('hybrid'), press: 'o'},
      {until: (lines) => lines.some((line) => line.includes('ghost on')), press: '1'},
      {until: finished('sequential'), press: '4'},
      {
        until: (lines) =>
          lines[0].startsWith('brewlanes  hybrid') &&
          lines.some((line) => line.startsWith('faint: sequential')) &&
          servedAndBrewing(lines),
      },
    ]);
    const svg = write('dashboard-ghost-120x40', shot, 120, 40, 'brewlanes: the hybrid run live, the sequential run faint under it (key o)');
    writeFileSync(here('dashboard-ghost-120x40.png'), svgToPng(svg));
    console.log(shot.lines.join('\n'));
    continue;
  }
  if (size === 'compare') {
    const shot = await capture(120, 40, [
      {until: finished('hybrid'), press: '\t'},
      {until: (lines) => lines.some((line) => /^hybrid +█+ \d/.test(line))},
    ]);
    const svg = write(
      'compare-120x40',
      shot,
      120,
      40,
      'brewlanes: the compare view, every mode with its barista lanes',
    );
    writeFileSync(here('compare-120x40.png'), svgToPng(svg));
    console.log(shot.lines.join('\n'));
    continue;
  }
  const [columns, rows] = size.split('x').map(Number);
  const shot = await capture(columns, rows, [{until: servedAndBrewing, retry: true}]);
  const svg = write(`dashboard-${size}`, shot, columns, rows, `brewlanes: the live dashboard at ${columns}×${rows}`);
  writeFileSync(here(`dashboard-${size}.png`), svgToPng(svg));
  if (size === '100x30') write('dashboard', shot, columns, rows, 'brewlanes: the live dashboard');
  console.log(shot.lines.join('\n'));
}
