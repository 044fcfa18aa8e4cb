import {describe, expect, it} from 'vitest';
import {
  drawingBudget,
  frameDrawn,
  frameStarted,
  lastFrameCostMs,
} from '../../source/ui/use-frames.js';

/** Blocks this thread for `ms` of wall time without using a CPU (a frame held up by a busy machine). */
const blockWithoutComputing = (ms: number) =>
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

describe("a frame's cost for the drawing budget", () => {
  it('is the main thread’s CPU time, not the wall time it waited for a core', () => {
    frameStarted();
    blockWithoutComputing(120);
    frameDrawn();
    // Wall time would be ≥ 120 ms; CPU time is ~0, off by at most a scheduler tick or two.
    expect(lastFrameCostMs()).toBeLessThan(40);
    expect(lastFrameCostMs()).toBeGreaterThanOrEqual(0);
  });
});

describe('the drawing budget', () => {
  it('keeps drawing to 2.5 % of the machine when the baristas fill every core', () => {
    // As a share of one core: 0.05 of a core on 2 cores is 2.5 % of the machine.
    expect(drawingBudget(2, 2)).toBeCloseTo(0.05);
    expect(drawingBudget(2, 3)).toBeCloseTo(0.05);
    // Never more than a tenth of a core, however many cores.
    expect(drawingBudget(16, 16)).toBeCloseTo(0.1);
  });

  it('allows a tenth of a core when a core is spare', () => {
    expect(drawingBudget(2, 1)).toBeCloseTo(0.1);
    expect(drawingBudget(16, 2)).toBeCloseTo(0.1);
  });
});
