import {describe, expect, it} from 'vitest';
import {eventsDriver} from '../../source/ui/events-driver.js';
import {LiveSession} from '../../source/ui/session.js';
import {eventsFinished, eventually, settings} from './fixtures.js';

describe('LiveSession on saved events (the replay seam)', () => {
  it('feeds the saved events into a timeline the dashboard draws, at their times', async () => {
    const session = new LiveSession(eventsDriver(eventsFinished(), 10), settings());
    session.restart();
    await eventually(() => expect(session.timeline?.endedAt).toBe(2000));
    expect(session.timeline!.customers.every((lane) => lane.servedAt !== null)).toBe(true);
    expect(session.log[0]).toBe('Welcome to the coffee shop');
    expect(session.log).toContain('Hi 1, your coffee is placed at the counter, please collect');
    await session.close();
  });

  it('pauses: the clock and the events stop until resumed', async () => {
    const session = new LiveSession(eventsDriver(eventsFinished(), 1), settings());
    session.restart();
    await eventually(() => expect(session.moment().now).toBeGreaterThan(50));
    session.togglePause();
    const at = session.moment().now;
    const seen = session.timeline!.eventCount;
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(session.moment().now).toBe(at);
    expect(session.timeline!.eventCount).toBe(seen);
    expect(session.animating).toBe(false);
    session.togglePause();
    await eventually(() => expect(session.moment().now).toBeGreaterThan(at + 50));
    await session.close();
  });

  it('a restart aborts the run in progress and starts again from the first event', async () => {
    const session = new LiveSession(eventsDriver(eventsFinished(), 1), settings());
    session.restart();
    await eventually(() => expect(session.moment().now).toBeGreaterThan(100));
    const before = session.timeline;
    session.restart({speed: 2});
    await eventually(() => expect(session.timeline).not.toBe(before));
    expect(session.settings.speed).toBe(2);
    expect(session.moment().now).toBeLessThan(1000);
    await session.close();
  });

  it('shows brews in progress from the saved segments that span now', async () => {
    // half speed: Ana's brew (100-600 ms of run time) spans about a second of wall time
    const session = new LiveSession(eventsDriver(eventsFinished(), 0.5), settings());
    session.restart();
    await eventually(() => expect(session.moment().now).toBeGreaterThan(160), 10_000, 5);
    session.togglePause();
    const {now, brews} = session.moment();
    expect(now).toBeLessThan(600);
    expect(brews).toContainEqual({thread: 5, customer: 1, step: 1, start: 100});
    await session.close();
  });

  it('keeps the sequential makespan of the same customers for the speed-up', async () => {
    const events = eventsFinished({mode: 'sequential', baristas: 1});
    const session = new LiveSession(eventsDriver(events, 20), settings({mode: 'sequential'}));
    session.restart();
    await eventually(() => expect(session.sequentialMakespan()).toBe(2000));
    expect(session.sequentialMakespan(settings({mode: 'hybrid'}))).toBe(2000);
    expect(session.sequentialMakespan(settings({customers: 9}))).toBeNull();
    await session.close();
  });
});
