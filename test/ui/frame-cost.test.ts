import {describe, expect, it} from 'vitest';
import {frameDrawn, frameStarted, lastFrameCostMs} from '../../source/ui/use-frames.js';

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
