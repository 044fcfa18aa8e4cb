import {render} from 'ink-testing-library';
import {describe, expect, it} from 'vitest';
import {computeFigures} from '../../source/timeline/figures.js';
import {Axis} from '../../source/ui/axis.js';
import {BaristaLane} from '../../source/ui/barista-lane.js';
import {CompareView} from '../../source/ui/compare-view.js';
import {CustomerLane} from '../../source/ui/customer-lane.js';
import {DashboardView} from '../../source/ui/dashboard-view.js';
import {modeExplanations} from '../../source/engine/modes.js';
import {Explanation, namedBaristas} from '../../source/ui/explanation.js';
import {Figures} from '../../source/ui/figures.js';
import {Header} from '../../source/ui/header.js';
import {Help} from '../../source/ui/help.js';
import {KeyBar} from '../../source/ui/key-bar.js';
import {laneLayout} from '../../source/ui/layout.js';
import {baristaRowsNow} from '../../source/ui/live-lanes.js';
import {LogView} from '../../source/ui/log-view.js';
import {LoopLane} from '../../source/ui/loop-lane.js';
import {screenReaderLines} from '../../source/ui/screen-reader-view.js';
import {spinnerGlyphAt} from '../../source/ui/spinner.js';
import {themeFor} from '../../source/ui/theme.js';
import {TooSmall} from '../../source/ui/too-small.js';
import {eventsFinished, eventsInProgress, settings, timelineOf} from '../fixtures/ui-runs.js';
import {plain} from '../helpers/frames.js';

const theme = themeFor('dark', false);
// The longest lane title: `A Ana`.
const layout = laneLayout(100, 30, 2, 2, 5);
const view = {start: 0, end: 2000, columns: layout.laneColumns};

describe('Header', () => {
  it('says the mode, baristas, workload, elapsed time and time scale', () => {
    const {lastFrame} = render(
      <Header
        settings={settings({mode: 'parallel', workers: 3, speed: 2})}
        elapsedMs={1234}
        paused={false}
        view="dashboard"
        theme={theme}
        width={140}
        cores={2}
      />,
    );
    const frame = plain(lastFrame());
    for (const text of [
      'parallel',
      '3 baristas on 2 cores: more threads than cores',
      'cpu',
      '3 customers',
      '1.2 s',
      'time scale 2×',
    ])
      expect(frame).toContain(text);
    expect(frame).not.toContain('PAUSED');
  });

  it('says a blocking run brews on the shop loop, not on the main thread (which draws)', () => {
    const {lastFrame} = render(
      <Header
        settings={settings({mode: 'blocking'})}
        elapsedMs={0}
        paused={false}
        view="dashboard"
        theme={theme}
        width={140}
        cores={2}
      />,
    );
    expect(plain(lastFrame())).toContain('blocking · brews on the shop loop · 2 cores');
    expect(plain(lastFrame())).not.toContain('main');
  });

  it('counts the customers of the run shown, in the singular for one, and the shared machines', () => {
    const {lastFrame} = render(
      <Header
        settings={settings({mode: 'hybrid', workers: 2, customers: 5, machines: 1})}
        customers={1}
        elapsedMs={0}
        paused={false}
        view="dashboard"
        theme={theme}
        width={140}
        cores={2}
      />,
    );
    const frame = plain(lastFrame());
    expect(frame).toContain('2 baristas on 2 cores ·');
    expect(frame).toContain(' · 1 customer · 1 shared machine · ');
    expect(frame).not.toContain('more threads than cores');
  });

  it('counts one barista in the single-thread modes and says when paused', () => {
    const {lastFrame} = render(
      <Header
        settings={settings({mode: 'concurrent', workers: 3})}
        elapsedMs={0}
        paused
        view="log"
        theme={theme}
        width={100}
      />,
    );
    expect(plain(lastFrame())).toContain('1 barista on ');
    expect(plain(lastFrame())).toContain('PAUSED');
    expect(plain(lastFrame())).toContain('log');
  });
});

describe('CustomerLane', () => {
  it('draws the measured steps in the docs notation, the step in progress, and the status', () => {
    const timeline = timelineOf(eventsInProgress());
    const {lastFrame} = render(
      <CustomerLane
        timeline={timeline}
        lane={timeline.customerById.get(1)!}
        moment={{now: 1000, brews: []}}
        view={view}
        layout={layout}
        theme={theme}
        animate
      />,
    );
    const frame = plain(lastFrame());
    expect(frame).toMatch(/^A Ana\s+latte/);
    expect(frame).toContain('--brew--');
    expect(frame).toContain('machine');
    expect(frame).toContain('at the machine');
    expect(frame).toContain(spinnerGlyphAt(1000));
  });

  it('marks a served customer', () => {
    const timeline = timelineOf(eventsFinished());
    const {lastFrame} = render(
      <CustomerLane
        timeline={timeline}
        lane={timeline.customerById.get(2)!}
        moment={{now: 2000, brews: []}}
        view={view}
        layout={layout}
        theme={theme}
        animate={false}
      />,
    );
    expect(plain(lastFrame())).toContain('✓ served');
  });
});

describe('BaristaLane', () => {
  it('labels each brew with whose coffee it is, and says what the thread does now', () => {
    const timeline = timelineOf(eventsInProgress());
    const rows = baristaRowsNow(timeline, {
      now: 1000,
      brews: [{thread: 6, customer: 2, step: 1, start: 150}],
    });
    const first = plain(
      render(
        <BaristaLane
          timeline={timeline}
          row={rows[0]!}
          view={view}
          layout={layout}
          theme={theme}
        />,
      ).lastFrame(),
    );
    const second = plain(
      render(
        <BaristaLane
          timeline={timeline}
          row={rows[1]!}
          view={view}
          layout={layout}
          theme={theme}
        />,
      ).lastFrame(),
    );
    expect(first).toMatch(/^barista 1 /);
    expect(first).toContain('Ana');
    expect(first).toContain('idle');
    expect(second).toContain('Ben');
    expect(second).toContain('brewing Ben');
  });
});

describe('LoopLane', () => {
  it('draws the busy level and the latest lag', () => {
    const timeline = timelineOf(eventsInProgress());
    const frame = plain(
      render(
        <LoopLane loop={timeline.loop} view={view} layout={layout} theme={theme} />,
      ).lastFrame(),
    );
    expect(frame).toMatch(/^shop loop busy/);
    expect(frame).toMatch(/[▁▂▃]/);
    expect(frame).toContain('lag 60 ms');
  });
});

describe('Axis', () => {
  it('labels the time axis', () => {
    const frame = plain(render(<Axis view={view} layout={layout} theme={theme} />).lastFrame());
    expect(frame).toContain('0s');
    expect(frame).toContain('1s');
  });

  it('keeps a space between the glyph key and the axis, whatever the gutter', () => {
    for (let nameWidth = 1; nameWidth <= 24; nameWidth++) {
      const gutter = nameWidth + layout.drinkWidth + 2;
      const wide = {...layout, nameWidth};
      const frame = plain(render(<Axis view={view} layout={wide} theme={theme} />).lastFrame());
      expect(frame.slice(0, gutter)).toMatch(/ $/);
      expect(frame.slice(gutter)).toMatch(/^0s/);
    }
  });
});

describe('Figures', () => {
  it('shows orders, makespan and, once the sequential run is known, the speed-up', () => {
    const timeline = timelineOf(eventsFinished());
    const figures = computeFigures(timeline, 4000);
    const frame = plain(
      render(
        <Figures timeline={timeline} figures={figures} theme={theme} width={160} />,
      ).lastFrame(),
    );
    expect(frame).toContain('orders 2/2');
    expect(frame).toContain('makespan 2.00 s');
    expect(frame).toContain('speed-up 2.00× vs sequential');
    // Baristas are numbered 1…N on screen; thread ids stay in the trace.
    expect(frame).toContain('baristas 1: ');
    expect(frame).not.toContain('t5');
  });

  it('says the speed-up is not measured when the sequential run is not known', () => {
    const timeline = timelineOf(eventsFinished());
    const frame = plain(
      render(
        <Figures
          timeline={timeline}
          figures={computeFigures(timeline)}
          theme={theme}
          width={100}
        />,
      ).lastFrame(),
    );
    expect(frame).toContain('vs sequential: not measured yet');
    expect(frame).not.toMatch(/speed-up \d/);
  });
});

describe('Explanation, KeyBar, Help', () => {
  it('names the real number of baristas instead of N', () => {
    expect(namedBaristas(modeExplanations.gil, 3)).toMatch(/^3 barista threads, one global lock/);
    expect(namedBaristas(modeExplanations.parallel, 1)).toMatch(/^1 barista each take/);
    expect(namedBaristas('N baristas on N worker threads', 4)).toBe(
      '4 baristas on 4 worker threads',
    );
    expect(namedBaristas('N real threads, one lock', 2)).toBe('2 real threads, one lock');
    const frame = plain(
      render(<Explanation mode="hybrid" baristas={2} width={100} theme={theme} />).lastFrame(),
    );
    expect(frame).toContain('2 baristas brew in parallel');
    expect(frame).not.toMatch(/\bN\b/);
  });

  it('explains the mode in two rows at most', () => {
    const frame = plain(
      render(<Explanation mode="concurrent" width={80} theme={theme} />).lastFrame(),
    );
    expect(frame).toContain('One barista juggles');
    expect(frame.split('\n')).toHaveLength(2);
  });

  it('the key bar and the help name the keys', () => {
    expect(plain(render(<KeyBar theme={theme} width={120} />).lastFrame())).toContain(
      'c/C customers',
    );
    expect(plain(render(<KeyBar theme={theme} width={100} />).lastFrame())).toContain('tab view');
    const narrow = plain(render(<KeyBar theme={theme} width={80} />).lastFrame());
    expect(narrow).toContain('? help');
    expect(narrow.length).toBeLessThanOrEqual(80);
    const help = plain(render(<Help theme={theme} width={100} />).lastFrame());
    expect(help).toContain('space');
    expect(help).toContain('Escape or ? closes');
  });

  it('lays the help in two columns when the terminal is short, every key still there', () => {
    const help = plain(render(<Help theme={theme} width={100} rows={14} />).lastFrame());
    const lines = help.trimEnd().split('\n');
    expect(lines.length).toBeLessThanOrEqual(14);
    for (const key of ['space', 'tab', 'quit']) expect(help).toContain(key);
    // Two columns: the row of `b` has another key's row beside it (which one depends on how
    // many rows the key table has).
    const blocking = lines.find((line) => line.includes('blocking:'))!;
    expect(blocking.slice(blocking.indexOf('blocking:'))).toMatch(/\S {2,}\S+ {2,}\S/);
  });
});

describe('TooSmall and LogView', () => {
  it('asks for a larger terminal and says the shop keeps running', () => {
    const frame = plain(
      render(<TooSmall columns={50} rows={10} served={1} total={5} theme={theme} />).lastFrame(),
    );
    expect(frame).toContain('Make the terminal larger');
    expect(frame).toContain('60×16');
    expect(frame).toContain('1/5 served');
  });

  it('the log shows the latest lines that fit', () => {
    const lines = Array.from({length: 30}, (_, i) => `line ${i}`);
    const frame = plain(render(<LogView lines={lines} rows={5} theme={theme} />).lastFrame());
    expect(frame).toContain('line 29');
    expect(frame).not.toContain('line 24');
  });
});

describe('DashboardView', () => {
  it('draws customers, baristas, the loop and the figures, and summarises what does not fit', () => {
    const customers = Array.from({length: 20}, (_, i) => ({
      id: i + 1,
      name: `C${i + 1}`,
      drink: 'latte',
      arrivalMs: 0,
    }));
    const timeline = timelineOf(eventsInProgress({customers}));
    const frame = plain(
      render(
        <DashboardView
          timeline={timeline}
          baristas={baristaRowsNow(timeline, {now: 1000, brews: []})}
          figures={computeFigures(timeline)}
          moment={{now: 1000, brews: []}}
          columns={80}
          rows={24}
          theme={theme}
          animate
        />,
      ).lastFrame(),
    );
    expect(frame).toMatch(/\+\d+ more customers/);
    expect(frame).toContain('barista 1');
    expect(frame).toContain('shop loop busy');
    expect(frame).toContain('orders 0/20');
    // the whole frame fits the 24 rows minus header, explanation and key bar
    expect(frame.split('\n').length).toBeLessThanOrEqual(24 - 5);
  });
});

describe('CompareView', () => {
  it('shows each mode with a makespan bar and the speed-up against sequential', () => {
    const sequential = timelineOf(eventsFinished({mode: 'sequential', baristas: 1}));
    const hybrid = timelineOf(eventsFinished());
    const frame = plain(
      render(
        <CompareView
          compare={{
            key: 'k',
            runs: [
              {
                mode: 'sequential',
                timeline: sequential,
                figures: {...computeFigures(sequential), makespanMs: 4000},
              },
              {mode: 'hybrid', timeline: hybrid, figures: computeFigures(hybrid)},
            ],
            running: null,
          }}
          width={100}
          rows={25}
          theme={theme}
        />,
      ).lastFrame(),
    );
    expect(frame).toContain('sum of the work');
    expect(frame).toMatch(/sequential\s+█+ 4\.00 s 1\.00×/);
    expect(frame).toMatch(/hybrid\s+█+ 2\.00 s 2\.00×/);
    expect(frame).toContain('concurrent  waiting');
  });
});

describe('screenReaderLines', () => {
  it('says the mode and what each customer and barista is doing, in words', () => {
    const timeline = timelineOf(eventsInProgress());
    const lines = screenReaderLines(
      settings(),
      timeline,
      baristaRowsNow(timeline, {now: 1000, brews: [{thread: 6, customer: 2, step: 1, start: 150}]}),
      computeFigures(timeline),
      1000,
      false,
    );
    expect(lines[0]).toContain('Mode hybrid');
    expect(lines).toContain('Ana, latte: at the machine.');
    expect(lines.some((line) => line.includes('brewing for Ben'))).toBe(true);
    expect(lines.join('\n')).not.toMatch(/[│─█|]/);
  });
});
