/**
 * The statistics every benchmark shares: medians, and ratios paired run by run
 * (each repetition measures both sides back to back; the ratio is taken per pair,
 * so that a noisy machine slows both sides of a pair rather than faking a ratio).
 */

/** The median of a list of numbers (the mean of the middle two for an even count). */
export function median(values) {
  if (values.length === 0) throw new Error('median of no values');
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Median, smallest and largest of a list. */
export function summary(values) {
  return {
    median: median(values),
    min: Math.min(...values),
    max: Math.max(...values),
    n: values.length,
  };
}

/** One ratio per pair: numerators[i] / denominators[i]. */
export function pairedRatios(numerators, denominators) {
  if (numerators.length !== denominators.length)
    throw new Error(`paired ratios need as many numerators as denominators`);
  return numerators.map((value, i) => value / denominators[i]);
}

/**
 * Runs `reps` pairs: each pair measures side `a` and side `b` back to back, the
 * first side alternating from pair to pair (so neither side always runs on a
 * warmer or a quieter machine). Each side is an async function returning a number.
 * Returns the values of each side and the ratios a/b taken pair by pair.
 */
export async function repeatPaired(reps, a, b, onPair = () => {}) {
  const as = [];
  const bs = [];
  for (let rep = 0; rep < reps; rep++) {
    let valueA;
    let valueB;
    if (rep % 2 === 0) {
      valueA = await a(rep);
      valueB = await b(rep);
    } else {
      valueB = await b(rep);
      valueA = await a(rep);
    }
    as.push(valueA);
    bs.push(valueB);
    onPair(rep, valueA, valueB);
  }
  return {a: as, b: bs, ratios: pairedRatios(as, bs)};
}

/** Runs `measure` `reps` times, one after another, and returns the values. */
export async function repeat(reps, measure) {
  const values = [];
  for (let rep = 0; rep < reps; rep++) values.push(await measure(rep));
  return values;
}
