/** A figure measured several times: its median and its range. */
export type Repeated = {median: number; min: number; max: number; samples: number[]};

/** The median of `values` (the mean of the middle two for an even count). */
export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export function repeated(values: readonly number[]): Repeated {
  return {
    median: median(values),
    min: Math.min(...values),
    max: Math.max(...values),
    samples: [...values],
  };
}

/** The run whose figure is the median (the lower middle one for an even count), to show as "the" run. */
export function medianIndex(values: readonly number[]): number {
  const order = values.map((value, index) => [value, index] as const).sort((a, b) => a[0] - b[0]);
  return order[Math.floor((order.length - 1) / 2)]![1];
}

/** `1.234 s (1.201–1.302)`: a median and its range, in seconds. */
export const secondsWithRange = (r: Repeated): string =>
  `${(r.median / 1000).toFixed(3)} s (${(r.min / 1000).toFixed(3)}–${(r.max / 1000).toFixed(3)})`;

/**
 * A speed-up above what `threads` threads can give (with 10 % for noise) means
 * the baseline was disturbed: other programs slowed it, not this run beating physics.
 */
export const superLinear = (speedup: number, threads: number): boolean =>
  speedup > Math.max(1, threads) * 1.1;
