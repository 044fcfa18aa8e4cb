import {Piscina} from 'piscina';
import {workerUrl} from './worker-file.js';
import {
  COMPUTING,
  createPoolShared,
  readBoard,
  type BrewInProgress,
  type BrewResult,
  type BrewTask,
  type PoolShared,
} from './brew-task.js';

const workerFile = workerUrl('brew');

/** Which barista threads a brew may run on: the single barista, or all N. */
export type Bench = 'one' | 'all';

function startPiscina(threads: number, shared: PoolShared): Piscina {
  return new Piscina({
    filename: workerFile,
    minThreads: threads,
    maxThreads: threads,
    idleTimeout: Number.POSITIVE_INFINITY,
    workerData: shared,
  });
}

/**
 * The baristas: piscina pools started once and reused across runs. `all` holds
 * N threads (parallel, hybrid); `one` holds a single thread (sequential,
 * concurrent), so that those modes really run every brew on one thread.
 */
export class BaristaPool {
  /** The board and the activity counter, in shared memory (another thread may read them). */
  readonly shared = createPoolShared();
  private readonly computing = new Int32Array(this.shared.activity);
  private readonly board = new Float64Array(this.shared.board);
  private readonly pools: Record<Bench, Piscina>;

  private constructor(readonly workers: number) {
    const all = startPiscina(workers, this.shared);
    this.pools = {all, one: workers === 1 ? all : startPiscina(1, this.shared)};
  }

  /** Starts the threads and runs a small brew on each, so the first real brew is not a cold start. */
  static async start(workers: number, warmUnits = 200_000): Promise<BaristaPool> {
    const pool = new BaristaPool(workers);
    const control = new SharedArrayBuffer(4);
    const warm = (bench: Bench, count: number) =>
      Array.from({length: count}, (_, seed) =>
        pool.run(
          {units: warmUnits, chunkUnits: warmUnits, seed: seed + 1, control, customer: 0, step: 0},
          bench,
        ),
      );
    await Promise.all([...warm('all', workers), ...warm('one', 1)]);
    return pool;
  }

  run(task: BrewTask, bench: Bench, signal?: AbortSignal): Promise<BrewResult> {
    return this.pools[bench].run(task, {signal}) as Promise<BrewResult>;
  }

  /** How many barista threads are computing right now (read from shared memory). */
  computingNow(): number {
    return Atomics.load(this.computing, COMPUTING);
  }

  /** What each barista thread is computing right now, as the threads wrote it. */
  inProgress(): BrewInProgress[] {
    return readBoard(this.board);
  }

  /** Brews waiting for a free barista. */
  queued(): number {
    return (
      this.pools.all.queueSize + (this.pools.one === this.pools.all ? 0 : this.pools.one.queueSize)
    );
  }

  /** Live threads of both pools. */
  threadCount(): number {
    const all = this.pools.all.threads.length;
    return this.pools.one === this.pools.all ? all : all + this.pools.one.threads.length;
  }

  async close(): Promise<void> {
    await Promise.all([...new Set(Object.values(this.pools))].map((pool) => pool.destroy()));
  }
}
