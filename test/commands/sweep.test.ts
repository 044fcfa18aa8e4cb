import {describe, expect, it} from 'vitest';
import {sweepRun} from '../../source/commands/sweep.js';
import {sweepNotes} from '../../source/lessons/sweep/run.js';
import {sweepFigures} from '../../source/timeline/amdahl.js';
import {repeated} from '../../source/timeline/repeats.js';
import {captureStream} from '../helpers/capture.js';

describe('sweep', () => {
  it('measures a point per worker count, with speed-up against one worker', async () => {
    const out = captureStream();
    const code = await sweepRun(
      {cores: 2, maxWorkers: 3, customers: 3, seed: 7, speed: 16, json: true},
      out.stream,
    );
    expect(code).toBe(0);
    const json = JSON.parse(out.text()) as {
      cores: number;
      serial_fraction: number | null;
      repeats: number;
      points: Array<{
        workers: number;
        makespan_ms: number;
        makespan_range_ms: [number, number];
        speedup: number;
        amdahl: number | null;
      }>;
    };
    // Each point is the median of at least 3 runs, its range beside it.
    expect(json.repeats).toBeGreaterThanOrEqual(3);
    for (const point of json.points) {
      expect(point.makespan_range_ms[0]).toBeLessThanOrEqual(point.makespan_ms);
      expect(point.makespan_range_ms[1]).toBeGreaterThanOrEqual(point.makespan_ms);
    }
    expect(json.cores).toBe(2);
    expect(json.points.map((p) => p.workers)).toEqual([1, 2, 3]);
    expect(json.points[0]!.speedup).toBe(1);
    for (const point of json.points) {
      expect(point.makespan_ms).toBeGreaterThan(0);
      expect(point.speedup).toBeGreaterThan(0);
    }
    expect(json.serial_fraction).not.toBeNull();
  });

  it('draws the chart in plain form', async () => {
    const out = captureStream();
    await sweepRun(
      {cores: 1, maxWorkers: 2, customers: 2, seed: 7, speed: 16, json: false},
      out.stream,
    );
    const text = out.text();
    expect(text).toMatch(/^\s+1\s+\d+\.\d{3}s\s+1\.00×/m);
    expect(text).toContain('more threads than cores');
    expect(text).toContain('█ measured');
  });

  it('never presents a speed-up above the cores without saying the baseline was disturbed', () => {
    const measured = [
      {workers: 1, makespanMs: 1000},
      {workers: 2, makespanMs: 520},
      {workers: 8, makespanMs: 300},
    ].map((point) => ({...point, makespan: repeated([point.makespanMs]), busy: null}));
    const notes = sweepNotes({...sweepFigures(measured, 2), measured});
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatch(
      /^3\.33× at 8 workers is more than 2 core\(s\) can give: the 1-worker baseline was disturbed/,
    );
  });
});
