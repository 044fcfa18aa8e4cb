import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import type {CoffeeShop} from '../../source/engine/coffee-shop.js';
import {computeFigures} from '../../source/timeline/figures.js';
import {allSegments, overlaps, runOnce, openShop} from '../helpers/run-helpers.js';

describe('shared espresso machines', () => {
  let shop: CoffeeShop;
  beforeAll(async () => {
    shop = await openShop(2);
  });
  afterAll(() => shop.close());

  it('with one machine no two machine steps overlap, and the wait in line is measured', async () => {
    const timeline = await runOnce(shop, {
      mode: 'hybrid',
      workload: 'io',
      customers: 4,
      speed: 4,
      machines: 1,
    });
    const machine = allSegments(timeline).filter((s) => s.stepKind === 'machine');
    expect(machine).toHaveLength(4);
    expect(overlaps(machine, 0)).toEqual([]);
    // Every machine step queued first; the queue ends where its machine step begins.
    expect(timeline.queues).toHaveLength(4);
    for (const queue of timeline.queues) {
      const used = machine.find((s) => s.customer === queue.customer && s.step === queue.step);
      expect(used).toBeDefined();
      expect(queue.end).toBeLessThanOrEqual(used!.start + 0.001);
    }
    const {machineWait} = computeFigures(timeline);
    expect(machineWait.machines).toBe(1);
    expect(machineWait.queued).toBe(4);
    // io machine steps last hundreds of ms and customers arrive 25 ms apart: someone waits.
    expect(machineWait.totalMs).toBeGreaterThan(50);
  });

  it('without --machines the machine steps overlap freely and nobody queues', async () => {
    const timeline = await runOnce(shop, {mode: 'hybrid', workload: 'io', customers: 4, speed: 4});
    const machine = allSegments(timeline).filter((s) => s.stepKind === 'machine');
    expect(overlaps(machine, 0).length).toBeGreaterThan(0);
    expect(timeline.queues).toEqual([]);
    expect(computeFigures(timeline).machineWait.machines).toBeNull();
  });
});
