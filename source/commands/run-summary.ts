import type {Figures} from '../timeline/figures.js';
import type {Timeline} from '../timeline/reduce.js';

/** The machine-readable summary of a run (`--json`). */
export function runSummary(timeline: Timeline, figures: Figures) {
  const {info} = timeline;
  const round = (ms: number) => Math.round(ms * 1000) / 1000;
  return {
    mode: info.mode,
    workload: info.workload,
    workers: info.workers,
    baristas: info.baristas,
    seed: info.seed,
    speed: info.speed,
    scenario: info.scenarioName,
    aborted: timeline.aborted,
    makespan_ms: round(figures.makespanMs),
    processing_time_s: round(figures.makespanMs) / 1000,
    customers: info.customers.map((c) => ({
      id: c.id,
      name: c.name,
      drink: c.drink,
      arrival_ms: c.arrivalMs,
    })),
    segments: timeline.customers.flatMap((lane) =>
      lane.segments.map((s) => ({
        customer: s.customer,
        step: s.step,
        kind: s.stepKind,
        thread: s.thread,
        start_ms: round(s.start),
        end_ms: round(s.end),
        ...(s.slice === undefined ? {} : {slice: s.slice}),
      })),
    ),
    figures: {
      makespan_ms: round(figures.makespanMs),
      total_work_ms: round(figures.totalWorkMs),
      longest_order_ms: round(figures.longestOrderMs),
      overlap: figures.overlap,
      orders_done: figures.ordersDone,
      orders_failed: figures.ordersFailed,
      throughput_per_s: figures.throughputPerS,
      brew_ms: round(figures.brewMs),
      busy_ms_by_thread: figures.busyMsByThread,
      utilisation_by_thread: figures.utilisationByThread,
      latency_ms_by_customer: figures.latencyMsByCustomer,
      loop_lag_max_ms: figures.loopLagMaxMs,
      loop_lag_mean_ms: figures.loopLagMeanMs,
      speedup_vs_sequential: figures.speedup,
      machine_wait_ms:
        figures.machineWait.machines === null ? null : round(figures.machineWait.totalMs),
      switching_overhead: figures.switching === null ? null : figures.switching.fraction,
    },
  };
}
