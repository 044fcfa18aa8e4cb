import {calibrate} from '../dist/engine/calibrate.js';
import {BaristaPool} from '../dist/engine/pool.js';
import {threadCpuMs} from '../dist/engine/thread-cpu.js';
import {repeatPaired, summary} from './stats.js';

/**
 * 4c. The main thread's CPU per brew as brews pile up: `count` small brews sent at
 * once to N barista threads on one run's shared AbortSignal (as the shop sends
 * them), the main thread's CPU time (/proc/thread-self/schedstat) from the first
 * send to the last answer, divided by `count`. Paired: 20,000 against 1,000 queued
 * brews; flat means the ratio stays within ±15 %.
 */
export async function poolQueue({reps, quick, log}) {
  const few = 1000;
  const many = quick ? 10_000 : 20_000;
  if (threadCpuMs() === null) {
    return [
      {
        id: '4',
        figure: 'main-thread CPU per brew, queued brews',
        value: null,
        display: 'n/a (needs /proc/thread-self/schedstat)',
      },
    ];
  }
  const {unitsPerMs} = calibrate(80);
  // About 10 µs of computation a brew: the pool's own cost is what shows.
  const units = Math.max(1, Math.round(unitsPerMs * 0.01));
  const control = new SharedArrayBuffer(4);
  const pool = await BaristaPool.start(2);
  try {
    const cpuPerBrewUs = async (count) => {
      const run = new AbortController();
      const before = threadCpuMs();
      const brews = [];
      for (let i = 0; i < count; i++) {
        const task = {units, chunkUnits: units, seed: i + 1, control, customer: 1, step: 0};
        brews.push(pool.run(task, 'all', run.signal));
      }
      await Promise.all(brews);
      return ((threadCpuMs() - before) / count) * 1000;
    };
    await cpuPerBrewUs(few); // warm the path once, unmeasured
    const pairs = await repeatPaired(
      reps,
      () => cpuPerBrewUs(many),
      () => cpuPerBrewUs(few),
      (rep, manyUs, fewUs) =>
        log(
          `  pair ${rep + 1}: ${many.toLocaleString('en-US')} brews ${manyUs.toFixed(0)} µs, ${few.toLocaleString('en-US')} brews ${fewUs.toFixed(0)} µs`,
        ),
    );
    const perBrewMany = summary(pairs.a);
    const perBrewFew = summary(pairs.b);
    const ratio = summary(pairs.ratios);
    const manyLabel = many.toLocaleString('en-US');
    return [
      {
        id: '4',
        figure: `main-thread CPU per brew, ${manyLabel} brews queued at once on one signal`,
        value: perBrewMany.median,
        unit: 'µs',
        digits: 0,
        range: [perBrewMany.min, perBrewMany.max],
        reps: perBrewMany.n,
        note: `1,000 at once: ${perBrewFew.median.toFixed(0)} µs; 2 barista threads, ≈10 µs of work a brew`,
      },
      {
        id: '4',
        figure: `main-thread CPU per brew, ${manyLabel} against 1,000 queued (paired ratio)`,
        value: ratio.median,
        unit: '×',
        range: [ratio.min, ratio.max],
        reps: ratio.n,
        target: {op: '<=', value: 1.15, text: '≤ 1.15× (flat, ±15 %)'},
      },
    ];
  } finally {
    await pool.close();
  }
}
