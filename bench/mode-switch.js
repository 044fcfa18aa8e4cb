import {availableParallelism} from 'node:os';
import {performance} from 'node:perf_hooks';
import {setImmediate, setTimeout} from 'node:timers/promises';
import {CoffeeShop} from '../dist/engine/coffee-shop.js';
import {brewOrders} from './scenarios.js';
import {repeat, summary} from './stats.js';

/** Resolves when `ready()` is true, looking on every turn of the event loop. */
async function until(ready, limitMs = 10_000) {
  const began = performance.now();
  while (!ready()) {
    if (performance.now() - began > limitMs) throw new Error('mode switch: waited too long');
    await setImmediate();
  }
}

/**
 * 4b. The engine's part of a mode switch: a hybrid run whose barista threads are
 * all in the middle of a brew is aborted, and a parallel run of the same
 * customers starts on the same shop (no thread is started). Measured from the
 * abort to the moment the first new brew starts computing on a barista thread, as
 * that thread measured it (read from the pool's board: a live view draws a brew in
 * progress from there).
 */
export async function modeSwitch({reps, log}) {
  const workers = availableParallelism();
  // Brew-first orders of 2 s each: at the switch every thread is mid-brew.
  const scenario = brewOrders(2 * workers, 2000);
  const shop = await CoffeeShop.open(workers);
  try {
    const settle = [];
    const once = async (rep) => {
      const before = new AbortController();
      const old = shop.run({scenario, mode: 'hybrid', signal: before.signal});
      await until(() => shop.pool.computingNow() === workers);
      await setTimeout(100);
      const switchedAt = performance.now();
      before.abort(new Error('mode switch'));
      await old.done;
      settle.push(performance.now() - switchedAt);
      const after = new AbortController();
      const next = shop.run({scenario, mode: 'parallel', signal: after.signal});
      await until(() => next.brewsInProgress().length > 0);
      const firstStart = Math.min(...next.brewsInProgress().map((brew) => brew.start));
      const switchMs = next.clock.origin + firstStart - switchedAt;
      after.abort(new Error('measured'));
      await next.done;
      log(
        `  switch ${rep + 1}: ${switchMs.toFixed(1)} ms (old run settled after ${settle.at(-1).toFixed(1)} ms)`,
      );
      return switchMs;
    };
    const switches = summary(await repeat(reps, once));
    return [
      {
        id: '4',
        figure: 'mode switch, engine part: abort → first new brew computing (ms)',
        value: switches.median,
        unit: 'ms',
        digits: 1,
        range: [switches.min, switches.max],
        reps: switches.n,
        target: {op: '<=', value: 50, text: '≤ 50 ms'},
        note: `hybrid → parallel, ${workers} threads mid-brew; the aborted run settles after ${summary(settle).median.toFixed(1)} ms (median)`,
      },
    ];
  } finally {
    await shop.close();
  }
}
