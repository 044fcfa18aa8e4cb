#!/usr/bin/env node
// Makes media/NAME.png from a real run of `brewlanes lesson NAME` (npm run build
// first): the report's plain lines, as printed, drawn as a terminal picture and
// rasterised by dist/render/png.js with the shipped font. Every character is its
// own <text> at its own column: JetBrains Mono's ligatures would otherwise turn
// the lanes' `|-` and `-|` into arrows. The bars of the lanes are coloured.
//   node media/lesson-png.mjs mapreduce [-- extra brewlanes flags]
//   node media/lesson-png.mjs pipeline
import {spawnSync} from 'node:child_process';
import {writeFileSync} from 'node:fs';
import {availableParallelism, loadavg} from 'node:os';
import {fileURLToPath} from 'node:url';
import {svgToPng} from '../dist/render/png.js';

const [name, ...rest] = process.argv.slice(2);
if (!name) throw new Error('usage: node media/lesson-png.mjs LESSON [-- brewlanes flags]');
const extra = rest.filter((arg) => arg !== '--');
const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
const run = spawnSync(process.execPath, [cli, 'lesson', name, '--plain', ...extra], {
  encoding: 'utf8',
});
if (run.status !== 0) throw new Error(`brewlanes lesson ${name} exited ${run.status}: ${run.stderr}`);
const lines = run.stdout.trimEnd().split('\n');

const charWidth = 8.4;
const lineHeight = 18;
const pad = 12;
const columns = Math.max(80, ...lines.map((line) => [...line].length));
const width = +(columns * charWidth + 2 * pad).toFixed(1);
const height = lines.length * lineHeight + 2 * pad;
const escapeXml = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
/** A lane: its name (`  barista, thread 3`, `  grind, thread 4`), then its bars. */
const lane = /^ {2}[a-z+]+, thread \d+ +/;
const cells = lines.flatMap((line, y) => {
  const barsFrom = lane.exec(line)?.[0].length ?? Infinity;
  return [...line].map((char, x) => {
    if (char === ' ') return '';
    const bar = x >= barsFrom && (char === '|' || char === '-');
    const fill = bar ? '#7fb4ff' : '#e6e6e6';
    const at = `x="${+(pad + x * charWidth).toFixed(1)}" y="${pad + y * lineHeight + 14}"`;
    return `<text ${at} fill="${fill}">${escapeXml(char)}</text>`;
  });
});
const svg = [
  `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
  `<title>brewlanes lesson ${name}</title>`,
  `<rect width="100%" height="100%" rx="8" fill="#1b1b1f"/>`,
  `<g font-family="monospace" font-size="14" xml:space="preserve">`,
  ...cells.filter(Boolean),
  '</g></svg>',
].join('\n');
const out = fileURLToPath(new URL(`${name}.png`, import.meta.url));
writeFileSync(out, svgToPng(svg, 1600));
console.log(`${out}: ${lines.length} lines, measured just now (load average ${loadavg()[0].toFixed(1)} on ${availableParallelism()} cores)\n${lines.join("\n")}`);
