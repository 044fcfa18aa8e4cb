#!/usr/bin/env node
// Makes media/<lesson>.png from a real run of the built dashboard (npm run build
// first): dist/cli.js in a pseudo-terminal (util-linux script), the lesson's key
// pressed once the shop has opened, the screen parsed by a headless xterm and taken
// when the lesson's report has arrived in the panel, then drawn by the project's
// own renderers (render/cast-svg.js, render/png.js).
//   node media/capture-lesson-panel.mjs KEY ID "TEXT OF ITS LAST LINE" [-- brewlanes flags]
//   node media/capture-lesson-panel.mjs p processes "key t)"
import {writeFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {animatedSvg} from '../dist/render/cast-svg.js';
import {svgToPng} from '../dist/render/png.js';
import {openDashboard} from './dashboard-terminal.mjs';

const [key, id, lastText, ...rest] = process.argv.slice(2);
if (!key || !id || !lastText) {
  console.error('usage: node media/capture-lesson-panel.mjs KEY ID "TEXT OF ITS LAST LINE"');
  process.exit(2);
}
const columns = 100;
const rows = 40;
const extra = rest.filter((arg) => arg !== '--');
const dashboard = openDashboard(columns, rows, extra);

async function waitFor(test, what) {
  const until = Date.now() + 90_000;
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    if (test(await dashboard.lines())) return;
    if (Date.now() > until) throw new Error(`the screen never showed ${what}`);
  }
}

await waitFor((lines) => lines.some((line) => line.includes('served')), 'the shop open');
dashboard.press(key);
await waitFor(
  (lines) => !lines.some((line) => line.startsWith('running ')) && lines.some((line) => line.includes(lastText)),
  `the ${id} report`,
);
await new Promise((resolve) => setTimeout(resolve, 300));
const lines = await dashboard.lines();
const screen = dashboard.screen();
await dashboard.quit();

const svg = animatedSvg([screen], {fps: 1, columns, rows, title: `brewlanes: the ${id} lesson`});
writeFileSync(fileURLToPath(new URL(`${id}.png`, import.meta.url)), svgToPng(svg));
console.log(lines.join('\n'));
