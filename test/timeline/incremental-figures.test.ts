import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {CoffeeShop} from '../../source/engine/coffee-shop.js';
import {generateScenario} from '../../source/engine/scenario.js';
import {MAIN_THREAD, type ShopEvent} from '../../source/protocol/events.js';
import type {Mode} from '../../source/protocol/vocabulary.js';
import {computeFigures} from '../../source/timeline/figures.js';
import {lateMs} from '../../source/timeline/late.js';
import {
  applyEvent,
  baristaLanes,
  createTimeline,
  timelineFromEvents,
  type Segment,
  type Timeline,
} from '../../source/timeline/reduce.js';
import {bigRun} from '../helpers/big-run.js';
import {fixtureRun} from '../helpers/fixture-run.js';
import {slicedRun} from '../fixtures/sliced-runs.js';
import {events as twoCustomers} from '../fixtures/two-customers.js';

const duration = (segment: Segment) => segment.end - segment.start;
const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);

/** The figures the reducer now sums as events arrive, computed the old way: walking every segment. */
function walkedFigures(timeline: Timeline) {
  const workByCustomer = timeline.customers.map((lane) => sum(lane.segments.map(duration)));
  const busy: Record<string, number> = {};
  for (const lane of baristaLanes(timeline)) busy[lane.thread] = sum(lane.segments.map(duration));
  const main = timeline.threads.get(MAIN_THREAD)?.segments ?? [];
  const mainBrews = main.filter((s) => s.stepKind === 'brew');
  const loopBusy = sum(timeline.loop.map((sample) => sample.busy * (sample.end - sample.start)));
  busy[MAIN_THREAD] = Math.max(loopBusy, sum(mainBrews.map(duration)));
  const lagSamples = timeline.loop.filter((sample) => sample.end > sample.start);
  const waits = main.filter((s) => s.stepKind !== 'brew' && s.plannedMs !== undefined);
  const late = waits.map(lateMs).filter((ms) => ms > 0);
  return {
    totalWorkMs: sum(workByCustomer),
    longestOrderMs: workByCustomer.reduce((best, ms) => (ms > best ? ms : best), 0),
    busyMsByThread: busy,
    loopLagMaxMs: lagSamples.reduce((best, s) => (s.lagMaxMs > best ? s.lagMaxMs : best), 0),
    loopLagMeanMs:
      lagSamples.length > 0
        ? sum(lagSamples.map((s) => s.lagMeanMs * (s.end - s.start))) /
          sum(lagSamples.map((s) => s.end - s.start))
        : 0,
    stalls: {
      stalls: mainBrews.length,
      longestStallMs: mainBrews.map(duration).reduce((best, ms) => (ms > best ? ms : best), 0),
      totalStallMs: sum(mainBrews.map(duration)),
      lateTimers: late.length,
      timers: waits.length,
      totalLateMs: sum(late),
      longestLateMs: late.reduce((best, ms) => (ms > best ? ms : best), 0),
    },
  };
}

/** Brew time summed thread by thread, in the order the threads first worked. */
const brewMsByThread = (timeline: Timeline) =>
  sum(
    [...timeline.threads.values()].map((lane) =>
      sum(lane.segments.filter((s) => s.stepKind === 'brew').map(duration)),
    ),
  );

/**
 * Feeds `events` one by one as a live run does, computing the figures every few
 * events as a frame would, and checks each against a timeline built from scratch
 * from the same events and against the walked sums: equal to the last bit.
 */
function expectIncrementalFiguresExact(events: readonly ShopEvent[], frames = 25) {
  const first = events[0];
  if (first?.kind !== 'run-start') throw new Error('a run begins with run-start');
  const live = createTimeline(first.info);
  const every = Math.max(1, Math.floor(events.length / frames));
  for (let index = 0; index < events.length; index++) {
    applyEvent(live, events[index]!);
    if (index % every !== 0 && index !== events.length - 1) continue;
    const fresh = timelineFromEvents(events.slice(0, index + 1));
    const figures = computeFigures(live);
    const scratch = computeFigures(fresh);
    // Cores in use at once are summed per millisecond in Float32 buckets, in the order
    // brews were folded in: where two threads share a bucket, a live run and the same
    // run from scratch may differ in the 7th digit. Every other figure is exact.
    const {atOncePeak, atOnceMean, ...parallelism} = figures.parallelism;
    const {
      atOncePeak: peakFromScratch,
      atOnceMean: meanFromScratch,
      ...fromScratch
    } = scratch.parallelism;
    expect({...figures, parallelism}).toStrictEqual({...scratch, parallelism: fromScratch});
    expect(atOncePeak).toBeCloseTo(peakFromScratch, 5);
    expect(atOnceMean).toBeCloseTo(meanFromScratch, 5);
    expect(figures).toMatchObject(walkedFigures(fresh));
    expect(figures.brewMs).toBe(brewMsByThread(fresh));
  }
}

describe('figures from the sums the reducer keeps', () => {
  it.each([
    ['the saved fixture run (hybrid, loop samples)', () => fixtureRun().events],
    ['two customers, brews on two threads', () => twoCustomers],
    ['a GIL run: brews in 5 ms turns on two threads', () => slicedRun('gil').events],
    ['a concurrent run: numbered slices', () => slicedRun('concurrent').events],
    ['a big sliced run (5,000 events)', () => bigRun(5000).events],
  ])('%s: equal to the figures walked from scratch, frame by frame', (_, events) => {
    expectIncrementalFiguresExact(events());
  });

  describe('real runs (measured times, not round numbers)', () => {
    let shop: CoffeeShop;
    beforeAll(async () => {
      shop = await CoffeeShop.open(2);
    });
    afterAll(async () => {
      await shop.close();
    });

    it.each(['hybrid', 'blocking', 'concurrent'] as Mode[])(
      '%s: equal to the figures walked from scratch, frame by frame',
      async (mode) => {
        const scenario = generateScenario({seed: 4, customers: 5, workload: 'mixed'});
        const outcome = await shop.run({scenario, mode, speed: 8}).done;
        expect(outcome.aborted).toBe(false);
        expectIncrementalFiguresExact(outcome.events, 40);
        const timeline = timelineFromEvents(outcome.events);
        if (mode === 'blocking') expect(computeFigures(timeline).stalls.stalls).toBeGreaterThan(0);
      },
    );
  });
});
