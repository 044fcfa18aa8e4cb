import {render} from 'ink-testing-library';
import {describe, expect, it} from 'vitest';
import {sharedShopThread} from '../helpers/shared-shop.js';
import {runLessonLines} from '../../source/lessons/run-lesson.js';
import {App} from '../../source/ui/app.js';
import {engineDriver} from '../../source/ui/engine-driver.js';
import {LiveSession} from '../../source/ui/session.js';
import {themeFor} from '../../source/ui/theme.js';
import {settings} from '../fixtures/ui-runs.js';
import {eventually, plain} from '../helpers/frames.js';

const theme = themeFor('dark', false);
const shop = sharedShopThread();

function start() {
  const driver = {...engineDriver(shop()), lesson: runLessonLines, close: async () => {}};
  const session = new LiveSession(driver, settings({customers: 2, speed: 8}));
  session.restart();
  const app = render(<App session={session} theme={theme} size={{columns: 120, rows: 40}} />);
  const frame = () => plain(app.lastFrame());
  const stop = async () => {
    app.unmount();
    await session.close();
  };
  return {session, app, frame, stop};
}

describe('the MapReduce and assembly-line keys on the dashboard', () => {
  it('M runs MapReduce in the panel: the loop and the baristas as lanes, the speed-up, Amdahl', async () => {
    const {session, app, frame, stop} = start();
    try {
      app.stdin.write('M');
      await eventually(() => expect(session.panel?.name).toBe('mapreduce'));
      await eventually(() => expect(session.panel?.running).toBe(false), 30_000);
      await eventually(() => expect(frame()).toMatch(/speed-up\s+\d+\.\d\d× with 2 baristas/));
      expect(frame()).toMatch(/loop, thread \d+/);
      expect(frame()).toMatch(/barista, thread \d+ +\S/);
      expect(frame()).toContain('Amdahl');
    } finally {
      await stop();
    }
  });

  it('l runs the assembly line in the panel: a lane per stage, throughput and latency', async () => {
    const {session, app, frame, stop} = start();
    try {
      app.stdin.write('l');
      await eventually(() => expect(session.panel?.name).toBe('pipeline'));
      await eventually(() => expect(session.panel?.running).toBe(false), 30_000);
      await eventually(() => expect(frame()).toMatch(/throughput\s+one barista/));
      for (const stage of ['grind', 'brew', 'froth'])
        expect(frame()).toMatch(new RegExp(`${stage}, thread \\d+ +\\S`));
      expect(frame()).toMatch(/latency\s+one barista \d+\.\d ms an order/);
    } finally {
      await stop();
    }
  });
});
