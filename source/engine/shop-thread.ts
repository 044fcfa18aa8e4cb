import {RunFault} from '../run-fault.js';
import {Worker} from 'node:worker_threads';
import {readBoard} from './brew-task.js';
import {ABORTED, PAUSED, RUNNING, RunControl} from './control.js';
import {
  createHeartbeat,
  heartbeatIntervalMs,
  type FromShop,
  type ShopLessonName,
  type ShopLessonSettings,
  type ShopPoolInfo,
  type ShopRunRequest,
  type ShopThreadData,
  type ToShop,
} from '../protocol/shop-messages.js';
import {workerUrl} from './worker-file.js';
import type {ShopEvent} from '../protocol/events.js';

const workerFile = new URL(workerUrl('shop'));

/** The heartbeat may be this old before the shop counts as stalled (its timer plus some jitter). */
export const stallAfterMs = 5 * heartbeatIntervalMs;

const epochNow = (): number => performance.timeOrigin + performance.now();

/** A run on the shop's thread, as the dashboard's thread sees it: nothing here waits for the shop. */
export type ShopThreadRun = {
  /** Settles when the run ends; rejects when the engine failed on the shop's thread. */
  done: Promise<{aborted: boolean; failed: number}>;
  /** Run time now, from the origin the shop wrote to shared memory; stops while the shop is stalled. */
  now(): number;
  /** Brews computing right now, read from the pool's board in shared memory. */
  brewsInProgress(): Array<{thread: number; customer: number; step: number; start: number}>;
  /** How long the shop's event loop has been stalled (its heartbeat standing still); 0 when it runs. */
  stalledMs(): number;
  pause(): void;
  resume(): void;
};

/**
 * The run clock as the dashboard's thread keeps it: the origin the shop wrote
 * (epoch ms) and the pauses the dashboard asked for, at the instants it sent.
 */
class MirrorClock {
  private readonly origin: Float64Array;
  private readonly pauses: Array<[number, number]> = [];
  private pausedSince: number | null = null;

  constructor(readonly originBuffer = new SharedArrayBuffer(8)) {
    this.origin = new Float64Array(originBuffer);
  }

  /** Run time at an epoch instant; 0 before the shop started the run. */
  fromEpoch(epochMs: number): number {
    const origin = this.origin[0]!;
    if (origin === 0) return 0;
    let paused = 0;
    const upTo = (to: number) => Math.max(0, Math.min(to, epochMs) - Math.max(origin, 0));
    for (const [from, to] of this.pauses) paused += Math.max(0, upTo(to) - upTo(from));
    if (this.pausedSince !== null) paused += Math.max(0, upTo(epochMs) - upTo(this.pausedSince));
    return epochMs - origin - paused;
  }

  pause(at: number): void {
    if (this.pausedSince === null) this.pausedSince = at;
  }

  resume(at: number): void {
    if (this.pausedSince === null) return;
    this.pauses.push([this.pausedSince, at]);
    this.pausedSince = null;
  }

  get paused(): boolean {
    return this.pausedSince !== null;
  }
}

type Pending = {resolve: () => void; reject: (error: Error) => void};
type RunState = {
  onEvent: (event: ShopEvent) => void;
  resolve: (outcome: {aborted: boolean; failed: number}) => void;
  reject: (error: Error) => void;
};

/**
 * The shop on a thread of its own (workers/shop.ts): calibration, the barista
 * pool, the customers' coroutines and the loop monitor run there, so drawing a
 * frame here never delays them and the loop figures describe the shop alone.
 * Events arrive in batches; the board of brews, the run's clock origin, the
 * control word and the heartbeat are shared memory, read here without asking.
 */
export class ShopThread {
  private readonly heartbeat: Int32Array;
  private pool: ShopPoolInfo | null = null;
  private board: Float64Array | null = null;
  private readonly runs = new Map<number, RunState>();
  private readonly requests = new Map<number, Pending>();
  /** Where each lesson in progress sends its report's lines, by request. */
  private readonly lessonLines = new Map<number, (line: string) => void>();
  private nextId = 1;
  private failure: Error | null = null;
  private exited = false;
  private readonly exit: Promise<void>;

  private constructor(
    private readonly worker: Worker,
    heartbeat: SharedArrayBuffer,
    private readonly opened: Pending,
  ) {
    this.heartbeat = new Int32Array(heartbeat);
    worker.on('message', (message: FromShop) => this.receive(message));
    worker.on('error', (error) => this.fail(error));
    this.exit = new Promise((resolve) =>
      worker.once('exit', (code) => {
        this.exited = true;
        this.fail(new Error(`the shop's thread ended (exit code ${code})`));
        resolve();
      }),
    );
  }

  /**
   * Starts the shop's thread, which calibrates and starts `workers` barista threads.
   * `signal` gives up the opening: the shop's thread is terminated, and with it every
   * barista thread it started, so a quit never waits for 256 threads to start.
   */
  static open(
    workers: number,
    calibrationBudgetMs = 80,
    signal?: AbortSignal,
  ): Promise<ShopThread> {
    const heartbeat = createHeartbeat();
    const workerData: ShopThreadData = {
      workers,
      calibrationBudgetMs,
      heartbeat,
      hostTimeOrigin: performance.timeOrigin,
    };
    return new Promise((resolve, reject) => {
      let shop: ShopThread | null = null;
      const worker = new Worker(workerFile, {workerData});
      const onAbort = () => {
        void worker.terminate();
        reject(
          signal?.reason instanceof Error ? signal.reason : new Error('the opening was given up'),
        );
      };
      shop = new ShopThread(worker, heartbeat, {
        resolve: () => {
          signal?.removeEventListener('abort', onAbort);
          resolve(shop!);
        },
        reject: (error) => {
          signal?.removeEventListener('abort', onAbort);
          reject(error);
          void worker.terminate();
        },
      });
      if (signal?.aborted) onAbort();
      else signal?.addEventListener('abort', onAbort, {once: true});
    });
  }

  get workers(): number {
    return this.pool?.workers ?? 0;
  }

  /** Live threads: the shop's own and its baristas (as the shop last reported them). */
  threadCount(): number {
    return this.exited ? 0 : 1 + (this.pool?.threadCount ?? 0);
  }

  run(
    request: ShopRunRequest,
    options: {onEvent?: (event: ShopEvent) => void; signal?: AbortSignal} = {},
  ): ShopThreadRun {
    const id = this.nextId++;
    const control = new RunControl();
    const clock = new MirrorClock();
    const done = new Promise<{aborted: boolean; failed: number}>((resolve, reject) => {
      if (this.failure) return reject(this.failure);
      this.runs.set(id, {onEvent: options.onEvent ?? (() => {}), resolve, reject});
      this.send({
        type: 'run',
        run: id,
        request,
        control: control.buffer,
        origin: clock.originBuffer,
      });
    });
    const abort = () => {
      // The baristas see the control word at once; the shop's coroutines get the message.
      control.set(ABORTED);
      if (!this.exited) this.send({type: 'abort', run: id});
      // A stalled shop reads it only when its loop runs again: the run is over for
      // the dashboard now (a key or `q` mid-stall is not kept waiting).
      if (this.stalledMs() > stallAfterMs) {
        this.runs.get(id)?.resolve({aborted: true, failed: 0});
        this.runs.delete(id);
      }
    };
    if (options.signal?.aborted) abort();
    options.signal?.addEventListener('abort', abort, {once: true});
    void done.then(
      () => options.signal?.removeEventListener('abort', abort),
      () => options.signal?.removeEventListener('abort', abort),
    );
    const stalledMs = () => (clock.paused ? 0 : this.stalledMs());
    return {
      done,
      now: () => clock.fromEpoch(epochNow() - Math.max(0, stalledMs() - stallAfterMs)),
      brewsInProgress: () =>
        this.board
          ? readBoard(this.board).map((brew) => ({
              thread: brew.threadId,
              customer: brew.customer,
              step: brew.step,
              start: clock.fromEpoch(brew.startEpoch),
            }))
          : [],
      stalledMs: () => {
        const stalled = stalledMs();
        return stalled > stallAfterMs ? stalled : 0;
      },
      pause: () => {
        const at = epochNow();
        control.set(PAUSED);
        clock.pause(at);
        this.send({type: 'pause', run: id, atEpoch: at});
      },
      resume: () => {
        const at = epochNow();
        control.set(RUNNING);
        clock.resume(at);
        this.send({type: 'resume', run: id, atEpoch: at});
      },
    };
  }

  /** How long ago the shop's event loop last beat. */
  private stalledMs(): number {
    if (this.exited) return 0;
    return Math.max(0, performance.now() - Atomics.load(this.heartbeat, 0));
  }

  /** A different number of baristas: the shop starts a new pool (no run may be in progress). */
  resize(workers: number): Promise<void> {
    return this.request((request) => ({type: 'resize', request, workers}));
  }

  /**
   * Ends the shop: its runs, its pool, its thread. A shop that does not answer
   * within `graceMs` (its loop stalled by a brew, say) has its thread terminated.
   */
  async close(graceMs = 1000): Promise<void> {
    if (this.exited) return;
    // A stalled shop cannot answer: its thread (and with it its barista threads) ends now.
    if (this.stalledMs() > stallAfterMs) return this.terminate();
    const closed = this.request((request) => ({type: 'close', request})).catch(() => undefined);
    const timer = setTimeout(() => void this.worker.terminate(), graceMs);
    await Promise.race([closed, this.exit]);
    clearTimeout(timer);
    if (!this.exited) await this.worker.terminate();
    await this.exit;
  }

  /** Ends the shop's thread at once (its barista threads end with it). */
  async terminate(): Promise<void> {
    await this.worker.terminate();
    await this.exit;
  }

  /**
   * Runs a lesson (or the sweep) on the shop's thread and hands its report over
   * line by line: its threads and its loop are then as undisturbed by the frames
   * drawn here as the shop's runs. `signal` ends it early.
   */
  lesson(
    name: ShopLessonName,
    settings: ShopLessonSettings,
    onLine: (line: string) => void,
    signal: AbortSignal,
  ): Promise<void> {
    if (this.failure) return Promise.reject(this.failure);
    const id = this.nextId++;
    const onAbort = () => this.send({type: 'lesson-abort', request: id});
    this.lessonLines.set(id, onLine);
    signal.addEventListener('abort', onAbort, {once: true});
    return new Promise<void>((resolve, reject) => {
      this.requests.set(id, {resolve, reject});
      this.send({type: 'lesson', request: id, name, settings});
    }).finally(() => {
      signal.removeEventListener('abort', onAbort);
      this.lessonLines.delete(id);
    });
  }

  private request(message: (request: number) => ToShop): Promise<void> {
    if (this.failure) return Promise.reject(this.failure);
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.requests.set(id, {resolve, reject});
      this.send(message(id));
    });
  }

  private send(message: ToShop): void {
    this.worker.postMessage(message);
  }

  private setPool(pool: ShopPoolInfo): void {
    this.pool = pool;
    this.board = new Float64Array(pool.shared.board);
  }

  private receive(message: FromShop): void {
    switch (message.type) {
      case 'open':
        this.setPool(message.pool);
        this.opened.resolve();
        return;
      case 'events': {
        const run = this.runs.get(message.run);
        if (run) for (const event of message.events) run.onEvent(event);
        return;
      }
      case 'run-done':
        if (this.pool) this.pool = {...this.pool, threadCount: message.threadCount};
        this.runs.get(message.run)?.resolve({aborted: message.aborted, failed: message.failed});
        this.runs.delete(message.run);
        return;
      case 'run-error':
        this.runs.get(message.run)?.reject(new Error(message.message));
        this.runs.delete(message.run);
        return;
      case 'resized':
        this.setPool(message.pool);
        this.settle(message.request);
        return;
      case 'lesson-line':
        this.lessonLines.get(message.request)?.(message.line);
        return;
      case 'lesson-done':
        this.settle(message.request);
        return;
      case 'closed':
        this.settle(message.request);
        return;
      case 'error':
        // A barista thread that cannot start is a RunFault there and here: one line, exit 1.
        if (message.request === null)
          this.fail(message.fault ? new RunFault(message.message) : new Error(message.message));
        else this.settle(message.request, new Error(message.message));
        return;
    }
  }

  private settle(request: number, error?: Error): void {
    const pending = this.requests.get(request);
    this.requests.delete(request);
    if (error) pending?.reject(error);
    else pending?.resolve();
  }

  /** The shop's thread failed or ended: everything waiting on it gets the error. */
  private fail(error: Error): void {
    this.failure ??= error;
    this.opened.reject(error);
    for (const run of this.runs.values()) run.reject(error);
    this.runs.clear();
    for (const pending of this.requests.values()) pending.reject(error);
    this.requests.clear();
  }
}
