import {availableParallelism} from 'node:os';
import {calibrate} from '../../engine/calibrate.js';
import {reportUnlessAborted, type MeasureLesson, type OwnLessonSettings} from '../lesson.js';
import {runPipeline} from './pipeline.js';
import {pipelineLines, pipelineSummary} from './report.js';

/** Each stage's work (grind, brew, froth), ms at time scale 1: equal, so no stage is the bottleneck. */
const stageMs = 25;
const orders = 10;

/** The orders made by one barista start to finish, then on an assembly line of one thread per stage. */
export const measurePipeline: MeasureLesson<OwnLessonSettings> = async (settings, signal) => {
  const {unitsPerMs} = calibrate(40);
  const units = Math.max(1, Math.round((stageMs / settings.speed) * unitsPerMs));
  return reportUnlessAborted(
    signal,
    () =>
      runPipeline({
        orders,
        unitsPerStage: [units, units, units],
        seed: settings.seed,
        signal,
      }),
    (outcome) => {
      const summary = pipelineSummary(outcome, availableParallelism(), stageMs / settings.speed);
      return {json: summary, lines: pipelineLines(summary)};
    },
  );
};
