import {describe, expect, it} from 'vitest';
import {Semaphore} from '../../source/engine/semaphore.js';

const tick = () => new Promise<void>((resolve) => setImmediate(resolve));

describe('Semaphore', () => {
  it('never admits more than its capacity at once', async () => {
    const semaphore = new Semaphore(3);
    const signal = new AbortController().signal;
    let inside = 0;
    let most = 0;
    const work = async (hold: number) => {
      const release = await semaphore.acquire(signal);
      inside++;
      most = Math.max(most, inside);
      for (let i = 0; i < hold; i++) await tick();
      inside--;
      release();
    };
    await Promise.all(Array.from({length: 12}, (_, i) => work(1 + (i % 4))));
    expect(most).toBe(3);
    expect(inside).toBe(0);
  });

  it('admits waiters first come, first served', async () => {
    const semaphore = new Semaphore(1);
    const signal = new AbortController().signal;
    const first = await semaphore.acquire(signal);
    const order: number[] = [];
    const waiters = [1, 2, 3, 4].map((n) =>
      semaphore.acquire(signal).then((release) => {
        order.push(n);
        release();
      }),
    );
    await tick();
    expect(order).toEqual([]);
    first();
    await Promise.all(waiters);
    expect(order).toEqual([1, 2, 3, 4]);
  });

  it('a newcomer does not overtake waiters when a place frees up', async () => {
    const semaphore = new Semaphore(1);
    const signal = new AbortController().signal;
    const release = await semaphore.acquire(signal);
    const order: string[] = [];
    const waiter = semaphore.acquire(signal).then((r) => (order.push('waiter'), r));
    release();
    const newcomer = semaphore.acquire(signal).then((r) => (order.push('newcomer'), r));
    (await waiter)();
    (await newcomer)();
    expect(order).toEqual(['waiter', 'newcomer']);
  });

  it('releasing twice frees one place, not two', async () => {
    const semaphore = new Semaphore(1);
    const signal = new AbortController().signal;
    const release = await semaphore.acquire(signal);
    release();
    release();
    await semaphore.acquire(signal);
    let second = false;
    void semaphore.acquire(signal).then(() => (second = true));
    await tick();
    expect(second).toBe(false);
  });

  it('an aborted waiter leaves the queue and does not take a place', async () => {
    const semaphore = new Semaphore(1);
    const release = await semaphore.acquire(new AbortController().signal);
    const stop = new AbortController();
    const aborted = semaphore.acquire(stop.signal);
    const patient = semaphore.acquire(new AbortController().signal);
    stop.abort(new Error('left the queue'));
    await expect(aborted).rejects.toThrow('left the queue');
    release();
    await expect(patient).resolves.toBeTypeOf('function');
  });
});

describe('Semaphore under one run signal', () => {
  it('listens to a signal once however many wait under it, and an abort turns all of them away', async () => {
    const semaphore = new Semaphore(1);
    const stop = new AbortController();
    let listeners = 0;
    const add = stop.signal.addEventListener.bind(stop.signal);
    stop.signal.addEventListener = ((...args: Parameters<typeof add>) => {
      listeners++;
      add(...args);
    }) as typeof add;
    const release = await semaphore.acquire(stop.signal);
    const waiters = Array.from({length: 1000}, () => semaphore.acquire(stop.signal));
    await tick();
    // One a waiter was quadratic in the waiters on Node 20 (EventTarget's add walks the list).
    expect(listeners).toBe(1);
    // A waiter under another signal keeps its place in line.
    const other = semaphore.acquire(new AbortController().signal);
    stop.abort(new Error('mode switched'));
    const outcomes = await Promise.allSettled(waiters);
    expect(outcomes.every((o) => o.status === 'rejected')).toBe(true);
    release();
    await expect(other).resolves.toBeTypeOf('function');
  });
});
