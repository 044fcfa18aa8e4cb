import {render} from 'ink-testing-library';
import {describe, expect, it} from 'vitest';
import {DrawingFigure, drawingShareMeter} from '../../source/ui/drawing-figure.js';
import {laneLayout} from '../../source/ui/layout.js';
import {themeFor} from '../../source/ui/theme.js';
import {plain} from '../helpers/frames.js';

const theme = themeFor('dark', false);
const layout = laneLayout(100, 30, 2, 1, 4);

describe('the dashboard line under the event loop', () => {
  it("counts the shop's stall while it lasts, beside what drawing costs", () => {
    const stalled = render(
      <DrawingFigure
        moment={{now: 500, brews: [], stalledMs: 1234}}
        layout={layout}
        theme={theme}
      />,
    );
    expect(plain(stalled.lastFrame())).toMatch(/^dashboard\s+shop loop stalled 1\.2 s · drawing/);
    stalled.rerender(
      <DrawingFigure
        moment={{now: 500, brews: [], stalledMs: 2345}}
        layout={layout}
        theme={theme}
      />,
    );
    expect(plain(stalled.lastFrame())).toContain('shop loop stalled 2.3 s');
  });

  it('shows no stall while the shop runs, nor from a driver that cannot stall (a replay)', () => {
    const running = render(
      <DrawingFigure moment={{now: 500, brews: [], stalledMs: 0}} layout={layout} theme={theme} />,
    );
    expect(plain(running.lastFrame())).not.toContain('stalled');
    expect(plain(running.lastFrame())).toContain('drawing');
    const replay = render(
      <DrawingFigure moment={{now: 500, brews: []}} layout={layout} theme={theme} />,
    );
    expect(plain(replay.lastFrame())).not.toContain('stalled');
  });
});

describe("the drawing's share of a core", () => {
  /** Clocks the test moves: wall and CPU time of the thread, and its event loop's busy share. */
  const clocks = (cpu: number | null) => {
    const state = {wall: 0, cpu, busy: 0.9};
    return {
      state,
      clocks: {
        wallMs: () => state.wall,
        cpuMs: () => state.cpu,
        loopBusy: () => state.busy,
      },
    };
  };

  it('is CPU time over wall time, not the event loop busy waiting for a core', () => {
    const {state, clocks: fake} = clocks(100);
    const share = drawingShareMeter(fake);
    expect(share()).toBeNull();
    // A second in which the thread used 50 ms of CPU while its loop read busy 90 % of it.
    state.wall = 1000;
    state.cpu = 150;
    expect(share()).toBeCloseTo(0.05);
    // Within the next second the figure holds.
    state.wall = 1500;
    state.cpu = 400;
    expect(share()).toBeCloseTo(0.05);
    state.wall = 2000;
    expect(share()).toBeCloseTo(0.25);
  });

  it("is the event loop's busy share where the thread's CPU time cannot be read", () => {
    const {state, clocks: fake} = clocks(null);
    const share = drawingShareMeter(fake);
    state.wall = 1000;
    expect(share()).toBeCloseTo(0.9);
  });
});
