import type {Customer, Mode, StepKind, Workload} from './vocabulary.js';
import type {SkinName} from './skins.js';

/**
 * Thread 0 of the events: the shop's event loop (its coroutines, its brew dispatch,
 * its loop monitor), which runs on a thread of its own; the name is older than that.
 */
export const MAIN_THREAD = 0;

/** What a run was: enough to label every view and to reproduce the run. */
export type RunInfo = {
  mode: Mode;
  workload: Workload;
  /** Barista threads configured (--workers). */
  workers: number;
  /** Barista threads this mode uses: 1 for sequential/concurrent, 0 for blocking. */
  baristas: number;
  seed: number | null;
  speed: number;
  scenarioName: string;
  customers: Customer[];
  /** Planned steps per customer id, in ms of run time (already scaled by speed). */
  recipes: Record<number, Array<{kind: StepKind; ms: number}>>;
  unitsPerMs: number;
  sliceMs: number;
  /** Espresso machines shared by the `machine` steps; absent when unlimited. */
  machines?: number;
  /** The words the run is told in (protocol/skins.ts); the coffee shop's when absent. */
  skin?: SkinName;
};

/**
 * Events are the wire format between the engine and everything that shows a run.
 * Times are ms of run time (0 = the run started, paused time left out).
 */
export type RunStartEvent = {kind: 'run-start'; t: number; info: RunInfo};
export type ArriveEvent = {kind: 'arrive'; t: number; customer: number};
export type StepStartEvent = {
  kind: 'step-start';
  t: number;
  customer: number;
  step: number;
  stepKind: StepKind;
};
/** A measured interval on the thread that did the work. */
export type SegmentEvent = {
  kind: 'segment';
  customer: number;
  step: number;
  stepKind: StepKind;
  thread: number;
  start: number;
  end: number;
  /** For a brew cut into slices: the slice's number, from 1. */
  slice?: number;
  /** For a wait: the planned duration, so a late timer shows. */
  plannedMs?: number;
  /**
   * For a brew: the CPU time its thread obtained over [start, end] (ms), read on
   * that thread; less than end - start when other programs took the core. Absent
   * where it could not be measured.
   */
  cpuMs?: number;
};
/** A measured wait in line for a shared resource (one of the K espresso machines), before the step used it. */
export type QueueEvent = {
  kind: 'queue';
  customer: number;
  step: number;
  resource: 'machine';
  start: number;
  end: number;
};
export type ServedEvent = {kind: 'served'; t: number; customer: number};
export type FailedEvent = {kind: 'failed'; t: number; customer: number; reason: string};
/** A sample of the shop's event loop over [start, end]. */
export type LoopSampleEvent = {
  kind: 'loop';
  start: number;
  end: number;
  /** Event-loop utilisation over the interval, 0 to 1. */
  busy: number;
  lagMaxMs: number;
  lagMeanMs: number;
  /** Brews waiting for a free barista at the end of the interval. */
  queued: number;
};
export type RunEndEvent = {kind: 'run-end'; t: number; aborted: boolean};

export type ShopEvent =
  | RunStartEvent
  | ArriveEvent
  | StepStartEvent
  | SegmentEvent
  | QueueEvent
  | ServedEvent
  | FailedEvent
  | LoopSampleEvent
  | RunEndEvent;
