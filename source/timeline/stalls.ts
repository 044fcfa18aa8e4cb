import {lateMs} from './late.js';
import type {Segment, Timeline} from './reduce.js';

/** What a blocked event loop cost: how long it stood still, and how late its timers fired. */
export type Stalls = {
  /** Brews computed on the main thread: each one stopped the event loop for its whole length. */
  stalls: number;
  longestStallMs: number;
  totalStallMs: number;
  /** Timed waits (order, machine, serve) that ended past their plan, and by how much. */
  lateTimers: number;
  timers: number;
  totalLateMs: number;
  longestLateMs: number;
};

export const noStalls = (): Stalls => ({
  stalls: 0,
  longestStallMs: 0,
  totalStallMs: 0,
  lateTimers: 0,
  timers: 0,
  totalLateMs: 0,
  longestLateMs: 0,
});

/** Folds one segment of the main thread into `stalls` (the reducer calls this as they arrive). */
export function addToStalls(stalls: Stalls, segment: Segment): void {
  if (segment.stepKind === 'brew') {
    const ms = segment.end - segment.start;
    stalls.stalls++;
    stalls.totalStallMs += ms;
    if (ms > stalls.longestStallMs) stalls.longestStallMs = ms;
    return;
  }
  if (segment.plannedMs === undefined) return;
  stalls.timers++;
  const late = lateMs(segment);
  if (late > 0) {
    stalls.lateTimers++;
    stalls.totalLateMs += late;
    if (late > stalls.longestLateMs) stalls.longestLateMs = late;
  }
}

/** The stalls of the main thread's event loop: brews computed on it, and the timers they made late. */
export function stalls(timeline: Timeline): Stalls {
  return {...timeline.stalls};
}
