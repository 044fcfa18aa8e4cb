import {describe, expect, it} from 'vitest';
import {amdahl, karpFlatt, sweepFigures} from '../../source/timeline/amdahl.js';

describe('Amdahl and Karp–Flatt', () => {
  it('recovers the serial fraction that produced a speed-up', () => {
    const speedup = amdahl(0.1, 4);
    expect(karpFlatt(speedup, 4)).toBeCloseTo(0.1);
    expect(amdahl(0, 8)).toBeCloseTo(8);
    expect(amdahl(1, 8)).toBeCloseTo(1);
  });

  it('fits at the most workers that still have a core, and predicts no gain past the cores', () => {
    const figures = sweepFigures(
      [
        {workers: 1, makespanMs: 1000},
        {workers: 2, makespanMs: 550},
        {workers: 3, makespanMs: 560},
        {workers: 4, makespanMs: 580},
      ],
      2,
    );
    expect(figures.fitAt).toBe(2);
    expect(figures.serialFraction).toBeCloseTo(karpFlatt(1000 / 550, 2));
    expect(figures.points.map((p) => p.ideal)).toEqual([1, 2, 3, 4]);
    expect(figures.points[1]!.amdahl).toBeCloseTo(1000 / 550);
    expect(figures.points[3]!.amdahl).toBeCloseTo(figures.points[1]!.amdahl!);
    expect(figures.points[2]!.speedup).toBeCloseTo(1000 / 560);
  });

  it('has no fit with one core', () => {
    const figures = sweepFigures([{workers: 1, makespanMs: 10}], 1);
    expect(figures.serialFraction).toBeNull();
    expect(figures.points[0]!.amdahl).toBeNull();
  });
});
