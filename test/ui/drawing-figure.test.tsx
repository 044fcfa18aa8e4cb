import {render} from 'ink-testing-library';
import {describe, expect, it} from 'vitest';
import {DrawingFigure} from '../../source/ui/drawing-figure.js';
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
