import {availableParallelism} from 'node:os';
import type {LessonReport, OwnLessonSettings} from '../lesson.js';
import {sweepHeadline, sweepLines, sweepPointLine, sweepSummary} from './report.js';
import {runSweep, type SweepMeasured} from './run.js';
import {sweepSettingsFor, type SweepSettings} from './settings.js';

/**
 * The thread sweep, measured and reported: the headline and each point as it
 * comes (`onProgress`), then the chart. `sweep` is its settings: by default
 * sweepSettingsFor's (the dashboard and `brewlanes lesson sweep`), or what
 * `brewlanes sweep` made of its flags. Null when `signal` ended it.
 */
export async function measureSweep(
  settings: OwnLessonSettings,
  signal: AbortSignal,
  onProgress: (line: string) => void,
  sweep: SweepSettings = sweepSettingsFor(settings.seed, availableParallelism()),
): Promise<(LessonReport & {figures: SweepMeasured}) | null> {
  onProgress(sweepHeadline(sweep));
  const figures = await runSweep(sweep, signal, (point) => onProgress(sweepPointLine(point)));
  if (figures === null) return null;
  return {json: sweepSummary(figures, sweep), lines: sweepLines(figures), figures};
}
