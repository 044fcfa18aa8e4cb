import {render} from 'ink-testing-library';
import {describe, expect, it} from 'vitest';
// The engine from the build: piscina loads the worker as built JavaScript next to it.
import {sharedShopThread} from '../helpers/shared-shop.js';
import {runLessonLines} from '../../source/lessons/run-lesson.js';
import {App} from '../../source/ui/app.js';
import {engineDriver} from '../../source/ui/engine-driver.js';
import {actionFor, keyHelp} from '../../source/ui/keys.js';
import {LiveSession} from '../../source/ui/session.js';
import {nextMachines, stepSlice} from '../../source/ui/settings-steps.js';
import {themeFor} from '../../source/ui/theme.js';
import {settings} from '../fixtures/ui-runs.js';
import {eventually, plain} from '../helpers/frames.js';

const theme = themeFor('dark', false);
const shop = sharedShopThread();

function start(changes: Parameters<typeof settings>[0] = {}) {
  const driver = {...engineDriver(shop()), lesson: runLessonLines, close: async () => {}};
  const session = new LiveSession(driver, settings(changes));
  session.restart();
  const app = render(<App session={session} theme={theme} size={{columns: 140, rows: 30}} />);
  const frame = () => plain(app.lastFrame());
  const stop = async () => {
    app.unmount();
    await session.close();
  };
  return {session, app, frame, stop};
}

const ended = (session: LiveSession) => () => expect(session.timeline?.endedAt).not.toBeNull();

describe('pitfall keys: the table', () => {
  it('g picks gil, m the machines, [ and ] the slice; help lists them', () => {
    expect(actionFor('g', {}, false)).toEqual({type: 'mode', mode: 'gil'});
    expect(actionFor('m', {}, false)).toEqual({type: 'machines'});
    expect(actionFor('[', {}, false)).toEqual({type: 'slice', direction: -1});
    expect(actionFor(']', {}, false)).toEqual({type: 'slice', direction: 1});
    const keys = keyHelp.map(([k]) => k);
    for (const key of ['g', 'm', '[ ]']) expect(keys).toContain(key);
  });

  it('m cycles 1, 2, unlimited; the slice halves and doubles within bounds', () => {
    expect(nextMachines(undefined)).toBe(1);
    expect(nextMachines(1)).toBe(2);
    expect(nextMachines(2)).toBeUndefined();
    expect(stepSlice(undefined, 1)).toBe(100);
    expect(stepSlice(undefined, -1)).toBe(25);
    expect(stepSlice(0.5, -1)).toBe(0.5);
    expect(stepSlice(800, 1)).toBe(800);
  });
});

describe('pitfall keys on the live engine', () => {
  it('g switches to gil: its explanation, and its own figure with no other mode run first', async () => {
    const {session, app, frame, stop} = start({customers: 2, speed: 8, workload: 'cpu'});
    try {
      app.stdin.write('g');
      await eventually(() => expect(session.timeline?.info.mode).toBe('gil'));
      await eventually(ended(session), 20_000);
      await eventually(() => expect(frame()).toContain('one global lock'));
      // Cores in use: never more than one brew at once, and the CPU work no faster than one thread.
      await eventually(() =>
        expect(frame()).toMatch(
          /cores in use: at once peak (0\.\d|1\.0) of 2 threads · CPU work \d+\.\d\d× vs one thread/,
        ),
      );
      expect(frame()).not.toContain('vs sequential');
    } finally {
      await stop();
    }
  });

  it('b shows the stalls and late timers it causes, never a speed-up', async () => {
    const {session, app, frame, stop} = start({customers: 2, speed: 8, workload: 'cpu'});
    try {
      app.stdin.write('b');
      await eventually(() => expect(session.timeline?.info.mode).toBe('blocking'));
      await eventually(ended(session), 20_000);
      await eventually(() =>
        expect(frame()).toMatch(/longest stall \d+ ms · stalled \d+\.\d\d s in all · /),
      );
      // No speed-up of any kind is shown as a win: no "N×" below the header (its time scale).
      const belowHeader = frame().split('\n').slice(1).join('\n');
      expect(belowHeader).not.toMatch(/\d×/);
      expect(belowHeader).not.toContain('speed-up');
    } finally {
      await stop();
    }
  });

  it('m shares one machine: the queue in the lanes and the machine wait in the figures', async () => {
    const {session, app, frame, stop} = start({customers: 4, speed: 8, workload: 'io'});
    try {
      app.stdin.write('m');
      await eventually(() => expect(session.timeline?.info.machines).toBe(1));
      await eventually(ended(session), 20_000);
      expect(session.timeline!.queues.length).toBeGreaterThan(0);
      // The frame drawn after the run ended (the last one drawn during it may be older).
      await eventually(() => {
        expect(frame()).toMatch(/machine wait \d+\.\d\d s \(\d+ queued, 1 machine\)/);
        expect(frame()).toMatch(/\|-*queue-*\|/);
      });
      app.stdin.write('m');
      await eventually(() => expect(session.timeline?.info.machines).toBe(2));
      app.stdin.write('m');
      await eventually(() => expect(session.settings.machines).toBeUndefined());
      await eventually(() => expect(session.timeline?.info.machines).toBeUndefined());
      await eventually(ended(session), 20_000);
      // The frame drawn after this run ended.
      await eventually(() => expect(frame()).not.toContain('machine wait'));
    } finally {
      await stop();
    }
  });

  it('[ and ] change the slice in concurrent mode, with the switching overhead shown', async () => {
    const {session, app, frame, stop} = start({customers: 2, speed: 8, workload: 'cpu'});
    try {
      app.stdin.write('[');
      await eventually(() => expect(frame()).toContain('in concurrent mode'));
      app.stdin.write('2');
      await eventually(() => expect(session.timeline?.info.mode).toBe('concurrent'));
      app.stdin.write(']');
      await eventually(() => expect(session.settings.sliceMs).toBe(100));
      await eventually(() => expect(session.timeline?.info.sliceMs).toBeCloseTo(100 / 8));
      app.stdin.write('[');
      app.stdin.write('[');
      await eventually(() => expect(session.settings.sliceMs).toBe(25));
      await eventually(() => expect(session.timeline?.info.sliceMs).toBeCloseTo(25 / 8));
      await eventually(ended(session), 20_000);
      await eventually(() =>
        expect(frame()).toMatch(/switching \d+\.\d% of brew time \(\d+ switches, slice 3\.1 ms\)/),
      );
    } finally {
      await stop();
    }
  });

  it('t runs the tip-jar race for real: expected, unsafe (fewer) and atomic (all) in the panel', async () => {
    const {session, app, frame, stop} = start({customers: 2, speed: 8});
    try {
      app.stdin.write('t');
      await eventually(() => expect(session.panel?.name).toBe('race'));
      await eventually(() => expect(session.panel?.running).toBe(false), 30_000);
      await eventually(() => expect(frame()).toMatch(/atomic\s+\d+/));
      const count = (label: string) => Number(new RegExp(`${label}\\s+(\\d+)`).exec(frame())![1]);
      expect(count('expected')).toBeGreaterThan(0);
      expect(count('unsafe')).toBeLessThan(count('expected'));
      expect(count('atomic')).toBe(count('expected'));
      expect(frame()).not.toContain('shop loop busy');
      expect(frame()).toContain('Atomics.add loses none');
      app.stdin.write('r');
      await eventually(() => expect(frame()).toContain('shop loop busy'));
      expect(session.panel).toBeNull();
    } finally {
      await stop();
    }
  });

  it('d runs the deadlock lesson: the cycle found, then the fixed order completed', async () => {
    const {session, app, frame, stop} = start({customers: 2, speed: 8});
    try {
      app.stdin.write('d');
      await eventually(() => expect(session.panel?.name).toBe('deadlock'));
      await eventually(() => expect(session.panel?.running).toBe(false), 30_000);
      await eventually(() => expect(frame()).toContain('The fix, one lock order'));
      expect(frame()).toMatch(/holds the grinder and waits for the steamer/);
      expect(frame()).toMatch(/holds the steamer and waits for the grinder/);
      expect(frame()).toMatch(/both baristas finished in \d+\.\d ms/);
    } finally {
      await stop();
    }
  });
});
