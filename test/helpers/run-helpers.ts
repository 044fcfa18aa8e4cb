import {CoffeeShop} from '../../source/engine/coffee-shop.js';
import type {Mode} from '../../source/protocol/vocabulary.js';
import type {Workload} from '../../source/protocol/vocabulary.js';
import {generateScenario} from '../../source/engine/scenario.js';
import {timelineFromEvents, type Segment, type Timeline} from '../../source/timeline/reduce.js';

/** Opens a shop (its worker files come from the build: `npm test` builds first). */
export const openShop = (workers: number): Promise<CoffeeShop> => CoffeeShop.open(workers);

/** Runs one mode on a small seeded scenario with the real pool, and returns its timeline. */
export async function runOnce(
  shop: CoffeeShop,
  options: {mode: Mode; workload: Workload; customers: number; speed: number; machines?: number},
): Promise<Timeline> {
  const scenario = generateScenario({
    seed: 7,
    customers: options.customers,
    workload: options.workload,
  });
  const outcome = await shop.run({
    scenario,
    mode: options.mode,
    speed: options.speed,
    ...(options.machines === undefined ? {} : {machines: options.machines}),
  }).done;
  return timelineFromEvents(outcome.events);
}

/** Every segment of the run, from the customers' lanes. */
export const allSegments = (timeline: Timeline): Segment[] =>
  timeline.customers.flatMap((lane) => lane.segments);

/** Pairs of segments that overlap in time by more than `toleranceMs`. */
export function overlaps(
  segments: readonly Segment[],
  toleranceMs = 0.05,
): Array<[Segment, Segment]> {
  const sorted = [...segments].sort((a, b) => a.start - b.start);
  const found: Array<[Segment, Segment]> = [];
  let latest: Segment | undefined;
  for (const segment of sorted) {
    if (latest && segment.start < latest.end - toleranceMs) found.push([latest, segment]);
    if (!latest || segment.end > latest.end) latest = segment;
  }
  return found;
}
