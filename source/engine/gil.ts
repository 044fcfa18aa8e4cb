/**
 * A global interpreter lock in shared memory, like CPython's GIL: a barista
 * thread computes only while it holds the lock, and hands it over at every
 * switch interval. Layout of the Int32Array: [holder (0: free, else the
 * holder's threadId), threads waiting, acquisitions so far].
 */
export const GIL_HOLDER = 0;
export const GIL_WAITING = 1;
export const GIL_ACQUISITIONS = 2;

/** CPython's default switch interval (sys.getswitchinterval()), ms at time scale 1. */
export const gilSwitchIntervalMs = 5;

export const createGil = (): SharedArrayBuffer => new SharedArrayBuffer(3 * 4);

function take(gil: Int32Array, me: number): boolean {
  if (Atomics.compareExchange(gil, GIL_HOLDER, 0, me) !== 0) return false;
  Atomics.add(gil, GIL_ACQUISITIONS, 1);
  Atomics.notify(gil, GIL_ACQUISITIONS);
  return true;
}

/**
 * Takes the lock: a compare-exchange, and while another thread holds it a sleep
 * in Atomics.wait until the holder changes. Returns false, without the lock, as
 * soon as `stop()` says so (it is asked at least every `pollMs`).
 */
export function acquireGil(gil: Int32Array, me: number, stop: () => boolean, pollMs = 20): boolean {
  if (take(gil, me)) return true;
  Atomics.add(gil, GIL_WAITING, 1);
  try {
    for (;;) {
      const holder = Atomics.load(gil, GIL_HOLDER);
      if (holder === 0 && take(gil, me)) return true;
      if (stop()) return false;
      if (holder !== 0) Atomics.wait(gil, GIL_HOLDER, holder, pollMs);
    }
  } finally {
    Atomics.sub(gil, GIL_WAITING, 1);
  }
}

/**
 * Gives the lock back. With `handOver`, a thread that means to take it again
 * waits (at most `handOverMs`) until another waiting thread has taken it: CPython's
 * forced switching, without which the releasing thread would win the lock back at once.
 */
export function releaseGil(gil: Int32Array, handOver: boolean, handOverMs = 50): void {
  const acquisitions = Atomics.load(gil, GIL_ACQUISITIONS);
  Atomics.store(gil, GIL_HOLDER, 0);
  Atomics.notify(gil, GIL_HOLDER, 1);
  if (handOver && Atomics.load(gil, GIL_WAITING) > 0) {
    Atomics.wait(gil, GIL_ACQUISITIONS, acquisitions, handOverMs);
  }
}
