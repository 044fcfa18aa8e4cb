import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import type {CoffeeShop} from '../../source/engine/coffee-shop.js';
import {planFor} from '../../source/engine/modes.js';
import {generateScenario} from '../../source/engine/scenario.js';
import {allSegments, overlaps, runOnce, openShop} from '../helpers/run-helpers.js';

describe('gil mode', () => {
  let shop: CoffeeShop;
  beforeAll(async () => {
    shop = await openShop(2);
  });
  afterAll(() => shop.close());

  it('plans every barista thread under one lock', () => {
    expect(planFor('gil', 4)).toMatchObject({brewOn: 'all', underGil: true, orderSlots: null});
  });

  it('takes turns: no two brews overlap, yet at least two threads brew', async () => {
    const timeline = await runOnce(shop, {mode: 'gil', workload: 'cpu', customers: 3, speed: 4});
    expect(timeline.customers.every((lane) => lane.servedAt !== null)).toBe(true);
    const brews = allSegments(timeline).filter((s) => s.stepKind === 'brew');
    expect(overlaps(brews)).toEqual([]);
    expect(new Set(brews.map((s) => s.thread)).size).toBeGreaterThanOrEqual(2);
    // The lock is handed over at every switch interval (5 ms / speed 4), so a brew
    // of hundreds of ms is many holding intervals, none much longer than the interval.
    expect(brews.length).toBeGreaterThan(20);
    const longest = Math.max(...brews.map((s) => s.end - s.start));
    expect(longest).toBeLessThan(50);
    // At most one brew at a time: the brew time fits in the span it was spread over,
    // so N threads under the lock brew no faster than one (speed-up about 1).
    const span = Math.max(...brews.map((s) => s.end)) - Math.min(...brews.map((s) => s.start));
    const brewTime = brews.reduce((sum, s) => sum + s.end - s.start, 0);
    expect(brewTime / span).toBeLessThanOrEqual(1.001);
  });

  it('turns between threads: consecutive holds often change thread', async () => {
    const timeline = await runOnce(shop, {mode: 'gil', workload: 'cpu', customers: 2, speed: 4});
    const brews = allSegments(timeline)
      .filter((s) => s.stepKind === 'brew')
      .sort((a, b) => a.start - b.start);
    const handovers = brews.filter((s, i) => i > 0 && s.thread !== brews[i - 1]!.thread).length;
    expect(handovers).toBeGreaterThan(5);
  });
});

describe('gil mode, stopped', () => {
  it('ends promptly when aborted: no thread left computing or holding the lock', async () => {
    const shop = await openShop(2);
    try {
      const stop = new AbortController();
      const run = shop.run({
        scenario: generateScenario({seed: 7, customers: 4, workload: 'cpu'}),
        mode: 'gil',
        speed: 1,
        signal: stop.signal,
      });
      setTimeout(() => stop.abort(), 200);
      const outcome = await run.done;
      expect(outcome.aborted).toBe(true);
      expect(shop.pool.computingNow()).toBe(0);
    } finally {
      await shop.close();
    }
  });
});
