import type {LoopSampleEvent} from '../timeline/events.js';
import {makespanMs} from '../timeline/figures.js';
import {baristaLanes, type Timeline} from '../timeline/reduce.js';
import {baristaName, baristaSegmentLabel, customerSegmentLabel} from './labels.js';
import {axisText, cellsText, laneCells, levelText, type Viewport} from './lanes.js';

/** The event loop's measured busy fraction per column. */
export function loopBusyByColumn(loop: readonly LoopSampleEvent[], view: Viewport): number[] {
  const busy = new Array<number>(view.columns).fill(0);
  const width = (view.end - view.start) / view.columns;
  if (width <= 0) return busy;
  for (const sample of loop) {
    const first = Math.max(0, Math.floor((sample.start - view.start) / width));
    const last = Math.min(view.columns - 1, Math.floor((sample.end - view.start) / width));
    for (let column = first; column <= last; column++) {
      const from = view.start + column * width;
      const covered = Math.min(sample.end, from + width) - Math.max(sample.start, from);
      if (covered > 0) busy[column]! += (sample.busy * covered) / width;
    }
  }
  return busy;
}

/**
 * The whole run in the docs' notation, one line per lane on one time axis:
 *
 *   Ana    |order|--brew--|---machine---||
 *   barista t1  |--Ana--|--Ben--|
 */
export function timelineText(
  timeline: Timeline,
  columns = 72,
  maxCustomers = Number.POSITIVE_INFINITY,
): string[] {
  const baristas = baristaLanes(timeline);
  const shown = timeline.customers.slice(0, maxCustomers);
  const names = [
    ...shown.map((lane) => lane.customer.name),
    ...baristas.map((lane) => baristaName(lane.thread)),
    'event loop',
  ];
  const nameWidth = Math.min(
    24,
    names.reduce((widest, name) => Math.max(widest, name.length), 0),
  );
  const view: Viewport = {
    start: 0,
    end: Math.max(1, makespanMs(timeline)),
    columns: Math.max(10, columns - nameWidth - 1),
  };
  const row = (name: string, body: string) =>
    `${name.slice(0, nameWidth).padEnd(nameWidth)} ${body}`.trimEnd();
  const lines = [row('', axisText(view))];
  for (const lane of shown) {
    lines.push(
      row(
        lane.customer.name,
        cellsText(laneCells(lane.segments, view, (s) => customerSegmentLabel(timeline, s))),
      ),
    );
  }
  if (shown.length < timeline.customers.length)
    lines.push(row('', `+${timeline.customers.length - shown.length} more`));
  for (const lane of baristas) {
    lines.push(
      row(
        baristaName(lane.thread),
        cellsText(laneCells(lane.segments, view, (s) => baristaSegmentLabel(timeline, s))),
      ),
    );
  }
  lines.push(row('event loop', levelText(loopBusyByColumn(timeline.loop, view))));
  return lines;
}
