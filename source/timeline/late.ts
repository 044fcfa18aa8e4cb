import type {Segment} from './reduce.js';

/** Measured beyond what was asked for is not the step taking longer; less than this is timer jitter. */
export const lateToleranceMs = 2;

/**
 * How late a wait ended: the part of a timed step (order, machine, serve) past its
 * planned duration, when the timer fired late (a blocked loop). 0 for a brew, for a
 * segment without a plan, and within `lateToleranceMs` of the plan.
 */
export function lateMs(segment: Segment): number {
  if (segment.stepKind === 'brew' || segment.plannedMs === undefined) return 0;
  const late = segment.end - segment.start - segment.plannedMs;
  return late > lateToleranceMs ? late : 0;
}
