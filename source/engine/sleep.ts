import type {RunClock} from './clock.js';

type PendingTimer = {timer: NodeJS.Timeout; reject: (reason: unknown) => void};

/**
 * The timers waiting on each run's signal. One abort listener per signal clears
 * them all: a listener per timer would make adding each one walk every listener
 * already there (EventTarget rejects duplicates), quadratic in the customers.
 */
const pendingBySignal = new WeakMap<AbortSignal, Set<PendingTimer>>();

function pendingFor(signal: AbortSignal): Set<PendingTimer> {
  let pending = pendingBySignal.get(signal);
  if (!pending) {
    const timers = new Set<PendingTimer>();
    signal.addEventListener(
      'abort',
      () => {
        for (const {timer, reject} of timers) {
          clearTimeout(timer);
          reject(signal.reason);
        }
        timers.clear();
      },
      {once: true},
    );
    pendingBySignal.set(signal, timers);
    pending = timers;
  }
  return pending;
}

/** An awaited timer that rejects at once when `signal` aborts. */
function delay(ms: number, signal: AbortSignal): Promise<void> {
  if (signal.aborted) return Promise.reject(signal.reason);
  const pending = pendingFor(signal);
  return new Promise((resolve, reject) => {
    const entry: PendingTimer = {
      timer: setTimeout(() => {
        pending.delete(entry);
        resolve();
      }, ms),
      reject,
    };
    pending.add(entry);
  });
}

/**
 * Waits `ms` of run time on the event loop: an awaited timer, which does not count
 * while the run is paused and rejects at once when `signal` aborts.
 */
export function runSleep(clock: RunClock, ms: number, signal: AbortSignal): Promise<void> {
  if (ms <= 0.5) return signal.aborted ? Promise.reject(signal.reason) : Promise.resolve();
  if (clock.paused) return sleepThroughPauses(clock, ms, signal);
  // While the clock runs: one timer and no async frame; a pause during it sleeps the rest.
  const started = clock.elapsed();
  return delay(ms, signal).then(() => {
    const left = ms - (clock.elapsed() - started);
    return left > 0.5 ? sleepThroughPauses(clock, left, signal) : undefined;
  });
}

async function sleepThroughPauses(clock: RunClock, ms: number, signal: AbortSignal): Promise<void> {
  let remaining = ms;
  while (remaining > 0.5) {
    await clock.whenRunning(signal);
    const started = clock.elapsed();
    await delay(remaining, signal);
    remaining -= clock.elapsed() - started;
  }
}
