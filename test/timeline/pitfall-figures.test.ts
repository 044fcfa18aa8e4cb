import {describe, expect, it} from 'vitest';
import type {RunInfo, ShopEvent} from '../../source/protocol/events.js';
import {computeFigures} from '../../source/timeline/figures.js';
import {timelineFromEvents} from '../../source/timeline/reduce.js';

const info = (extra: Partial<RunInfo> = {}): RunInfo => ({
  mode: 'concurrent',
  workload: 'cpu',
  workers: 1,
  baristas: 1,
  seed: 1,
  speed: 1,
  scenarioName: 'hand-made',
  customers: [
    {id: 1, name: 'Ana', drink: 'espresso', arrivalMs: 0},
    {id: 2, name: 'Ben', drink: 'espresso', arrivalMs: 0},
  ],
  recipes: {},
  unitsPerMs: 1000,
  sliceMs: 10,
  ...extra,
});

const slice = (customer: number, n: number, start: number, end: number, step = 1): ShopEvent => ({
  kind: 'segment',
  customer,
  step,
  stepKind: 'brew',
  thread: 1,
  start,
  end,
  slice: n,
});

describe('switching overhead', () => {
  it('counts the idle gaps between slices while a brew was waiting, over the brew time', () => {
    const timeline = timelineFromEvents([
      {kind: 'run-start', t: 0, info: info()},
      slice(1, 1, 0, 10),
      slice(2, 1, 11, 21), // gap 1: Ana's brew waits for its slice 2
      slice(1, 2, 23, 33), // gap 2
      slice(2, 2, 34, 44), // gap 1
      slice(1, 3, 50, 60), // gap 6: Ana's brew waited for its last slice
      // Both brews are done: an idle barista before a new brew's first slice is no switch.
      slice(2, 1, 100, 110, 3),
      {kind: 'run-end', t: 120, aborted: false},
    ]);
    const {switching} = computeFigures(timeline);
    expect(switching).not.toBeNull();
    expect(switching!.switches).toBe(4);
    expect(switching!.gapMs).toBeCloseTo(1 + 2 + 1 + 6);
    expect(switching!.brewMs).toBeCloseTo(60);
    expect(switching!.fraction).toBeCloseTo(10 / 60);
  });

  it('is null for a run whose brews were not sliced', () => {
    const timeline = timelineFromEvents([
      {kind: 'run-start', t: 0, info: info({mode: 'hybrid'})},
      {kind: 'segment', customer: 1, step: 1, stepKind: 'brew', thread: 1, start: 0, end: 10},
      {kind: 'run-end', t: 10, aborted: false},
    ]);
    expect(computeFigures(timeline).switching).toBeNull();
  });
});

describe('machine wait', () => {
  it('sums and averages the measured waits in line for a machine', () => {
    const timeline = timelineFromEvents([
      {kind: 'run-start', t: 0, info: info({mode: 'hybrid', machines: 1})},
      {kind: 'queue', customer: 1, step: 2, resource: 'machine', start: 10, end: 10},
      {kind: 'queue', customer: 2, step: 2, resource: 'machine', start: 12, end: 40},
      {kind: 'run-end', t: 60, aborted: false},
    ]);
    expect(computeFigures(timeline).machineWait).toEqual({
      machines: 1,
      queued: 2,
      totalMs: 28,
      meanMs: 14,
      maxMs: 28,
    });
  });
});
