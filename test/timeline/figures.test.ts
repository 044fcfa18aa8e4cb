import {describe, expect, it} from 'vitest';
import {computeFigures} from '../../source/timeline/figures.js';
import {timelineFromEvents} from '../../source/timeline/reduce.js';
import {events} from '../fixtures/two-customers.js';

describe('figures', () => {
  const timeline = timelineFromEvents(events);

  it('measures makespan, work, busy time and latency from the segments', () => {
    const figures = computeFigures(timeline);
    expect(figures.makespanMs).toBe(550);
    expect(figures.totalWorkMs).toBe(900);
    expect(figures.longestOrderMs).toBe(450);
    expect(figures.brewMs).toBe(600);
    expect(figures.busyMsByThread).toMatchObject({1: 300, 2: 300});
    expect(figures.utilisationByThread[1]).toBeCloseTo(300 / 550);
    // The main thread's busy time is the event loop's measured utilisation.
    expect(figures.busyMsByThread[0]).toBeCloseTo(0.1 * 100 + 0.2 * 100);
    expect(figures.latencyMsByCustomer).toEqual({1: 450, 2: 450});
    expect(figures.ordersDone).toBe(2);
    expect(figures.loopLagMaxMs).toBe(4);
    expect(figures.overlap).toBeCloseTo(900 / 550);
  });

  it('gives a speed-up only against a known sequential run', () => {
    expect(computeFigures(timeline).speedup).toBeNull();
    expect(computeFigures(timeline, 1100).speedup).toBeCloseTo(2);
  });
});
