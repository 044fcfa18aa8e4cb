import {describe, expect, it} from 'vitest';
import {eventTime, Replay} from '../../source/record/replay.js';
import {computeFigures} from '../../source/timeline/figures.js';
import {timelineFromEvents} from '../../source/timeline/reduce.js';
import type {ShopEvent} from '../../source/protocol/events.js';
import {fixtureRun} from '../helpers/fixture-run.js';

/** A wall clock the test moves by hand. */
function manualClock() {
  let now = 1000;
  return {now: () => now, advance: (ms: number) => (now += ms)};
}

const {events} = fixtureRun();
/** The timeline a live run showed at run time t: every event known by then, reduced. */
const timelineAt = (t: number) =>
  timelineFromEvents(events.filter((event) => event.kind === 'run-start' || eventTime(event) <= t));

const shape = (timeline: ReturnType<typeof timelineFromEvents>) => ({
  customers: timeline.customers.map((lane) => [lane.segments, lane.servedAt, lane.active]),
  threads: [...timeline.threads.entries()],
  loop: timeline.loop,
  latest: timeline.latest,
  endedAt: timeline.endedAt,
});

describe('the replay driver', () => {
  it('moves through the run with the wall clock times the speed', () => {
    const clock = manualClock();
    const replay = new Replay(events, {now: clock.now, speed: 2});
    expect(replay.duration).toBe(1100);
    expect(replay.position()).toBe(0);
    clock.advance(100);
    expect(replay.position()).toBe(200);
    expect(shape(replay.timeline())).toEqual(shape(timelineAt(200)));
    clock.advance(1000);
    expect(replay.position()).toBe(1100);
    expect(replay.finished).toBe(true);
    const end = replay.timeline();
    expect(computeFigures(end)).toEqual(computeFigures(timelineFromEvents(events)));
  });

  it('pauses, resumes and changes speed without jumping', () => {
    const clock = manualClock();
    const replay = new Replay(events, {now: clock.now});
    clock.advance(300);
    replay.pause();
    clock.advance(5000);
    expect(replay.position()).toBe(300);
    expect(replay.wallMsUntil(400)).toBe(Number.POSITIVE_INFINITY);
    replay.togglePause();
    expect(replay.paused).toBe(false);
    clock.advance(100);
    expect(replay.position()).toBe(400);
    expect(replay.stepSpeed(1)).toBe(2);
    expect(replay.position()).toBe(400);
    clock.advance(100);
    expect(replay.position()).toBe(600);
    expect(replay.wallMsUntil(700)).toBe(50);
    expect(replay.stepSpeed(-1)).toBe(1);
    expect(replay.stepSpeed(-1)).toBe(0.5);
    expect(() => replay.setSpeed(0)).toThrow(RangeError);
  });

  it('steps speed on the same ladder as the live run: a speed past its ends stays put', () => {
    const replay = new Replay(events, {now: manualClock().now});
    replay.setSpeed(100);
    expect(replay.stepSpeed(1)).toBe(100); // faster than the ladder: '>' does not slow it to 16
    expect(replay.stepSpeed(-1)).toBe(16);
    replay.setSpeed(0.01);
    expect(replay.stepSpeed(-1)).toBe(0.01); // slower than the ladder: '<' does not speed it up
    expect(replay.stepSpeed(1)).toBe(0.25);
  });

  it('jumps back a second by rebuilding the timeline from the events up to there', () => {
    const clock = manualClock();
    const replay = new Replay(events, {now: clock.now});
    clock.advance(1050);
    const late = replay.timeline();
    expect(late.customers.filter((lane) => lane.servedAt !== null)).toHaveLength(2);
    replay.seekBy(-1000);
    expect(replay.position()).toBe(50);
    expect(shape(replay.timeline())).toEqual(shape(timelineAt(50)));
    expect(replay.timeline().customers.every((lane) => lane.servedAt === null)).toBe(true);
    replay.seekBy(+1000);
    expect(shape(replay.timeline())).toEqual(shape(timelineAt(1050)));
    replay.seekBy(-5000);
    expect(replay.position()).toBe(0);
    replay.seekBy(+5000);
    expect(replay.position()).toBe(1100);
    expect(replay.timeline().endedAt).toBe(1100);
  });

  it('seeking while paused stays paused at the new position', () => {
    const clock = manualClock();
    const replay = new Replay(events, {now: clock.now});
    replay.pause();
    replay.seekBy(700);
    clock.advance(1000);
    expect(replay.position()).toBe(700);
    expect(shape(replay.timeline())).toEqual(shape(timelineAt(700)));
  });

  it('hands out each event once, in the order it became known', () => {
    const clock = manualClock();
    const replay = new Replay(events, {now: clock.now});
    const seen: ShopEvent[] = [];
    for (let t = 0; t <= 1200; t += 37) {
      seen.push(...replay.drain());
      clock.advance(37);
    }
    seen.push(...replay.drain());
    expect(seen).toHaveLength(events.length);
    expect(seen[0]!.kind).toBe('run-start');
    expect(seen.at(-1)!.kind).toBe('run-end');
    const times = seen.map(eventTime);
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(replay.nextEventTime()).toBeNull();
  });

  it('needs a run-start first', () => {
    expect(() => new Replay(events.slice(1))).toThrow(/run-start/);
  });
});
