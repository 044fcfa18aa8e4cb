import type {Piscina} from 'piscina';
import {fixedPool} from '../../engine/fixed-pool.js';
import {createStartGate, openGateWhenReady} from '../../engine/start-gate.js';
import {builtFile} from '../../engine/worker-file.js';
import {createHandoverBoard, HandoverBoard} from './handover.js';
import {stageNames, type StageResult, type StageSegment, type StageTask} from './stage-task.js';

const workerFile = builtFile('lessons/pipeline/worker.js');

/** One barista of a job: its thread, the stages it did, each stage of each order measured there (ms after the job began). */
export type StageLane = {
  thread: number;
  stages: number[];
  segments: StageSegment[];
  /** CPU time this thread obtained during the job; null where it cannot be read. */
  cpuMs: number | null;
};

/** One way of making the orders: its baristas, and when the first grind began and the last froth ended. */
export type PipelineJob = {
  lanes: StageLane[];
  spanMs: number;
  /** Each order's coffee: the froth's result, computed from the brew's, computed from the grind's. */
  results: number[];
};

export type PipelineOptions = {
  orders: number;
  /** Kernel units of real work for grind, brew and froth. */
  unitsPerStage: number[];
  seed: number;
  handoverTimeoutMs?: number;
  /** Rounds of the two jobs, one after the other (default 3): a single sample on a shared machine misleads. */
  rounds?: number;
  signal?: AbortSignal;
};

export type PipelineRound = {
  /** One barista makes each order start to finish, one order after another. */
  oneBarista: PipelineJob;
  /** The assembly line: a barista (thread) per stage, orders handed from stage to stage. */
  assemblyLine: PipelineJob;
};

export type PipelineOutcome = {orders: number; rounds: PipelineRound[]};

/** Runs the baristas of one job together (a gate), on the pool's threads; times relative to its first segment. */
async function runJob(
  pool: Piscina,
  stagesPerBarista: number[][],
  options: PipelineOptions,
): Promise<PipelineJob> {
  const board = createHandoverBoard(options.orders);
  const gate = createStartGate();
  const runs = stagesPerBarista.map(
    (stages) =>
      pool.run(
        {
          stages,
          orders: options.orders,
          unitsPerStage: options.unitsPerStage,
          board,
          gate,
          handoverTimeoutMs: options.handoverTimeoutMs ?? 10_000,
          seed: options.seed,
        } satisfies StageTask,
        {signal: options.signal},
      ) as Promise<StageResult>,
  );
  const all = Promise.all(runs);
  // A barista that fails (or an abort) ends the wait at the gate at once.
  await Promise.race([openGateWhenReady(gate, runs.length), all]);
  const results = await all;
  const segments = results.flatMap((result) => result.segments);
  // The warm-up has no orders, so no segments: its span is 0.
  const began = Math.min(Infinity, ...segments.map((segment) => segment.start));
  const ended = Math.max(began, ...segments.map((segment) => segment.end));
  return {
    lanes: results.map((result, index) => ({
      thread: result.threadId,
      stages: stagesPerBarista[index]!,
      cpuMs: result.cpuMs,
      segments: result.segments.map((segment) => ({
        ...segment,
        start: segment.start - began,
        end: segment.end - began,
      })),
    })),
    spanMs: segments.length > 0 ? ended - began : 0,
    results: Array.from({length: options.orders}, (_, order) =>
      new HandoverBoard(board).resultOf(order),
    ),
  };
}

/**
 * The same orders made twice in one run: by one barista thread doing every
 * stage of each order, then on an assembly line of one thread per stage. The
 * pool's threads are started (and wait at a gate) before anything is timed.
 */
export async function runPipeline(options: PipelineOptions): Promise<PipelineOutcome> {
  const threads = stageNames.length;
  const pool = fixedPool(workerFile, threads);
  try {
    await runJob(
      pool,
      stageNames.map(() => []),
      {...options, orders: 0},
    );
    const everyStage = stageNames.map((_, stage) => stage);
    const rounds: PipelineRound[] = [];
    for (let round = 0; round < Math.max(1, options.rounds ?? 3); round++) {
      const oneBarista = await runJob(pool, [everyStage], options);
      const assemblyLine = await runJob(
        pool,
        everyStage.map((stage) => [stage]),
        options,
      );
      rounds.push({oneBarista, assemblyLine});
    }
    return {orders: options.orders, rounds};
  } finally {
    await pool.destroy();
  }
}
