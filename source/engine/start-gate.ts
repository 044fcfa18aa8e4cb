/**
 * A start gate in shared memory, so that the threads of a lesson start their
 * work together: each thread checks in and sleeps until the main thread opens
 * the gate. Layout of the Int32Array: [threads checked in, open (0 or 1)].
 */
const READY = 0;
const OPEN = 1;

export const createStartGate = (): SharedArrayBuffer => new SharedArrayBuffer(2 * 4);

/** On a worker thread: checks in, then waits (at most `timeoutMs`) for the gate to open. */
export function waitAtGate(buffer: SharedArrayBuffer, timeoutMs = 5000): void {
  const gate = new Int32Array(buffer);
  Atomics.add(gate, READY, 1);
  Atomics.notify(gate, READY);
  const until = performance.now() + timeoutMs;
  while (Atomics.load(gate, OPEN) === 0 && performance.now() < until) {
    Atomics.wait(gate, OPEN, 0, 50);
  }
}

/**
 * On the main thread: opens the gate once `threads` threads have checked in (or
 * after `timeoutMs`, so that a lesson never hangs on a thread that did not start).
 */
export async function openGateWhenReady(
  buffer: SharedArrayBuffer,
  threads: number,
  timeoutMs = 5000,
): Promise<void> {
  const gate = new Int32Array(buffer);
  const until = performance.now() + timeoutMs;
  while (Atomics.load(gate, READY) < threads && performance.now() < until) {
    await new Promise((resolve) => setTimeout(resolve, 1));
  }
  Atomics.store(gate, OPEN, 1);
  Atomics.notify(gate, OPEN);
}
