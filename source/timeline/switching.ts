import {baristaLanes, type Segment, type Timeline} from './reduce.js';

/** What time-slicing cost on the barista thread(s) of a run whose brews were cut into slices. */
export type SwitchingOverhead = {
  /** Hand-overs between two consecutive slices while a brew was waiting to go on. */
  switches: number;
  /** The barista's measured idle time in those hand-overs. */
  gapMs: number;
  /** The sliced brews' measured computing time. */
  brewMs: number;
  /** gapMs over brewMs: the share of the brew time lost to switching. */
  fraction: number;
};

const brewKey = (segment: Segment) => `${segment.customer}:${segment.step}`;

/**
 * The measured cost of switching: on each barista thread, the idle gaps between
 * consecutive slices while a brew was still waiting (the earlier slice was not
 * its brew's last, or the later one was not its brew's first). Null when no brew
 * was sliced.
 */
export function switchingOverhead(timeline: Timeline): SwitchingOverhead | null {
  const lastSlice = new Map<string, number>();
  let sliced = false;
  for (const lane of baristaLanes(timeline)) {
    for (const segment of lane.segments) {
      if (segment.stepKind !== 'brew' || segment.slice === undefined) continue;
      sliced = true;
      const key = brewKey(segment);
      lastSlice.set(key, Math.max(lastSlice.get(key) ?? 0, segment.slice));
    }
  }
  if (!sliced) return null;
  let switches = 0;
  let gapMs = 0;
  let brewMs = 0;
  for (const lane of baristaLanes(timeline)) {
    const slices = lane.segments
      .filter((s) => s.stepKind === 'brew' && s.slice !== undefined)
      .sort((a, b) => a.start - b.start);
    for (const [index, slice] of slices.entries()) {
      brewMs += slice.end - slice.start;
      const previous = slices[index - 1];
      if (!previous) continue;
      const waiting = previous.slice! < lastSlice.get(brewKey(previous))! || slice.slice! > 1;
      const gap = slice.start - previous.end;
      if (waiting && gap > 0) {
        switches++;
        gapMs += gap;
      }
    }
  }
  return {switches, gapMs, brewMs, fraction: brewMs > 0 ? gapMs / brewMs : 0};
}
