import type {Segment, Timeline} from '../timeline/reduce.js';
import {MAIN_THREAD} from '../protocol/events.js';
import {makespanMs} from '../timeline/figures.js';
import {axisText, cellsText, laneCells, type Viewport} from './lanes.js';

/**
 * Each customer's lane with the measured wait in line for a machine drawn as
 * `|-queue-|` before the machine step, so the queue shows where it happened.
 */
export function machineQueueText(timeline: Timeline, columns = 100): string[] {
  const nameWidth = Math.min(
    16,
    timeline.customers.reduce((widest, l) => Math.max(widest, l.customer.name.length), 4),
  );
  const view: Viewport = {
    start: 0,
    end: Math.max(1, makespanMs(timeline)),
    columns: Math.max(10, columns - nameWidth - 1),
  };
  const queued = new Set<Segment>();
  const lines = [`${' '.repeat(nameWidth)} ${axisText(view)}`.trimEnd()];
  for (const lane of timeline.customers) {
    const waits: Segment[] = timeline.queues
      .filter((q) => q.customer === lane.customer.id && q.end > q.start)
      .map((q) => ({
        customer: q.customer,
        step: q.step,
        stepKind: 'machine',
        thread: MAIN_THREAD,
        start: q.start,
        end: q.end,
      }));
    for (const wait of waits) queued.add(wait);
    const segments = [...lane.segments, ...waits].sort((a, b) => a.start - b.start);
    const label = (s: Segment) => (queued.has(s) ? 'queue' : s.stepKind);
    lines.push(
      `${lane.customer.name.slice(0, nameWidth).padEnd(nameWidth)} ${cellsText(laneCells(segments, view, label))}`.trimEnd(),
    );
  }
  return lines;
}
