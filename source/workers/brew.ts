import {threadId, workerData} from 'node:worker_threads';
import {brewKernel} from '../engine/kernel.js';
import {ABORTED, PAUSED} from '../engine/control.js';
import {acquireGil, releaseGil} from '../engine/gil.js';
import {threadCpuMs} from '../engine/thread-cpu.js';
import {
  BOARD_COLUMNS,
  COMPUTING,
  NEXT_ROW,
  type BrewResult,
  type BrewTask,
} from '../engine/brew-task.js';
import type {PoolShared} from '../protocol/shop-messages.js';

const shared = workerData as PoolShared;
const activity = new Int32Array(shared.activity);
const board = new Float64Array(shared.board);
const row = Atomics.add(activity, NEXT_ROW, 1) * BOARD_COLUMNS;
const epochNow = (): number => performance.timeOrigin + performance.now();

/**
 * Intervals this thread computed, with the CPU time it obtained in each (where
 * engine/thread-cpu.ts can read it). The kernel brings a thread's CPU time up to date when the
 * thread is switched out (and at each tick, 4 ms at 250 Hz): read while it runs,
 * it lags by up to a tick, which on 5 ms GIL slices would lose a third of them.
 * So an interval's CPU time is read at the next interval's start, after the
 * thread slept (waiting for the lock, or paused): only the last interval of a
 * task is read while running.
 */
class Measured {
  readonly intervals: Array<[number, number]> = [];
  readonly cpuMs: number[] = [];
  private measurable = true;
  /** The CPU time read at the start of the interval not yet measured. */
  private cpuAtStart: number | null = null;
  private pending = false;

  begin(): number {
    const cpu = threadCpuMs();
    this.settle(cpu);
    this.cpuAtStart = cpu;
    return epochNow();
  }

  end(start: number, end = epochNow()): void {
    this.intervals.push([start, end]);
    this.pending = true;
  }

  result(): Pick<BrewResult, 'intervals' | 'cpuMs'> {
    this.settle(threadCpuMs());
    return this.measurable
      ? {intervals: this.intervals, cpuMs: this.cpuMs}
      : {intervals: this.intervals};
  }

  /** The interval that ended last gets the CPU time from its start to `cpu`. */
  private settle(cpu: number | null): void {
    if (!this.pending) return;
    this.pending = false;
    if (cpu === null || this.cpuAtStart === null) this.measurable = false;
    else this.cpuMs.push(cpu - this.cpuAtStart);
  }
}

/** Says on the board what this thread computes from `start` on (customer 0: nothing). */
function show(customer: number, step: number, start: number): void {
  if (row + BOARD_COLUMNS > board.length) return;
  board[row] = threadId;
  board[row + 2] = step;
  board[row + 3] = start;
  board[row + 1] = customer;
}

/** A barista's brew: real computation on this thread, timed on this thread. */
export default function brew(task: BrewTask): BrewResult {
  return task.gil ? brewUnderGil(task, task.gil) : brewFreely(task);
}

function brewFreely(task: BrewTask): BrewResult {
  const control = new Int32Array(task.control);
  const measured = new Measured();
  let checksum = task.seed;
  let unitsDone = 0;
  let aborted = false;
  Atomics.add(activity, COMPUTING, 1);
  let start = measured.begin();
  show(task.customer, task.step, start);
  try {
    while (unitsDone < task.units) {
      const state = Atomics.load(control, 0);
      if (state === ABORTED) {
        aborted = true;
        break;
      }
      if (state === PAUSED) {
        measured.end(start);
        show(0, 0, 0);
        Atomics.sub(activity, COMPUTING, 1);
        waitWhilePaused(control);
        Atomics.add(activity, COMPUTING, 1);
        start = measured.begin();
        show(task.customer, task.step, start);
        continue;
      }
      const units = Math.min(task.chunkUnits, task.units - unitsDone);
      checksum = brewKernel(units, checksum);
      unitsDone += units;
    }
    measured.end(start);
  } finally {
    show(0, 0, 0);
    Atomics.sub(activity, COMPUTING, 1);
  }
  return {threadId, ...measured.result(), unitsDone, checksum, aborted};
}

function waitWhilePaused(control: Int32Array): void {
  while (Atomics.load(control, 0) === PAUSED) Atomics.wait(control, 0, PAUSED, 1000);
}

/**
 * The brew in `gil` mode: the thread computes only while it holds the global
 * lock, and gives it back after each switch interval. Each interval it held the
 * lock and computed is one measured interval.
 */
function brewUnderGil(task: BrewTask, gil: NonNullable<BrewTask['gil']>): BrewResult {
  const control = new Int32Array(task.control);
  const lock = new Int32Array(gil.lock);
  const measured = new Measured();
  let checksum = task.seed;
  let unitsDone = 0;
  let aborted = false;
  const stop = () => Atomics.load(control, 0) === ABORTED;
  while (unitsDone < task.units) {
    waitWhilePaused(control);
    if (stop() || !acquireGil(lock, threadId, stop)) {
      aborted = true;
      break;
    }
    Atomics.add(activity, COMPUTING, 1);
    const start = measured.begin();
    show(task.customer, task.step, start);
    const until = start + gil.switchMs;
    let now: number;
    try {
      do {
        const units = Math.min(task.chunkUnits, task.units - unitsDone);
        checksum = brewKernel(units, checksum);
        unitsDone += units;
        now = epochNow();
      } while (unitsDone < task.units && now < until && Atomics.load(control, 0) !== PAUSED);
      measured.end(start, now);
    } finally {
      show(0, 0, 0);
      Atomics.sub(activity, COMPUTING, 1);
      releaseGil(lock, unitsDone < task.units);
    }
  }
  return {threadId, ...measured.result(), unitsDone, checksum, aborted};
}
