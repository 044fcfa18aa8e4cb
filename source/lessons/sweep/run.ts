import {CoffeeShop} from '../../engine/coffee-shop.js';
import {generateScenario} from '../../engine/scenario.js';
import {computeFigures} from '../../timeline/figures.js';
import {timelineFromEvents} from '../../timeline/reduce.js';
import {repeated, superLinear, type Repeated} from '../../timeline/repeats.js';
import {busyMachineNote} from '../../render/figures-text.js';
import {sweepFigures, type SweepFigures, type SweepPoint} from '../../timeline/amdahl.js';

export type SweepSettings = {
  cores: number;
  maxWorkers: number;
  customers: number;
  seed: number;
  speed: number;
  json: boolean;
  /** --out FILE.svg: the chart as a picture too. */
  out?: string | null;
  theme?: 'dark' | 'light';
  force?: boolean;
  /** Runs per worker count; the median makespan is the point, its range is shown (default 3). */
  repeats?: number;
};

/** Runs per worker count in the sweep. */
export const sweepRepeats = 3;

/** A point of the sweep as measured: its repeated makespans, and the busy-machine note if any. */
export type MeasuredPoint = SweepPoint & {makespan: Repeated; busy: string | null};

/** The sweep runs fast by default: brews of 75 to 225 ms instead of 0.6 to 1.8 s. */
export const sweepDefaultSpeed = 8;

/**
 * The `cpu` workload in hybrid mode at 1, 2, … maxWorkers barista threads, on the
 * same customers, each worker count run `repeats` times: the point is the median
 * makespan (single samples on a shared machine invert the curve).
 */
export async function runSweep(
  settings: SweepSettings,
  signal: AbortSignal,
  onPoint?: (point: MeasuredPoint) => void,
): Promise<(SweepFigures & {measured: MeasuredPoint[]}) | null> {
  const scenario = generateScenario({
    seed: settings.seed,
    customers: settings.customers,
    workload: 'cpu',
  });
  const repeats = Math.max(1, settings.repeats ?? sweepRepeats);
  const shop = await CoffeeShop.open(1);
  try {
    const measured: MeasuredPoint[] = [];
    for (let workers = 1; workers <= settings.maxWorkers; workers++) {
      await shop.resize(workers);
      const makespans: number[] = [];
      let busy: string | null = null;
      for (let run = 0; run < repeats; run++) {
        const outcome = await shop.run({scenario, mode: 'hybrid', speed: settings.speed, signal})
          .done;
        if (outcome.aborted) return null;
        const figures = computeFigures(timelineFromEvents(outcome.events));
        makespans.push(figures.makespanMs);
        busy ??= busyMachineNote(figures.parallelism);
      }
      const makespan = repeated(makespans);
      const point = {workers, makespanMs: makespan.median, makespan, busy};
      measured.push(point);
      onPoint?.(point);
    }
    return {...sweepFigures(measured, settings.cores), measured};
  } finally {
    await shop.close();
  }
}

/**
 * Notes under the chart: a speed-up above what the cores (or the threads) can
 * give says the 1-worker baseline was disturbed; a busy machine is said too.
 */
export function sweepNotes(figures: SweepFigures & {measured: MeasuredPoint[]}): string[] {
  const notes: string[] = [];
  for (const point of figures.points) {
    const possible = Math.min(point.workers, figures.cores);
    if (superLinear(point.speedup, possible))
      notes.push(
        `${point.speedup.toFixed(2)}× at ${point.workers} workers is more than ${possible} core(s) can give: the 1-worker baseline was disturbed (other programs took the cores)`,
      );
  }
  const busy = figures.measured.filter((point) => point.busy !== null);
  if (busy.length > 0)
    notes.push(
      `${busy[0]!.busy} (at ${busy.length === figures.measured.length ? 'every point' : busy.map((point) => `${point.workers} worker(s)`).join(', ')}): the curve shows what other programs left of the cores`,
    );
  return notes;
}
