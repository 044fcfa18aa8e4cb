import {secondsWithRange} from '../timeline/repeats.js';
import type {SweepFigures} from '../timeline/amdahl.js';
import {sweepChart} from '../render/sweep-chart.js';
import {sweepSvg} from '../render/sweep-svg.js';
import {roundMs} from '../render/numbers.js';
import {checkOutputPath, writeFileAtomically} from '../record/output-file.js';
import {UsageError} from '../usage-error.js';
import {abortOnSignals, EXIT_INTERRUPTED} from '../cli/interrupt.js';
import {maxWorkersSetting, type RawFlags, type RunSettings} from '../cli/options.js';
import {inertText} from '../protocol/inert-text.js';
import {
  runSweep,
  sweepDefaultSpeed,
  sweepNotes,
  sweepRepeats,
  type MeasuredPoint,
  type SweepSettings,
} from '../lessons/sweep/run.js';

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
    makespan_ms: roundMs(p.makespanMs),
    makespan_range_ms: [
      roundMs(figures.measured[i]!.makespan.min),
      roundMs(figures.measured[i]!.makespan.max),
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
