import {CoffeeShop} from '../engine/coffee-shop.js';
import {generateScenario} from '../engine/scenario.js';
import {computeFigures} from '../timeline/figures.js';
import {timelineFromEvents} from '../timeline/reduce.js';
import {repeated, secondsWithRange, superLinear, type Repeated} from '../timeline/repeats.js';
import {busyMachineNote} from '../render/figures-text.js';
import {sweepFigures, type SweepFigures, type SweepPoint} from '../timeline/amdahl.js';
import {sweepChart} from '../render/sweep-chart.js';
import {sweepSvg} from '../render/sweep-svg.js';
import {checkOutputPath, writeFileAtomically} from '../record/output-file.js';
import {UsageError} from '../usage-error.js';
import {abortOnSignals, EXIT_INTERRUPTED} from '../cli/interrupt.js';
import {maxWorkersSetting, type RawFlags, type RunSettings} from '../cli/options.js';
import {inertText} from '../protocol/inert-text.js';

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

/** The sweep's settings: 1 to 4 × the cores workers, at least as many customers as workers. */
export function sweepSettings(flags: RawFlags, run: RunSettings, cores: number): SweepSettings {
  const maxWorkers = maxWorkersSetting(flags, cores);
  return {
    cores,
    maxWorkers,
    customers: flags.customers === undefined ? Math.max(8, maxWorkers) : run.customers,
    seed: run.seed,
    speed: flags.speed === undefined ? sweepDefaultSpeed : run.speed,
    json: run.json,
    out: sweepOut(flags),
    theme: run.theme,
    force: run.force ?? false,
  };
}

function sweepOut(flags: RawFlags): string | null {
  const out = flags.out;
  if (out === undefined) return null;
  if (typeof out !== 'string' || !out.toLowerCase().endsWith('.svg')) {
    throw new UsageError(
      `--out ${JSON.stringify(out ?? '')} is not accepted for the sweep; use a file name ending in .svg`,
    );
  }
  checkOutputPath(out, flags.force === true, `--out ${out}`);
  return out;
}

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

const round = (ms: number) => Math.round(ms * 1000) / 1000;

export const sweepSummary = (
  figures: SweepFigures & {measured: MeasuredPoint[]},
  settings: SweepSettings,
) => ({
  cores: figures.cores,
  workload: 'cpu',
  mode: 'hybrid',
  customers: settings.customers,
  speed: settings.speed,
  repeats: Math.max(1, settings.repeats ?? sweepRepeats),
  serial_fraction: figures.serialFraction,
  points: figures.points.map((p, i) => ({
    workers: p.workers,
    makespan_ms: round(p.makespanMs),
    makespan_range_ms: [
      round(figures.measured[i]!.makespan.min),
      round(figures.measured[i]!.makespan.max),
    ],
    speedup: p.speedup,
    ideal: p.ideal,
    amdahl: p.amdahl,
  })),
  notes: sweepNotes(figures),
});

/** `brewlanes sweep`: the measured speed-up against the number of worker threads. */
export async function sweepRun(
  settings: SweepSettings,
  out: NodeJS.WritableStream = process.stdout,
): Promise<number> {
  const write = (line: string) => out.write(`${line}\n`);
  const interrupt = new AbortController();
  const removeHandlers = abortOnSignals(interrupt);
  try {
    if (!settings.json) {
      write(
        `Sweep: the cpu workload (${settings.customers} customers, speed ${settings.speed}×) in hybrid mode at 1 to ${settings.maxWorkers} barista threads, on ${settings.cores} cores; each point the median of ${Math.max(1, settings.repeats ?? sweepRepeats)} runs (range shown)`,
      );
    }
    const figures = await runSweep(settings, interrupt.signal, (point) => {
      if (!settings.json)
        write(`  ${point.workers} worker(s): ${secondsWithRange(point.makespan)}`);
    });
    if (figures === null) return EXIT_INTERRUPTED;
    if (settings.out) {
      writeFileAtomically(
        settings.out,
        sweepSvg(figures, settings.theme),
        settings.force ?? false,
        `--out ${settings.out}`,
      );
      if (!settings.json) write(`wrote ${inertText(settings.out)}`);
    }
    if (settings.json) {
      write(JSON.stringify(sweepSummary(figures, settings), null, 2));
      return 0;
    }
    write('');
    for (const line of sweepChart(figures)) write(line);
    for (const note of sweepNotes(figures)) write(`note: ${note}`);
    write('');
    write('More threads than cores add no processors: past the cores the speed-up stays flat,');
    write(
      'and every extra thread costs a little in switching. The serial part caps it all (Amdahl).',
    );
    return 0;
  } finally {
    removeHandlers();
  }
}
