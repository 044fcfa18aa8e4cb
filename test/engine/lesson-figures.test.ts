import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import type {CoffeeShop} from '../../source/engine/coffee-shop.js';
import {computeFigures} from '../../source/timeline/figures.js';
import {lessonHeadline, speedupText} from '../../source/render/figures-text.js';
import {figureLines} from '../../source/ui/figures.js';
import {openShop, runOnce} from '../helpers/run-helpers.js';

describe("each mode's own figure, on the real pool", () => {
  let shop: CoffeeShop;
  beforeAll(async () => {
    shop = await openShop(2);
  });
  afterAll(() => shop.close());

  it('gil on the mixed workload: at once at most 1, never a CPU speed-up above 1.2× vs one thread', async () => {
    const timeline = await runOnce(shop, {mode: 'gil', workload: 'mixed', customers: 4, speed: 8});
    expect(timeline.customers.every((lane) => lane.servedAt !== null)).toBe(true);
    const figures = computeFigures(timeline);
    const p = figures.parallelism;
    // Cores in use at any millisecond, each brew at its thread's share of a core.
    expect(p.atOncePeak).toBeLessThanOrEqual(1.05);
    expect(p.cpuSpeedup).not.toBeNull();
    expect(p.cpuSpeedup!).toBeLessThanOrEqual(1.2);
    // What the dashboard writes, with the sequential run of the same customers known:
    // every speed-up it shows stays at or below 1.2× (the overlapping waits are not credited).
    const sequential = await runOnce(shop, {
      mode: 'sequential',
      workload: 'mixed',
      customers: 4,
      speed: 8,
    });
    const shown = computeFigures(timeline, sequential.endedAt);
    const text = Object.values(figureLines(timeline, shown)).join('\n');
    const speedups = [...text.matchAll(/(\d+\.\d+)×/g)].map((match) => Number(match[1]));
    expect(speedups.length).toBeGreaterThan(0);
    for (const speedup of speedups) expect(speedup).toBeLessThanOrEqual(1.2);
    expect(speedupText(timeline, shown)).toBeNull();
  });

  it('brews carry the CPU time their thread obtained, where /proc tells it', async () => {
    const timeline = await runOnce(shop, {mode: 'hybrid', workload: 'cpu', customers: 2, speed: 8});
    const brews = [...timeline.threads.values()].flatMap((lane) =>
      lane.segments.filter((s) => s.stepKind === 'brew'),
    );
    expect(brews.length).toBeGreaterThan(0);
    if (process.platform === 'linux') {
      for (const brew of brews) {
        expect(brew.cpuMs).toBeTypeOf('number');
        // Exact to a scheduler tick (a few ms) either way.
        expect(brew.cpuMs!).toBeLessThanOrEqual(brew.end - brew.start + 20);
      }
    }
  });

  it('blocking: the stalls and the late timers, no speed-up', async () => {
    const timeline = await runOnce(shop, {
      mode: 'blocking',
      workload: 'mixed',
      customers: 3,
      speed: 8,
    });
    const figures = computeFigures(timeline, 10_000);
    expect(figures.stalls.stalls).toBeGreaterThan(0);
    expect(figures.stalls.longestStallMs).toBeGreaterThan(0);
    const headline = lessonHeadline(timeline, figures, false);
    expect(headline).toMatch(/^longest stall \d+ ms · stalled \d+\.\d\d s in all · /);
    expect(headline).not.toMatch(/\d×/);
    expect(speedupText(timeline, figures)).toBeNull();
  });
});
