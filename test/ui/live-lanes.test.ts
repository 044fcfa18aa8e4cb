import {describe, expect, it} from 'vitest';
import {axisEnd, baristaRowsNow, customerNow} from '../../source/ui/live-lanes.js';
import {eventsInProgress, timelineOf} from '../fixtures/ui-runs.js';

describe('customerNow', () => {
  it('draws a wait in progress from its measured start to now', () => {
    const timeline = timelineOf(eventsInProgress());
    const ana = timeline.customerById.get(1)!;
    const {segments, status} = customerNow(ana, {now: 1000, brews: []});
    expect(status).toBe('at the machine');
    expect(segments.at(-1)).toMatchObject({stepKind: 'machine', start: 600, end: 1000});
  });

  it('draws a brew in progress from the start its thread measured, not from the step start', () => {
    const timeline = timelineOf(eventsInProgress());
    const ben = timeline.customerById.get(2)!;
    const {segments, status} = customerNow(ben, {
      now: 1000,
      brews: [{thread: 6, customer: 2, step: 1, start: 150}],
    });
    expect(status).toBe('brewing');
    expect(segments.at(-1)).toMatchObject({stepKind: 'brew', start: 150, end: 1000});
  });

  it('draws nothing for a brew no thread computes yet: the order is queued', () => {
    const timeline = timelineOf(eventsInProgress());
    const ben = timeline.customerById.get(2)!;
    const {segments, status} = customerNow(ben, {now: 1000, brews: []});
    expect(status).toBe('queued');
    expect(segments).toEqual(ben.segments);
  });
});

describe('baristaRowsNow', () => {
  it('adds the brew a thread computes now to its measured brews', () => {
    const timeline = timelineOf(eventsInProgress());
    const rows = baristaRowsNow(timeline, {
      now: 1000,
      brews: [{thread: 6, customer: 2, step: 1, start: 150}],
    });
    expect(rows.map((row) => row.thread)).toEqual([5, 6]);
    expect(rows[0]).toMatchObject({brewing: null, segments: [{customer: 1, start: 100, end: 600}]});
    expect(rows[1]).toMatchObject({brewing: 2, segments: [{customer: 2, start: 150, end: 1000}]});
  });

  it('shows barista threads that have not worked yet as idle rows', () => {
    const timeline = timelineOf(eventsInProgress({baristas: 4, workers: 4}));
    const rows = baristaRowsNow(timeline, {now: 1000, brews: []});
    expect(rows).toHaveLength(4);
    expect(rows.filter((row) => row.thread === null)).toHaveLength(3);
  });

  it('in blocking mode shows the shop loop as the one doing the brews', () => {
    const timeline = timelineOf(eventsInProgress({mode: 'blocking', baristas: 0}));
    const rows = baristaRowsNow(timeline, {now: 1000, brews: []});
    expect(rows.map((row) => row.label)).toEqual(['shop loop']);
  });
});

describe('axisEnd', () => {
  it('is a little past the time and grows with it', () => {
    for (const t of [0, 10, 900, 1234, 5000, 61_000]) {
      expect(axisEnd(t)).toBeGreaterThan(t);
      expect(axisEnd(t)).toBeLessThan(Math.max(1000, t * 1.5) + 1);
    }
    expect(axisEnd(8000)).toBeGreaterThan(axisEnd(4000));
  });
});
