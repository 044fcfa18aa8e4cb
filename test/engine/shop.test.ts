import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {CoffeeShop} from '../../source/engine/coffee-shop.js';
import {generateScenario} from '../../source/engine/scenario.js';
import type {Mode} from '../../source/protocol/vocabulary.js';
import type {SegmentEvent, ShopEvent} from '../../source/protocol/events.js';
import {computeFigures} from '../../source/timeline/figures.js';
import {timelineFromEvents} from '../../source/timeline/reduce.js';

let shop: CoffeeShop;
beforeAll(async () => {
  shop = await CoffeeShop.open(2);
});
afterAll(async () => {
  await shop.close();
});

const brews = (events: ShopEvent[]) =>
  events.filter((e): e is SegmentEvent => e.kind === 'segment' && e.stepKind === 'brew');

const overlaps = (a: SegmentEvent, b: SegmentEvent) => a.start < b.end && b.start < a.end;

function anyOverlap(segments: SegmentEvent[]): boolean {
  const sorted = [...segments].sort((a, b) => a.start - b.start);
  return sorted.some((s, i) => i > 0 && sorted[i - 1]!.end > s.start);
}

async function run(mode: Mode, workload: 'io' | 'cpu', speed = 4, customers = 4) {
  const scenario = generateScenario({seed: 11, customers, workload});
  const outcome = await shop.run({scenario, mode, speed}).done;
  expect(outcome.aborted).toBe(false);
  expect(outcome.failed).toBe(0);
  return outcome.events;
}

describe('the shop, cpu workload', () => {
  it.each(['sequential', 'concurrent'] as const)(
    '%s: brews never overlap and all run on one thread',
    async (mode) => {
      const segments = brews(await run(mode, 'cpu'));
      expect(segments.length).toBeGreaterThanOrEqual(4);
      expect(anyOverlap(segments)).toBe(false);
      expect(new Set(segments.map((s) => s.thread)).size).toBe(1);
      expect(segments[0]!.thread).not.toBe(0);
    },
  );

  it('concurrent: brews are time-sliced, a customer comes back after another', async () => {
    const segments = brews(await run('concurrent', 'cpu')).sort((a, b) => a.start - b.start);
    expect(segments.every((s) => s.slice !== undefined)).toBe(true);
    const comesBack = segments.some((s, i) =>
      segments
        .slice(i + 1)
        .some(
          (later, j) =>
            later.customer === s.customer &&
            segments.slice(i + 1, i + 1 + j).some((b) => b.customer !== s.customer),
        ),
    );
    expect(comesBack).toBe(true);
  });

  it.each(['parallel', 'hybrid'] as const)(
    '%s with 2 workers: brews overlap, on 2 threads',
    async (mode) => {
      const segments = brews(await run(mode, 'cpu'));
      expect(new Set(segments.map((s) => s.thread)).size).toBe(2);
      const overlapping = segments.some((a, i) =>
        segments.some((b, j) => i !== j && a.thread !== b.thread && overlaps(a, b)),
      );
      expect(overlapping).toBe(true);
    },
  );

  it('sequential: one order at a time, in arrival order', async () => {
    const events = await run('sequential', 'cpu');
    const timeline = timelineFromEvents(events);
    const spans = timeline.customers.map(
      (lane) => [lane.segments[0]!.start, lane.segments.at(-1)!.end] as const,
    );
    for (let i = 1; i < spans.length; i++)
      expect(spans[i]![0]).toBeGreaterThanOrEqual(spans[i - 1]![1] - 1);
  });
});

describe('the shop, io workload', () => {
  it('concurrent: the total is about the longest order, not the sum', async () => {
    const events = await run('concurrent', 'io', 2, 5);
    const figures = computeFigures(timelineFromEvents(events));
    expect(figures.makespanMs).toBeLessThan(1.35 * figures.longestOrderMs);
    expect(figures.makespanMs).toBeLessThan(0.5 * figures.totalWorkMs);
  });
});

describe('the events of a run', () => {
  it('keepEvents: false hands every event to onEvent and keeps no second copy', async () => {
    const scenario = generateScenario({seed: 3, customers: 5, workload: 'io'});
    const heard: ShopEvent[] = [];
    const outcome = await shop.run({
      scenario,
      mode: 'hybrid',
      speed: 8,
      keepEvents: false,
      onEvent: (event) => heard.push(event),
    }).done;
    expect(outcome.events).toEqual([]);
    expect(outcome.failed).toBe(0);
    const timeline = timelineFromEvents(heard);
    expect(timeline.customers.every((lane) => lane.servedAt !== null)).toBe(true);
    expect(heard.at(-1)).toMatchObject({kind: 'run-end', aborted: false});
  });
});

describe('cancellation and pause', () => {
  it('an aborted run leaves no barista computing 200 ms later, and keeps the threads', async () => {
    const threads = shop.pool.threadCount();
    const controller = new AbortController();
    const scenario = generateScenario({seed: 5, customers: 6, workload: 'cpu'});
    const handle = shop.run({scenario, mode: 'hybrid', speed: 0.5, signal: controller.signal});
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(shop.pool.computingNow()).toBeGreaterThan(0);
    controller.abort();
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(shop.pool.computingNow()).toBe(0);
    expect(handle.brewsInProgress()).toEqual([]);
    const outcome = await handle.done;
    expect(outcome.aborted).toBe(true);
    expect(outcome.events.at(-1)).toMatchObject({kind: 'run-end', aborted: true});
    expect(shop.pool.threadCount()).toBe(threads);
  });

  it('a paused run computes nothing and its clock stands still', async () => {
    const scenario = generateScenario({seed: 5, customers: 3, workload: 'cpu'});
    const handle = shop.run({scenario, mode: 'hybrid', speed: 2});
    await new Promise((resolve) => setTimeout(resolve, 250));
    handle.pause();
    // Every barista sees the pause word within half a ms of its own CPU time; on a
    // loaded machine a thread may wait a while for a core to see it, so this waits
    // (up to 5 s) for none to be computing rather than assuming 50 ms is enough.
    const until = Date.now() + 5000;
    while (shop.pool.computingNow() > 0 && Date.now() < until) {
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    expect(shop.pool.computingNow()).toBe(0);
    const frozen = handle.clock.elapsed();
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(handle.clock.elapsed()).toBe(frozen);
    handle.resume();
    const outcome = await handle.done;
    expect(outcome.aborted).toBe(false);
    // The 350 ms pause is left out: no segment spans it.
    const timeline = timelineFromEvents(outcome.events);
    expect(timeline.customers.every((lane) => lane.servedAt !== null)).toBe(true);
  });
});
