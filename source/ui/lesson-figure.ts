import {baristaLanes, type Timeline} from '../timeline/reduce.js';
import type {Figures} from '../timeline/figures.js';

/** Brews computed in turns: in `gil` mode each measured hold of the global lock is one segment. */
export const gilTurns = (timeline: Timeline): number =>
  baristaLanes(timeline).reduce(
    (turns, lane) => turns + lane.segments.filter((s) => s.stepKind === 'brew').length,
    0,
  );

/**
 * The one measured figure that tells the lesson of the run shown, or null when
 * the run teaches none beyond the usual figures: loop lag for `blocking`, the
 * speed-up against one thread and the turns taken for `gil`, the wait for a
 * shared machine, the share of brew time lost to switching when brews are sliced.
 */
export function lessonFigure(timeline: Timeline, figures: Figures): string | null {
  const parts: string[] = [];
  const mode = timeline.info.mode;
  if (mode === 'blocking') {
    parts.push(`loop lag max ${figures.loopLagMaxMs.toFixed(0)} ms`);
  }
  if (mode === 'gil') {
    const speedup =
      figures.speedup === null
        ? 'speed-up vs one thread: run 1 once'
        : `${figures.speedup.toFixed(2)}× vs one thread`;
    parts.push(`${speedup}, ${gilTurns(timeline)} turns under one lock`);
  }
  const {machineWait, switching} = figures;
  if (machineWait.machines !== null) {
    parts.push(
      `machine wait ${(machineWait.totalMs / 1000).toFixed(2)} s (${machineWait.queued} queued, ${machineWait.machines} machine${machineWait.machines === 1 ? '' : 's'})`,
    );
  }
  if (switching !== null) {
    parts.push(
      `switching ${(switching.fraction * 100).toFixed(1)}% of brew time (${switching.switches} switches, slice ${timeline.info.sliceMs.toFixed(1)} ms)`,
    );
  }
  return parts.length > 0 ? parts.join(' · ') : null;
}
