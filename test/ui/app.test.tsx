import {render} from 'ink-testing-library';
import {describe, expect, it} from 'vitest';
// The engine from the build: piscina loads the worker as built JavaScript next to it
// (npm test builds first).
import {sharedShopThread} from '../helpers/shared-shop.js';
import {App} from '../../source/ui/app.js';
import {engineDriver} from '../../source/ui/engine-driver.js';
import {LiveSession} from '../../source/ui/session.js';
import {themeFor} from '../../source/ui/theme.js';
import {settings} from '../fixtures/ui-runs.js';
import {eventually, plain} from '../helpers/frames.js';

const theme = themeFor('dark', false);
const shop = sharedShopThread();

/** The App on the real engine: a session over the shared shop (closing it would close the pool). */
function start(changes: Parameters<typeof settings>[0] = {}, size = {columns: 100, rows: 30}) {
  const driver = {...engineDriver(shop()), close: async () => {}};
  const session = new LiveSession(driver, settings(changes));
  const quits: number[] = [];
  session.restart();
  const app = render(
    <App session={session} theme={theme} size={size} onQuit={(code) => quits.push(code)} />,
  );
  const frame = () => plain(app.lastFrame());
  const stop = async () => {
    app.unmount();
    await session.close();
  };
  return {session, app, frame, quits, stop};
}

describe('App on the live engine', () => {
  it('draws a lane per customer, per barista thread and the event loop, then the figures', async () => {
    const {session, frame, stop} = start({customers: 3, speed: 4});
    try {
      await eventually(() => expect(session.timeline?.endedAt).not.toBeNull());
      await eventually(() => expect(frame()).toContain('orders 3/3'));
      const names = session.timeline!.customers.map((lane) => lane.customer.name);
      for (const name of names) expect(frame()).toContain(name);
      expect(frame()).toMatch(/barista \d+ /);
      expect(frame()).not.toMatch(/barista t\d+/);
      expect(frame()).toContain('shop loop busy');
      expect(frame()).toContain('✓ served');
      expect(frame()).toContain('hybrid · 2 baristas');
    } finally {
      await stop();
    }
  });

  it('key 2 switches to concurrent and restarts the same customers on the same threads', async () => {
    const {session, app, frame, stop} = start({customers: 3, speed: 4});
    try {
      await eventually(() => expect(session.timeline).not.toBeNull());
      const customers = session.timeline!.info.customers;
      const threads = shop().threadCount();
      app.stdin.write('2');
      await eventually(() => expect(frame()).toContain('concurrent · 1 barista on '));
      await eventually(() => expect(session.timeline?.info.mode).toBe('concurrent'));
      expect(session.timeline!.info.customers).toEqual(customers);
      await eventually(() => expect(session.timeline?.endedAt).not.toBeNull());
      // every brew of the concurrent run ran on one thread, and no thread started
      const brewThreads = new Set(
        [...session.timeline!.threads.values()]
          .filter((lane) => lane.thread !== 0)
          .map((l) => l.thread),
      );
      expect(brewThreads.size).toBe(1);
      expect(shop().threadCount()).toBe(threads);
    } finally {
      await stop();
    }
  });

  it('? opens the help over the view and ? closes it', async () => {
    const {app, frame, stop} = start({customers: 2, speed: 4});
    try {
      await eventually(() => expect(frame()).toContain('shop loop busy'));
      app.stdin.write('?');
      await eventually(() => expect(frame()).toContain('Escape or ? closes this help'));
      expect(frame()).not.toContain('shop loop busy');
      app.stdin.write('?');
      await eventually(() => expect(frame()).not.toContain('Escape or ? closes this help'));
      await eventually(() => expect(frame()).toContain('shop loop busy'));
    } finally {
      await stop();
    }
  });

  it('tab opens the compare view: every mode on the same customers, reusing the run already made', async () => {
    const {session, app, frame, stop} = start({customers: 2, speed: 8});
    try {
      await eventually(() => expect(session.timeline?.endedAt).not.toBeNull());
      await new Promise((resolve) => setTimeout(resolve, 50));
      const hybrid = session.timeline;
      app.stdin.write('\t');
      await eventually(() => expect(frame()).toContain('Every mode on the same customers'));
      await eventually(() => expect(session.compare?.runs).toHaveLength(4), 20_000);
      expect(session.compare!.runs.map((run) => run.mode)).toEqual([
        'sequential',
        'concurrent',
        'parallel',
        'hybrid',
      ]);
      expect(session.compare!.runs[3]!.timeline).toBe(hybrid);
      await eventually(() => expect(frame()).toMatch(/hybrid\s+█+ \d+\.\d\d s \d+\.\d\d×/));
      app.stdin.write('\t');
      await eventually(() => expect(frame()).toContain('Welcome to the coffee shop'));
    } finally {
      await stop();
    }
  });

  it('Escape closes the help too', async () => {
    const {app, frame, stop} = start({customers: 2, speed: 4});
    try {
      app.stdin.write('?');
      await eventually(() => expect(frame()).toContain('Escape or ? closes this help'));
      await new Promise((resolve) => setTimeout(resolve, 50));
      app.stdin.write('\u001B');
      await eventually(() => expect(frame()).not.toContain('Escape or ? closes this help'));
    } finally {
      await stop();
    }
  });

  it('keys that arrive together each count (C C: two more customers)', async () => {
    const {session, app, frame, stop} = start({customers: 3, speed: 4});
    try {
      app.stdin.write('CC');
      await eventually(() => expect(frame()).toContain('5 customers'));
      await eventually(() => expect(session.timeline?.customers).toHaveLength(5));
    } finally {
      await stop();
    }
  });

  it('space pauses the shop: the clock stops and no order advances; space again resumes', async () => {
    const {session, app, frame, stop} = start({customers: 5, speed: 1, workload: 'mixed'});
    try {
      await eventually(() => expect(session.moment().now).toBeGreaterThan(300));
      app.stdin.write(' ');
      await eventually(() => expect(frame()).toContain('PAUSED'));
      const at = session.moment().now;
      const events = session.timeline!.eventCount;
      const header = frame().split('\n')[0];
      await new Promise((resolve) => setTimeout(resolve, 600));
      expect(session.moment().now).toBe(at);
      expect(frame().split('\n')[0]).toBe(header);
      // nothing but (at most) the loop monitor's last sample and brews cut at the pause
      expect(
        session.timeline!.customers.filter((c) => c.servedAt !== null && c.servedAt > at),
      ).toEqual([]);
      expect(session.timeline!.eventCount - events).toBeLessThan(10);
      app.stdin.write(' ');
      await eventually(() => expect(frame()).not.toContain('PAUSED'));
      await eventually(() => expect(session.moment().now).toBeGreaterThan(at + 100));
    } finally {
      await stop();
    }
  });

  it('below 60x16 asks for a larger terminal while the shop keeps running', async () => {
    const {session, frame, stop} = start({customers: 2, speed: 4}, {columns: 50, rows: 12});
    try {
      await eventually(() => expect(frame()).toContain('Make the terminal larger'));
      await eventually(() => expect(session.timeline?.endedAt).not.toBeNull());
      await eventually(() => expect(frame()).toContain('2/2 served'));
    } finally {
      await stop();
    }
  });

  it('follows the terminal: a resize re-lays out at once', async () => {
    const driver = {...engineDriver(shop()), close: async () => {}};
    const session = new LiveSession(driver, settings({customers: 2, speed: 4}));
    session.restart();
    const app = render(<App session={session} theme={theme} />);
    const frame = () => plain(app.lastFrame());
    try {
      await eventually(() => expect(frame()).toContain('shop loop busy'));
      Object.defineProperty(app.stdout, 'columns', {value: 50, configurable: true});
      app.stdout.emit('resize');
      await eventually(() => expect(frame()).toContain('Make the terminal larger'));
      expect(frame()).toContain('now 50×');
      Object.defineProperty(app.stdout, 'columns', {value: 100, configurable: true});
      app.stdout.emit('resize');
      await eventually(() => expect(frame()).toContain('shop loop busy'));
    } finally {
      app.unmount();
      await session.close();
    }
  });

  it('q quits with 0 and Ctrl+C with 130', async () => {
    const first = start({customers: 1, speed: 4});
    first.app.stdin.write('q');
    await eventually(() => expect(first.quits).toEqual([0]));
    await first.stop();
    const second = start({customers: 1, speed: 4});
    second.app.stdin.write('\u0003');
    await eventually(() => expect(second.quits).toEqual([130]));
    await second.stop();
  });

  it('the speed-up appears once the sequential run of the same customers is known', async () => {
    const {session, app, frame, stop} = start({customers: 2, speed: 8, mode: 'sequential'});
    try {
      await eventually(() => expect(session.sequentialMakespan()).not.toBeNull());
      app.stdin.write('4');
      await eventually(() => expect(session.timeline?.info.mode).toBe('hybrid'));
      await eventually(() => expect(session.timeline?.endedAt).not.toBeNull());
      await eventually(() => expect(frame()).toMatch(/speed-up \d+\.\d\d× vs sequential/));
    } finally {
      await stop();
    }
  });
});
