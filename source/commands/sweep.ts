import {CoffeeShop} from '../engine/coffee-shop.js';
import {generateScenario} from '../engine/scenario.js';
import {computeFigures} from '../timeline/figures.js';
import {timelineFromEvents} from '../timeline/reduce.js';
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
};

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

/** The `cpu` workload in hybrid mode at 1, 2, … maxWorkers barista threads, on the same customers. */
export async function runSweep(
  settings: SweepSettings,
  signal: AbortSignal,
  onPoint?: (point: SweepPoint) => void,
): Promise<SweepFigures | null> {
  const scenario = generateScenario({
    seed: settings.seed,
    customers: settings.customers,
    workload: 'cpu',
  });
  const shop = await CoffeeShop.open(1);
  try {
    const points: SweepPoint[] = [];
    for (let workers = 1; workers <= settings.maxWorkers; workers++) {
      await shop.resize(workers);
      const outcome = await shop.run({scenario, mode: 'hybrid', speed: settings.speed, signal})
        .done;
      if (outcome.aborted) return null;
      const figures = computeFigures(timelineFromEvents(outcome.events));
      const point = {workers, makespanMs: figures.makespanMs};
      points.push(point);
      onPoint?.(point);
    }
    return sweepFigures(points, settings.cores);
  } finally {
    await shop.close();
  }
}

export const sweepSummary = (figures: SweepFigures, settings: SweepSettings) => ({
  cores: figures.cores,
  workload: 'cpu',
  mode: 'hybrid',
  customers: settings.customers,
  speed: settings.speed,
  serial_fraction: figures.serialFraction,
  points: figures.points.map((p) => ({
    workers: p.workers,
    makespan_ms: Math.round(p.makespanMs * 1000) / 1000,
    speedup: p.speedup,
    ideal: p.ideal,
    amdahl: p.amdahl,
  })),
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
        `Sweep: the cpu workload (${settings.customers} customers, speed ${settings.speed}×) in hybrid mode at 1 to ${settings.maxWorkers} barista threads, on ${settings.cores} cores`,
      );
    }
    const figures = await runSweep(settings, interrupt.signal, (point) => {
      if (!settings.json)
        write(`  ${point.workers} worker(s): ${(point.makespanMs / 1000).toFixed(3)} s`);
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
