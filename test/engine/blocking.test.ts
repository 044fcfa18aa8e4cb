import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import type {CoffeeShop} from '../../source/engine/coffee-shop.js';
import {MAIN_THREAD} from '../../source/protocol/events.js';
import {computeFigures} from '../../source/timeline/figures.js';
import {allSegments, runOnce, openShop} from '../helpers/run-helpers.js';

describe('blocking mode', () => {
  let shop: CoffeeShop;
  beforeAll(async () => {
    shop = await openShop(2);
  });
  afterAll(() => shop.close());

  it('stalls the event loop: lag reaches half the longest brew, and timers fire late', async () => {
    const timeline = await runOnce(shop, {
      mode: 'blocking',
      workload: 'cpu',
      customers: 4,
      speed: 4,
    });
    const segments = allSegments(timeline);
    const brews = segments.filter((s) => s.stepKind === 'brew');
    expect(brews.every((s) => s.thread === MAIN_THREAD)).toBe(true);
    const longestBrew = Math.max(...brews.map((s) => s.end - s.start));
    expect(longestBrew).toBeGreaterThan(50);

    const figures = computeFigures(timeline);
    expect(figures.loopLagMaxMs).toBeGreaterThanOrEqual(longestBrew / 2);

    // Each wait knows how long it was planned to take; a brew on the loop makes the timers late.
    const lateness = segments
      .filter((s) => s.plannedMs !== undefined)
      .map((s) => s.end - s.start - s.plannedMs!);
    expect(Math.max(...lateness)).toBeGreaterThanOrEqual(longestBrew / 2);
  });
});
