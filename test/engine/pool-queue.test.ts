import {getEventListeners} from 'node:events';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {BaristaPool} from '../../source/engine/pool.js';
import {PAUSED, RUNNING} from '../../source/engine/control.js';
import type {BrewResult, BrewTask} from '../../source/engine/brew-task.js';

/** A run's control word, paused at first so that brews pile up. */
function pausedControl(): Int32Array {
  const control = new Int32Array(new SharedArrayBuffer(4));
  Atomics.store(control, 0, PAUSED);
  return control;
}

function resume(control: Int32Array): void {
  Atomics.store(control, 0, RUNNING);
  Atomics.notify(control, 0);
}

const smallBrew = (control: Int32Array, customer: number): BrewTask => ({
  units: 2000,
  chunkUnits: 1000,
  seed: customer,
  control: control.buffer as SharedArrayBuffer,
  customer,
  step: 0,
});

describe('BaristaPool queues brews itself', () => {
  let pool: BaristaPool;
  beforeAll(async () => {
    pool = await BaristaPool.start(2, 1000);
  });
  afterAll(async () => {
    await pool.close();
  });

  it('hands piscina at most one brew per thread, with one abort listener per signal', async () => {
    const control = pausedControl();
    const run = new AbortController();
    const brews = Array.from({length: 40}, (_, i) =>
      pool.run(smallBrew(control, i + 1), 'all', run.signal),
    );
    expect(pool.handedToThreads('all')).toBe(2);
    expect(pool.queued()).toBe(38);
    // The two brews piscina holds and the pool's own one listener, not forty.
    expect(getEventListeners(run.signal, 'abort').length).toBeLessThanOrEqual(3);
    let mostHanded = 0;
    const watched = brews.map((brew) =>
      brew.then((result) => {
        mostHanded = Math.max(mostHanded, pool.handedToThreads('all'));
        return result;
      }),
    );
    resume(control);
    const results = await Promise.all(watched);
    expect(results.every((result) => result.unitsDone === 2000)).toBe(true);
    expect(mostHanded).toBeLessThanOrEqual(2);
    expect(pool.queued()).toBe(0);
    expect(pool.handedToThreads('all')).toBe(0);
  });

  it('runs the brews of one thread in the order they were sent', async () => {
    const control = pausedControl();
    const brews = Array.from({length: 25}, (_, i) => pool.run(smallBrew(control, i + 1), 'one'));
    expect(pool.handedToThreads('one')).toBe(1);
    resume(control);
    const results: BrewResult[] = await Promise.all(brews);
    const starts = results.map((result) => result.intervals[0]![0]);
    for (let i = 1; i < starts.length; i++)
      expect(starts[i]).toBeGreaterThanOrEqual(starts[i - 1]!);
    expect(new Set(results.map((result) => result.threadId)).size).toBe(1);
  });

  it('an abort reaches the brews still waiting at once, and the pool serves the next run', async () => {
    const control = pausedControl();
    const run = new AbortController();
    const brews = Array.from({length: 30}, (_, i) =>
      pool.run(smallBrew(control, i + 1), 'all', run.signal),
    );
    const settled = Promise.allSettled(brews);
    run.abort();
    const outcomes = await settled;
    expect(outcomes.every((outcome) => outcome.status === 'rejected')).toBe(true);
    const reasons = outcomes.map((outcome) =>
      outcome.status === 'rejected' ? (outcome.reason as Error).name : 'fulfilled',
    );
    expect(new Set(reasons)).toEqual(new Set(['AbortError']));
    expect(pool.queued()).toBe(0);
    // A brew sent after the abort, with a signal already aborted, never starts.
    await expect(pool.run(smallBrew(control, 99), 'all', run.signal)).rejects.toMatchObject({
      name: 'AbortError',
    });
    // The threads piscina ended for the two brews in progress are started again.
    const next = pausedControl();
    resume(next);
    const after = await Promise.all([1, 2, 3].map((i) => pool.run(smallBrew(next, i), 'all')));
    expect(after.map((result) => result.unitsDone)).toEqual([2000, 2000, 2000]);
  });
});
