import {threadId, workerData} from 'node:worker_threads';
import {brewKernel} from '../engine/kernel.js';
import {ABORTED, PAUSED} from '../engine/control.js';
import {
  BOARD_COLUMNS,
  COMPUTING,
  NEXT_ROW,
  type BrewResult,
  type BrewTask,
  type PoolShared,
} from '../engine/brew-task.js';

const shared = workerData as PoolShared;
const activity = new Int32Array(shared.activity);
const board = new Float64Array(shared.board);
const row = Atomics.add(activity, NEXT_ROW, 1) * BOARD_COLUMNS;
const epochNow = (): number => performance.timeOrigin + performance.now();

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
  const control = new Int32Array(task.control);
  const intervals: Array<[number, number]> = [];
  let checksum = task.seed;
  let unitsDone = 0;
  let aborted = false;
  Atomics.add(activity, COMPUTING, 1);
  let start = epochNow();
  show(task.customer, task.step, start);
  try {
    while (unitsDone < task.units) {
      const state = Atomics.load(control, 0);
      if (state === ABORTED) {
        aborted = true;
        break;
      }
      if (state === PAUSED) {
        intervals.push([start, epochNow()]);
        show(0, 0, 0);
        Atomics.sub(activity, COMPUTING, 1);
        while (Atomics.load(control, 0) === PAUSED) Atomics.wait(control, 0, PAUSED, 1000);
        Atomics.add(activity, COMPUTING, 1);
        start = epochNow();
        show(task.customer, task.step, start);
        continue;
      }
      const units = Math.min(task.chunkUnits, task.units - unitsDone);
      checksum = brewKernel(units, checksum);
      unitsDone += units;
    }
    intervals.push([start, epochNow()]);
  } finally {
    show(0, 0, 0);
    Atomics.sub(activity, COMPUTING, 1);
  }
  return {threadId, intervals, unitsDone, checksum, aborted};
}
