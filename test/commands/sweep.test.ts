import {describe, expect, it} from 'vitest';
import {sweepRun} from '../../source/commands/sweep.js';
import {captureStream} from './capture.js';

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
      points: Array<{workers: number; makespan_ms: number; speedup: number; amdahl: number | null}>;
    };
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
});
