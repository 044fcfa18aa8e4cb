import {describe, expect, it} from 'vitest';
import {
  applyEvent,
  baristaLanes,
  createTimeline,
  customerStatus,
  timelineFromEvents,
} from '../../source/timeline/reduce.js';
import {events, info} from '../fixtures/two-customers.js';

describe('the timeline reducer', () => {
  it('puts each segment on its customer lane and on the lane of the thread that ran it', () => {
    const timeline = timelineFromEvents(events);
    expect(timeline.customers.map((lane) => lane.segments.map((s) => s.stepKind))).toEqual([
      ['order', 'brew', 'serve'],
      ['order', 'brew', 'serve'],
    ]);
    expect(
      baristaLanes(timeline).map((lane) => [lane.thread, lane.segments.map((s) => s.customer)]),
    ).toEqual([
      [1, [1]],
      [2, [2]],
    ]);
    expect(timeline.threads.get(0)?.segments).toHaveLength(4);
    expect(timeline.endedAt).toBe(550);
  });

  it('tracks each customer as the run goes', () => {
    const timeline = createTimeline(info);
    const upTo = (n: number) => events.slice(0, n).forEach((event) => applyEvent(timeline, event));
    expect(customerStatus(timeline.customers[0]!)).toBe('waiting');
    upTo(3);
    expect(customerStatus(timeline.customers[0]!)).toBe('ordering');
    events.slice(3, 8).forEach((event) => applyEvent(timeline, event));
    expect(customerStatus(timeline.customers[0]!)).toBe('brewing');
    expect(timeline.customers[0]!.active).toEqual({step: 1, stepKind: 'brew', since: 100});
    events.slice(8).forEach((event) => applyEvent(timeline, event));
    expect(timeline.customers.map(customerStatus)).toEqual(['served', 'served']);
  });

  it('refuses a log that does not begin with run-start', () => {
    expect(() => timelineFromEvents(events.slice(1))).toThrow(/run-start/);
  });
});
