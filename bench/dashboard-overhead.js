import {availableParallelism} from 'node:os';
import {runTimed} from './child.js';
import {liveRunStats} from './live-run.js';
import {cliPath} from './paths.js';
import {median, repeatPaired, summary} from './stats.js';

const customers = 16;
const runArgs = (workers) => [
  '--workload', 'cpu', '--customers', String(customers), '--seed', '7', '--speed', '4',
  '--workers', String(workers),
]; // prettier-ignore

/** The makespan of the same run headless (`--json`, no drawing). */
async function headlessMakespan(workers) {
  const result = await runTimed(process.execPath, [cliPath, '--json', ...runArgs(workers)]);
  if (result.code !== 0 || result.timedOut)
    throw new Error(`the headless run exited ${result.code}`);
  return JSON.parse(result.stdout).makespan_ms;
}

/**
 * 2. The CPU speed-up while the dashboard draws (1 against N barista threads, both
 * drawn live in a pseudo-terminal), and the dashboard's overhead: the same
 * N-thread run live against headless, paired run by run. Also the frame rate and
 * the main thread's CPU share the dashboard reported about itself.
 */
export async function dashboardOverhead({reps, log}) {
  const workers = availableParallelism();
  const live = [];
  const liveSide = (threads) => async () => {
    const stats = await liveRunStats(runArgs(threads), {customers});
    if (threads === workers) live.push(stats);
    return stats.makespanMs;
  };
  const speedup = await repeatPaired(reps, liveSide(1), liveSide(workers), (rep, a, b) =>
    log(
      `  live pair ${rep + 1}: 1 thread ${a.toFixed(0)} ms, ${workers} threads ${b.toFixed(0)} ms`,
    ),
  );
  const overhead = await repeatPaired(
    reps,
    liveSide(workers),
    () => headlessMakespan(workers),
    (rep, a, b) =>
      log(`  overhead pair ${rep + 1}: live ${a.toFixed(0)} ms, headless ${b.toFixed(0)} ms`),
  );
  const ratio = summary(speedup.ratios);
  const cost = summary(overhead.ratios.map((r) => (r - 1) * 100));
  const fps = median(live.map((s) => s.framesPerSecond));
  const mainCpu = median(live.map((s) => (s.mainThreadCpuShare ?? 0) * 100));
  return [
    {
      id: '2',
      figure: `CPU speed-up with the dashboard drawing, ${workers} threads against 1`,
      value: ratio.median,
      unit: '×',
      range: [ratio.min, ratio.max],
      reps: ratio.n,
      target: {op: '>=', value: 1.9, text: '≥ 1.90×'},
      note: `cpu workload, ${customers} customers, speed 4, both sides drawn live at 100 × 30`,
    },
    {
      id: '2',
      figure: 'dashboard overhead: live against headless makespan (paired)',
      value: cost.median,
      unit: '%',
      range: [cost.min, cost.max],
      reps: cost.n,
      target: {op: '<=', value: 3, text: '≤ 3 %'},
      note: `while drawing: ${fps.toFixed(1)} frames/s, main thread ${mainCpu.toFixed(0)} % of one core (median)`,
    },
    {
      id: '2',
      figure: 'frames a second the dashboard drew while every core brewed, 100 × 30',
      value: fps,
      unit: '',
      digits: 1,
      reps: live.length,
      // A cheap frame must still be a fluid picture: at least 10 a second.
      target: {op: '>=', value: 10, text: '≥ 10 frames/s'},
      note: `main thread ${mainCpu.toFixed(0)} % of one core (median)`,
    },
  ];
}
