import {calibrate} from '../../engine/calibrate.js';
import {reportUnlessAborted, type MeasureLesson, type OwnLessonSettings} from '../lesson.js';
import {runDeadlockLesson} from './deadlock.js';
import {deadlockLines, deadlockSummary} from './report.js';

/** Real work held with the first lock before reaching for the second, ms at time scale 1. */
const holdMs = 30;

/** Opposite lock order, a watchdog that finds the cycle, then the fixed order. */
export const measureDeadlock: MeasureLesson<OwnLessonSettings> = async (settings, signal) => {
  const {unitsPerMs} = calibrate(40);
  return reportUnlessAborted(
    signal,
    () => runDeadlockLesson({unitsPerMs, holdMs: holdMs / settings.speed, signal}),
    (outcome) => {
      const summary = deadlockSummary(outcome);
      return {json: summary, lines: deadlockLines(summary)};
    },
  );
};
