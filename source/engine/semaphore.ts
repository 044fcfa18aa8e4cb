/** A waiter in line: how to let it in, how to turn it away, and the signal it waits under. */
type Waiter = {grant: () => void; refuse: (reason: unknown) => void; signal: AbortSignal};

/** A first-come, first-served counting semaphore for the coroutines on the event loop. */
export class Semaphore {
  private available: number;
  private waiting: Waiter[] = [];
  /**
   * The signals it listens to: one listener each, not one a waiter. Node 20's
   * EventTarget walks every listener already there to add one (it rejects
   * duplicates), so one a waiter was quadratic in the waiters: every customer of a
   * run waits under the run's one signal.
   */
  private readonly listening = new WeakSet<AbortSignal>();

  constructor(readonly capacity: number) {
    this.available = capacity;
  }

  async acquire(signal: AbortSignal): Promise<() => void> {
    if (this.available > 0 && this.waiting.length === 0) {
      this.available--;
      return this.releaser();
    }
    await new Promise<void>((resolve, reject) => {
      if (signal.aborted) return reject(signal.reason);
      if (!this.listening.has(signal)) {
        this.listening.add(signal);
        signal.addEventListener('abort', () => this.refuseAll(signal), {once: true});
      }
      this.waiting.push({grant: resolve, refuse: reject, signal});
    });
    return this.releaser();
  }

  /** The signal aborted: its waiters leave the line, in one pass, and take no place. */
  private refuseAll(signal: AbortSignal): void {
    const refused = this.waiting.filter((waiter) => waiter.signal === signal);
    if (refused.length === 0) return;
    this.waiting = this.waiting.filter((waiter) => waiter.signal !== signal);
    for (const waiter of refused) waiter.refuse(signal.reason);
  }

  private releaser(): () => void {
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const next = this.waiting.shift();
      if (next) next.grant();
      else this.available++;
    };
  }
}
