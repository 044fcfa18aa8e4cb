import {describe, expect, it} from 'vitest';
import {RunClock} from '../../source/engine/clock.js';

/** A RunClock on a hand-moved main-thread timeline that starts at 1000 ms. */
function clockAt(start = 1000) {
  let now = start;
  const clock = new RunClock(() => now);
  return {clock, to: (ms: number) => (now = ms)};
}

describe('RunClock', () => {
  it('counts run time from its creation', () => {
    const {clock, to} = clockAt();
    expect(clock.elapsed()).toBe(0);
    to(1250);
    expect(clock.elapsed()).toBe(250);
  });

  it('leaves paused intervals out of run time', () => {
    const {clock, to} = clockAt();
    to(1100);
    clock.pause();
    to(1400);
    expect(clock.paused).toBe(true);
    expect(clock.elapsed()).toBe(100); // the clock stood still while paused
    clock.resume();
    to(1450);
    expect(clock.elapsed()).toBe(150);
    expect(clock.pausedMs()).toBe(300);
  });

  it('maps an instant inside a pause to the moment the pause began, later ones shifted back', () => {
    const {clock, to} = clockAt();
    to(1100);
    clock.pause();
    to(1300);
    clock.resume();
    to(2000);
    expect(clock.toRunTime(1050)).toBe(50);
    expect(clock.toRunTime(1200)).toBe(100);
    expect(clock.toRunTime(1500)).toBe(300);
  });

  it('takes a pause and a resume at given past instants, never in the future', () => {
    const {clock, to} = clockAt();
    to(1500);
    clock.pause(1200); // a key pressed on another thread at 1200
    to(1600);
    clock.resume(1550);
    to(1700);
    expect(clock.elapsed()).toBe(700 - 350);
    clock.pause(5000); // a future instant counts as now
    to(1800);
    expect(clock.elapsed()).toBe(350);
  });

  it('sums several pauses, and a second pause() while paused changes nothing', () => {
    const {clock, to} = clockAt();
    clock.pause();
    to(1010);
    clock.pause();
    to(1020);
    clock.resume();
    to(1030);
    clock.pause();
    to(1040);
    clock.resume();
    expect(clock.pausedMs()).toBe(30);
    expect(clock.elapsed()).toBe(10);
  });

  it('whenRunning waits for resume, and rejects when aborted', async () => {
    const {clock} = clockAt();
    await expect(clock.whenRunning()).resolves.toBeUndefined();
    clock.pause();
    let resumed = false;
    const waiting = clock.whenRunning().then(() => (resumed = true));
    await Promise.resolve();
    expect(resumed).toBe(false);
    clock.resume();
    await waiting;
    expect(resumed).toBe(true);

    clock.pause();
    const stop = new AbortController();
    const aborted = clock.whenRunning(stop.signal);
    stop.abort(new Error('stopped'));
    await expect(aborted).rejects.toThrow('stopped');
  });
});
