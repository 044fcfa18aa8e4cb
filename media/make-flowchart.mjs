#!/usr/bin/env node
// Makes media/flowchart.svg from a real run of the built CLI (npm run build first):
// a concurrent run (one barista thread switching between brews) saved to a temporary folder, exported with --format mermaid
// --flowchart, drawn by the real Mermaid (node_modules/mermaid) in headless Chromium,
// and the SVG Mermaid drew taken from the page. Chromium: `apt-get install chromium`.
//   node media/make-flowchart.mjs [-- extra brewlanes flags for the run]
//   node media/make-flowchart.mjs saved-run.json     (a run saved before, with --save)
import {execFileSync} from 'node:child_process';
import {mkdtempSync, readFileSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';

const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
const mermaidScript = fileURLToPath(
  new URL('../node_modules/mermaid/dist/mermaid.min.js', import.meta.url),
);
const target = fileURLToPath(new URL('flowchart.svg', import.meta.url));
const extra = process.argv.slice(2).filter((arg) => arg !== '--');
const runArgs =
  extra.length > 0
    ? extra
    : ['--mode', 'concurrent', '--workload', 'mixed', '--customers', '5'];

const folder = mkdtempSync(join(tmpdir(), 'brewlanes-flowchart-'));
const saved = extra.length === 1 && extra[0].endsWith('.json') ? extra[0] : null;
const runFile = saved ?? join(folder, 'run.json');
if (saved === null)
  execFileSync(process.execPath, [cli, '--plain', ...runArgs, '--save', runFile], {
    stdio: 'ignore',
  });
const chart = execFileSync(process.execPath, [cli, 'export', runFile, '--flowchart'], {
  encoding: 'utf8',
});
writeFileSync(join(folder, 'flowchart.mmd'), chart);

// The chart goes into the page as JSON (data, never markup); Mermaid draws it with
// plain SVG text (no HTML labels), so the picture shows in any SVG viewer.
const page = join(folder, 'flowchart.html');
const htmlLabels = process.env.HTML_LABELS === '1'; // to see it as GitHub draws it
writeFileSync(
  page,
  `<!doctype html><meta charset="utf-8"><body style="background:white">
<div id="chart"></div>
<script src="file://${mermaidScript}"></script>
<script>
mermaid.initialize({startOnLoad: false, theme: 'default', flowchart: {htmlLabels: HTML_LABELS}, htmlLabels: HTML_LABELS});
mermaid.render('flowchart', ${JSON.stringify(chart)}).then(({svg}) => {
  const out = document.createElement('pre');
  out.id = 'svg';
  out.textContent = svg;
  document.body.append(out);
}, (error) => {
  const out = document.createElement('pre');
  out.id = 'error';
  out.textContent = String(error);
  document.body.append(out);
});
</script>`.replaceAll('HTML_LABELS', String(htmlLabels)),
);
const dom = execFileSync(
  'chromium',
  [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--allow-file-access-from-files',
    '--virtual-time-budget=10000',
    '--dump-dom',
    `file://${page}`,
  ],
  {encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore']},
);
const error = /<pre id="error">([\s\S]*?)<\/pre>/.exec(dom);
if (error) throw new Error(`Mermaid refused the flowchart: ${error[1]}`);
const drawn = /<pre id="svg">([\s\S]*?)<\/pre>/.exec(dom);
if (!drawn) throw new Error('Mermaid drew nothing (is chromium installed?)');
const svg = drawn[1]
  .replace(/&lt;/g, '<')
  .replace(/&gt;/g, '>')
  .replace(/&quot;/g, '"')
  .replace(/&amp;/g, '&');
writeFileSync(target, `${svg}\n`);
console.log(`wrote ${target} from ${runFile}:\n${readFileSync(join(folder, 'flowchart.mmd'), 'utf8')}`);
