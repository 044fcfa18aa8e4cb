import {calibrate} from '../../engine/calibrate.js';
import {reportUnlessAborted, type MeasureLesson, type OwnLessonSettings} from '../lesson.js';
import {processesLines, processesSummary} from './report.js';
import {runProcessesLesson} from './run.js';

/** CPU time of one coffee's brew, ms at time scale 1. */
const brewMs = 240;
/** Tips each coffee earns, each counted as the chunk of brewing that earned it ends. */
const tipsPerCoffee = 1000;

/** Processes against threads: one coffee per barista, made three ways, measured. */
export const measureProcesses: MeasureLesson<OwnLessonSettings> = async (settings, signal) => {
  const {unitsPerMs} = calibrate(40);
  return reportUnlessAborted(
    signal,
    () =>
      runProcessesLesson({
        coffees: settings.workers,
        unitsPerMs,
        brewMs: brewMs / settings.speed,
        tipsPerCoffee,
        signal,
      }),
    (outcome) => {
      const summary = processesSummary(outcome);
      return {json: summary, lines: processesLines(summary)};
    },
  );
};
