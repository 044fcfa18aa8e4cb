import {performance} from 'node:perf_hooks';
import {calibrate} from '../dist/engine/calibrate.js';
import {brewKernel} from '../dist/engine/kernel.js';
import {BaristaPool} from '../dist/engine/pool.js';
import {repeatPaired, summary} from './stats.js';

/**
 * 4a. The pool's cost per brew slice: `slices` small brews sent one after another
 * through BaristaPool.run to the single barista thread (as concurrent mode sends
 * its slices), against the same computation inline on the main thread. The cost
 * per slice is (pool time − inline time) / slices, taken pair by pair.
 */
export async function poolSlice({reps, quick, log}) {
  const slices = quick ? 1000 : 3000;
  const {unitsPerMs} = calibrate(80);
  // 20 µs of computation a slice: small enough that the pool's cost shows.
  const units = Math.max(1, Math.round(unitsPerMs * 0.02));
  const control = new SharedArrayBuffer(4);
  const pool = await BaristaPool.start(1);
  let checksum = 1;
  try {
    const throughPool = async () => {
      const started = performance.now();
      for (let i = 0; i < slices; i++) {
        const result = await pool.run(
          {units, chunkUnits: units, seed: checksum, control, customer: 1, step: 0},
          'one',
        );
        checksum = result.checksum;
      }
      return performance.now() - started;
    };
    const inline = async () => {
      const started = performance.now();
      for (let i = 0; i < slices; i++) checksum = brewKernel(units, checksum);
      return performance.now() - started;
    };
    await throughPool(); // warm both paths once, unmeasured
    await inline();
    const pairs = await repeatPaired(reps, throughPool, inline, (rep, viaPool, direct) =>
      log(`  pair ${rep + 1}: pool ${viaPool.toFixed(0)} ms, inline ${direct.toFixed(1)} ms`),
    );
    const costUs = summary(pairs.a.map((viaPool, i) => ((viaPool - pairs.b[i]) / slices) * 1000));
    return [
      {
        id: '4',
        figure: 'pool cost per brew slice, one at a time (BaristaPool.run round trip − inline)',
        value: costUs.median,
        unit: 'µs',
        digits: 0,
        range: [costUs.min, costUs.max],
        reps: costUs.n,
        note: `${slices} slices of ${units.toLocaleString('en-US')} units (≈20 µs of work) each`,
      },
    ];
  } finally {
    await pool.close();
  }
}
