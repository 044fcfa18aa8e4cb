import type {RunSettings} from '../../source/cli/options.js';
import type {Mode} from '../../source/protocol/vocabulary.js';
import type {ShopEvent} from '../../source/protocol/events.js';
import type {OwnLessonId} from '../../source/lessons/index.js';
import type {DriverRun, ShopDriver} from '../../source/ui/driver.js';
import {info} from '../fixtures/ui-runs.js';

/**
 * Events of a hand-made run of `mode`: two customers who order (100 ms), brew
 * (400 ms each) and are served. One thread brews them one after the other
 * (sequential, concurrent, gil, blocking: makespan 900 ms), two threads side by
 * side (parallel, hybrid: 500 ms). A blocking run makes Ben's order 300 ms late.
 */
function runEvents(mode: Mode, s: RunSettings): ShopEvent[] {
  const two = mode === 'parallel' || mode === 'hybrid';
  const thread = (i: number) => (mode === 'blocking' ? 0 : two ? 5 + i : 5);
  const brews: Array<[number, number]> = two
    ? [
        [100, 500],
        [100, 500],
      ]
    : [
        [100, 500],
        [500, 900],
      ];
  const events: ShopEvent[] = [
    {
      kind: 'run-start',
      t: 0,
      info: info({
        mode,
        workload: s.workload,
        baristas: two ? 2 : mode === 'blocking' ? 0 : 1,
        speed: s.speed,
        ...(s.machines === undefined ? {} : {machines: s.machines}),
        ...(s.skin === undefined ? {} : {skin: s.skin}),
      }),
    },
  ];
  for (const [i, [start, end]] of brews.entries()) {
    const customer = i + 1;
    events.push({kind: 'arrive', t: 0, customer});
    const orderEnd = mode === 'blocking' && i === 1 ? 400 : 100;
    events.push({
      kind: 'segment',
      customer,
      step: 0,
      stepKind: 'order',
      thread: 0,
      start: 0,
      end: orderEnd,
      plannedMs: 100,
    });
    events.push({
      kind: 'segment',
      customer,
      step: 1,
      stepKind: 'brew',
      thread: thread(i),
      start: Math.max(start, orderEnd),
      end,
      cpuMs: end - Math.max(start, orderEnd),
    });
    if (s.machines !== undefined)
      events.push({
        kind: 'queue',
        customer,
        step: 2,
        resource: 'machine',
        start: end,
        end: end + 50,
      });
    events.push({kind: 'served', t: end, customer});
  }
  events.push({kind: 'run-end', t: Math.max(...brews.map(([, end]) => end)), aborted: false});
  return events;
}

/** A driver that plays each run's events at once, and lessons that report measured lines. */
export function fakeDriver(): ShopDriver & {modesRun: Mode[]} {
  const modesRun: Mode[] = [];
  return {
    modesRun,
    workers: () => 2,
    resize: async () => {},
    threadCount: () => 3,
    close: async () => {},
    start(s, onEvent): DriverRun {
      modesRun.push(s.mode);
      const events = runEvents(s.mode, s);
      const done = new Promise<{aborted: boolean}>((resolve) => {
        setTimeout(() => {
          for (const event of events) onEvent(event);
          resolve({aborted: false});
        }, 5);
      });
      return {
        done,
        now: () => 0,
        brewsInProgress: () => [],
        pause: () => {},
        resume: () => {},
      };
    },
    lesson: async (name: OwnLessonId, _s, onLine) => {
      onLine(`${name}: measured 371 of 400 in 12.5 ms`);
    },
  };
}
