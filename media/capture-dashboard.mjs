#!/usr/bin/env node
// Makes media/dashboard.txt and media/dashboard.svg from a real run of the built
// dashboard (npm run build first): dist/cli.js in a pseudo-terminal (node-pty),
// its output parsed by a headless xterm, the screen taken when orders have been
// served while barista threads are still brewing.
//   node media/capture-dashboard.mjs [-- extra brewlanes flags]
import {writeFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import xterm from '@xterm/headless';
import pty from 'node-pty';

const columns = 100;
const rows = 30;
const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
const extra = process.argv.slice(2).filter((arg) => arg !== '--');
const args = extra.length > 0 ? extra : ['--workers', '2', '--customers', '6', '--speed', '0.5'];

const screen = new xterm.Terminal({cols: columns, rows, allowProposedApi: true});
const child = pty.spawn(process.execPath, [cli, ...args], {
  name: 'xterm-256color',
  cols: columns,
  rows,
  env: {...process.env, COLORTERM: 'truecolor', FORCE_COLOR: '3', NO_COLOR: ''},
});
let pending = Promise.resolve();
child.onData((data) => {
  pending = pending.then(() => new Promise((resolve) => screen.write(data, resolve)));
});

const textLines = () => {
  const buffer = screen.buffer.active;
  return Array.from({length: rows}, (_, y) => buffer.getLine(buffer.viewportY + y)?.translateToString(true) ?? '');
};
const ready = (lines) =>
  lines.some((line) => line.includes('✓ served')) &&
  lines.some((line) => /^barista t\d+.*brewing \S+\s*$/.test(line));

const until = Date.now() + 60_000;
for (;;) {
  await new Promise((resolve) => setTimeout(resolve, 50));
  await pending;
  if (ready(textLines())) break;
  if (Date.now() > until) throw new Error('the screen never showed served and brewing together');
}

const lines = textLines();
const cells = [];
const buffer = screen.buffer.active;
const hex = (n) => `#${n.toString(16).padStart(6, '0')}`;
const palette16 = ['#000000', '#cd3131', '#0dbc79', '#e5e510', '#2472c8', '#bc3fbc', '#11a8cd', '#e5e5e5', '#666666', '#f14c4c', '#23d18b', '#f5f543', '#3b8eea', '#d670d6', '#29b8db', '#ffffff'];
for (let y = 0; y < rows; y++) {
  const line = buffer.getLine(buffer.viewportY + y);
  const row = [];
  for (let x = 0; x < columns; x++) {
    const cell = line?.getCell(x);
    if (!cell) continue;
    let fg = null;
    if (cell.isFgRGB()) fg = hex(cell.getFgColor());
    else if (cell.isFgPalette()) fg = palette16[cell.getFgColor()] ?? null;
    let bg = null;
    if (cell.isBgRGB()) bg = hex(cell.getBgColor());
    else if (cell.isBgPalette()) bg = palette16[cell.getBgColor()] ?? null;
    row.push({char: cell.getChars() || ' ', fg, bg, bold: cell.isBold() !== 0, inverse: cell.isInverse() !== 0, dim: cell.isDim() !== 0});
  }
  cells.push(row);
}
child.write('q');
await new Promise((resolve) => child.onExit(resolve));

const here = (name) => fileURLToPath(new URL(name, import.meta.url));
writeFileSync(here('dashboard.txt'), lines.map((line) => line.trimEnd()).join('\n').trimEnd() + '\n');

const charWidth = 8.4;
const lineHeight = 18;
const pad = 12;
const escape = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const background = '#1b1b1f';
const foreground = '#e6e6e6';
const out = [];
out.push(`<svg xmlns="http://www.w3.org/2000/svg" width="${columns * charWidth + 2 * pad}" height="${rows * lineHeight + 2 * pad}" viewBox="0 0 ${columns * charWidth + 2 * pad} ${rows * lineHeight + 2 * pad}">`);
out.push(`<rect width="100%" height="100%" rx="8" fill="${background}"/>`);
out.push(`<g font-family="'DejaVu Sans Mono', 'Menlo', 'Consolas', monospace" font-size="14" xml:space="preserve">`);
cells.forEach((row, y) => {
  // runs of cells with the same style
  let x = 0;
  while (x < row.length) {
    const start = x;
    const style = row[x];
    let text = '';
    // Runs of one style; a glyph outside ASCII stands alone, so a fallback font
    // for it cannot stretch its neighbours.
    const single = (char) => char.codePointAt(0) > 0x7e;
    while (x < row.length && row[x].fg === style.fg && row[x].bg === style.bg && row[x].bold === style.bold && row[x].inverse === style.inverse) {
      if (text !== '' && (single(row[x].char) || single(text[0]))) break;
      text += row[x].char;
      x++;
    }
    if (text.trim() === '' && !style.inverse && !style.bg) continue;
    const px = pad + start * charWidth;
    const py = pad + y * lineHeight;
    const colour = style.fg ?? foreground;
    if (style.inverse || style.bg) {
      out.push(`<rect x="${px}" y="${py}" width="${text.length * charWidth}" height="${lineHeight}" fill="${style.inverse ? colour : style.bg}"/>`);
    }
    out.push(`<text x="${px}" y="${py + 14}" textLength="${text.length * charWidth}" lengthAdjust="spacingAndGlyphs" fill="${style.inverse ? (style.bg ?? background) : colour}"${style.bold ? ' font-weight="bold"' : ''}${style.dim ? ' opacity="0.7"' : ''}>${escape(text)}</text>`);
  }
});
out.push('</g></svg>');
writeFileSync(here('dashboard.svg'), out.join('\n') + '\n');
console.log(lines.join('\n'));
