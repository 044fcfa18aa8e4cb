import {Worker} from 'node:worker_threads';
import {afterEach, describe, expect, it} from 'vitest';
import {
  acquireGil,
  createGil,
  GIL_ACQUISITIONS,
  GIL_HOLDER,
  GIL_WAITING,
  releaseGil,
} from '../../source/engine/gil.js';

const never = () => false;
const builtGil = new URL('../../dist/engine/gil.js', import.meta.url).href;

/**
 * A second thread (id 2) that waits for the lock, holds it until told to let go
 * (word 0 of `letGo` set to 1), then gives it back. It runs the built gil.js:
 * worker threads run JavaScript (`npm test` builds first).
 */
function contender(gil: SharedArrayBuffer, letGo: SharedArrayBuffer): Worker {
  const source = `
    const {workerData} = require('node:worker_threads');
    import(workerData.builtGil).then(({acquireGil, releaseGil}) => {
      const gil = new Int32Array(workerData.gil);
      const letGo = new Int32Array(workerData.letGo);
      acquireGil(gil, 2, () => false, 5);
      Atomics.wait(letGo, 0, 0);
      releaseGil(gil, false);
    });`;
  return new Worker(source, {eval: true, workerData: {gil, letGo, builtGil}});
}

/** Blocks this thread until `check()` holds (Atomics.wait in 1 ms steps), at most `limitMs`. */
function waitUntil(check: () => boolean, limitMs = 10_000): void {
  const nap = new Int32Array(new SharedArrayBuffer(4));
  const until = Date.now() + limitMs;
  while (!check()) {
    if (Date.now() > until) throw new Error('the other thread never got there');
    Atomics.wait(nap, 0, 0, 1);
  }
}

describe('the GIL', () => {
  let worker: Worker | undefined;
  afterEach(async () => {
    await worker?.terminate();
    worker = undefined;
  });

  it('one thread: take, give back, take again; each taking counted', () => {
    const gil = new Int32Array(createGil());
    expect(acquireGil(gil, 1, never)).toBe(true);
    expect(Atomics.load(gil, GIL_HOLDER)).toBe(1);
    releaseGil(gil, true); // nobody waits: no hand-over to wait for
    expect(Atomics.load(gil, GIL_HOLDER)).toBe(0);
    expect(acquireGil(gil, 1, never)).toBe(true);
    expect(Atomics.load(gil, GIL_ACQUISITIONS)).toBe(2);
  });

  it('a thread that must stop gives up waiting without the lock', () => {
    const gil = new Int32Array(createGil());
    Atomics.store(gil, GIL_HOLDER, 7); // held by another thread
    expect(acquireGil(gil, 1, () => true, 1)).toBe(false);
    expect(Atomics.load(gil, GIL_HOLDER)).toBe(7);
    expect(Atomics.load(gil, GIL_WAITING)).toBe(0);
  });

  it('hands over: a release with handOver returns once the waiting thread holds the lock', () => {
    const buffer = createGil();
    const gil = new Int32Array(buffer);
    const letGo = new SharedArrayBuffer(4);
    expect(acquireGil(gil, 1, never)).toBe(true);
    worker = contender(buffer, letGo);
    waitUntil(() => Atomics.load(gil, GIL_WAITING) === 1);
    // Generous: the hand-over is normally a matter of microseconds.
    releaseGil(gil, true, 10_000);
    // Without the hand-over the lock would still be free here, and this thread could take it back.
    expect(Atomics.load(gil, GIL_HOLDER)).toBe(2);
    expect(acquireGil(gil, 1, () => Atomics.load(gil, GIL_HOLDER) === 2, 1)).toBe(false);
    Atomics.store(new Int32Array(letGo), 0, 1);
    Atomics.notify(new Int32Array(letGo), 0);
    expect(acquireGil(gil, 1, never)).toBe(true);
    expect(Atomics.load(gil, GIL_ACQUISITIONS)).toBe(3);
  });
});
