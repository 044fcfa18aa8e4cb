import {describe, expect, it} from 'vitest';
import {customersPid, threadsPid, timelineTrace} from '../../source/render/trace.js';
import {fixtureTimeline} from '../helpers/fixture-run.js';

describe('the trace export (Chrome Trace Event JSON)', () => {
  const {timeline, figures} = fixtureTimeline();
  const trace = JSON.parse(JSON.stringify(timelineTrace(timeline, figures))) as ReturnType<
    typeof timelineTrace
  >;
  const events = trace.traceEvents;

  it('every event has ts, pid and tid; every X event a duration, in µs', () => {
    expect(events.length).toBeGreaterThan(0);
    for (const event of events) {
      expect(Number.isFinite(event.ts)).toBe(true);
      expect(Number.isInteger(event.pid)).toBe(true);
      expect(Number.isInteger(event.tid)).toBe(true);
      expect(['X', 'M', 'C']).toContain(event.ph);
      if (event.ph === 'X') expect(event.dur).toBeGreaterThan(0);
    }
    const anaBrew = events.find(
      (e) => e.ph === 'X' && e.pid === customersPid && e.tid === 1 && e.cat === 'brew',
    );
    expect(anaBrew).toMatchObject({ts: 100_000, dur: 350_000});
  });

  it('names a pseudo-thread per customer and a thread per barista', () => {
    const names = events
      .filter((e) => e.ph === 'M' && e.name === 'thread_name')
      .map((e) => [e.pid, e.tid, (e.args as {name: string}).name]);
    expect(names).toEqual(
      expect.arrayContaining([
        [customersPid, 1, 'Ana (latte)'],
        [customersPid, 2, 'Ben (espresso)'],
        [customersPid, 3, 'Cleo <&> "Q" (espresso)'],
        [threadsPid, 0, 'shop loop'],
        [threadsPid, 3, 'barista 1'],
        [threadsPid, 4, 'barista 2'],
      ]),
    );
    // Every thread that carries an X event is named.
    const named = new Set(names.map(([pid, tid]) => `${pid}/${tid}`));
    for (const e of events.filter((e) => e.ph === 'X'))
      expect(named).toContain(`${e.pid}/${e.tid}`);
    // The spans of one thread never overlap (Perfetto nests them otherwise).
    const byThread = new Map<string, typeof events>();
    for (const e of events.filter((e) => e.ph === 'X')) {
      const key = `${e.pid}/${e.tid}`;
      byThread.set(key, [...(byThread.get(key) ?? []), e]);
    }
    for (const spans of byThread.values()) {
      spans.sort((a, b) => a.ts - b.ts);
      for (let i = 1; i < spans.length; i++)
        expect(spans[i]!.ts).toBeGreaterThanOrEqual(spans[i - 1]!.ts + spans[i - 1]!.dur!);
    }
  });

  it('has counters for the event loop lag and the queue depth from the loop samples', () => {
    const counters = events.filter((e) => e.ph === 'C');
    const lag = counters.filter((e) => e.name === 'shop loop lag (ms)');
    const queued = counters.filter((e) => e.name === 'brews queued');
    expect(lag).toHaveLength(timeline.loop.length);
    expect(queued.map((e) => (e.args as {queued: number}).queued)).toEqual([0, 1, 0, 0, 0]);
    expect(lag[1]).toMatchObject({ts: 500_000, args: {max: 3, mean: 1.5}});
  });
});
