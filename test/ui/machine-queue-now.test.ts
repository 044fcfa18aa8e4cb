import {describe, expect, it} from 'vitest';
import type {ShopEvent} from '../../source/protocol/events.js';
import {customerNow} from '../../source/ui/live-lanes.js';
import {withMachineQueues} from '../../source/ui/machine-queue-now.js';
import {eventsInProgress, timelineOf} from '../fixtures/ui-runs.js';

/** Ana (customer 1) started her machine step at 600 with one shared machine; the time is 1000. */
function anaAt1000(extra: ShopEvent[] = [], machines: number | null = 1) {
  const timeline = timelineOf([...eventsInProgress(machines === null ? {} : {machines}), ...extra]);
  const lane = timeline.customers.find((l) => l.customer.id === 1)!;
  const now = customerNow(lane, {now: 1000, brews: []});
  return withMachineQueues(timeline, lane, now);
}

const queue = (start: number, end: number): ShopEvent => ({
  kind: 'queue',
  customer: 1,
  step: 2,
  resource: 'machine',
  start,
  end,
});

describe('withMachineQueues', () => {
  it('draws the step in progress as a wait in line until the engine reports a machine taken', () => {
    const {segments, queued, status} = anaAt1000();
    const last = segments[segments.length - 1]!;
    expect([last.start, last.end]).toEqual([600, 1000]);
    expect(queued.has(last)).toBe(true);
    expect(status).toBe('queued for a machine');
  });

  it('after the measured wait, draws the wait as a queue and the machine from where it ended', () => {
    const {segments, queued, status} = anaAt1000([queue(600, 800)]);
    const tail = segments.slice(-2);
    expect(tail.map((s) => [s.start, s.end, queued.has(s)])).toEqual([
      [600, 800, true],
      [800, 1000, false],
    ]);
    expect(status).not.toContain('queued');
  });

  it('with unlimited machines leaves the lane as it was', () => {
    const {segments, queued} = anaAt1000([], null);
    expect(queued.size).toBe(0);
    expect(segments[segments.length - 1]!.stepKind).toBe('machine');
  });
});
