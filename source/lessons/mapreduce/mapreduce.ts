import {threadId} from 'node:worker_threads';
import type {Piscina} from 'piscina';
import {fixedPool} from '../../engine/fixed-pool.js';
import {brewKernel} from '../../engine/kernel.js';
import {monotonicMs} from '../../engine/monotonic-clock.js';
import {createStartGate, openGateWhenReady} from '../../engine/start-gate.js';
import {builtFile} from '../../engine/worker-file.js';
import type {CupBatchResult, CupBatchTask} from './cup-task.js';

const workerFile = builtFile('lessons/mapreduce/worker.js');

/** A measured interval, ms after the job began (its split's start). */
export type Interval = {start: number; end: number};

/** One barista's part of the map: its thread and its cups, each measured there. */
export type MapLane = {
  thread: number;
  cups: Array<Interval & {cup: number}>;
  /** CPU time this thread obtained over its batch; null where it cannot be read. */
  cpuMs: number | null;
};

/** One MapReduce job of the catering order, every phase measured on the thread that did it. */
export type MapReduceJob = {
  baristas: number;
  /** The thread that split and reduced: the shop's thread (the main thread from the CLI). */
  loopThread: number;
  split: Interval;
  map: MapLane[];
  reduce: Interval;
  /** The reduce's tally of every cup's taste: the same order gives the same tally on any number of baristas. */
  tally: number;
  /** Split start to reduce end. */
  makespanMs: number;
};

export type MapReduceOptions = {
  baristas: number;
  cups: number;
  /** Kernel units of one cup's brew (the map's work per cup). */
  unitsPerCup: number;
  /** Kernel units the split spends on each cup's ticket, and the reduce on tasting each cup. */
  splitUnitsPerCup: number;
  reduceUnitsPerCup: number;
  seed: number;
  /** Rounds of the two jobs, one after the other (default 3): a single sample on a shared machine misleads. */
  rounds?: number;
  signal?: AbortSignal;
};

/** The same cups on one barista thread, then on `baristas` threads, one right after the other. */
export type MapReduceRound = {oneBarista: MapReduceJob; manyBaristas: MapReduceJob};

export type MapReduceOutcome = {cups: number; rounds: MapReduceRound[]};

/** Cup numbers 1…cups in `parts` contiguous batches, as even as can be. */
export function splitEvenly(cups: number, parts: number): number[][] {
  const batches: number[][] = [];
  let next = 1;
  for (let part = 0; part < parts; part++) {
    const size = Math.floor(cups / parts) + (part < cups % parts ? 1 : 0);
    batches.push(Array.from({length: size}, (_, i) => next + i));
    next += size;
  }
  return batches;
}

/**
 * One job: split on this thread (each cup's ticket written with real work, the
 * cups cut into one batch per barista), map on the pool (each batch on its own
 * thread, started together at a gate), reduce on this thread (every cup tasted
 * and tallied, in cup order).
 */
async function runJob(
  pool: Piscina,
  baristas: number,
  options: MapReduceOptions,
): Promise<MapReduceJob> {
  const began = monotonicMs();
  const tickets: number[] = [];
  for (let cup = 1; cup <= options.cups; cup++)
    tickets.push(brewKernel(options.splitUnitsPerCup, options.seed * 7919 + cup));
  const batches = splitEvenly(options.cups, baristas);
  const splitEnd = monotonicMs();
  const gate = createStartGate();
  const results = batches.map(
    (cups) =>
      pool.run(
        {
          cups,
          tickets: cups.map((cup) => tickets[cup - 1]!),
          unitsPerCup: options.unitsPerCup,
          gate,
        } satisfies CupBatchTask,
        {signal: options.signal},
      ) as Promise<CupBatchResult>,
  );
  const all = Promise.all(results);
  // A barista that fails (or an abort) ends the wait at the gate at once.
  await Promise.race([openGateWhenReady(gate, baristas), all]);
  const brewed = await all;
  const reduceStart = monotonicMs();
  const tastes = brewed.flatMap((batch) => batch.cups).sort((a, b) => a.cup - b.cup);
  let tally = options.seed;
  for (const cup of tastes) tally = brewKernel(options.reduceUnitsPerCup, tally ^ cup.taste);
  tally >>>= 0;
  const reduceEnd = monotonicMs();
  const at = (t: number) => t - began;
  return {
    baristas,
    loopThread: threadId,
    split: {start: 0, end: at(splitEnd)},
    map: brewed.map((batch) => ({
      thread: batch.threadId,
      cpuMs: batch.cpuMs,
      cups: batch.cups.map(({cup, start, end}) => ({cup, start: at(start), end: at(end)})),
    })),
    reduce: {start: at(reduceStart), end: at(reduceEnd)},
    tally,
    makespanMs: at(reduceEnd),
  };
}

/**
 * The catering order as MapReduce: the same cups on one barista thread, then on
 * `baristas` threads of the same pool (at least 2, at most 16), `rounds` times. The
 * pool's threads are started (and wait at a gate) before anything is timed.
 */
export async function runMapReduce(options: MapReduceOptions): Promise<MapReduceOutcome> {
  const baristas = Math.min(16, Math.max(2, options.baristas));
  const pool = fixedPool(workerFile, baristas);
  try {
    const warm = createStartGate();
    const warming = Array.from(
      {length: baristas},
      () =>
        pool.run({cups: [], tickets: [], unitsPerCup: 0, gate: warm} satisfies CupBatchTask, {
          signal: options.signal,
        }) as Promise<CupBatchResult>,
    );
    const warmed = Promise.all(warming);
    await Promise.race([openGateWhenReady(warm, baristas), warmed]);
    await warmed;
    const rounds: MapReduceRound[] = [];
    for (let round = 0; round < Math.max(1, options.rounds ?? 3); round++) {
      const oneBarista = await runJob(pool, 1, options);
      const manyBaristas = await runJob(pool, baristas, options);
      rounds.push({oneBarista, manyBaristas});
    }
    return {cups: options.cups, rounds};
  } finally {
    await pool.destroy();
  }
}
