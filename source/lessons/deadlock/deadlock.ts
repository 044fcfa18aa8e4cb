import {setTimeout as sleep} from 'node:timers/promises';
import {Piscina} from 'piscina';
import {GRINDER, STEAMER, lockNames, type KitchenResult, type KitchenTask} from './kitchen-task.js';
import {createLockTable, findWaitCycle, LockTable, type CycleLink} from './locks.js';
import {createStartGate, openGateWhenReady} from '../../engine/start-gate.js';
import {builtFile} from '../../engine/worker-file.js';

const workerFile = builtFile('lessons/deadlock/worker.js');
const shape = {locks: 2, baristas: 2};

/** One barista of a detected cycle, named for the audience. */
export type DeadlockLink = {barista: number; thread: number; holds: string; waitsFor: string};

export type KitchenRound = {
  /** Whether each barista got both locks and finished. */
  completed: boolean[];
  /** The wait-for cycle the watchdog found, or null. */
  cycle: DeadlockLink[] | null;
  /** Run time from opening the start gate until the cycle was found. */
  detectedAfterMs: number | null;
  /** Threads the watchdog ended (terminated) because they could never go on. */
  endedThreads: number[];
  elapsedMs: number;
};

export type DeadlockOutcome = {
  /** The opposite-order round that is reported (the first that deadlocked, or the last tried). */
  deadlock: KitchenRound;
  /** Opposite-order rounds run: more than one when the threads happened to miss each other. */
  attempts: number;
  /** The fix: both baristas take the grinder first, then the steamer. */
  fixed: KitchenRound;
  timeoutMs: number;
};

export type DeadlockOptions = {
  unitsPerMs: number;
  /** Real work done holding the first lock before reaching for the second, ms. */
  holdMs?: number;
  /** How long the watchdog looks before it gives up on a round and ends it anyway. */
  timeoutMs?: number;
  maxAttempts?: number;
  /** Ends the lesson (and its threads) at once; the promise then rejects with the reason. */
  signal?: AbortSignal;
};

/**
 * Runs two baristas on two real threads with two real locks in shared memory,
 * while a watchdog on this thread reads the locks' owners and waiters. It never
 * hangs: a round that neither finishes nor shows a cycle is ended at `timeoutMs`.
 */
async function kitchenRound(
  orders: [[number, number], [number, number]],
  workUnits: number,
  timeoutMs: number,
  signal?: AbortSignal,
): Promise<KitchenRound> {
  signal?.throwIfAborted();
  const pool = new Piscina({
    filename: workerFile,
    minThreads: 2,
    maxThreads: 2,
    idleTimeout: Number.POSITIVE_INFINITY,
  });
  const tableBuffer = createLockTable(shape);
  const table = new LockTable(tableBuffer, shape);
  const gate = createStartGate();
  const stop = new SharedArrayBuffer(4);
  const threads = new SharedArrayBuffer(2 * 4);
  const end = new AbortController();
  try {
    const runs = orders.map((order, index) =>
      (
        pool.run(
          {
            table: tableBuffer,
            gate,
            barista: index + 1,
            order,
            workUnits,
            stop,
            threads,
          } satisfies KitchenTask,
          {signal: end.signal},
        ) as Promise<KitchenResult>
      ).then(
        (result) => result.completed,
        () => false,
      ),
    );
    let settled = false;
    const all = Promise.all(runs).finally(() => {
      settled = true;
    });
    await openGateWhenReady(gate, 2);
    const began = performance.now();
    let cycle: CycleLink[] | null = null;
    let seenTwice = 0;
    while (!settled && !signal?.aborted && performance.now() - began < timeoutMs) {
      await sleep(5);
      const found = settled ? null : findWaitCycle(table);
      // A cycle must still be there at the next look: a wait that resolves is no deadlock.
      seenTwice = found ? seenTwice + 1 : 0;
      if (found && seenTwice >= 2) {
        cycle = found;
        break;
      }
    }
    const detectedAfterMs = cycle ? performance.now() - began : null;
    const threadIds = Array.from(new Int32Array(threads));
    const endedThreads: number[] = [];
    if (!settled) {
      // End the stuck threads: piscina terminates a thread whose task is aborted.
      endedThreads.push(...threadIds);
      Atomics.store(new Int32Array(stop), 0, 1);
      end.abort();
    }
    const completed = await all;
    signal?.throwIfAborted();
    return {
      completed,
      cycle:
        cycle?.map((link) => ({
          barista: link.barista,
          thread: threadIds[link.barista - 1] ?? 0,
          holds: lockNames[link.holds] ?? 'nothing',
          waitsFor: lockNames[link.waitsFor] ?? 'nothing',
        })) ?? null,
      detectedAfterMs,
      endedThreads,
      elapsedMs: performance.now() - began,
    };
  } finally {
    await pool.destroy();
  }
}

/** The deadlock lesson: opposite lock order (a cycle, found and ended), then one lock order (done). */
export async function runDeadlockLesson(options: DeadlockOptions): Promise<DeadlockOutcome> {
  const timeoutMs = options.timeoutMs ?? 2000;
  const workUnits = Math.max(1, Math.round((options.holdMs ?? 30) * options.unitsPerMs));
  const maxAttempts = options.maxAttempts ?? 3;
  let attempts = 0;
  let deadlock: KitchenRound;
  do {
    attempts++;
    deadlock = await kitchenRound(
      [
        [GRINDER, STEAMER],
        [STEAMER, GRINDER],
      ],
      workUnits,
      timeoutMs,
      options.signal,
    );
  } while (deadlock.cycle === null && attempts < maxAttempts);
  const fixed = await kitchenRound(
    [
      [GRINDER, STEAMER],
      [GRINDER, STEAMER],
    ],
    workUnits,
    timeoutMs,
    options.signal,
  );
  return {deadlock, attempts, fixed, timeoutMs};
}
