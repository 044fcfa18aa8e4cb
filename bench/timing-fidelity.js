import {availableParallelism} from 'node:os';
import {performance} from 'node:perf_hooks';
import {BaristaPool} from '../dist/engine/pool.js';
import {CoffeeShop} from '../dist/engine/coffee-shop.js';
import {brewOrders} from './scenarios.js';
import {median, repeat, summary} from './stats.js';

/** Epoch ms on this thread, read the way the barista threads read theirs. */
const epochNow = () => performance.timeOrigin + performance.now();

/**
 * Round trips of a tiny brew: the main thread's send and receipt times (t1, t2)
 * around the worker's own start and end (w1, w2), all epoch ms. The clock offset
 * between the threads (NTP's estimate) is ((w1 − t1) + (w2 − t2)) / 2, known to
 * within half the round trip's time outside the worker; the trip with the smallest
 * such uncertainty bounds it best.
 */
async function clockOffset(pool, trips) {
  const control = new SharedArrayBuffer(4);
  let best = null;
  const receiptGaps = [];
  let outOfOrder = 0;
  for (let i = 0; i < trips; i++) {
    const t1 = epochNow();
    const result = await pool.run(
      {units: 1, chunkUnits: 1, seed: i + 1, control, customer: 1, step: 0},
      'all',
    );
    const t2 = epochNow();
    const w1 = result.intervals[0][0];
    const w2 = result.intervals.at(-1)[1];
    if (w1 < t1 || w2 > t2) outOfOrder++;
    receiptGaps.push(t2 - w2);
    const uncertainty = (t2 - t1 - (w2 - w1)) / 2;
    const offset = (w1 - t1 + (w2 - t2)) / 2;
    if (!best || uncertainty < best.uncertainty) best = {offset, uncertainty};
  }
  return {...best, receiptGapMedian: median(receiptGaps), outOfOrder};
}

/**
 * In a real run: for every brew segment, the main thread's run time when the
 * event reached it minus the segment's end as the worker measured it (mapped
 * through performance.timeOrigin onto the run clock).
 */
async function segmentReceiptGaps(shop, workers) {
  const gaps = [];
  let handle = null;
  handle = shop.run({
    scenario: brewOrders(4 * workers, 60),
    mode: 'concurrent',
    onEvent: (event) => {
      if (event.kind === 'segment' && event.stepKind === 'brew')
        gaps.push(handle.clock.elapsed() - event.end);
    },
  });
  await handle.done;
  return gaps;
}

/** 7. Timing fidelity: a worker's clock against the main thread's. */
export async function timingFidelity({reps, quick, log}) {
  const workers = availableParallelism();
  const trips = quick ? 500 : 2000;
  const pool = await BaristaPool.start(workers);
  let offsets;
  try {
    offsets = await repeat(reps, () => clockOffset(pool, trips));
  } finally {
    await pool.close();
  }
  const shop = await CoffeeShop.open(workers);
  let gaps;
  try {
    gaps = (await repeat(reps, () => segmentReceiptGaps(shop, workers))).flat();
  } finally {
    await shop.close();
  }
  const offsetUs = summary(offsets.map((o) => o.offset * 1000));
  const uncertaintyUs = median(offsets.map((o) => o.uncertainty * 1000));
  const tripGapUs = summary(offsets.map((o) => o.receiptGapMedian * 1000));
  const outOfOrder = offsets.reduce((sum, o) => sum + o.outOfOrder, 0);
  const segmentGap = summary(gaps);
  const sorted = [...gaps].sort((a, b) => a - b);
  const p99 = sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.99))];
  log(
    `  offset ${offsetUs.median.toFixed(1)} µs ± ${uncertaintyUs.toFixed(1)}, receipt gap ${tripGapUs.median.toFixed(0)} µs, segment gap median ${segmentGap.median.toFixed(3)} ms`,
  );
  return [
    {
      id: '7',
      figure: 'clock offset, barista thread − main thread (epoch via performance.timeOrigin)',
      value: offsetUs.median,
      unit: 'µs',
      digits: 1,
      range: [offsetUs.min, offsetUs.max],
      reps: offsetUs.n,
      note: `best of ${trips} round trips a repetition, ± ${uncertaintyUs.toFixed(1)} µs; ${outOfOrder} of ${trips * reps} trips out of order`,
    },
    {
      id: '7',
      figure: "worker's end → main thread's receipt, tiny brew round trip",
      value: tripGapUs.median,
      unit: 'µs',
      digits: 0,
      range: [tripGapUs.min, tripGapUs.max],
      reps: tripGapUs.n,
      note: 'median of each repetition’s round trips',
    },
    {
      id: '7',
      figure: 'segment end (worker) → event on the main thread, in a concurrent run',
      value: segmentGap.median,
      unit: 'ms',
      digits: 3,
      range: [segmentGap.min, segmentGap.max],
      reps: segmentGap.n,
      note: `every brew slice of ${reps} runs; 99th percentile ${p99.toFixed(3)} ms`,
    },
  ];
}
