import {availableParallelism} from 'node:os';
import {speedupTeaches, type Figures} from '../timeline/figures.js';
import {busyMachineNote} from '../render/figures-text.js';
import {roundMs} from '../render/numbers.js';
import type {Timeline} from '../timeline/reduce.js';

/** The machine-readable summary of a run (`--json`). */
export function runSummary(timeline: Timeline, figures: Figures) {
  const {info} = timeline;
  return {
    mode: info.mode,
    workload: info.workload,
    workers: info.workers,
    baristas: info.baristas,
    seed: info.seed,
    speed: info.speed,
    scenario: info.scenarioName,
    skin: info.skin ?? 'coffee',
    aborted: timeline.aborted,
    makespan_ms: roundMs(figures.makespanMs),
    processing_time_s: roundMs(figures.makespanMs) / 1000,
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
        start_ms: roundMs(s.start),
        end_ms: roundMs(s.end),
        ...(s.slice === undefined ? {} : {slice: s.slice}),
        ...(s.cpuMs === undefined ? {} : {cpu_ms: roundMs(s.cpuMs)}),
      })),
    ),
    figures: {
      makespan_ms: roundMs(figures.makespanMs),
      total_work_ms: roundMs(figures.totalWorkMs),
      longest_order_ms: roundMs(figures.longestOrderMs),
      overlap: figures.overlap,
      orders_done: figures.ordersDone,
      orders_failed: figures.ordersFailed,
      throughput_per_s: figures.throughputPerS,
      brew_ms: roundMs(figures.brewMs),
      busy_ms_by_thread: figures.busyMsByThread,
      utilisation_by_thread: figures.utilisationByThread,
      latency_ms_by_customer: figures.latencyMsByCustomer,
      loop_lag_max_ms: figures.loopLagMaxMs,
      loop_lag_mean_ms: figures.loopLagMeanMs,
      // Only where it teaches something (concurrent, parallel, hybrid): never for blocking or gil.
      speedup_vs_sequential: speedupTeaches(info.mode) ? figures.speedup : null,
      machine_wait_ms:
        figures.machineWait.machines === null ? null : roundMs(figures.machineWait.totalMs),
      switching_overhead: figures.switching === null ? null : figures.switching.fraction,
      in_progress_peak: figures.parallelism.inProgressPeak,
      at_once_peak: figures.parallelism.atOncePeak,
      at_once_mean: figures.parallelism.atOnceMean,
      brew_cpu_ms: roundMs(figures.parallelism.brewCpuMs),
      brew_cpu_share: figures.parallelism.cpuShare,
      cpu_speedup_vs_one_thread: figures.parallelism.cpuSpeedup,
      machine_busy: busyMachineNote(figures.parallelism),
      longest_stall_ms: roundMs(figures.stalls.longestStallMs),
      total_stall_ms: roundMs(figures.stalls.totalStallMs),
      late_timers: figures.stalls.lateTimers,
      longest_late_ms: roundMs(figures.stalls.longestLateMs),
    },
    machine: {cores: availableParallelism()},
  };
}
