import {Buckets, bucketMs} from './buckets.js';
import type {Timeline} from './reduce.js';

/** A brew computing right now: its thread, whose it is, and when it started (run time). */
export type BrewComputing = {thread: number; customer: number; step: number; start: number};

/** The instant a figure describes, and the brews computing then (empty for a finished run). */
export type Instant = {now: number; brews: readonly BrewComputing[]};

/**
 * The seeds' two definitions, measured: *in progress* (orders arrived and not yet
 * served: concurrency) and *at once* (brews computing at the same instant, the
 * cores in use: parallelism), with the CPU work the brews did against one thread.
 */
export type Parallelism = {
  /** Orders being served at `now`: their first step started, not served, not failed. */
  inProgressNow: number;
  /** The most orders in progress at one time. */
  inProgressPeak: number;
  /**
   * Brews computing at `now`: the cores in use, each brew counted at the share of a
   * core its thread obtained (16 threads on 2 cores are 2 at once, not 16).
   */
  atOnceNow: number;
  /** The most cores in use by brews together, over a millisecond (fractional: a brew that got half a core counts half). */
  atOncePeak: number;
  /** Cores in use on average while any brew computed. */
  atOnceMean: number;
  /** The brews' measured wall time, in progress included. */
  brewWallMs: number;
  /**
   * The brews' CPU work: the CPU time their threads obtained where measured
   * (`cpuMs`), their wall time otherwise (and for brews still computing).
   */
  brewCpuMs: number;
  /** Brews whose CPU time was measured, out of the finished brew segments. */
  cpuMeasuredSegments: number;
  brewSegments: number;
  /**
   * CPU time over wall time of the measured brews: the share of a core a computing
   * brew obtained; null when not measured, or over less than `minMeasuredWallMs`.
   */
  cpuShare: number | null;
  /**
   * Time during which at least one order was in a brew step: waiting for a barista
   * (or the lock) or computing. One thread would need `brewCpuMs` for the same brews.
   */
  brewDemandMs: number;
  /**
   * The brews' CPU work over the time some brew was wanted: how many times faster
   * than one thread computing them one after another. Waits (order, machine,
   * serve) never count: they are neither work nor demand. Null before any brew.
   */
  cpuSpeedup: number | null;
};

/**
 * Brew time measured before the CPU share is told: each read of a thread's CPU
 * time is exact only to a scheduler tick (4 ms), so a share needs many ticks.
 */
export const minMeasuredWallMs = 250;

/** Per customer: the brew step being followed, folded in once its step is over. */
type CustomerCursor = {
  seen: number;
  /** The latest end of this customer's segments so far: where its next step starts. */
  lastEnd: number;
  step: number;
  /** The brew step not yet folded in: from its start to its latest brew segment's end. */
  brew: {start: number; end: number} | null;
};

/**
 * What has been folded in so far, kept per timeline so that a frame only adds the
 * segments that arrived since the last one (a GIL run has thousands of slices).
 */
export type Accumulated = {
  seenByThread: Map<number, number>;
  cursors: Map<number, CustomerCursor>;
  /** Brews computing, summed per ms bucket (finished segments). */
  atOnce: Buckets;
  /** Ms buckets where some order was in a brew step (finished brew steps). */
  demand: Buckets;
  demandMs: number;
  measuredSegments: number;
  brewSegments: number;
  /**
   * Per thread, in the timeline's order of threads: its brews' wall and CPU ms, and
   * the wall and CPU ms of those measured (the share of a core it obtained). Summed
   * per thread, so that a frame's figures do not depend on which frames came before.
   */
  byThread: Map<number, ThreadBrews>;
};

type ThreadBrews = {wallMs: number; cpuMs: number; measuredWallMs: number; measuredCpuMs: number};

/** One of the per-thread sums, added up over the threads in order. */
const overThreads = (acc: Accumulated, field: keyof ThreadBrews): number => {
  let total = 0;
  for (const thread of acc.byThread.values()) total += thread[field];
  return total;
};

/**
 * The share of a core a thread obtained while computing, over its brews so far
 * (a sum over many brews: one brew's figure is exact only to a scheduler tick).
 * 1 where not measured.
 */
export function shareOf(acc: Accumulated, thread: number): number {
  const measured = acc.byThread.get(thread);
  if (!measured || measured.measuredWallMs <= 0) return 1;
  return Math.min(1, measured.measuredCpuMs / measured.measuredWallMs);
}

const accumulated = new WeakMap<Timeline, Accumulated>();

/** What has been folded in for `timeline`, brought up to date with its new segments. */
export function accumulate(timeline: Timeline): Accumulated {
  let acc = accumulated.get(timeline);
  if (!acc) {
    acc = {
      seenByThread: new Map(),
      cursors: new Map(),
      atOnce: new Buckets(),
      demand: new Buckets(),
      demandMs: 0,
      measuredSegments: 0,
      brewSegments: 0,
      byThread: new Map(),
    };
    accumulated.set(timeline, acc);
  }
  for (const lane of timeline.threads.values()) {
    const seen = acc.seenByThread.get(lane.thread) ?? 0;
    let brews = acc.byThread.get(lane.thread);
    if (!brews) {
      brews = {wallMs: 0, cpuMs: 0, measuredWallMs: 0, measuredCpuMs: 0};
      acc.byThread.set(lane.thread, brews);
    }
    for (let i = seen; i < lane.segments.length; i++) {
      const segment = lane.segments[i]!;
      if (segment.stepKind !== 'brew') continue;
      const wall = segment.end - segment.start;
      brews.wallMs += wall;
      acc.brewSegments++;
      if (segment.cpuMs === undefined) {
        brews.cpuMs += wall;
      } else {
        // The kernel updates a running thread's CPU time at each tick (4 ms at 250 Hz):
        // one segment's figure is off by up to a tick either way, a run's sum is not.
        const cpu = Math.max(0, segment.cpuMs);
        brews.cpuMs += cpu;
        brews.measuredCpuMs += cpu;
        brews.measuredWallMs += wall;
        acc.measuredSegments++;
      }
      // At once counts cores in use: a brew whose thread got half a core counts half
      // (16 threads on 2 cores are 2 at once, not 16).
      acc.atOnce.add(segment.start, segment.end, shareOf(acc, segment.thread));
    }
    acc.seenByThread.set(lane.thread, lane.segments.length);
  }
  for (const lane of timeline.customers) {
    let cursor = acc.cursors.get(lane.customer.id);
    if (!cursor) {
      cursor = {seen: 0, lastEnd: lane.arrivedAt ?? 0, step: -1, brew: null};
      acc.cursors.set(lane.customer.id, cursor);
    }
    for (let i = cursor.seen; i < lane.segments.length; i++) {
      const segment = lane.segments[i]!;
      if (segment.step !== cursor.step) {
        foldBrewStep(acc, cursor);
        cursor.step = segment.step;
        if (segment.stepKind === 'brew') cursor.brew = {start: cursor.lastEnd, end: segment.end};
      } else if (cursor.brew) {
        cursor.brew.end = Math.max(cursor.brew.end, segment.end);
      }
      cursor.lastEnd = Math.max(cursor.lastEnd, segment.end);
    }
    cursor.seen = lane.segments.length;
    if (lane.servedAt !== null || lane.failure !== null) foldBrewStep(acc, cursor);
  }
  return acc;
}

function foldBrewStep(acc: Accumulated, cursor: CustomerCursor): void {
  if (!cursor.brew) return;
  acc.demandMs += acc.demand.cover(cursor.brew.start, cursor.brew.end);
  cursor.brew = null;
}

/** Brew steps not folded in yet at `now`: a brew step that has not ended, from its start to now. */
function openBrewSteps(timeline: Timeline, acc: Accumulated, now: number): Array<[number, number]> {
  const open: Array<[number, number]> = [];
  for (const lane of timeline.customers) {
    if (lane.servedAt !== null || lane.failure !== null) continue;
    const cursor = acc.cursors.get(lane.customer.id);
    const active = lane.active;
    if (active?.stepKind === 'brew') {
      const start =
        cursor && cursor.step === active.step && cursor.brew ? cursor.brew.start : active.since;
      open.push([start, Math.max(start, now)]);
    } else if (cursor?.brew) {
      open.push([cursor.brew.start, cursor.brew.end]);
    }
  }
  return open;
}

/** Ms covered by the union of `spans` outside what `demand` already covers. */
function extraDemand(demand: Buckets, spans: Array<[number, number]>): number {
  if (spans.length === 0) return 0;
  const sorted = [...spans].sort((a, b) => a[0] - b[0]);
  let extra = 0;
  let [from, to] = sorted[0]!;
  for (const [start, end] of sorted.slice(1)) {
    if (start <= to) {
      to = Math.max(to, end);
      continue;
    }
    extra += demand.uncovered(from, to);
    [from, to] = [start, end];
  }
  return extra + demand.uncovered(from, to);
}

/** In progress and at once, measured from the timeline (and the brews computing at `instant`). */
export function parallelism(timeline: Timeline, instant?: Instant): Parallelism {
  const acc = accumulate(timeline);
  const now = instant?.now ?? timeline.endedAt ?? timeline.latest;
  const computing = (instant?.brews ?? []).filter((brew) => brew.start <= now);
  // Brews still computing count as wall time at their thread's share so far (CPU is read when they end).
  let liveWallMs = 0;
  let liveCpuMs = 0;
  let liveAtOnce = 0;
  for (const brew of computing) {
    const share = shareOf(acc, brew.thread);
    liveWallMs += now - brew.start;
    liveCpuMs += (now - brew.start) * share;
    liveAtOnce += share;
  }

  const values = acc.atOnce.values;
  const nowBucket = Math.floor(now / bucketMs);
  let peak = 0;
  let union = 0;
  let cpuWeighted = 0;
  const last = Math.min(values.length, nowBucket + 1);
  for (let b = 0; b < last; b++) {
    const level = values[b]! + liveLevel(acc, computing, b);
    if (level > peak) peak = level;
    if (level > 0) union += bucketMs;
    cpuWeighted += level * bucketMs;
  }

  const brewWallMs = overThreads(acc, 'wallMs') + liveWallMs;
  const brewCpuMs = overThreads(acc, 'cpuMs') + liveCpuMs;
  const measuredWallMs = overThreads(acc, 'measuredWallMs');
  const demandMs = acc.demandMs + extraDemand(acc.demand, openBrewSteps(timeline, acc, now));
  const inProgress = inProgressLevels(timeline, now);
  return {
    inProgressNow: inProgress.now,
    inProgressPeak: inProgress.peak,
    atOnceNow: timeline.endedAt === null ? liveAtOnce : 0,
    atOncePeak: peak,
    atOnceMean: union > 0 ? cpuWeighted / union : 0,
    brewWallMs,
    brewCpuMs,
    cpuMeasuredSegments: acc.measuredSegments,
    brewSegments: acc.brewSegments,
    cpuShare:
      measuredWallMs >= minMeasuredWallMs
        ? Math.min(1, overThreads(acc, 'measuredCpuMs') / measuredWallMs)
        : null,
    brewDemandMs: demandMs,
    cpuSpeedup: demandMs > 0 && brewCpuMs > 0 ? brewCpuMs / demandMs : null,
  };
}

/** Cores the brews still computing use in bucket `b`. */
function liveLevel(acc: Accumulated, computing: readonly BrewComputing[], b: number): number {
  if (computing.length === 0) return 0;
  let level = 0;
  const from = b * bucketMs;
  for (const brew of computing) if (brew.start <= from) level += shareOf(acc, brew.thread);
  return level;
}

/**
 * When an order began to be served: its first step's start (a customer still in
 * line for an order slot, as in sequential mode, is not yet in progress).
 */
export function serviceStart(lane: Timeline['customers'][number]): number | null {
  return lane.segments[0]?.start ?? lane.active?.since ?? null;
}

/** Orders in progress now and at most, from the start of each one's service to its end. */
function inProgressLevels(timeline: Timeline, now: number): {now: number; peak: number} {
  const changes: Array<[number, number]> = [];
  let current = 0;
  for (const lane of timeline.customers) {
    const start = serviceStart(lane);
    if (start === null || start > now) continue;
    const end = lane.servedAt ?? (lane.failure !== null ? start : null);
    changes.push([start, 1]);
    if (end !== null) changes.push([end, -1]);
    if (end === null || end > now) current++;
  }
  // At one instant an order that ends leaves before the next one arrives.
  changes.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  let level = 0;
  let peak = 0;
  for (const [, change] of changes) {
    level += change;
    if (level > peak) peak = level;
  }
  return {now: current, peak};
}
