import {render} from 'ink-testing-library';
import {describe, expect, it} from 'vitest';
import type {ShopDriver} from '../../source/ui/driver.js';
import {App} from '../../source/ui/app.js';
import {CompareView} from '../../source/ui/compare-view.js';
import {CustomerLane} from '../../source/ui/customer-lane.js';
import {laneLayout} from '../../source/ui/layout.js';
import {LessonPanel} from '../../source/ui/lesson-panel.js';
import {LiveSession} from '../../source/ui/session.js';
import {spinnerFrames, spinnerGlyphAt} from '../../source/ui/spinner.js';
import {themeFor} from '../../source/ui/theme.js';
import {eventsInProgress, settings, timelineOf} from '../fixtures/ui-runs.js';
import {fakeDriver} from '../helpers/fake-driver.js';
import {eventually, plain} from '../helpers/frames.js';

const theme = themeFor('dark', false);
const glyphs = spinnerFrames.join('');
/** The spinner glyph just before `text` on a line of the frame, if any. */
const glyphBefore = (frame: string, text: string): string | undefined =>
  new RegExp(`([${glyphs}]) ${text}`).exec(frame)?.[1];
/** Every spinner glyph in a frame. */
const glyphsIn = (frame: string): string[] => frame.match(new RegExp(`[${glyphs}]`, 'g')) ?? [];

/** A shop still opening: `ready` resolves when the test says, or fails. */
function openingDriver() {
  let open!: () => void;
  let fail!: (error: Error) => void;
  const ready = new Promise<void>((resolve, reject) => {
    open = resolve;
    fail = reject;
  });
  const driver: ShopDriver = {...fakeDriver(), ready: () => ready};
  return {driver, open, fail};
}

describe('a waiting screen shows one turning spinner (ink-spinner)', () => {
  it('while the shop opens; none once opening has failed', async () => {
    const {driver, fail} = openingDriver();
    const session = new LiveSession(driver, settings({workers: 2}));
    session.restart();
    const app = render(<App session={session} theme={theme} size={{columns: 100, rows: 30}} />);
    const frame = () => plain(app.lastFrame());
    const waiting = 'opening the shop: calibrating, starting 2 barista thread';
    try {
      await eventually(() => expect(glyphBefore(frame(), waiting)).toBeDefined());
      expect(glyphsIn(frame())).toHaveLength(1);
      // It turns on its own timer: nothing in the session changes meanwhile.
      const first = glyphBefore(frame(), waiting);
      await eventually(() => expect(glyphBefore(frame(), waiting)).not.toBe(first));

      fail(new Error('no threads'));
      await eventually(() => expect(frame()).toContain('error: no threads'));
      expect(glyphsIn(frame())).toEqual([]);
    } finally {
      app.unmount();
      await session.close();
    }
  });

  it('beside the mode the comparison is running, and while it starts', async () => {
    const starting = render(<CompareView compare={null} width={100} rows={20} theme={theme} />);
    const running = render(
      <CompareView
        compare={{key: 'k', runs: [], running: 'concurrent'}}
        width={100}
        rows={20}
        theme={theme}
      />,
    );
    try {
      expect(glyphBefore(plain(starting.lastFrame()), 'Starting the comparison…')).toBeDefined();
      const frame = plain(running.lastFrame());
      expect(frame).toMatch(new RegExp(`^concurrent +[${glyphs}] running$`, 'm'));
      expect(frame).toMatch(/^sequential +waiting$/m);
      expect(glyphsIn(frame)).toHaveLength(1);
      const first = glyphsIn(frame)[0];
      await eventually(() => expect(glyphsIn(plain(running.lastFrame()))[0]).not.toBe(first));
    } finally {
      starting.unmount();
      running.unmount();
    }
  });

  it('under a lesson running in the panel, on the last row; none once it is done', () => {
    const lines = ['first line', 'second line', 'third line'];
    const running = render(
      <LessonPanel
        panel={{name: 'race', lines, running: true}}
        rows={3}
        width={80}
        theme={theme}
      />,
    );
    const done = render(
      <LessonPanel
        panel={{name: 'race', lines, running: false}}
        rows={3}
        width={80}
        theme={theme}
      />,
    );
    try {
      const rows = plain(running.lastFrame()).split('\n');
      expect(rows).toHaveLength(3);
      expect(rows.slice(0, 2)).toEqual(['second line', 'third line']);
      expect(rows[2]).toMatch(new RegExp(`^[${glyphs}] running the tip jar`));
      expect(plain(done.lastFrame()).split('\n')).toEqual(lines);
    } finally {
      running.unmount();
      done.unmount();
    }
  });
});

describe('a lane keeps its frame-driven mark', () => {
  it("shows the glyph of the shop's run time, and only that, however long it is drawn", async () => {
    const timeline = timelineOf(eventsInProgress());
    const layout = laneLayout(100, 30, 2, 2, 5);
    const lane = (now: number) => (
      <CustomerLane
        timeline={timeline}
        lane={timeline.customerById.get(1)!}
        moment={{now, brews: []}}
        view={{start: 0, end: 2000, columns: layout.laneColumns}}
        layout={layout}
        theme={theme}
        animate
      />
    );
    const app = render(lane(1000));
    try {
      const at1000 = spinnerGlyphAt(1000);
      expect(glyphsIn(plain(app.lastFrame()))).toEqual([at1000]);
      // Longer than a turn of ink-spinner's timer: a timer-driven mark would have moved.
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(glyphsIn(plain(app.lastFrame()))).toEqual([at1000]);
      app.rerender(lane(1080));
      expect(glyphsIn(plain(app.lastFrame()))).toEqual([spinnerGlyphAt(1080)]);
      expect(spinnerGlyphAt(1080)).not.toBe(at1000);
    } finally {
      app.unmount();
    }
  });
});
