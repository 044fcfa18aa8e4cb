import {MAIN_THREAD} from '../protocol/events.js';
import {machineWait, type MachineWait} from './machine-wait.js';
import type {Mode} from '../protocol/vocabulary.js';
import {parallelism, type Instant, type Parallelism} from './parallelism.js';
import {baristaLanes, type Timeline} from './reduce.js';
import {stalls, type Stalls} from './stalls.js';
import {switchingOverhead, type SwitchingOverhead} from './switching.js';

/**
 * Below this share of a core, the brews' threads were clearly kept off their
 * cores by other programs: the figures say the machine was busy.
 */
export const busyMachineShare = 0.85;

/**
 * Modes whose speed-up against the sequential run of the same customers teaches
 * something: waits that overlap, brews on several cores. Blocking and GIL have
 * their own lesson (a stalled loop, one core at a time): a speed-up there would
 * credit the overlapping waits and read as a win.
 */
export const speedupTeaches = (mode: Mode): boolean =>
  mode === 'concurrent' || mode === 'parallel' || mode === 'hybrid';

export type Figures = {
  /** From the run's start to the last served customer (or the run's end). */
  makespanMs: number;
  /** The sum of every customer's measured steps: what the shop would take doing one thing at a time. */
  totalWorkMs: number;
  /** The longest single customer's measured steps. */
  longestOrderMs: number;
  /** Sum of the work over the makespan: how much happened at once, on average. */
  overlap: number;
  ordersDone: number;
  ordersTotal: number;
  ordersFailed: number;
  /** Orders served per second of run time. */
  throughputPerS: number;
  /** Busy ms per thread: brews for barista threads; for the main thread, the event loop's measured busy time. */
  busyMsByThread: Record<string, number>;
  /** Busy time over makespan, per thread. */
  utilisationByThread: Record<string, number>;
  /** Brew (CPU) time in total. */
  brewMs: number;
  /** Arrival to served, per customer id. */
  latencyMsByCustomer: Record<string, number>;
  loopLagMaxMs: number;
  loopLagMeanMs: number;
  /** The sequential run's makespan over this one's, when the sequential run of the same customers is known. */
  speedup: number | null;
  /** The sequential run's makespan (the speed-up's baseline) when known, for a run still going. */
  sequentialMs: number | null;
  /** Time spent in line for a shared espresso machine (--machines). */
  machineWait: MachineWait;
  /** The measured cost of time-slicing brews (concurrent mode); null when no brew was sliced. */
  switching: SwitchingOverhead | null;
  /** In progress and at once (the two definitions), and the brews' CPU work against one thread. */
  parallelism: Parallelism;
  /** The event loop's stalls and late timers (brews on the main thread, `blocking`). */
  stalls: Stalls;
};

const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);
/** Math.max over a list that may be long (spreading 100,000 arguments overflows the stack). */
const max = (values: number[]) => values.reduce((best, value) => (value > best ? value : best), 0);

/** The run's makespan: the end, or for a run in progress the latest time seen. */
export function makespanMs(timeline: Timeline): number {
  return timeline.endedAt ?? timeline.latest;
}

/**
 * Every figure of a run, measured from its timeline; `instant` (a live run) adds
 * the brews computing now. The speed-up is against `sequentialMakespanMs`, the
 * sequential run of the same customers measured in this session, if known.
 */
export function computeFigures(
  timeline: Timeline,
  sequentialMakespanMs?: number | null,
  instant?: Instant,
): Figures {
  // The sums over segments and loop samples are the reducer's, added up as they
  // arrived: a frame no longer walks every segment (10 ms at 10,000 customers).
  const makespan = makespanMs(timeline);
  const workByCustomer = timeline.customers.map((lane) => lane.workMs);
  const totalWork = sum(workByCustomer);
  const busy: Record<string, number> = {};
  for (const lane of baristaLanes(timeline)) busy[lane.thread] = lane.busyMs;
  const loop = timeline.loopSums;
  busy[MAIN_THREAD] = Math.max(loop.busyMs, timeline.threads.get(MAIN_THREAD)?.brewMs ?? 0);
  const utilisation: Record<string, number> = {};
  for (const [thread, ms] of Object.entries(busy))
    utilisation[thread] = makespan > 0 ? ms / makespan : 0;
  const latency: Record<string, number> = {};
  for (const lane of timeline.customers) {
    if (lane.servedAt !== null && lane.arrivedAt !== null)
      latency[lane.customer.id] = lane.servedAt - lane.arrivedAt;
  }
  const done = timeline.customers.filter((lane) => lane.servedAt !== null).length;
  let brewMs = 0;
  for (const lane of timeline.threads.values()) brewMs += lane.brewMs;
  return {
    makespanMs: makespan,
    totalWorkMs: totalWork,
    longestOrderMs: max(workByCustomer),
    overlap: makespan > 0 ? totalWork / makespan : 0,
    ordersDone: done,
    ordersTotal: timeline.customers.length,
    ordersFailed: timeline.customers.filter((lane) => lane.failure !== null).length,
    throughputPerS: makespan > 0 ? done / (makespan / 1000) : 0,
    busyMsByThread: busy,
    utilisationByThread: utilisation,
    brewMs,
    latencyMsByCustomer: latency,
    loopLagMaxMs: loop.lagMaxMs,
    loopLagMeanMs: loop.sampledMs > 0 ? loop.lagWeightedMs / loop.sampledMs : 0,
    speedup:
      sequentialMakespanMs && makespan > 0 && timeline.endedAt !== null
        ? sequentialMakespanMs / makespan
        : null,
    sequentialMs: sequentialMakespanMs ?? null,
    machineWait: machineWait(timeline),
    switching: switchingOverhead(timeline),
    parallelism: parallelism(timeline, instant),
    stalls: stalls(timeline),
  };
}
