import {threadId} from 'node:worker_threads';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
// The shop's thread runs the built worker (dist/workers/shop.js): npm test builds first.
import {generateScenario} from '../../source/engine/scenario.js';
import {ShopThread} from '../../source/engine/shop-thread.js';
import type {Mode} from '../../source/protocol/vocabulary.js';
import type {Workload} from '../../source/protocol/vocabulary.js';
import type {ShopEvent} from '../../source/protocol/events.js';
import {timelineFromEvents} from '../../source/timeline/reduce.js';
import {allSegments} from '../helpers/run-helpers.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Blocks this (the dashboard's) thread for `ms`, as drawing a heavy frame does. */
function blockThisThread(ms: number): void {
  const start = performance.now();
  while (performance.now() - start < ms);
}

function start(
  shop: ShopThread,
  options: {mode: Mode; workload: Workload; customers: number; speed: number},
) {
  const events: ShopEvent[] = [];
  const scenario = generateScenario({
    seed: 7,
    customers: options.customers,
    workload: options.workload,
  });
  const abort = new AbortController();
  const run = shop.run(
    {scenario, mode: options.mode, speed: options.speed},
    {onEvent: (event) => events.push(event), signal: abort.signal},
  );
  return {run, events, abort};
}

describe('the shop on a thread of its own', () => {
  let shop: ShopThread;
  beforeAll(async () => {
    shop = await ShopThread.open(2);
  });
  afterAll(() => shop.close());

  it('runs the customers there: events arrive in order, brews on barista threads, read live from shared memory', async () => {
    const {run, events} = start(shop, {mode: 'hybrid', workload: 'cpu', customers: 4, speed: 4});
    const seenBrews: number[] = [];
    const times: number[] = [];
    const watch = setInterval(() => {
      seenBrews.push(run.brewsInProgress().length);
      times.push(run.now());
    }, 10);
    const outcome = await run.done;
    clearInterval(watch);
    expect(outcome.aborted).toBe(false);
    expect(events[0]?.kind).toBe('run-start');
    expect(events.at(-1)?.kind).toBe('run-end');
    const timeline = timelineFromEvents(events);
    expect(timeline.customers.every((lane) => lane.servedAt !== null)).toBe(true);
    const brewThreads = new Set(
      allSegments(timeline)
        .filter((s) => s.stepKind === 'brew')
        .map((s) => s.thread),
    );
    expect(brewThreads.size).toBe(2);
    expect(brewThreads.has(threadId)).toBe(false);
    // now() and the board were read here without asking the shop: time moved, brews showed.
    expect(Math.max(...seenBrews)).toBeGreaterThanOrEqual(1);
    expect(times.at(-1)!).toBeGreaterThan(times[0]!);
    expect(timeline.loop.length).toBeGreaterThan(0);
  });

  it("measures the shop's loop, not this one: a thread drawing heavy frames leaves the shop's lag small", async () => {
    const {run, events} = start(shop, {
      mode: 'concurrent',
      workload: 'io',
      customers: 8,
      speed: 2,
    });
    // This thread busy 150 ms of every 200, like a slow dashboard, until the run ends.
    let ended = false;
    void run.done.finally(() => (ended = true));
    const blocks: number[] = [];
    while (!ended) {
      blockThisThread(150);
      blocks.push(150);
      await sleep(50);
    }
    expect(blocks.length).toBeGreaterThanOrEqual(3);
    const lagMax = Math.max(...timelineFromEvents(events).loop.map((s) => s.lagMaxMs));
    // On the old design (the shop on this thread) the lag was ≥ 150 ms here.
    expect(lagMax).toBeLessThan(100);
  });

  it('pause stops the run clock here at once, resume runs it again', async () => {
    const {run} = start(shop, {mode: 'hybrid', workload: 'io', customers: 4, speed: 1});
    await sleep(150);
    run.pause();
    const paused = run.now();
    await sleep(150);
    expect(run.now()).toBe(paused);
    run.resume();
    await sleep(100);
    expect(run.now()).toBeGreaterThan(paused + 50);
    const outcome = await run.done;
    expect(outcome.aborted).toBe(false);
  });

  it('blocking mode: the stall counts up here while this thread keeps running, and the lag equals it', async () => {
    const {run, events} = start(shop, {
      mode: 'blocking',
      workload: 'cpu',
      customers: 3,
      speed: 2,
    });
    const stalls: number[] = [];
    const nows: number[] = [];
    // This thread's timer keeps firing through the shop's stall.
    const watch = setInterval(() => {
      stalls.push(run.stalledMs());
      nows.push(run.now());
    }, 10);
    await run.done;
    clearInterval(watch);
    const stalled = stalls.filter((ms) => ms > 0);
    expect(stalled.length).toBeGreaterThan(5);
    // the counter counts up, and the shop's clock stood still meanwhile
    expect(stalled.some((ms, i) => i > 0 && ms > stalled[i - 1]!)).toBe(true);
    const frozen = nows.filter((t, i) => i > 0 && stalls[i]! > 0 && t === nows[i - 1]);
    expect(frozen.length).toBeGreaterThan(0);
    const timeline = timelineFromEvents(events);
    const longestBrew = Math.max(
      ...allSegments(timeline)
        .filter((s) => s.stepKind === 'brew')
        .map((s) => s.end - s.start),
    );
    const lagMax = Math.max(...timeline.loop.map((s) => s.lagMaxMs));
    expect(lagMax).toBeGreaterThanOrEqual(0.9 * longestBrew - 3);
  });

  it('an engine error on the shop thread comes back as an error', async () => {
    const {run} = start(shop, {
      mode: 'no such mode' as Mode,
      workload: 'io',
      customers: 2,
      speed: 4,
    });
    await expect(run.done).rejects.toThrow(/./);
    // and the shop still runs the next run
    const next = start(shop, {mode: 'hybrid', workload: 'io', customers: 2, speed: 4});
    expect((await next.run.done).aborted).toBe(false);
  });

  it('runs a lesson there and hands its report over line by line; an abort ends it', async () => {
    const lines: string[] = [];
    const settings = {workers: 2, speed: 4, seed: 7};
    await shop.lesson('race', settings, (line) => lines.push(line), new AbortController().signal);
    expect(lines.join('\n')).toMatch(/expected/i);
    // The sweep takes many seconds: an abort a moment in ends it early, its report cut short.
    const abort = new AbortController();
    const sweepLines: string[] = [];
    const sweep = shop.lesson('sweep', settings, (line) => sweepLines.push(line), abort.signal);
    await sleep(300);
    abort.abort();
    const ended = await Promise.race([
      sweep.then(
        () => 'ended',
        () => 'ended',
      ),
      sleep(10_000).then(() => 'still running'),
    ]);
    expect(ended).toBe('ended');
    expect(sweepLines.join('\n')).not.toMatch(/Amdahl|best/i);
    // and the shop still runs the next run
    const next = start(shop, {mode: 'hybrid', workload: 'io', customers: 2, speed: 4});
    expect((await next.run.done).aborted).toBe(false);
  });
});

describe('closing the shop on its own thread', () => {
  it('ends its thread mid-stall, at once, and a run waiting on it gets an error, not a hang', async () => {
    const shop = await ShopThread.open(2);
    const {run} = start(shop, {mode: 'blocking', workload: 'cpu', customers: 4, speed: 0.5});
    const outcome = run.done.then(
      () => 'settled',
      (error: Error) => error.message,
    );
    const began = performance.now();
    while (run.stalledMs() === 0 && performance.now() - began < 10_000) await sleep(10);
    expect(run.stalledMs()).toBeGreaterThan(0);
    const closing = performance.now();
    await shop.close();
    // The stall had seconds to go (4 brews at half speed); closing did not wait for it.
    expect(performance.now() - closing).toBeLessThan(1000);
    expect(shop.threadCount()).toBe(0);
    expect(await outcome).toMatch(/ended/);
  });

  it('an abort while the shop is stalled ends the run for the dashboard at once', async () => {
    const shop = await ShopThread.open(1);
    try {
      const {run, abort} = start(shop, {
        mode: 'blocking',
        workload: 'cpu',
        customers: 4,
        speed: 0.5,
      });
      const began = performance.now();
      while (run.stalledMs() === 0 && performance.now() - began < 10_000) await sleep(10);
      abort.abort();
      const aborted = performance.now();
      expect((await run.done).aborted).toBe(true);
      expect(performance.now() - aborted).toBeLessThan(500);
    } finally {
      await shop.close();
    }
  });
});
