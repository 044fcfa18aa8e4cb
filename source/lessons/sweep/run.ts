import {CoffeeShop} from '../../engine/coffee-shop.js';
import {generateScenario} from '../../engine/scenario.js';
import {computeFigures} from '../../timeline/figures.js';
import {timelineFromEvents} from '../../timeline/reduce.js';
import {repeated, superLinear, type Repeated} from '../../timeline/repeats.js';
import {busyMachineNote} from '../../render/figures-text.js';
import {sweepFigures, type SweepFigures, type SweepPoint} from '../../timeline/amdahl.js';
import {sweepRepeats, type SweepSettings} from './settings.js';

/** A point of the sweep as measured: its repeated makespans, and the busy-machine note if any. */
export type MeasuredPoint = SweepPoint & {makespan: Repeated; busy: string | null};

/**
 * The `cpu` workload in hybrid mode at 1, 2, … maxWorkers barista threads, on the
 * same customers, each worker count run `repeats` times: the point is the median
 * makespan (single samples on a shared machine invert the curve).
 */
export async function runSweep(
  settings: SweepSettings,
  signal: AbortSignal,
  onPoint?: (point: MeasuredPoint) => void,
): Promise<SweepMeasured | null> {
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
export function sweepNotes(figures: SweepMeasured): string[] {
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

/** What the sweep measured: the figures and each point's repeated makespans. */
export type SweepMeasured = SweepFigures & {measured: MeasuredPoint[]};
