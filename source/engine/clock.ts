/** Milliseconds on the main thread's performance timeline. */
export type Now = () => number;

export const performanceNow: Now = () => performance.now();

/**
 * A run's clock: milliseconds since the run started, with paused intervals left
 * out. Times read on worker threads (epoch ms) are mapped onto it through
 * performance.timeOrigin, so every thread's measurements share one axis.
 */
export class RunClock {
  readonly origin: number;
  private readonly pauses: Array<[number, number]> = [];
  private pausedSince: number | null = null;
  private readonly resumeWaiters = new Set<() => void>();

  constructor(readonly now: Now = performanceNow) {
    this.origin = now();
  }

  get paused(): boolean {
    return this.pausedSince !== null;
  }

  /** Run time now. */
  elapsed(): number {
    return this.toRunTime(this.now());
  }

  /** Maps an instant on the main thread's timeline to run time. */
  toRunTime(mainMs: number): number {
    let paused = 0;
    for (const [from, to] of this.pauses) paused += overlap(from, to, this.origin, mainMs);
    if (this.pausedSince !== null) paused += overlap(this.pausedSince, mainMs, this.origin, mainMs);
    return mainMs - this.origin - paused;
  }

  /** Maps an epoch time read on any thread (timeOrigin + now()) to run time. */
  fromEpoch(epochMs: number): number {
    return this.toRunTime(epochMs - performance.timeOrigin);
  }

  /** Stops the clock, now or at `at` (an instant on this thread's timeline, e.g. a key press on another thread). */
  pause(at: number = this.now()): void {
    if (this.pausedSince === null) this.pausedSince = Math.min(at, this.now());
  }

  /** Runs the clock again, now or from `at`. */
  resume(at: number = this.now()): void {
    if (this.pausedSince === null) return;
    this.pauses.push([this.pausedSince, Math.max(this.pausedSince, Math.min(at, this.now()))]);
    this.pausedSince = null;
    for (const wake of this.resumeWaiters) wake();
    this.resumeWaiters.clear();
  }

  /** Total paused time so far. */
  pausedMs(): number {
    return this.now() - this.origin - this.elapsed();
  }

  /** Resolves when the clock runs again (at once if it runs). */
  whenRunning(signal?: AbortSignal): Promise<void> {
    if (!this.paused) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const onAbort = () => {
        this.resumeWaiters.delete(wake);
        reject(signal?.reason);
      };
      const wake = () => {
        signal?.removeEventListener('abort', onAbort);
        resolve();
      };
      if (signal?.aborted) return reject(signal.reason);
      signal?.addEventListener('abort', onAbort, {once: true});
      this.resumeWaiters.add(wake);
    });
  }
}

const overlap = (a0: number, a1: number, b0: number, b1: number): number =>
  Math.max(0, Math.min(a1, b1) - Math.max(a0, b0));
