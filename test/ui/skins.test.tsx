import {render} from 'ink-testing-library';
import {describe, expect, it} from 'vitest';
import {App} from '../../source/ui/app.js';
import {TourApp} from '../../source/ui/tour-app.js';
import {LiveSession} from '../../source/ui/session.js';
import {themeFor} from '../../source/ui/theme.js';
import {settings} from '../fixtures/ui-runs.js';
import {fakeDriver} from '../helpers/fake-driver.js';
import {eventually, plain} from '../helpers/frames.js';

const theme = themeFor('dark', false);

describe('the dashboard in a skin words', () => {
  it('--skin grading: the teaching assistants lanes, the teacher loop, papers', async () => {
    const session = new LiveSession(fakeDriver(), settings({skin: 'grading', mode: 'parallel'}));
    session.restart();
    const app = render(
      <App session={session} theme={theme} size={{columns: 100, rows: 30}} onQuit={() => {}} />,
    );
    const frame = () => plain(app.lastFrame());
    try {
      await eventually(() => expect(frame()).toContain('papers 2/2'));
      expect(frame()).toMatch(/^TA 1 /m);
      expect(frame()).toMatch(/^TA 2 /m);
      expect(frame()).toContain('teacher');
      expect(frame()).toContain('2 TAs on');
      expect(frame()).toMatch(/\|-*grade-*\|/);
      expect(frame()).not.toMatch(/barista/i);
    } finally {
      app.unmount();
      await session.close();
    }
  });
});

describe('the tour in a skin words', () => {
  it('--skin kitchen: the first step speaks of chefs and dishes, never baristas', async () => {
    const session = new LiveSession(fakeDriver(), settings({skin: 'kitchen', speed: 1}));
    const app = render(<TourApp session={session} theme={theme} size={{columns: 140, rows: 40}} />);
    const frame = () => plain(app.lastFrame());
    try {
      await eventually(() => expect(frame()).toContain('one dish at a time'));
      await eventually(() => expect(frame()).toMatch(/^measured: /m));
      expect(frame()).toContain('One chef makes each dish');
      expect(frame()).toMatch(/^chef 1 /m);
      expect(frame()).not.toMatch(/barista/i);
    } finally {
      app.unmount();
      await session.close();
    }
  });
});
