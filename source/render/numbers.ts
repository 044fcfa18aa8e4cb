/**
 * How numbers are written, in one place: the summaries (`--json`) round times to
 * the microsecond; the screen and the exports write seconds and percentages so.
 */

/** A time in ms rounded to the microsecond (three decimals), for the `--json` summaries. */
export const roundMs = (ms: number): number => Math.round(ms * 1000) / 1000;

/** A time in ms as seconds with `digits` decimals: `1.23 s`. */
export const secondsText = (ms: number, digits = 2): string => `${(ms / 1000).toFixed(digits)} s`;

/** A fraction as a whole percentage: `42%`. */
export const percentText = (fraction: number): string => `${Math.round(fraction * 100)}%`;
