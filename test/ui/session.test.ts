import {describe, expect, it} from 'vitest';
import {replayDriver} from '../../source/ui/replay-driver.js';
import type {RunSettings} from '../../source/cli/options.js';
import {comparedModes} from '../../source/engine/modes.js';
import type {ShopDriver} from '../../source/ui/driver.js';
import {keptRuns, LiveSession} from '../../source/ui/session.js';
import {eventsFinished, settings} from '../fixtures/ui-runs.js';
import {eventually} from '../helpers/frames.js';

const source = {file: 'run.json', savedAt: '2026-11-23T10:00:00.000Z'};

/** A wall clock the test moves by hand, so no assertion depends on timing. */
/** Measured segments in the timeline, over every customer. */
const segmentCount = (s: LiveSession): number =>
  s.timeline!.customers.reduce((sum, lane) => sum + lane.segments.length, 0);

function manualClock() {
  let ms = 0;
  return {now: () => ms, advance: (by: number) => (ms += by)};
}

/** A session on the replay driver, its run started (the clock is read from then on). */
async function session(speed = 1) {
  const clock = manualClock();
  const driver = replayDriver(eventsFinished(), source, {speed, now: clock.now});
  const s = new LiveSession(driver, settings());
  s.restart();
  await eventually(() => expect(s.timeline).not.toBeNull());
  return {clock, driver, session: s};
}

describe('LiveSession on a saved run (the replay driver)', () => {
  it('feeds the saved events into a timeline the dashboard draws, at their times', async () => {
    const {clock, session: s} = await session();
    expect(segmentCount(s)).toBe(0);
    clock.advance(700);
    await eventually(() => expect(segmentCount(s)).toBe(3)); // two orders, Ana's brew
    clock.advance(5000);
    await eventually(() => expect(s.timeline?.endedAt).toBe(2000));
    expect(s.timeline!.customers.every((lane) => lane.servedAt !== null)).toBe(true);
    expect(s.log[0]).toBe('Welcome to the coffee shop');
    expect(s.log).toContain('Hi 1, your coffee is placed at the counter, please collect');
    await s.close();
  });

  it('pauses: the clock and the events stop until resumed', async () => {
    const {clock, session: s} = await session();
    clock.advance(300);
    await eventually(() => expect(s.moment().now).toBe(300));
    s.togglePause();
    const seen = s.timeline!.eventCount;
    clock.advance(1000);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(s.moment().now).toBe(300);
    expect(s.timeline!.eventCount).toBe(seen);
    expect(s.animating).toBe(false);
    s.togglePause();
    clock.advance(400);
    await eventually(() => expect(s.moment().now).toBe(700));
    await eventually(() => expect(s.timeline!.eventCount).toBeGreaterThan(seen));
    await s.close();
  });

  it('jumps back and forward by a second, rebuilding the timeline through the reducer', async () => {
    const {clock, session: s} = await session();
    clock.advance(1700);
    await eventually(() => expect(s.timeline!.customers[0]!.servedAt).toBe(1600));
    const segmentsLate = segmentCount(s);
    s.seekBy(-1000);
    expect(s.moment().now).toBe(700);
    expect(segmentCount(s)).toBeLessThan(segmentsLate);
    expect(s.timeline!.customers[0]!.servedAt).toBeNull();
    s.seekBy(1000);
    expect(s.moment().now).toBe(1700);
    expect(segmentCount(s)).toBe(segmentsLate);
    // While paused, a jump moves the frozen moment too.
    s.togglePause();
    s.seekBy(-1000);
    expect(s.moment().now).toBe(700);
    await s.close();
  });

  it('after the end a jump back plays the run again', async () => {
    const {clock, session: s} = await session();
    clock.advance(3000);
    await eventually(() => expect(s.timeline?.endedAt).toBe(2000));
    expect(s.animating).toBe(false);
    s.seekBy(-1000);
    expect(s.timeline?.endedAt).toBeNull();
    expect(s.moment().now).toBe(1000);
    expect(s.animating).toBe(true);
    await s.close();
  });

  it('< and > step the playback speed; the header speed follows', async () => {
    const {clock, driver, session: s} = await session(1);
    expect(s.stepReplaySpeed(1)).toBe(2);
    expect(driver.replay?.speed()).toBe(2);
    clock.advance(100);
    expect(s.moment().now).toBe(200);
    expect(s.stepReplaySpeed(-1)).toBe(1);
    expect(s.stepReplaySpeed(-1)).toBe(0.5);
    await s.close();
  });

  it('a restart aborts the replay in progress and starts again from the first event', async () => {
    const {clock, session: s} = await session();
    clock.advance(800);
    await eventually(() => expect(segmentCount(s)).toBeGreaterThan(0));
    const before = s.timeline;
    s.restart();
    await eventually(() => expect(s.timeline).not.toBe(before));
    expect(s.moment().now).toBe(0);
    await s.close();
  });

  it('shows brews in progress from the saved segments that span now', async () => {
    const {clock, session: s} = await session();
    clock.advance(300);
    await eventually(() => expect(s.moment().now).toBe(300));
    expect(s.moment().brews).toContainEqual({thread: 5, customer: 1, step: 1, start: 100});
    expect(s.moment().brews).toContainEqual({thread: 6, customer: 2, step: 1, start: 150});
    await s.close();
  });
});

/** A driver whose every run finishes at once with the hand-made events; counts the runs started. */
function instantDriver() {
  const started: RunSettings[] = [];
  const driver: ShopDriver = {
    workers: () => 2,
    resize: async () => undefined,
    start(runSettings, onEvent) {
      started.push(runSettings);
      for (const event of eventsFinished({mode: runSettings.mode, speed: runSettings.speed}))
        onEvent(event);
      return {
        done: Promise.resolve({aborted: false}),
        now: () => 2000,
        brewsInProgress: () => [],
        pause: () => undefined,
        resume: () => undefined,
      };
    },
    threadCount: () => 2,
    close: async () => undefined,
  };
  return {driver, started};
}

describe('LiveSession keeps a bounded number of finished runs', () => {
  it('an hour of keys keeps at most keptRuns runs; compare still reuses the latest, the baseline stays', async () => {
    const {driver, started} = instantDriver();
    const s = new LiveSession(driver, settings({customers: 3}));
    const runs = async (count: number) => eventually(() => expect(started).toHaveLength(count));
    // A key restarts the run; the next key comes once it has run.
    const press = async (changes: Partial<RunSettings>) => {
      const before = started.length;
      s.restart(changes);
      await runs(before + 1);
    };
    // The four compared modes on these customers: compare reuses them, runs nothing.
    for (const mode of comparedModes) await press({mode});
    s.startCompare();
    await eventually(() => expect(s.compare?.runs).toHaveLength(4));
    expect(started).toHaveLength(4);
    expect(s.sequentialMakespan()).toBe(2000);
    // Keys that change the customers, many times over: every run is a new one.
    for (let customers = 10; customers < 110; customers++) await press({customers});
    expect(s.keptRunCount).toBeLessThanOrEqual(keptRuns);
    // Back to the first customers: their runs were evicted, so compare runs them again...
    await press({customers: 3, mode: 'hybrid'});
    s.startCompare();
    await eventually(() => expect(s.compare?.runs).toHaveLength(4));
    expect(started.slice(105).map((run) => run.mode)).toEqual(
      comparedModes.filter((mode) => mode !== 'hybrid'),
    );
    // ...while their sequential baseline, a number, was kept for the speed-up.
    expect(s.sequentialMakespan()).toBe(2000);
    expect(s.keptRunCount).toBeLessThanOrEqual(keptRuns);
    await s.close();
  });
});

describe('LiveSession status', () => {
  it('shows a failing driver’s message with its control characters made visible', async () => {
    const driver = replayDriver(eventsFinished(), source);
    // The shop fails to open with a message quoting a hostile path.
    driver.ready = () => Promise.reject(new Error('cannot open /tmp/\u001b[2Jcafe'));
    const s = new LiveSession(driver, settings());
    s.restart();
    await eventually(() => expect(s.status).toMatch(/^error: /));
    expect(s.status).toBe('error: cannot open /tmp/\\e[2Jcafe');
    expect(s.status).not.toContain('\u001b');
    await s.close();
  });
});
