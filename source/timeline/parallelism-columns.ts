import {bucketMs} from './buckets.js';
import {accumulate, serviceStart, shareOf, type Instant} from './parallelism.js';
import type {Timeline} from './reduce.js';

/**
 * Per column of a viewport, the mean number of brews computing (at once) and of
 * orders in progress: the two small lanes under the barista lanes.
 */
export function parallelismByColumn(
  timeline: Timeline,
  view: {start: number; end: number; columns: number},
  instant?: Instant,
): {atOnce: number[]; inProgress: number[]} {
  const acc = accumulate(timeline);
  const now = instant?.now ?? timeline.endedAt ?? timeline.latest;
  const columns = Math.max(0, view.columns);
  const span = view.end - view.start;
  const atOnce = new Array<number>(columns).fill(0);
  const inProgress = new Array<number>(columns).fill(0);
  if (columns === 0 || !(span > 0)) return {atOnce, inProgress};
  const msPerColumn = span / columns;
  const computing = (instant?.brews ?? []).filter((brew) => brew.start <= now);
  for (let c = 0; c < columns; c++) {
    const from = view.start + c * msPerColumn;
    const to = Math.min(now, from + msPerColumn);
    if (to <= from) continue;
    let sum = 0;
    const first = Math.max(0, Math.floor(from / bucketMs));
    const last = Math.min(acc.atOnce.values.length, Math.ceil(to / bucketMs));
    for (let b = first; b < last; b++) sum += acc.atOnce.values[b]!;
    for (const brew of computing)
      sum += (Math.max(0, to - Math.max(from, brew.start)) / bucketMs) * shareOf(acc, brew.thread);
    atOnce[c] = (sum * bucketMs) / (to - from);
  }
  for (const lane of timeline.customers) {
    const start = serviceStart(lane);
    if (start === null) continue;
    const end = lane.servedAt ?? (lane.failure !== null ? start : now);
    const firstColumn = Math.max(0, Math.floor((start - view.start) / msPerColumn));
    const lastColumn = Math.min(columns - 1, Math.floor((end - view.start) / msPerColumn));
    for (let c = firstColumn; c <= lastColumn; c++) {
      const from = view.start + c * msPerColumn;
      const to = from + msPerColumn;
      const covered = Math.min(to, end) - Math.max(from, start);
      if (covered > 0) inProgress[c]! += covered / msPerColumn;
    }
  }
  return {atOnce, inProgress};
}
