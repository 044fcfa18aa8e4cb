import {render} from 'ink-testing-library';
import {describe, expect, it} from 'vitest';
import {tourSteps} from '../../source/tour/steps.js';
import {fakeDriver} from '../helpers/fake-driver.js';
import {LiveSession} from '../../source/ui/session.js';
import {themeFor} from '../../source/ui/theme.js';
import {TourApp} from '../../source/ui/tour-app.js';
import {settings} from '../fixtures/ui-runs.js';
import {eventually, plain} from '../helpers/frames.js';

const theme = themeFor('dark', false);

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
