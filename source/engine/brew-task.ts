import type {PoolShared} from '../protocol/shop-messages.js';

/** What the main thread sends a barista thread, and what it answers. */
export type BrewTask = {
  /** Work units to compute (see calibrate.ts). */
  units: number;
  /** Units between two looks at the control word (about half a millisecond). */
  chunkUnits: number;
  /** Seed of the computation, so each brew computes something different. */
  seed: number;
  /** The run's control word (RunControl.buffer). */
  control: SharedArrayBuffer;
  /** Whose brew this is, for the pool's board of brews in progress. */
  customer: number;
  step: number;
  /** In `gil` mode: the global lock (see gil.ts) and its switch interval in ms. */
  gil?: {lock: SharedArrayBuffer; switchMs: number};
};

export type BrewResult = {
  /** worker_threads.threadId of the thread that computed. */
  threadId: number;
  /**
   * Intervals during which this thread computed, in ms since the epoch as read on
   * this thread (performance.timeOrigin + performance.now()); split where the run
   * was paused.
   */
  intervals: Array<[number, number]>;
  /**
   * CPU time this thread obtained during each interval (ms, same order), from
   * engine/thread-cpu.ts (Node's threadCpuUsage, or /proc on Node 20); absent where
   * neither can be read. Less than the
   * interval's length when other programs took the core.
   */
  cpuMs?: number[];
  unitsDone: number;
  checksum: number;
  aborted: boolean;
};

/** Index of the counter of threads computing right now, in the pool's shared activity buffer. */
export const COMPUTING = 0;
/** Index of the counter that hands each new thread its row on the board. */
export const NEXT_ROW = 1;

/**
 * The board: one row per barista thread, in shared memory, saying what it is
 * computing right now (written by the thread itself), so a live view can draw a
 * brew in progress from the start time the thread measured.
 * Row: [threadId, customer (0 when idle), step, start (epoch ms)].
 */
export const BOARD_ROWS = 160;
export const BOARD_COLUMNS = 4;

export const createPoolShared = (): PoolShared => ({
  activity: new SharedArrayBuffer(8),
  board: new SharedArrayBuffer(BOARD_ROWS * BOARD_COLUMNS * 8),
});

export type BrewInProgress = {threadId: number; customer: number; step: number; startEpoch: number};

export function readBoard(board: Float64Array): BrewInProgress[] {
  const rows: BrewInProgress[] = [];
  for (let row = 0; row < BOARD_ROWS; row++) {
    const at = row * BOARD_COLUMNS;
    const customer = board[at + 1]!;
    if (customer > 0) {
      rows.push({threadId: board[at]!, customer, step: board[at + 2]!, startEpoch: board[at + 3]!});
    }
  }
  return rows;
}
