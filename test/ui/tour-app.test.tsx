import {render} from 'ink-testing-library';
import {describe, expect, it} from 'vitest';
import type {RunSettings} from '../../source/cli/options.js';
import type {Mode} from '../../source/engine/modes.js';
import type {ShopEvent} from '../../source/timeline/events.js';
import {tourSteps} from '../../source/tour/steps.js';
import type {DriverRun, PanelName, ShopDriver} from '../../source/ui/driver.js';
import {LiveSession} from '../../source/ui/session.js';
import {themeFor} from '../../source/ui/theme.js';
import {TourApp} from '../../source/ui/tour-app.js';
import {eventually, info, plain, settings} from './fixtures.js';

const theme = themeFor('dark', false);

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
function fakeDriver(): ShopDriver & {modesRun: Mode[]} {
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
    lesson: async (name: PanelName, _s, onLine) => {
      onLine(`${name}: measured 371 of 400 in 12.5 ms`);
    },
  };
}

describe('the tour: every step shows a number it measured', () => {
  it('each step shows a measured number; a speed-up step runs its sequential baseline first', async () => {
    const driver = fakeDriver();
    const session = new LiveSession(driver, settings({speed: 1}));
    const app = render(<TourApp session={session} theme={theme} size={{columns: 140, rows: 40}} />);
    const frame = () => plain(app.lastFrame());
    try {
      for (const [index, step] of tourSteps.entries()) {
        if (index > 0) app.stdin.write(' ');
        await eventually(() => expect(frame()).toContain(`Tour ${index + 1}/${tourSteps.length}`));
        if (step.figure === 'lesson') {
          await eventually(() => expect(frame()).toMatch(/measured \d+ of \d+/));
          continue;
        }
        await eventually(() => {
          expect(session.timeline?.info.mode).toBe(step.action.kind === 'run' && step.action.mode);
          expect(session.timeline?.endedAt).not.toBeNull();
          const line = frame()
            .split('\n')
            .find((l) => l.startsWith('measured: '));
          expect(line).toBeDefined();
          expect(line).toMatch(/\d/);
          if (step.figure === 'speedup') expect(line).toMatch(/speed-up \d+\.\d\d× vs sequential/);
        });
        expect(frame()).not.toContain('run 1 (sequential)');
      }
      // The baseline ran once per set of customers, before the first speed-up step that needed it.
      expect(driver.modesRun.slice(0, 3)).toEqual(['sequential', 'sequential', 'concurrent']);
      // The speed-ups are those of the runs: 900 ms against 500 ms in parallel.
      expect(driver.modesRun).toContain('parallel');
    } finally {
      app.unmount();
      await session.close();
    }
  });

  it('presenter keys: p pauses, r runs the step again, < and > change the time scale', async () => {
    const driver = fakeDriver();
    const session = new LiveSession(driver, settings({speed: 1}));
    const app = render(<TourApp session={session} theme={theme} size={{columns: 140, rows: 40}} />);
    const frame = () => plain(app.lastFrame());
    try {
      await eventually(() => expect(session.timeline?.endedAt).not.toBeNull());
      const runs = driver.modesRun.length;
      app.stdin.write('r');
      await eventually(() => expect(driver.modesRun.length).toBe(runs + 1));
      app.stdin.write('>');
      await eventually(() => expect(frame()).toContain('time scale 2×'));
      await eventually(() => expect(session.settings.speed).toBe(2));
      app.stdin.write('<');
      app.stdin.write('<');
      await eventually(() => expect(session.settings.speed).toBe(0.5));
      expect(frame()).toContain('p pause');
    } finally {
      app.unmount();
      await session.close();
    }
  });
});
