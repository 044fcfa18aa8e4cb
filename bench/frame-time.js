import {mkdirSync} from 'node:fs';
import {fileURLToPath, pathToFileURL} from 'node:url';
import {build} from 'esbuild';
import {inkPatches, withoutInkDevtools} from '../patches/ink/plugin.js';
import {summary} from './stats.js';

const customers = 200;
const baristas = 16;
/** Terminal sizes: a common one, a large projector one, and one that shows every lane. */
const sizes = [
  [100, 30],
  [200, 60],
  [160, customers + baristas + 16],
];

/**
 * bench/frame-entry.js bundled as the command line is (esbuild, Ink with
 * patches/ink/), into bench/.bundle/ (beside node_modules, which it imports from).
 */
async function bundledFrames() {
  const dir = fileURLToPath(new URL('./.bundle/', import.meta.url));
  mkdirSync(dir, {recursive: true});
  const outfile = `${dir}frame-entry-${process.pid}.js`;
  await build({
    entryPoints: [fileURLToPath(new URL('./frame-entry.js', import.meta.url))],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // dist/ui/ imports dist/bundle.js's flag; the command line's is defined the same way.
    define: {BREWLANES_BUNDLE: 'true'},
    external: ['piscina', '@resvg/resvg-js', 'cfonts'],
    // BREWLANES_BENCH_INK=unpatched: Ink as installed, to compare.
    plugins:
      process.env['BREWLANES_BENCH_INK'] === 'unpatched'
        ? [withoutInkDevtools]
        : [withoutInkDevtools, inkPatches],
    banner: {
      js: "import {createRequire as createRequireForBundle} from 'node:module'; const require = createRequireForBundle(import.meta.url);",
    },
    logLevel: 'warning',
  });
  return import(pathToFileURL(outfile).href);
}

/**
 * 6. Frame time: one frame of the dashboard's lanes and figures for 200 customers
 * and 16 barista lanes, every lane on screen (160 × 232 terminal): the lanes of
 * the moment, the figures, React and Ink's layout and output, to a null terminal.
 */
export async function frameTime({log}) {
  const {frameTimes} = await bundledFrames();
  const results = [];
  for (const [columns, rows] of sizes) {
    // A live run draws at most one frame per column of run time (ui/use-frames.ts:
    // msPerColumn, with its 40 columns of names and status): so many frames from
    // the start of the run to its end.
    const frames = Math.max(10, columns - 40);
    const times = frameTimes({customers, baristas, columns, rows, frames: frames + 1});
    const ms = summary(times.slice(5));
    log(
      `  ${columns} × ${rows}: frame ${ms.median.toFixed(1)} ms (min ${ms.min.toFixed(1)}, max ${ms.max.toFixed(1)})`,
    );
    results.push({
      id: '6',
      figure: `frame time, ${customers} customers × ${baristas} barista lanes, ${columns} × ${rows} terminal`,
      value: ms.median,
      unit: 'ms',
      digits: 1,
      range: [ms.min, ms.max],
      reps: ms.n,
      // Issue 14: ≤ 16 ms a frame, and ≤ 33 ms where every lane is shown (216 lanes).
      target:
        rows > 60 ? {op: '<=', value: 33, text: '≤ 33 ms'} : {op: '<=', value: 16, text: '≤ 16 ms'},
      note: `${frames} frames of a run from start to end, one a column of run time as a live run draws them, through the bundle's Ink (debug: every frame written whole) to a null terminal; lanes that do not fit summarised`,
    });
  }
  return results;
}
