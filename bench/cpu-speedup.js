import {availableParallelism} from 'node:os';
import {performance} from 'node:perf_hooks';
import {CoffeeShop} from '../dist/engine/coffee-shop.js';
import {computeFigures} from '../dist/timeline/figures.js';
import {timelineFromEvents} from '../dist/timeline/reduce.js';
import {idealSpeedup} from './ideal-makespan.js';
import {cpuWorkload} from './scenarios.js';
import {repeatPaired, summary} from './stats.js';

/**
 * Cores this process got over each measured run: its CPU time (every thread's,
 * from process.cpuUsage) over the wall time. On a machine that others share it
 * tells how much of the machine a run really had.
 */
export const coresObtained = [];

/** Runs a scenario headless and returns its measured makespan (ms). */
export async function makespanOf(shop, scenario, mode, speed) {
  const cpuBefore = process.cpuUsage();
  const wallBefore = performance.now();
  const outcome = await shop.run({scenario, mode, speed}).done;
  const cpu = process.cpuUsage(cpuBefore);
  coresObtained.push((cpu.user + cpu.system) / 1000 / (performance.now() - wallBefore));
  if (outcome.aborted || outcome.failed > 0) throw new Error(`the ${mode} run did not finish`);
  return computeFigures(timelineFromEvents(outcome.events)).makespanMs;
}

/**
 * The makespan of `scenario` on `threads` barista threads. One shop serves both
 * sides of a speed-up (resized between them, outside the measured run), so both
 * brew the same work units from the same calibration.
 */
export async function makespanOn(shop, threads, scenario, speed = 1) {
  await shop.resize(threads);
  return makespanOf(shop, scenario, 'hybrid', speed);
}

/**
 * 1. CPU speed-up: the `cpu` workload in hybrid mode on one barista thread against
 * N (the number of cores), 8 customers per thread so that all N stay busy. The
 * physical limit is N; the scenario's own (its waits, its drinks of unequal
 * length, on N ideal cores) is in the target column.
 */
export async function cpuSpeedup({reps, quick, log}) {
  const workers = availableParallelism();
  // Enough customers that drinks of unequal length even out over the threads: with
  // 4 a thread this scenario's own limit on 2 cores is 1.83×, with 8 a thread 1.92×.
  const perThread = quick ? 4 : 8;
  const speed = 4;
  const scenario = cpuWorkload(perThread * workers);
  const limit = idealSpeedup(scenario, workers);
  const shop = await CoffeeShop.open(workers);
  try {
    const cores = {1: [], [workers]: []};
    const side = (threads) => async () => {
      const makespan = await makespanOn(shop, threads, scenario, speed);
      cores[threads].push(coresObtained.at(-1));
      return makespan;
    };
    const pairs = await repeatPaired(reps, side(1), side(workers), (rep, a, b) =>
      log(
        `  pair ${rep + 1}: 1 thread ${ms(a)} (${cores[1].at(-1).toFixed(2)} cores), ${workers} threads ${ms(b)} (${cores[workers].at(-1).toFixed(2)} cores)`,
      ),
    );
    const speedup = summary(pairs.ratios);
    return [
      {
        id: '1',
        figure: `CPU speed-up, ${workers} barista threads against 1 (cpu workload, hybrid, headless)`,
        value: speedup.median,
        unit: '×',
        range: [speedup.min, speedup.max],
        reps: speedup.n,
        target: {
          op: '>=',
          value: 1.9,
          text: `≥ 1.90× with the dashboard; limit ${x(limit)} (this scenario on ${workers} ideal cores)`,
        },
        note: `${perThread * workers} customers at speed ${speed}; makespan 1 thread ${ms(summary(pairs.a).median)}, ${workers} threads ${ms(summary(pairs.b).median)}; CPU obtained ${summary(cores[1]).median.toFixed(2)} and ${summary(cores[workers]).median.toFixed(2)} cores (process CPU time ÷ wall)`,
      },
    ];
  } finally {
    await shop.close();
  }
}

const ms = (value) => `${(value / 1000).toFixed(2)} s`;
const x = (value) => `${value.toFixed(2)}×`;
