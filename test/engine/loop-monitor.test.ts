import {describe, expect, it} from 'vitest';
import {RunClock} from '../../source/engine/clock.js';
import {startLoopMonitor} from '../../source/engine/loop-monitor.js';
import type {LoopSampleEvent} from '../../source/protocol/events.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Blocks this thread's event loop for exactly `ms` of wall time (a busy-wait, as a brew on the loop does). */
function blockLoop(ms: number): number {
  const start = performance.now();
  while (performance.now() - start < ms);
  return performance.now() - start;
}

describe('the loop monitor', () => {
  it('reports a stall as the lag: within 10 % (+3 ms) of the block, in every one of 10 runs', async () => {
    const blockMs = 200;
    const lags: number[] = [];
    for (let run = 0; run < 10; run++) {
      const samples: LoopSampleEvent[] = [];
      const monitor = startLoopMonitor(
        new RunClock(),
        (sample) => samples.push(sample),
        () => 0,
      );
      // A different phase against the 100 ms samples each run: the block may end
      // just before, at or just after a sample is due.
      await sleep(150 + run * 11);
      const blocked = blockLoop(blockMs);
      await sleep(250);
      monitor.stop();
      const lag = Math.max(...samples.map((s) => s.lagMaxMs));
      lags.push(lag);
      expect(
        lag,
        `run ${run + 1}: lag ${lag.toFixed(1)} ms for a ${blocked.toFixed(1)} ms block`,
      ).toBeGreaterThanOrEqual(0.9 * blocked - 3);
      expect(lag, `run ${run + 1}`).toBeLessThanOrEqual(1.1 * blocked + 3);
    }
    expect(lags).toHaveLength(10);
  });

  it('reports a loop that runs freely as a lag of a few ms, not a stall', async () => {
    const samples: LoopSampleEvent[] = [];
    const monitor = startLoopMonitor(
      new RunClock(),
      (sample) => samples.push(sample),
      () => 0,
    );
    await sleep(350);
    monitor.stop();
    expect(samples.length).toBeGreaterThanOrEqual(3);
    expect(Math.min(...samples.map((s) => s.lagMaxMs))).toBeLessThan(50);
  });
});
