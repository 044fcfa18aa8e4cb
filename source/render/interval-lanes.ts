import type {Segment} from '../timeline/reduce.js';
import {axisText, cellsText, laneCells, type Viewport} from './lanes.js';

/** A measured interval on one lane, ms on the lanes' shared axis, with its labels, longest first. */
export type LaneInterval = {start: number; end: number; labels: readonly string[]};

/** One lane (a thread) and its intervals, in time order, never overlapping. */
export type IntervalLane = {name: string; intervals: readonly LaneInterval[]};

/**
 * Lanes of measured intervals as text bars in the docs' notation
 * (`|--cup 3--|`), every lane on one time axis (`view`), the axis last: the
 * lessons with their own threads (MapReduce, the assembly line) draw with the
 * same function as the shop's lanes, so a bar's columns are its measured time.
 */
export function intervalLanesText(lanes: readonly IntervalLane[], view: Viewport): string[] {
  const nameWidth = Math.max(0, ...lanes.map((lane) => lane.name.length));
  const lines = lanes.map((lane) => {
    // laneCells draws segments; each interval is one, numbered so that none joins another.
    const segments: Segment[] = lane.intervals.map((interval, index) => ({
      customer: index + 1,
      step: 0,
      stepKind: 'brew',
      thread: 0,
      start: interval.start,
      end: interval.end,
    }));
    const cells = laneCells(segments, view, (first) => lane.intervals[first.customer - 1]!.labels);
    return `${lane.name.padEnd(nameWidth)} ${cellsText(cells)}`.trimEnd();
  });
  lines.push(`${' '.repeat(nameWidth)} ${axisText(view)}`.trimEnd());
  return lines;
}
