import {mkdtempSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {calibrate} from '../dist/engine/calibrate.js';
import {computeFigures} from '../dist/timeline/figures.js';
import {timelineFromEvents} from '../dist/timeline/reduce.js';
import {runTimed} from './child.js';
import {liveRunStats} from './live-run.js';
import {cliPath} from './paths.js';
import {repeatPaired, summary} from './stats.js';

const customers = 30;
const columns = 200;
const rows = 60;
/** The two runs the issue names: concurrent mode on the coffee shop, and the io workload. */
const cases = [
  {name: 'concurrent', args: ['--mode', 'concurrent', '--workload', 'mixed']},
  {name: 'io', args: ['--mode', 'concurrent', '--workload', 'io']},
];
const runArgs = (extra) => [...extra, '--customers', String(customers), '--seed', '7'];

/** What the shop measured about itself: makespan, switching overhead, the loop's worst lag. */
const shopFigures = (makespanMs, switching, lagMaxMs) => ({makespanMs, switching, lagMaxMs});

async function headless(args, env) {
  const result = await runTimed(process.execPath, [cliPath, '--json', ...runArgs(args)], {
    timeoutMs: 120_000,
    env,
  });
  if (result.code !== 0 || result.timedOut)
    throw new Error(`the headless run exited ${result.code}: ${result.stderr.trim()}`);
  const {figures} = JSON.parse(result.stdout);
  return shopFigures(figures.makespan_ms, figures.switching_overhead ?? 0, figures.loop_lag_max_ms);
}

async function drawn(args, env) {
  const dir = mkdtempSync(join(tmpdir(), 'brewlanes-undisturbed-'));
  const save = join(dir, 'run.json');
  try {
    const stats = await liveRunStats([...runArgs(args), '--save', save], {
      customers,
      columns,
      rows,
      timeoutMs: 120_000,
      env,
    });
    const {events} = JSON.parse(readFileSync(save, 'utf8'));
    const figures = computeFigures(timelineFromEvents(events));
    return {
      ...shopFigures(figures.makespanMs, figures.switching?.fraction ?? 0, figures.loopLagMaxMs),
      // The main thread's CPU time over the wall time (its event loop's busy share where that cannot be read).
      drawingShare: stats.mainThreadCpuShare ?? stats.eventLoopUtilisation,
      framesPerSecond: stats.framesPerSecond,
    };
  } finally {
    rmSync(dir, {recursive: true, force: true});
  }
}

const fmt = {
  makespanMs: (v) => `${(v / 1000).toFixed(2)} s`,
  switching: (v) => `${(v * 100).toFixed(1)} %`,
  lagMaxMs: (v) => `${v.toFixed(1)} ms`,
};

/**
 * 9. The dashboard does not disturb what it measures: the same customers drawn
 * live at 200 × 60 and run headless (`--json`), paired run by run, in concurrent
 * mode (the coffee shop) and on the io workload. The shop's own figures (makespan,
 * switching overhead, the loop's worst lag) must match: makespan within 3 %,
 * switching and lag within 1.25× (+2 ms) of headless.
 */
export async function undisturbed({reps, log}) {
  const rowsOut = [];
  // One calibration for every run: both sides of a pair brew the same work, whatever
  // the machine was doing while one of them would have calibrated.
  const {unitsPerMs} = calibrate(400);
  const env = {BREWLANES_UNITS_PER_MS: String(unitsPerMs), FORCE_COLOR: '2'};
  log(`  brews sized at ${unitsPerMs} units/ms for every run`);
  for (const {name, args} of cases) {
    const live = [];
    const still = [];
    await repeatPaired(
      reps,
      async () => {
        const figures = await drawn(args, env);
        live.push(figures);
        return figures.makespanMs;
      },
      async () => {
        const figures = await headless(args, env);
        still.push(figures);
        return figures.makespanMs;
      },
      (rep) => {
        const a = live[live.length - 1];
        const b = still[still.length - 1];
        log(
          `  ${name} pair ${rep + 1}: drawn ${Object.keys(fmt)
            .map((k) => fmt[k](a[k]))
            .join(', ')}; headless ${Object.keys(fmt)
            .map((k) => fmt[k](b[k]))
            .join(
              ', ',
            )}; drawing ${(a.drawingShare * 100).toFixed(0)} % of a core at ${a.framesPerSecond} fps`,
        );
      },
    );
    // Paired ratios, drawn over headless. "Within 1.25× (+2 ms)" for the lag is
    // drawn ≤ 1.25 × headless + 2 ms, i.e. drawn / (headless + 1.6 ms) ≤ 1.25.
    const ratio = (key, slack = 0) =>
      summary(live.map((a, i) => a[key] / Math.max(1e-9, still[i][key] + slack)));
    const median = (side, key) => summary(side.map((f) => f[key])).median;
    const note = (key) =>
      `drawn ${fmt[key](median(live, key))}, headless ${fmt[key](median(still, key))} (medians)`;
    const row = (figure, stats, limit, text, extra) => ({
      id: '9',
      figure: `${name}: ${figure}`,
      value: stats.median,
      unit: '×',
      range: [stats.min, stats.max],
      reps: stats.n,
      target: {op: '<=', value: limit, text},
      note: extra,
    });
    rowsOut.push(
      row(
        `makespan drawn at ${columns} × ${rows} / headless`,
        ratio('makespanMs'),
        1.03,
        '≤ 1.03×',
        note('makespanMs'),
      ),
      row(
        'switching overhead drawn / headless',
        ratio('switching'),
        1.25,
        '≤ 1.25×',
        note('switching'),
      ),
      row(
        'loop lag max drawn / (headless + 1.6 ms)',
        ratio('lagMaxMs', 1.6),
        1.25,
        '≤ 1.25× (+2 ms)',
        `${note('lagMaxMs')}; drawing took ${(median(live, 'drawingShare') * 100).toFixed(0)} % of a core (the main thread's CPU time) at ${median(live, 'framesPerSecond').toFixed(0)} frames/s`,
      ),
    );
  }
  return rowsOut;
}
