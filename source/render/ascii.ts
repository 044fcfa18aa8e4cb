import type {LoopSampleEvent} from '../protocol/events.js';
import {reword, wordsOf} from '../protocol/skins.js';
import {makespanMs} from '../timeline/figures.js';
import {baristaLanes, type Segment, type Timeline} from '../timeline/reduce.js';
import {
  baristaMarkLabel,
  baristaName,
  customerMarkLabel,
  displayWidth,
  fitWidth,
  laneTitle,
  shopLoopBusyLabel,
} from './labels.js';
import {
  axisText,
  cellsText,
  columnOf,
  formatSeconds,
  laneCells,
  laneLegend,
  levelText,
  type Viewport,
} from './lanes.js';

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

/** Columns a brew slice takes in a close-up: room for `|--A1--|`. */
export const closeUpColumnsPerSlice = 10;

/**
 * A close-up of a barista lane whose slices are too narrow to label on the whole
 * run's axis: a window `columns` wide at a scale where one slice of `sliceMs`
 * takes `closeUpColumnsPerSlice` columns, from `from` (or ending at `until`).
 * Null when the slices already read on `view`. Time is not stretched per mark:
 * the whole window has one scale, shown on its own axis.
 */
export function closeUpView(
  segments: readonly Segment[],
  view: Viewport,
  sliceMs: number,
  at: {from: number} | {until: number},
): Viewport | null {
  const sliced = segments.find((s) => s.slice !== undefined);
  if (!sliced || sliceMs <= 0 || view.columns <= 0) return null;
  if (columnOf(view.start + sliceMs, view) >= closeUpColumnsPerSlice) return null;
  const span = (sliceMs / closeUpColumnsPerSlice) * view.columns;
  const start = 'from' in at ? at.from : Math.max(0, at.until - span);
  return {start, end: start + span, columns: view.columns};
}

/**
 * The whole run in the docs' notation, one line per lane on one time axis,
 * then the legend; in concurrent mode a close-up of the barista's first slices
 * at a scale where each reads `|--A1--|`:
 *
 *   A Ana      |order|--brew--|---machine---||
 *   barista 1  |-A Ana-|-B Ben-|
 */
export function timelineText(
  timeline: Timeline,
  columns = 72,
  maxCustomers = Number.POSITIVE_INFINITY,
): string[] {
  const baristas = baristaLanes(timeline);
  const shown = timeline.customers.slice(0, maxCustomers);
  const loopLabel = reword(shopLoopBusyLabel, wordsOf(timeline.info));
  const titles = [
    ...shown.map((lane) => laneTitle(timeline, lane.customer.id)),
    ...baristas.map((lane) => baristaName(timeline, lane.thread)),
    loopLabel,
  ];
  // A loop, not Math.max(...titles): a spread overflows the stack on long arrays.
  const nameWidth = Math.min(
    24,
    titles.reduce((widest, title) => Math.max(widest, displayWidth(title)), 0),
  );
  const view: Viewport = {
    start: 0,
    end: Math.max(1, makespanMs(timeline)),
    columns: Math.max(10, columns - nameWidth - 1),
  };
  // A lane keeps its full width (names measured as a terminal shows them); the axis is trimmed.
  const row = (name: string, body: string) => `${fitWidth(name, nameWidth)} ${body}`;
  const trimmed = (body: string) => row('', body).trimEnd();
  const customerLabel = (first: Segment, last: Segment) => customerMarkLabel(timeline, first, last);
  const baristaLabel = (first: Segment, last: Segment) => baristaMarkLabel(timeline, first, last);
  const lines = [trimmed(axisText(view))];
  for (const lane of shown) {
    lines.push(
      row(
        laneTitle(timeline, lane.customer.id),
        cellsText(laneCells(lane.segments, view, customerLabel)),
      ),
    );
  }
  if (shown.length < timeline.customers.length)
    lines.push(trimmed(`+${timeline.customers.length - shown.length} more`));
  for (const lane of baristas)
    lines.push(
      row(
        baristaName(timeline, lane.thread),
        cellsText(laneCells(lane.segments, view, baristaLabel)),
      ),
    );
  lines.push(row(loopLabel, levelText(loopBusyByColumn(timeline.loop, view))));
  lines.push(laneLegend);
  const first = baristas[0];
  const close =
    first && first.segments[0]
      ? closeUpView(first.segments, view, timeline.info.sliceMs, {from: first.segments[0].start})
      : null;
  if (first && close) {
    lines.push(
      '',
      `close-up of ${baristaName(timeline, first.thread)}, ${formatSeconds(close.start)} to ${formatSeconds(close.end)}: each slice as wide as it lasted, on this axis`,
      trimmed(axisText(close)),
      row(
        baristaName(timeline, first.thread),
        cellsText(laneCells(first.segments, close, baristaLabel)),
      ),
    );
  }
  return lines;
}
