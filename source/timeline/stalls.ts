import {lateMs} from './late.js';
import {MAIN_THREAD} from '../protocol/events.js';
import type {Timeline} from './reduce.js';

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

/** The stalls of the main thread's event loop: brews computed on it, and the timers they made late. */
export function stalls(timeline: Timeline): Stalls {
  const main = timeline.threads.get(MAIN_THREAD)?.segments ?? [];
  let count = 0;
  let longest = 0;
  let total = 0;
  let lateTimers = 0;
  let timers = 0;
  let totalLate = 0;
  let longestLate = 0;
  for (const segment of main) {
    if (segment.stepKind === 'brew') {
      const ms = segment.end - segment.start;
      count++;
      total += ms;
      if (ms > longest) longest = ms;
      continue;
    }
    if (segment.plannedMs === undefined) continue;
    timers++;
    const late = lateMs(segment);
    if (late > 0) {
      lateTimers++;
      totalLate += late;
      if (late > longestLate) longestLate = late;
    }
  }
  return {
    stalls: count,
    longestStallMs: longest,
    totalStallMs: total,
    lateTimers,
    timers,
    totalLateMs: totalLate,
    longestLateMs: longestLate,
  };
}
