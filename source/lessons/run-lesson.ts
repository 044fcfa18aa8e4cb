import {availableParallelism} from 'node:os';
import type {RunSettings} from '../cli/options.js';
import {deadlockLines, deadlockSummary} from './deadlock/report.js';
import {raceLines, raceSummary} from './race/report.js';
import {runSweep, sweepDefaultSpeed, sweepNotes, sweepRepeats} from './sweep/run.js';
import {secondsWithRange} from '../timeline/repeats.js';
import {calibrate} from '../engine/calibrate.js';
import {runDeadlockLesson} from './deadlock/deadlock.js';
import {runTipJar} from './race/tip-jar.js';
import {sweepChart} from '../render/sweep-chart.js';

/** The lessons the dashboard's panel runs (its keys t, d, s). */
export type PanelLessonName = 'race' | 'deadlock' | 'sweep';

/**
 * Runs a lesson or the thread sweep for real on the engine, as the commands do,
 * and reports it line by line: the tip jar counted by real threads, the deadlock
 * found by the watchdog then the fixed order completed, the measured speed-up.
 */
export async function runEngineLesson(
  name: PanelLessonName,
  settings: Pick<RunSettings, 'workers' | 'speed' | 'seed'>,
  onLine: (line: string) => void,
  signal: AbortSignal,
): Promise<void> {
  switch (name) {
    case 'race': {
      const outcome = await runTipJar({baristas: Math.max(2, settings.workers), signal});
      for (const line of raceLines(raceSummary(outcome))) onLine(line);
      return;
    }
    case 'deadlock': {
      const {unitsPerMs} = calibrate(40);
      const outcome = await runDeadlockLesson({
        unitsPerMs,
        holdMs: 30 / settings.speed,
        signal,
      });
      for (const line of deadlockLines(deadlockSummary(outcome))) onLine(line);
      return;
    }
    case 'sweep': {
      const cores = availableParallelism();
      const maxWorkers = Math.min(16, 2 * cores);
      const customers = Math.max(8, maxWorkers);
      onLine(
        `Sweep: the cpu workload (${customers} customers) in hybrid mode at 1 to ${maxWorkers} barista threads, on ${cores} cores; each point the median of ${sweepRepeats} runs`,
      );
      const figures = await runSweep(
        {cores, maxWorkers, customers, seed: settings.seed, speed: sweepDefaultSpeed, json: false},
        signal,
        (point) => onLine(`  ${point.workers} thread(s): ${secondsWithRange(point.makespan)}`),
      );
      if (figures === null) return;
      onLine('');
      for (const line of sweepChart(figures)) onLine(line);
      for (const note of sweepNotes(figures)) onLine(`note: ${note}`);
      return;
    }
  }
}
