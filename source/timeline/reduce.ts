import type {StepKind} from '../protocol/vocabulary.js';
import type {Customer} from '../protocol/vocabulary.js';
import {
  MAIN_THREAD,
  type LoopSampleEvent,
  type QueueEvent,
  type RunInfo,
  type SegmentEvent,
  type ShopEvent,
} from '../protocol/events.js';
import {addToStalls, noStalls, type Stalls} from './stalls.js';

export type Segment = Omit<SegmentEvent, 'kind'>;

export type CustomerStatus =
  'waiting' | 'ordering' | 'brewing' | 'at the machine' | 'serving' | 'served' | 'failed';

export type CustomerLane = {
  customer: Customer;
  segments: Segment[];
  /** The sum of its segments' measured lengths, added up as they arrive. */
  workMs: number;
  arrivedAt: number | null;
  /** The step in progress and when it started. */
  active: {step: number; stepKind: StepKind; since: number} | null;
  servedAt: number | null;
  failure: string | null;
};

export type ThreadLane = {
  thread: number;
  segments: Segment[];
  /** The sum of its segments' lengths, and of its brews' alone, added up as they arrive. */
  busyMs: number;
  brewMs: number;
};

/**
 * The event loop's samples summed as they arrive: busy time, the largest lag, and
 * the mean lag weighted by each sample's length (samples of no length left out).
 */
export type LoopSums = {busyMs: number; lagMaxMs: number; lagWeightedMs: number; sampledMs: number};

/**
 * A run as pure data: one lane per customer, one per thread that did work, the
 * event loop's samples. Built from events by `applyEvent`; a live run and a
 * replay of a saved run feed the same events through it.
 */
export type Timeline = {
  info: RunInfo;
  customers: CustomerLane[];
  customerById: Map<number, CustomerLane>;
  /** Thread lanes by thread id; MAIN_THREAD holds the waits and, in blocking mode, brews. */
  threads: Map<number, ThreadLane>;
  loop: LoopSampleEvent[];
  loopSums: LoopSums;
  /** The main thread's stalls and late timers, folded in as its segments arrive. */
  stalls: Stalls;
  /** Measured waits in line for a shared espresso machine (runs with --machines). */
  queues: QueueEvent[];
  /** The latest time any event mentioned. */
  latest: number;
  endedAt: number | null;
  aborted: boolean;
  eventCount: number;
};

export function createTimeline(info: RunInfo): Timeline {
  const customers: CustomerLane[] = info.customers.map((customer) => ({
    customer,
    segments: [],
    workMs: 0,
    arrivedAt: null,
    active: null,
    servedAt: null,
    failure: null,
  }));
  return {
    info,
    customers,
    customerById: new Map(customers.map((lane) => [lane.customer.id, lane])),
    threads: new Map(),
    loop: [],
    loopSums: {busyMs: 0, lagMaxMs: 0, lagWeightedMs: 0, sampledMs: 0},
    stalls: noStalls(),
    queues: [],
    latest: 0,
    endedAt: null,
    aborted: false,
    eventCount: 0,
  };
}

const statusOfStep: Record<StepKind, CustomerStatus> = {
  order: 'ordering',
  brew: 'brewing',
  machine: 'at the machine',
  serve: 'serving',
};

export function customerStatus(lane: CustomerLane): CustomerStatus {
  if (lane.failure !== null) return 'failed';
  if (lane.servedAt !== null) return 'served';
  if (lane.active) return statusOfStep[lane.active.stepKind];
  return 'waiting';
}

/**
 * Folds one event into the timeline. It appends in place and returns the same
 * object (a run can hold 100,000 events; copying per event would be quadratic).
 */
export function applyEvent(timeline: Timeline, event: ShopEvent): Timeline {
  timeline.eventCount++;
  const laneOf = (id: number) => timeline.customerById.get(id);
  switch (event.kind) {
    case 'run-start':
      break;
    case 'arrive': {
      const lane = laneOf(event.customer);
      if (lane) lane.arrivedAt = event.t;
      timeline.latest = Math.max(timeline.latest, event.t);
      break;
    }
    case 'step-start': {
      const lane = laneOf(event.customer);
      if (lane) lane.active = {step: event.step, stepKind: event.stepKind, since: event.t};
      timeline.latest = Math.max(timeline.latest, event.t);
      break;
    }
    case 'segment': {
      // The event itself (a Segment with its `kind`): no copy per segment.
      const segment: Segment = event;
      const ms = event.end - event.start;
      const lane = laneOf(event.customer);
      if (lane) {
        lane.segments.push(segment);
        lane.workMs += ms;
      }
      let thread = timeline.threads.get(event.thread);
      if (!thread) {
        thread = {thread: event.thread, segments: [], busyMs: 0, brewMs: 0};
        timeline.threads.set(event.thread, thread);
      }
      thread.segments.push(segment);
      thread.busyMs += ms;
      if (event.stepKind === 'brew') thread.brewMs += ms;
      if (event.thread === MAIN_THREAD) addToStalls(timeline.stalls, segment);
      timeline.latest = Math.max(timeline.latest, event.end);
      break;
    }
    case 'queue':
      timeline.queues.push(event);
      timeline.latest = Math.max(timeline.latest, event.end);
      break;
    case 'served':
    case 'failed': {
      const lane = laneOf(event.customer);
      if (lane) {
        lane.active = null;
        if (event.kind === 'served') lane.servedAt = event.t;
        else lane.failure = event.reason;
      }
      timeline.latest = Math.max(timeline.latest, event.t);
      break;
    }
    case 'loop': {
      timeline.loop.push(event);
      const sums = timeline.loopSums;
      const ms = event.end - event.start;
      sums.busyMs += event.busy * ms;
      if (ms > 0) {
        if (event.lagMaxMs > sums.lagMaxMs) sums.lagMaxMs = event.lagMaxMs;
        sums.lagWeightedMs += event.lagMeanMs * ms;
        sums.sampledMs += ms;
      }
      timeline.latest = Math.max(timeline.latest, event.end);
      break;
    }
    case 'run-end':
      timeline.endedAt = event.t;
      timeline.aborted = event.aborted;
      timeline.latest = Math.max(timeline.latest, event.t);
      for (const lane of timeline.customers) lane.active = null;
      break;
  }
  return timeline;
}

/** The timeline of a whole list of events (the first must be run-start). */
export function timelineFromEvents(events: readonly ShopEvent[]): Timeline {
  const first = events[0];
  if (first?.kind !== 'run-start') throw new Error('a run begins with a run-start event');
  const timeline = createTimeline(first.info);
  for (const event of events) applyEvent(timeline, event);
  return timeline;
}

/** Barista thread lanes (every thread but the main one), in order of first work. */
export function baristaLanes(timeline: Timeline): ThreadLane[] {
  return [...timeline.threads.values()]
    .filter((lane) => lane.thread !== MAIN_THREAD)
    .sort((a, b) => (a.segments[0]?.start ?? 0) - (b.segments[0]?.start ?? 0));
}
