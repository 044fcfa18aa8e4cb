import {reportUnlessAborted, type MeasureLesson, type OwnLessonSettings} from '../lesson.js';
import {raceLines, raceSummary} from './report.js';
import {runTipJar} from './tip-jar.js';

/**
 * The tip jar, counted by real threads without and with atomics: one barista
 * thread per worker (at least 2 to race, at most 16: runTipJar bounds it).
 */
export const measureRace: MeasureLesson<OwnLessonSettings> = async (settings, signal) => {
  return reportUnlessAborted(
    signal,
    () => runTipJar({baristas: settings.workers, signal}),
    (outcome) => {
      const summary = raceSummary(outcome);
      return {json: summary, lines: raceLines(summary)};
    },
  );
};
