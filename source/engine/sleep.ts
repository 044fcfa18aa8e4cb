import type {RunClock} from './clock.js';

/** The sleepers whose deadline is one millisecond of run time: they share one promise. */
type Deadline = {promise: Promise<void>; resolve: () => void; reject: (reason: unknown) => void};

const ignore = (): void => undefined;

function newDeadline(): Deadline {
  let resolve: () => void = ignore;
  let reject: (reason: unknown) => void = ignore;
  const promise = new Promise<void>((resolvePromise, rejectPromise) => {
    resolve = resolvePromise;
    reject = rejectPromise;
  });
  // Every sleeper handles the abort; this keeps a deadline nobody awaits any more quiet.
  promise.catch(ignore);
  return {promise, resolve, reject};
}

/**
 * A run's timers: waits of run time (a paused run's clock stands still, and so do
 * they) that reject at once when the run's signal aborts.
 *
 * 100,000 customers waiting at once cost one promise per millisecond of deadline
 * and one Node timer in all, armed for the earliest deadline; a heap orders the
 * others. A Node timer, a promise and a closure per waiting customer were three
 * quarters of the memory of such a run. Deadlines are rounded to the nearest
 * millisecond (not up: that made the median wait 1.2 ms late), so a wait ends
 * within half a millisecond either side of its plan, plus the event loop's delay.
 */
export class RunTimers {
  private readonly byDeadline = new Map<number, Deadline>();
  private readonly deadlines = new MinHeap();
  private timer: NodeJS.Timeout | null = null;
  private armedFor = Number.POSITIVE_INFINITY;
  private waitingForResume = false;
  private readonly now = Promise.resolve();

  constructor(
    private readonly clock: RunClock,
    private readonly signal: AbortSignal,
  ) {
    // One listener for every sleeper: one each would make adding one walk every
    // listener already there (EventTarget rejects duplicates), quadratic in the customers.
    signal.addEventListener('abort', this.abortAll, {once: true});
  }

  /** Waits `ms` of run time: the promise every sleeper with the same deadline shares. */
  sleep(ms: number): Promise<void> {
    if (this.signal.aborted) return Promise.reject(this.signal.reason);
    if (ms <= 0.5) return this.now;
    const at = Math.round(this.clock.elapsed() + ms);
    let deadline = this.byDeadline.get(at);
    if (!deadline) {
      deadline = newDeadline();
      this.byDeadline.set(at, deadline);
      this.deadlines.push(at);
      if (at < this.armedFor) this.arm();
    }
    return deadline.promise;
  }

  /** Deadlines not reached yet. */
  get pending(): number {
    return this.byDeadline.size;
  }

  /** One Node timer for the earliest deadline; none while paused (the resume arms it). */
  private arm(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.armedFor = Number.POSITIVE_INFINITY;
    const next = this.deadlines.peek();
    if (next === undefined || this.signal.aborted) return;
    if (this.clock.paused) {
      this.armOnResume();
      return;
    }
    this.armedFor = next;
    this.timer = setTimeout(this.fire, Math.max(0, next - this.clock.elapsed()));
  }

  private readonly fire = (): void => {
    this.timer = null;
    this.armedFor = Number.POSITIVE_INFINITY;
    const now = this.clock.elapsed();
    for (let next = this.deadlines.peek(); next !== undefined && next <= now;) {
      this.deadlines.pop();
      const deadline = this.byDeadline.get(next)!;
      this.byDeadline.delete(next);
      deadline.resolve();
      next = this.deadlines.peek();
    }
    this.arm();
  };

  private armOnResume(): void {
    if (this.waitingForResume) return;
    this.waitingForResume = true;
    this.clock.whenRunning(this.signal).then(() => {
      this.waitingForResume = false;
      this.arm();
    }, ignore);
  }

  private readonly abortAll = (): void => {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    for (const deadline of this.byDeadline.values()) deadline.reject(this.signal.reason);
    this.byDeadline.clear();
    this.deadlines.clear();
  };
}

/** A binary min-heap of numbers (the deadlines, each once). */
class MinHeap {
  private readonly items: number[] = [];

  peek(): number | undefined {
    return this.items[0];
  }

  push(value: number): void {
    const items = this.items;
    let at = items.push(value) - 1;
    while (at > 0) {
      const parent = (at - 1) >> 1;
      if (items[parent]! <= value) break;
      items[at] = items[parent]!;
      at = parent;
    }
    items[at] = value;
  }

  pop(): number | undefined {
    const items = this.items;
    const top = items[0];
    const last = items.pop();
    if (items.length === 0 || last === undefined) return top;
    let at = 0;
    for (;;) {
      const left = at * 2 + 1;
      if (left >= items.length) break;
      const right = left + 1;
      const child = right < items.length && items[right]! < items[left]! ? right : left;
      if (items[child]! >= last) break;
      items[at] = items[child]!;
      at = child;
    }
    items[at] = last;
    return top;
  }

  clear(): void {
    this.items.length = 0;
  }
}
