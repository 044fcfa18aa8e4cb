import {availableParallelism} from 'node:os';
import {calibrate} from '../../engine/calibrate.js';
import {reportUnlessAborted, type MeasureLesson, type OwnLessonSettings} from '../lesson.js';
import {runMapReduce} from './mapreduce.js';
import {mapReduceLines, mapReduceSummary} from './report.js';

/** One cup's brew, ms at time scale 1. */
const cupMs = 40;
/** The split's work per cup (writing its ticket) and the reduce's (tasting it), ms at time scale 1. */
const splitMsPerCup = 2;
const reduceMsPerCup = 2;

/**
 * The catering order: 4 cups per barista (at least 12), on one barista and then
 * on the settings' barista threads (2 to 16), split and reduced on this thread.
 */
export const measureMapReduce: MeasureLesson<OwnLessonSettings> = async (settings, signal) => {
  const {unitsPerMs} = calibrate(40);
  const baristas = Math.min(16, Math.max(2, settings.workers));
  const cups = Math.max(12, 4 * baristas);
  const units = (ms: number) => Math.max(1, Math.round((ms / settings.speed) * unitsPerMs));
  return reportUnlessAborted(
    signal,
    () =>
      runMapReduce({
        baristas,
        cups,
        unitsPerCup: units(cupMs),
        splitUnitsPerCup: units(splitMsPerCup),
        reduceUnitsPerCup: units(reduceMsPerCup),
        seed: settings.seed,
        signal,
      }),
    (outcome) => {
      const summary = mapReduceSummary(outcome, availableParallelism(), cupMs / settings.speed);
      return {json: summary, lines: mapReduceLines(summary)};
    },
  );
};
