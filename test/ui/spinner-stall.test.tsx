import {render} from 'ink-testing-library';
import {describe, expect, it} from 'vitest';
import type {DriverRun, ShopDriver} from '../../source/ui/driver.js';
import {App} from '../../source/ui/app.js';
import {LiveSession} from '../../source/ui/session.js';
import {spinnerFrames} from '../../source/ui/spinner.js';
import {themeFor} from '../../source/ui/theme.js';
import {eventsInProgress, settings} from '../fixtures/ui-runs.js';
import {eventually, plain} from '../helpers/frames.js';

/**
 * A blocking run that stays in progress, its clock and its stall set by the test,
 * as the shop's thread reports them: while the shop's loop is stalled its run time
 * stands still (shop-thread.ts `now`) and `stalledMs` counts up.
 */
function stallingDriver() {
  const shop = {now: 1000, stalledMs: 0};
  const driver: ShopDriver = {
    workers: () => 2,
    resize: async () => {},
    threadCount: () => 3,
    close: async () => {},
    start(_settings, onEvent, signal): DriverRun {
      for (const event of eventsInProgress({mode: 'blocking', baristas: 0})) onEvent(event);
      const done = new Promise<{aborted: boolean}>((resolve) =>
        signal.addEventListener('abort', () => resolve({aborted: true}), {once: true}),
      );
      return {
        done,
        now: () => shop.now,
        brewsInProgress: () => [],
        stalledMs: () => shop.stalledMs,
        pause: () => {},
        resume: () => {},
      };
    },
  };
  return {shop, driver};
}

const glyphs = spinnerFrames.join('');
/** The spinner on Ana's lane (her machine step is in progress). */
const anaSpinner = (frame: string): string | undefined =>
  new RegExp(`^A Ana .*([${glyphs}]) at the machine`, 'm').exec(frame)?.[1];

describe('the spinners during a stall of the shop’s loop', () => {
  it('turn while the shop runs and stand still while its loop is stalled; the stall counter counts', async () => {
    const {shop, driver} = stallingDriver();
    const session = new LiveSession(driver, settings({mode: 'blocking', customers: 2}));
    session.restart();
    const app = render(
      <App session={session} theme={themeFor('dark', false)} size={{columns: 100, rows: 30}} />,
    );
    const frame = () => plain(app.lastFrame());
    try {
      await eventually(() => expect(anaSpinner(frame())).toBeDefined());
      // The shop runs: its clock moves, and so does the spinner.
      const running = anaSpinner(frame());
      shop.now += 80 * 3;
      await eventually(() => expect(anaSpinner(frame())).not.toBe(running));

      // The shop's loop stalls: its clock stands still while the dashboard keeps drawing.
      shop.stalledMs = 300;
      await eventually(() => expect(frame()).toContain('shop loop stalled 0.3 s'));
      const first = anaSpinner(frame());
      shop.stalledMs = 700;
      await eventually(() => expect(frame()).toContain('shop loop stalled 0.7 s'));
      const second = anaSpinner(frame());
      expect(first).toBeDefined();
      expect(second).toBe(first);
    } finally {
      app.unmount();
      await session.close();
    }
  });
});
