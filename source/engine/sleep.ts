import {setTimeout as delay} from 'node:timers/promises';
import type {RunClock} from './clock.js';

/**
 * Waits `ms` of run time on the event loop: an awaited timer, which does not count
 * while the run is paused and rejects at once when `signal` aborts.
 */
export async function runSleep(clock: RunClock, ms: number, signal: AbortSignal): Promise<void> {
  let remaining = ms;
  while (remaining > 0.5) {
    await clock.whenRunning(signal);
    const started = clock.elapsed();
    await delay(remaining, undefined, {signal});
    remaining -= clock.elapsed() - started;
  }
}
