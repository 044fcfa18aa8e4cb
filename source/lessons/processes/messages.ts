/**
 * What the processes lesson sends its baristas and what they answer: the same
 * coffee made by a child process, a new worker thread and a pooled thread.
 */

/** One coffee: real CPU work (kernel units), and the tips it earns as it brews. */
export type CoffeeOrder = {
  units: number;
  tips: number;
  seed: number;
};

/**
 * What one barista measured on its own clock (epoch ms: performance.timeOrigin +
 * performance.now(), on the thread or process that did the work).
 */
export type BrewMeasured = {
  /** The process it ran in. */
  pid: number;
  /** Its thread inside that process (0: a process's main thread). */
  threadId: number;
  /** Its code began to run: the end of its start-up. */
  readyMs: number;
  brewStartMs: number;
  endMs: number;
  checksum: number;
};

/**
 * A child's memory, read in the child after its brew: its RSS, and of that the
 * pages only it maps (Linux's /proc/self/smaps_rollup, Private_Clean +
 * Private_Dirty; absent elsewhere). The rest of its RSS is mostly node's own
 * code, mapped from one file by every node process.
 */
export type ChildMemory = {rssBytes: number; privateBytes?: number};

/** A child process's messages to the parent, in order. */
export type ChildMessage =
  | {type: 'brewed'; measured: BrewMeasured; memory: ChildMemory}
  /** Its own jar, sent back when the parent asks for it. */
  | {type: 'tips'; tips: number};

/** The parent's one message to a child: send your tips back (then exit). */
export type ToChild = {type: 'send-tips'};

/**
 * The threads' jar: one Int32Array in shared memory. TIPS_ATOMIC counts with
 * Atomics.add; TIPS_PLAIN with a plain read, brew, write back, which races.
 */
export const TIPS_ATOMIC = 0;
export const TIPS_PLAIN = 1;
export const createThreadJar = (): SharedArrayBuffer => new SharedArrayBuffer(2 * 4);

/** A new thread's workerData: its coffee and the jar it shares with the others. */
export type ThreadOrder = {order: CoffeeOrder; jar: SharedArrayBuffer};

/** A new thread's message when it has brewed (it then waits for any message to end). */
export type ThreadMessage = {type: 'brewed'; measured: BrewMeasured};

/** A pooled thread's task: warm up (check in at the gate), or brew a coffee. */
export type PooledTask = {warm: SharedArrayBuffer} | ThreadOrder;
