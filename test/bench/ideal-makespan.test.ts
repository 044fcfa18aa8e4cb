import {describe, expect, it} from 'vitest';
import {idealMakespan, idealSpeedup} from '../../bench/ideal-makespan.js';

type Step = {kind: 'order' | 'brew' | 'machine' | 'serve'; ms: number};

const scenario = (drinks: Array<{arrivalMs: number; steps: Step[]}>) => ({
  menu: Object.fromEntries(drinks.map((drink, i) => [`drink ${i}`, drink.steps])),
  customers: drinks.map((drink, i) => ({
    id: i + 1,
    name: String(i + 1),
    drink: `drink ${i}`,
    arrivalMs: drink.arrivalMs,
  })),
});

const brew = (ms: number): Step => ({kind: 'brew', ms});

describe('the ideal makespan of a scenario', () => {
  it('is the sum of equal brews on one thread and one brew on as many threads', () => {
    const two = scenario([
      {arrivalMs: 0, steps: [brew(100)]},
      {arrivalMs: 0, steps: [brew(100)]},
    ]);
    expect(idealMakespan(two, 1)).toBe(200);
    expect(idealMakespan(two, 2)).toBe(100);
    expect(idealSpeedup(two, 2)).toBe(2);
  });

  it('counts the waits around a brew, which no thread shortens', () => {
    const one = scenario([
      {arrivalMs: 10, steps: [{kind: 'order', ms: 50}, brew(100), {kind: 'machine', ms: 30}]},
    ]);
    expect(idealMakespan(one, 1)).toBe(190);
    expect(idealMakespan(one, 4)).toBe(190);
  });

  it('hands brews out first come, first served, so unequal drinks cap the speed-up', () => {
    // The long brew is queued last: on 2 threads it starts after a short one.
    const uneven = scenario([
      {arrivalMs: 0, steps: [brew(100)]},
      {arrivalMs: 1, steps: [brew(100)]},
      {arrivalMs: 2, steps: [brew(300)]},
    ]);
    expect(idealMakespan(uneven, 1)).toBe(500);
    expect(idealMakespan(uneven, 2)).toBe(400);
    expect(idealSpeedup(uneven, 2)).toBe(1.25);
  });

  it('scales every duration by the speed', () => {
    const two = scenario([
      {arrivalMs: 100, steps: [brew(100)]},
      {arrivalMs: 100, steps: [brew(100)]},
    ]);
    expect(idealMakespan(two, 1, 2)).toBe(150);
  });
});
