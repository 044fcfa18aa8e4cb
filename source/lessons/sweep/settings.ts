/** The sweep's own settings: how far it goes, on which customers, how fast, how often. */
export type SweepSettings = {
  cores: number;
  maxWorkers: number;
  customers: number;
  seed: number;
  speed: number;
  /** Runs per worker count; the median makespan is the point, its range is shown (default 3). */
  repeats?: number;
};

/** Runs per worker count in the sweep. */
export const sweepRepeats = 3;

/** The sweep runs fast by default: brews of 75 to 225 ms instead of 0.6 to 1.8 s. */
export const sweepDefaultSpeed = 8;

/**
 * The largest worker count by default: 4 × the cores (at most 64), so that the
 * curve goes well past the cores, where the lesson is (it stays flat there).
 */
export const defaultMaxWorkers = (cores: number): number => Math.min(64, 4 * cores);

/**
 * The sweep's settings, the same from the command line and from the dashboard:
 * 1 to 4 × the cores threads, at least 8 customers and one per thread, brews 8×
 * faster; the command line's --max-workers, --customers and --speed override.
 */
export function sweepSettingsFor(
  seed: number,
  cores: number,
  given: {maxWorkers?: number; customers?: number; speed?: number} = {},
): SweepSettings {
  const maxWorkers = given.maxWorkers ?? defaultMaxWorkers(cores);
  return {
    cores,
    maxWorkers,
    customers: given.customers ?? Math.max(8, maxWorkers),
    seed,
    speed: given.speed ?? sweepDefaultSpeed,
  };
}
