import {MAIN_THREAD} from '../protocol/events.js';
import type {Segment, Timeline} from './reduce.js';

/** The brews the shop's own thread ran (blocking mode: the loop brews, and stalls meanwhile). */
export const mainThreadBrews = (timeline: Timeline): Segment[] =>
  (timeline.threads.get(MAIN_THREAD)?.segments ?? []).filter((s) => s.stepKind === 'brew');

/**
 * The barista number an audience reads (1…N) for each thread id, in thread order
 * (the pool starts its threads in that order). Thread ids stay in the trace and
 * the saved run; the screen says "barista 1".
 */
export function baristaNumbers(
  timeline: Timeline,
  extra: Iterable<number> = [],
): Map<number, number> {
  const threads = new Set<number>(extra);
  for (const thread of timeline.threads.keys()) threads.add(thread);
  threads.delete(MAIN_THREAD);
  threads.delete(-1);
  const sorted = [...threads].sort((a, b) => a - b);
  return new Map(sorted.map((thread, index) => [thread, index + 1]));
}
