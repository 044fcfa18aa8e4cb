import {describe, expect, it} from 'vitest';
import {computeFigures} from '../../source/timeline/figures.js';
import type {ShopEvent} from '../../source/protocol/events.js';
import {parallelism} from '../../source/timeline/parallelism.js';
import {parallelismByColumn} from '../../source/timeline/parallelism-columns.js';
import {applyEvent, createTimeline, timelineFromEvents} from '../../source/timeline/reduce.js';
import {lessonHeadline, speedupText} from '../../source/render/figures-text.js';
import {eventsFinished, eventsInProgress, info, seg} from '../fixtures/ui-runs.js';

/**
 * Two customers under one lock: both order (0–100), then want to brew 200 ms each
 * from 100 on; the lock lets one compute at a time (100–300 Ana, 300–500 Ben), then
 * both wait at the machine for 1 s together. The waits overlap; the brews do not.
 */
function gilRun(): ShopEvent[] {
  return [
    {kind: 'run-start', t: 0, info: info({mode: 'gil'})},
    {kind: 'arrive', t: 0, customer: 1},
    {kind: 'arrive', t: 0, customer: 2},
    seg(1, 0, 'order', 0, 0, 100),
    seg(2, 0, 'order', 0, 0, 100),
    seg(1, 1, 'brew', 5, 100, 200, {cpuMs: 100}),
    seg(2, 1, 'brew', 6, 200, 300, {cpuMs: 100}),
    seg(1, 1, 'brew', 5, 300, 400, {cpuMs: 100}),
    seg(2, 1, 'brew', 6, 400, 500, {cpuMs: 100}),
    seg(1, 2, 'machine', 0, 400, 1400),
    seg(2, 2, 'machine', 0, 500, 1500),
    {kind: 'served', t: 1400, customer: 1},
    {kind: 'served', t: 1500, customer: 2},
    {kind: 'run-end', t: 1500, aborted: false},
  ];
}

describe('parallelism: in progress and at once', () => {
  it('under one lock: at once 1, the CPU work no faster than one thread, waits never credited', () => {
    const timeline = timelineFromEvents(gilRun());
    const p = parallelism(timeline);
    expect(p.inProgressPeak).toBe(2);
    expect(p.atOncePeak).toBeCloseTo(1);
    expect(p.atOnceMean).toBeCloseTo(1);
    expect(p.brewCpuMs).toBe(400);
    // Some brew was wanted from 100 (both start) to 500 (Ben's last slice).
    expect(p.brewDemandMs).toBeCloseTo(400);
    expect(p.cpuSpeedup).toBeCloseTo(1);
    // The old figure (sum of the work over the makespan) credits the waits: well above 1.
    expect(computeFigures(timeline).overlap).toBeGreaterThan(1.5);
    const headline = lessonHeadline(timeline, computeFigures(timeline), false);
    expect(headline).toContain('at once peak 1.0 of 2 threads');
    expect(headline).toContain('CPU work 1.00× vs one thread: no faster');
  });

  it('in parallel: two brews at once, the CPU work twice as fast as one thread', () => {
    const timeline = timelineOf2Parallel();
    const p = parallelism(timeline);
    expect(p.atOncePeak).toBeCloseTo(2);
    expect(p.cpuSpeedup).toBeCloseTo(2);
  });

  it('counts the CPU the threads obtained: half a core each when other programs take the rest', () => {
    const events = gilRun().map((event) =>
      event.kind === 'segment' && event.stepKind === 'brew' ? {...event, cpuMs: 50} : event,
    );
    const p = parallelism(timelineFromEvents(events));
    expect(p.cpuShare).toBeCloseTo(0.5);
    expect(p.cpuSpeedup).toBeCloseTo(0.5);
    expect(p.cpuMeasuredSegments).toBe(4);
  });

  it('counts cores in use, not threads: four threads sharing two cores are two at once', () => {
    const events: ShopEvent[] = [
      {
        kind: 'run-start',
        t: 0,
        info: info({
          baristas: 4,
          workers: 4,
          customers: [1, 2, 3, 4].map((id) => ({id, name: `C${id}`, drink: 'latte', arrivalMs: 0})),
        }),
      },
    ];
    for (let customer = 1; customer <= 4; customer++) {
      events.push({kind: 'arrive', t: 0, customer});
      events.push(seg(customer, 0, 'order', 0, 0, 100));
      // Each thread computed 400 ms of wall time and obtained 200 ms of CPU.
      events.push(seg(customer, 1, 'brew', 4 + customer, 100, 500, {cpuMs: 200}));
      events.push({kind: 'served', t: 500, customer});
    }
    events.push({kind: 'run-end', t: 500, aborted: false});
    const p = parallelism(timelineFromEvents(events));
    expect(p.atOncePeak).toBeCloseTo(2);
    expect(p.atOnceMean).toBeCloseTo(2);
    expect(p.cpuSpeedup).toBeCloseTo(2);
    expect(p.cpuShare).toBeCloseTo(0.5);
  });

  it('in progress counts orders being served, not customers still in line (sequential)', () => {
    const events: ShopEvent[] = [
      {kind: 'run-start', t: 0, info: info({mode: 'sequential', baristas: 1})},
      {kind: 'arrive', t: 0, customer: 1},
      {kind: 'arrive', t: 0, customer: 2},
      seg(1, 0, 'order', 0, 0, 100),
      seg(1, 1, 'brew', 5, 100, 300),
      {kind: 'served', t: 300, customer: 1},
      // Ben waited in line until Ana was served.
      seg(2, 0, 'order', 0, 300, 400),
      seg(2, 1, 'brew', 5, 400, 600),
      {kind: 'served', t: 600, customer: 2},
      {kind: 'run-end', t: 600, aborted: false},
    ];
    const timeline = timelineFromEvents(events);
    expect(parallelism(timeline).inProgressPeak).toBe(1);
    const columns = parallelismByColumn(timeline, {start: 0, end: 600, columns: 6});
    expect(columns.inProgress.every((level) => level <= 1 + 1e-9)).toBe(true);
  });

  it('live: includes the brews computing now, and the orders in progress now', () => {
    const timeline = timelineFromEvents(eventsInProgress());
    // Ben brews on thread 6 since 150, still computing at 1000.
    const p = parallelism(timeline, {
      now: 1000,
      brews: [{thread: 6, customer: 2, step: 1, start: 150}],
    });
    expect(p.inProgressNow).toBe(2);
    expect(p.atOnceNow).toBe(1);
    // Ana's brew (100–600) and Ben's (150–1000, in progress) overlapped.
    expect(p.atOncePeak).toBeCloseTo(2);
    expect(p.brewWallMs).toBeCloseTo(500 + 850);
    const columns = parallelismByColumn(
      timeline,
      {start: 0, end: 2000, columns: 20},
      {now: 1000, brews: [{thread: 6, customer: 2, step: 1, start: 150}]},
    );
    expect(columns.atOnce[3]).toBeCloseTo(2);
    expect(columns.atOnce[8]).toBeCloseTo(1);
    expect(columns.atOnce[15]).toBe(0);
    expect(columns.inProgress[5]).toBeCloseTo(2);
  });

  it('folds new segments in as they arrive (same answer as from scratch)', () => {
    const events = gilRun();
    const live = createTimeline(info({mode: 'gil'}));
    for (const event of events) {
      applyEvent(live, event);
      parallelism(live);
    }
    expect(parallelism(live)).toEqual(parallelism(timelineFromEvents(events)));
  });
});

describe('the speed-up against sequential', () => {
  it('appears only where it teaches something, never in blocking or gil', () => {
    for (const mode of ['blocking', 'gil'] as const) {
      const timeline = timelineFromEvents(eventsFinished({mode}));
      expect(speedupText(timeline, computeFigures(timeline, 4000))).toBeNull();
    }
    const hybrid = timelineFromEvents(eventsFinished());
    expect(speedupText(hybrid, computeFigures(hybrid, 4000))).toBe('speed-up 2.00× vs sequential');
  });

  it('says a speed-up above the threads on cpu work means a disturbed baseline', () => {
    const hybrid = timelineFromEvents(eventsFinished({workload: 'cpu'}));
    expect(speedupText(hybrid, computeFigures(hybrid, 8000))).toContain(
      'the baseline was disturbed',
    );
  });
});

describe('blocking: the stalls', () => {
  it('says the longest and total stall and how late the timers fired', () => {
    const events: ShopEvent[] = [
      {kind: 'run-start', t: 0, info: info({mode: 'blocking', baristas: 0})},
      {kind: 'arrive', t: 0, customer: 1},
      {kind: 'arrive', t: 0, customer: 2},
      seg(1, 0, 'order', 0, 0, 100, {plannedMs: 100}),
      seg(1, 1, 'brew', 0, 100, 500),
      // Ben's 100 ms order could only end when the loop turned again: 400 ms late.
      seg(2, 0, 'order', 0, 0, 500, {plannedMs: 100}),
      seg(2, 1, 'brew', 0, 500, 700),
      {kind: 'served', t: 700, customer: 1},
      {kind: 'served', t: 700, customer: 2},
      {kind: 'run-end', t: 700, aborted: false},
    ];
    const timeline = timelineFromEvents(events);
    const figures = computeFigures(timeline, 2000);
    expect(figures.stalls).toMatchObject({
      stalls: 2,
      longestStallMs: 400,
      totalStallMs: 600,
      lateTimers: 1,
      timers: 2,
      longestLateMs: 400,
    });
    const headline = lessonHeadline(timeline, figures, false);
    expect(headline).toBe(
      'longest stall 400 ms · stalled 0.60 s in all · 1 of 2 timers late, up to 400 ms',
    );
    expect(headline).not.toMatch(/\d×/);
  });
});

function timelineOf2Parallel() {
  return timelineFromEvents([
    {kind: 'run-start', t: 0, info: info({mode: 'hybrid'})},
    {kind: 'arrive', t: 0, customer: 1},
    {kind: 'arrive', t: 0, customer: 2},
    seg(1, 0, 'order', 0, 0, 100),
    seg(2, 0, 'order', 0, 0, 100),
    seg(1, 1, 'brew', 5, 100, 300, {cpuMs: 200}),
    seg(2, 1, 'brew', 6, 100, 300, {cpuMs: 200}),
    {kind: 'served', t: 300, customer: 1},
    {kind: 'served', t: 300, customer: 2},
    {kind: 'run-end', t: 300, aborted: false},
  ]);
}
