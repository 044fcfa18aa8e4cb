/** A measured point of the thread sweep. */
export type SweepPoint = {workers: number; makespanMs: number};

export type SweepFigures = {
  cores: number;
  /** Serial fraction from the measured speed-up at `fitAt` workers (the Karp–Flatt metric), or null. */
  serialFraction: number | null;
  fitAt: number | null;
  points: Array<{
    workers: number;
    makespanMs: number;
    /** The 1-worker makespan over this one. */
    speedup: number;
    /** The ideal line: w workers, w times as fast. */
    ideal: number;
    /** Amdahl's law with the measured serial fraction on min(workers, cores) processors. */
    amdahl: number | null;
  }>;
};

/** The serial fraction that explains a measured speed-up on n processors (Karp–Flatt). */
export function karpFlatt(speedup: number, n: number): number {
  if (n <= 1 || speedup <= 0) return 1;
  return Math.min(1, Math.max(0, (1 / speedup - 1 / n) / (1 - 1 / n)));
}

/** Amdahl's law: the speed-up of a job whose serial fraction is `serial`, on n processors. */
export const amdahl = (serial: number, n: number): number => 1 / (serial + (1 - serial) / n);

/**
 * Speed-ups against one worker, the ideal line, and Amdahl's prediction from the
 * serial fraction measured at the largest worker count that still has a core of
 * its own (threads beyond the cores add no processors).
 */
export function sweepFigures(measured: readonly SweepPoint[], cores: number): SweepFigures {
  const base = measured.find((point) => point.workers === 1)?.makespanMs ?? null;
  const speedupOf = (point: SweepPoint) =>
    base !== null && point.makespanMs > 0 ? base / point.makespanMs : 0;
  const fit = measured
    .filter((point) => point.workers > 1 && point.workers <= cores)
    .sort((a, b) => b.workers - a.workers)[0];
  const serialFraction = base !== null && fit ? karpFlatt(speedupOf(fit), fit.workers) : null;
  return {
    cores,
    serialFraction,
    fitAt: fit?.workers ?? null,
    points: measured.map((point) => ({
      workers: point.workers,
      makespanMs: point.makespanMs,
      speedup: speedupOf(point),
      ideal: point.workers,
      amdahl:
        serialFraction === null ? null : amdahl(serialFraction, Math.min(point.workers, cores)),
    })),
  };
}
