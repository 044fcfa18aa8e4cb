import {Piscina} from 'piscina';
import {RunFault} from '../run-fault.js';
import {ABORTED, PAUSED, RUNNING} from './control.js';
import {workerUrl} from './worker-file.js';
import {BrewQueue} from './brew-queue.js';
import {
  COMPUTING,
  createPoolShared,
  readBoard,
  type BrewInProgress,
  type BrewResult,
  type BrewTask,
} from './brew-task.js';
import type {PoolShared} from '../protocol/shop-messages.js';

/**
 * The brew worker's file. BREWLANES_BREW_WORKER names another: a seam for tests
 * and demonstrations of a barista thread that cannot start.
 */
const brewWorkerFile = (): string => process.env['BREWLANES_BREW_WORKER'] ?? workerUrl('brew');

/** Which barista threads a brew may run on: the single barista, or all N. */
export type Bench = 'one' | 'all';

function startPiscina(
  threads: number,
  shared: PoolShared,
  workerFile: string,
  onError: (error: Error) => void,
): Piscina {
  const pool = new Piscina({
    filename: workerFile,
    // Started one by one by BaristaPool.start, not all at once here.
    minThreads: 0,
    maxThreads: threads,
    idleTimeout: Number.POSITIVE_INFINITY,
    workerData: shared,
  });
  // A thread that fails outside a task (it cannot start, it runs out of memory) is
  // an 'error' on the pool: unheard, it would end the process with a raw stack.
  pool.on('error', onError);
  return pool;
}

/** A promise that rejects when `signal` aborts (never, without one); its rejection is handled. */
function abortion(signal: AbortSignal | undefined): Promise<never> {
  const aborted = new Promise<never>((_, reject) => {
    if (!signal) return;
    if (signal.aborted) reject(signal.reason);
    else signal.addEventListener('abort', () => reject(signal.reason), {once: true});
  });
  aborted.catch(() => undefined);
  return aborted;
}

/**
 * The baristas: piscina pools started once and reused across runs. `all` holds
 * N threads (parallel, hybrid); `one` holds a single thread (sequential,
 * concurrent), so that those modes really run every brew on one thread. Each pool
 * holds at most one brew per thread; the rest wait in its BrewQueue, in order.
 */
export class BaristaPool {
  /** The board and the activity counter, in shared memory (another thread may read them). */
  readonly shared = createPoolShared();
  private readonly computing = new Int32Array(this.shared.activity);
  private readonly board = new Float64Array(this.shared.board);
  private readonly pools: Record<Bench, Piscina>;
  private readonly queues: Record<Bench, BrewQueue>;
  /** Signals whose abort already rejects their waiting brews: one listener per signal. */
  private readonly signalsHeard = new WeakSet<AbortSignal>();
  /** The first thread failure heard on either pool; rejects `failed`. */
  private fault: Error | null = null;
  private readonly failed: Promise<never>;

  private constructor(
    readonly workers: number,
    workerFile: string,
  ) {
    let reject: (error: Error) => void = () => undefined;
    this.failed = new Promise<never>((_, rejectFailed) => (reject = rejectFailed));
    this.failed.catch(() => undefined);
    const onError = (error: Error) => {
      this.fault ??= error;
      reject(error);
    };
    const all = startPiscina(workers, this.shared, workerFile, onError);
    this.pools = {
      all,
      one: workers === 1 ? all : startPiscina(1, this.shared, workerFile, onError),
    };
    const allQueue = new BrewQueue(all, workers);
    this.queues = {
      all: allQueue,
      one: workers === 1 ? allQueue : new BrewQueue(this.pools.one, 1),
    };
  }

  /**
   * Starts the threads and runs a small brew on each, so the first real brew is not
   * a cold start. A thread that cannot start is a RunFault (one line, exit 1) after
   * every thread started is ended. `signal` gives up the start (a quit while 256
   * threads start): the threads already started are ended at once and it rejects
   * with the signal's reason, without waiting for the others to be ready.
   *
   * The threads start one at a time, the event loop turning between two (256 at
   * once blocked it for seconds, keys and quits unheard): each warm-up brew waits,
   * paused, until every thread has one, so each new brew finds every thread busy and
   * piscina starts a new thread for it; then they all run.
   */
  static async start(
    workers: number,
    warmUnits = 200_000,
    options: {signal?: AbortSignal; workerFile?: string} = {},
  ): Promise<BaristaPool> {
    options.signal?.throwIfAborted();
    const pool = new BaristaPool(workers, options.workerFile ?? brewWorkerFile());
    const control = new Int32Array(new SharedArrayBuffer(4));
    Atomics.store(control, 0, PAUSED);
    const warmUps: Array<Promise<BrewResult>> = [];
    const warmUp = (bench: Bench, seed: number) => {
      const task = {units: warmUnits, chunkUnits: warmUnits, seed, customer: 0, step: 0};
      const done = pool.run({...task, control: control.buffer as SharedArrayBuffer}, bench);
      done.catch(() => undefined);
      warmUps.push(done);
    };
    const stop = abortion(options.signal);
    try {
      const benches: Bench[] = [...Array.from({length: workers}, () => 'all' as const), 'one'];
      for (const [index, bench] of benches.entries()) {
        warmUp(bench, index + 1);
        await Promise.race([new Promise((resolve) => setImmediate(resolve)), pool.failed, stop]);
      }
      Atomics.store(control, 0, RUNNING);
      Atomics.notify(control, 0);
      await Promise.race([Promise.all(warmUps), pool.failed, stop]);
    } catch (error) {
      Atomics.store(control, 0, ABORTED);
      Atomics.notify(control, 0);
      await pool.close();
      if (options.signal?.aborted) throw options.signal.reason;
      const cause = pool.fault ?? error;
      const message = cause instanceof Error ? cause.message : String(cause);
      throw new RunFault(`a barista thread could not start: ${message.split('\n')[0]}`, {cause});
    }
    return pool;
  }

  /**
   * Runs a brew on a thread of `bench`, after the brews sent before it there. When
   * `signal` aborts, a brew still waiting rejects at once (an AbortError, as
   * piscina's) and one computing ends its thread (piscina's abort).
   */
  run(task: BrewTask, bench: Bench, signal?: AbortSignal): Promise<BrewResult> {
    if (signal && !signal.aborted && !this.signalsHeard.has(signal)) {
      this.signalsHeard.add(signal);
      signal.addEventListener('abort', () => this.eachQueue((queue) => queue.dropAborted(signal)), {
        once: true,
      });
    }
    return this.queues[bench].run(task, signal);
  }

  /** Brews handed to piscina and not settled, by bench: at most its threads. */
  handedToThreads(bench: Bench): number {
    return this.queues[bench].running;
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
    let waiting = 0;
    this.eachQueue((queue) => (waiting += queue.size + queue.piscina.queueSize));
    return waiting;
  }

  /** Live threads of both pools. */
  threadCount(): number {
    const all = this.pools.all.threads.length;
    return this.pools.one === this.pools.all ? all : all + this.pools.one.threads.length;
  }

  private eachQueue(visit: (queue: BrewQueue) => void): void {
    visit(this.queues.all);
    if (this.queues.one !== this.queues.all) visit(this.queues.one);
  }

  async close(): Promise<void> {
    this.eachQueue((queue) => queue.close());
    await Promise.all([...new Set(Object.values(this.pools))].map((pool) => pool.destroy()));
  }
}
