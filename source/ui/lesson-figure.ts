import type {Figures} from '../timeline/figures.js';
import type {Timeline} from '../timeline/reduce.js';

/**
 * The figures of the lessons a run adds to its mode's own: the wait for a shared
 * machine (--machines), the share of brew time lost to switching when brews are
 * sliced. Empty when the run has neither.
 */
export function machineParts(timeline: Timeline, figures: Figures): string[] {
  const parts: string[] = [];
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
  return parts;
}
