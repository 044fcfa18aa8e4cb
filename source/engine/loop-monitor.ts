import {performance as perf} from 'node:perf_hooks';
import type {RunClock} from './clock.js';
import type {LoopSampleEvent} from '../protocol/events.js';

/** How often the lag probe asks to run: the lag figure is exact to within this. */
export const lagProbeIntervalMs = 2;

/**
 * Measures how late this thread's event loop runs a timer: a fine probe timer
 * (every `probeMs`) notes how far past its due time each turn came. A loop
 * blocked for B ms makes the next turn between B - probeMs and B late, so the
 * lag figure equals the stall (monitorEventLoopDelay's 10 ms histogram, reset
 * between samples, could miss the turn that closed a stall).
 */
export class LagProbe {
  private lastTurn = perf.now();
  private maxLate = 0;
  private sumLate = 0;
  private turns = 0;
  private readonly timer: NodeJS.Timeout;

  constructor(private readonly probeMs = lagProbeIntervalMs) {
    this.timer = setInterval(() => this.turn(), probeMs);
  }

  /** One turn of the loop: how late it came after the last one, past the probe's interval. */
  turn(now: number = perf.now()): void {
    const late = Math.max(0, now - this.lastTurn - this.probeMs);
    this.lastTurn = now;
    this.maxLate = Math.max(this.maxLate, late);
    this.sumLate += late;
    this.turns++;
  }

  /** The worst and the mean lateness since the last `take`, and starts a new window. */
  take(): {maxMs: number; meanMs: number} {
    const taken = {maxMs: this.maxLate, meanMs: this.turns > 0 ? this.sumLate / this.turns : 0};
    this.maxLate = 0;
    this.sumLate = 0;
    this.turns = 0;
    return taken;
  }

  stop(): void {
    clearInterval(this.timer);
  }
}

/**
 * Samples this thread's event loop (the shop's, on the shop's thread) every
 * `intervalMs`: utilisation (performance.eventLoopUtilization) and lag (LagProbe).
 * A blocked loop cannot sample while blocked; the next sample covers the stall.
 */
export function startLoopMonitor(
  clock: RunClock,
  emit: (event: LoopSampleEvent) => void,
  queued: () => number,
  intervalMs = 100,
): {stop: () => void} {
  const probe = new LagProbe();
  let lastElu = perf.eventLoopUtilization();
  let lastT = clock.elapsed();
  const sample = () => {
    // This turn of the loop counts too: a stall that just ended shows in this sample.
    probe.turn();
    if (clock.paused) {
      // The paused interval is left out of every figure, the loop's too.
      probe.take();
      lastElu = perf.eventLoopUtilization();
      lastT = clock.elapsed();
      return;
    }
    const elu = perf.eventLoopUtilization(lastElu);
    lastElu = perf.eventLoopUtilization();
    const t = clock.elapsed();
    const lag = probe.take();
    emit({
      kind: 'loop',
      start: lastT,
      end: t,
      busy: Number.isFinite(elu.utilization) ? elu.utilization : 0,
      lagMaxMs: lag.maxMs,
      lagMeanMs: lag.meanMs,
      queued: queued(),
    });
    lastT = t;
  };
  const timer = setInterval(sample, intervalMs);
  return {
    stop() {
      clearInterval(timer);
      sample();
      probe.stop();
    },
  };
}
