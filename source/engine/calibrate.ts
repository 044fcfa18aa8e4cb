import {brewKernel} from './kernel.js';

export type Calibration = {
  /** Kernel work units that take one millisecond on one core of this machine. */
  unitsPerMs: number;
  /** How long calibrating took. */
  spentMs: number;
  checksum: number;
};

/**
 * Measures how much of the brew kernel runs in a millisecond here. It warms the
 * kernel up (so the JIT has compiled it), then times batches and keeps the median
 * rate. Spends at most `budgetMs` (default 80 ms).
 */
export function calibrate(budgetMs = 80, now: () => number = () => performance.now()): Calibration {
  const began = now();
  let checksum = 1;
  const batchUnits = 20_000;
  // Warm-up: a fifth of the budget.
  while (now() - began < budgetMs / 5) checksum = brewKernel(batchUnits, checksum);
  const rates: number[] = [];
  while (now() - began < budgetMs) {
    const start = now();
    let units = 0;
    while (now() - start < 2) {
      checksum = brewKernel(batchUnits, checksum);
      units += batchUnits;
    }
    rates.push(units / (now() - start));
  }
  rates.sort((a, b) => a - b);
  const median = rates[Math.floor(rates.length / 2)] ?? batchUnits;
  return {unitsPerMs: Math.max(1, Math.round(median)), spentMs: now() - began, checksum};
}
