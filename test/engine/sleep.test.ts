import {describe, expect, it} from 'vitest';
import {RunClock} from '../../source/engine/clock.js';
import {RunTimers} from '../../source/engine/sleep.js';

/** Node timers alive in this process now. */
const nodeTimers = () =>
  process.getActiveResourcesInfo().filter((resource) => resource === 'Timeout').length;

const after = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("a run's timers", () => {
  it('waits ending in the same millisecond share one promise, and one Node timer serves them all', async () => {
    // The clock held still for the pair: two calls a busy machine spreads over a
    // millisecond's edge would fall in two milliseconds.
    let held: number | null = null;
    const clock = new RunClock(() => held ?? performance.now());
    const timers = new RunTimers(clock, new AbortController().signal);
    const before = nodeTimers();
    held = performance.now();
    const same = [timers.sleep(5000), timers.sleep(5000)];
    held = null;
    // Most of these 2,000 waits fall in a millisecond of their own.
    const waits = Array.from({length: 2000}, (_, i) => timers.sleep(40 + (i % 400) * 0.5));
    expect(same[0]).toBe(same[1]);
    expect(nodeTimers() - before).toBe(1);
    expect(timers.pending).toBeGreaterThan(150);
    expect(timers.pending).toBeLessThan(2000);
    await Promise.all(waits);
    expect(timers.pending).toBe(1); // the 5 s deadline
  });

  it('resolves waits in the order of their deadlines, none before it', async () => {
    const clock = new RunClock();
    const timers = new RunTimers(clock, new AbortController().signal);
    const ended: number[] = [];
    const lengths = [60, 10, 35, 10, 80, 20];
    await Promise.all(
      lengths.map((ms, index) => {
        const start = clock.elapsed();
        return timers.sleep(ms).then(() => {
          ended.push(index);
          // Rounded to the nearest millisecond: never more than half of one early.
          expect(clock.elapsed() - start).toBeGreaterThanOrEqual(ms - 0.5);
        });
      }),
    );
    expect(ended).toEqual([1, 3, 5, 2, 0, 4]);
  });

  it('an abort rejects every wait at once and leaves no Node timer behind', async () => {
    const clock = new RunClock();
    const run = new AbortController();
    const timers = new RunTimers(clock, run.signal);
    const before = nodeTimers();
    const waits = Array.from({length: 500}, (_, i) => timers.sleep(10_000 + i));
    const outcomes = Promise.allSettled(waits);
    run.abort(new Error('quit'));
    const settled = await outcomes;
    expect(settled.every((outcome) => outcome.status === 'rejected')).toBe(true);
    expect(nodeTimers()).toBe(before);
    expect(timers.pending).toBe(0);
    await expect(timers.sleep(10)).rejects.toThrow('quit');
  });

  it('a paused run holds its waits: the time paused does not count', async () => {
    const clock = new RunClock();
    const timers = new RunTimers(clock, new AbortController().signal);
    let done = false;
    const wait = timers.sleep(40).then(() => (done = true));
    clock.pause();
    await after(150);
    expect(done).toBe(false);
    clock.resume();
    await wait;
    expect(done).toBe(true);
    expect(clock.elapsed()).toBeGreaterThanOrEqual(39.5);
  });
});
