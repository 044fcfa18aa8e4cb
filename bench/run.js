#!/usr/bin/env node
// The benchmark runner: `npm run bench` (or `node bench/run.js` after `npm run build`).
// Runs every benchmark in bench/ one after another and prints one table.
import {performance} from 'node:perf_hooks';
import {existsSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {killRunningChildren} from './child.js';
import {machineInfo} from './machine.js';
import {jsonDocument, markdownTable, textTable} from './table.js';

// The benchmarks import the built engine from dist/: say so in one line when it is missing.
if (!existsSync(fileURLToPath(new URL('../dist/cli.js', import.meta.url)))) {
  console.error('bench: dist/ is missing; run `npm run build` first (or `npm run bench`)');
  process.exit(2);
}
// Measure what a user runs: React's production build (the development one is 4×
// slower a frame), and colour where a harness draws off a terminal (chalk decides
// from where stdout goes; colour adds 15–37 % a frame). Set before anything loads
// React or chalk; the benchmarks' child processes inherit them.
process.env['NODE_ENV'] ??= 'production';
process.env['FORCE_COLOR'] ??= '2';
const {benchmarks} = await import('./benchmarks.js');

const usage = 'usage: node bench/run.js [--quick] [--markdown | --json] [--only 1,3,...]';

function parseArgs(argv) {
  const options = {quick: false, format: 'text', only: null};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--quick') options.quick = true;
    else if (arg === '--markdown') options.format = 'markdown';
    else if (arg === '--json') options.format = 'json';
    else if (arg === '--only') {
      const list = argv[++i] ?? '';
      const ids = list.split(',').filter(Boolean);
      const known = new Set(benchmarks.map((b) => b.id));
      if (ids.length === 0 || ids.some((id) => !known.has(id)))
        throw new Error(`--only ${list}: expected benchmark numbers among ${[...known].join(',')}`);
      options.only = new Set(ids);
    } else if (arg === '--help') {
      console.log(usage);
      process.exit(0);
    } else throw new Error(`unknown option ${arg}; ${usage}`);
  }
  return options;
}

async function main() {
  let options;
  try {
    options = parseArgs(process.argv.slice(2));
  } catch (error) {
    console.error(error.message);
    process.exit(2);
  }
  process.once('SIGINT', () => {
    killRunningChildren();
    process.exit(130);
  });
  const reps = options.quick ? 3 : 5;
  const log = (line) => process.stderr.write(`${line}\n`);
  const machine = {...machineInfo(), reps, quick: options.quick};
  log(
    `brewlanes bench: ${machine.cores} cores, ${machine.cpu}, Node ${machine.node}, ${reps} repetitions`,
  );
  const rows = [];
  const began = performance.now();
  for (const benchmark of benchmarks) {
    if (options.only && !options.only.has(benchmark.id)) continue;
    log(`${benchmark.id}. ${benchmark.name}`);
    const started = performance.now();
    try {
      rows.push(...(await benchmark.run({reps, quick: options.quick, log})));
    } catch (error) {
      // One benchmark failing leaves the others' figures standing, and says so.
      log(`   failed: ${error.stack ?? error}`);
      rows.push({
        id: benchmark.id,
        figure: benchmark.name,
        value: null,
        display: `failed: ${error.message}`,
      });
      process.exitCode = 1;
    }
    log(`   (${((performance.now() - started) / 1000).toFixed(1)} s)`);
  }
  log(`done in ${((performance.now() - began) / 1000).toFixed(0)} s`);
  if (options.format === 'json') console.log(jsonDocument(machine, rows));
  else {
    // Every figure depends on the Node it ran on: the table says which, in both formats.
    console.log(
      `Measured on ${machine.cores} cores (${machine.cpu}), Node ${machine.node} (${machine.platform}), ${machine.date.slice(0, 10)}; medians of ${reps} repetitions.\n`,
    );
    console.log(options.format === 'markdown' ? markdownTable(rows) : textTable(rows));
  }
}

await main();
