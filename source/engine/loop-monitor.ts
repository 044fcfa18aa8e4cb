import {monitorEventLoopDelay, performance as perf} from 'node:perf_hooks';
import type {RunClock} from './clock.js';
import type {LoopSampleEvent} from '../timeline/events.js';

/**
 * Samples the main thread's event loop every `intervalMs`: utilisation
 * (performance.eventLoopUtilization) and lag (monitorEventLoopDelay). A blocked
 * loop cannot sample while blocked; the next sample covers the stall.
 */
export function startLoopMonitor(
  clock: RunClock,
  emit: (event: LoopSampleEvent) => void,
  queued: () => number,
  intervalMs = 100,
): {stop: () => void} {
  const histogram = monitorEventLoopDelay({resolution: 10});
  histogram.enable();
  let lastElu = perf.eventLoopUtilization();
  let lastT = clock.elapsed();
  const sample = () => {
    if (clock.paused) {
      // The paused interval is left out of every figure, the loop's too.
      histogram.reset();
      lastElu = perf.eventLoopUtilization();
      lastT = clock.elapsed();
      return;
    }
    const elu = perf.eventLoopUtilization(lastElu);
    lastElu = perf.eventLoopUtilization();
    const t = clock.elapsed();
    const count = histogram.count;
    emit({
      kind: 'loop',
      start: lastT,
      end: t,
      busy: Number.isFinite(elu.utilization) ? elu.utilization : 0,
      // The histogram reports how late its 10 ms timer fired, in ns.
      lagMaxMs: count > 0 ? Math.max(0, histogram.max / 1e6 - 10) : 0,
      lagMeanMs: count > 0 ? Math.max(0, histogram.mean / 1e6 - 10) : 0,
      queued: queued(),
    });
    histogram.reset();
    lastT = t;
  };
  const timer = setInterval(sample, intervalMs);
  return {
    stop() {
      clearInterval(timer);
      sample();
      histogram.disable();
    },
  };
}
