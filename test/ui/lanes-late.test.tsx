import {render} from 'ink-testing-library';
import stringWidth from 'string-width';
import {describe, expect, it} from 'vitest';
import {lateColours} from '../../source/render/palette.js';
import type {Cell} from '../../source/render/lanes.js';
import {computeFigures} from '../../source/timeline/figures.js';
import {timelineFromEvents} from '../../source/timeline/reduce.js';
import {Axis} from '../../source/ui/axis.js';
import {CustomerLane} from '../../source/ui/customer-lane.js';
import {DashboardView} from '../../source/ui/dashboard-view.js';
import {LaneCells, laneRuns} from '../../source/ui/lane-cells.js';
import {laneLayout} from '../../source/ui/layout.js';
import {baristaRowsNow, closeUpNow, customerNow, withLivePlan} from '../../source/ui/live-lanes.js';
import {themeFor} from '../../source/ui/theme.js';
import {slicedRun} from '../fixtures/sliced-runs.js';
import {eventsInProgress, timelineOf} from '../fixtures/ui-runs.js';
import {plain} from '../helpers/frames.js';

const recipes = {
  1: [
    {kind: 'order' as const, ms: 100},
    {kind: 'brew' as const, ms: 500},
    {kind: 'machine' as const, ms: 300},
    {kind: 'serve' as const, ms: 50},
  ],
};

describe('a wait in progress past its plan', () => {
  it('carries its plan, so its late part is drawn late while it happens', () => {
    const timeline = timelineOf(eventsInProgress({recipes}));
    const ana = timeline.customerById.get(1)!;
    const now = customerNow(ana, {now: 1500, brews: []});
    const planned = withLivePlan(timeline, ana, now.segments, new Set());
    expect(planned.at(-1)).toMatchObject({stepKind: 'machine', start: 600, plannedMs: 300});
    // A wait in line for a machine has no plan.
    const inLine = withLivePlan(timeline, ana, now.segments, new Set([now.segments.at(-1)!]));
    expect(inLine.at(-1)!.plannedMs).toBeUndefined();
  });

  it('shows ~ after the planned part in the customer lane, not a longer step', () => {
    const timeline = timelineOf(eventsInProgress({recipes}));
    const layout = laneLayout(100, 30, 2, 2, 5);
    const frame = plain(
      render(
        <CustomerLane
          timeline={timeline}
          lane={timeline.customerById.get(1)!}
          moment={{now: 2000, brews: []}}
          view={{start: 0, end: 2000, columns: layout.laneColumns}}
          layout={layout}
          theme={themeFor('dark', false)}
          animate={false}
        />,
      ).lastFrame(),
    );
    // machine 600–900 as planned, then 1.1 s late: more ~ than machine columns.
    const lane = /\|[-a-z]*machine[-a-z]*\|(~+)/.exec(frame) ?? /\|-*\|(~+)/.exec(frame);
    expect(lane).not.toBeNull();
    expect(lane![1]!.length).toBeGreaterThan(layout.laneColumns * 0.5);
  });

  it('is written in the late colour, without the bar behind it', () => {
    const cells: Cell[] = [
      {char: '|', stepKind: 'serve', customer: 1},
      {char: '~', stepKind: 'serve', customer: 1, late: true},
      {char: '~', stepKind: 'serve', customer: 1, late: true},
    ];
    const runs = laneRuns(cells, themeFor('dark', true));
    expect(runs).toEqual([
      {text: '|', backgroundColor: themeFor('dark', true).step.serve, color: 'black'},
      {text: '~~', color: lateColours.dark, bold: true},
    ]);
    expect(laneRuns(cells, themeFor('light', true))[1]).toMatchObject({color: lateColours.light});
    const monochrome = render(<LaneCells cells={cells} theme={themeFor('dark', false)} />);
    expect(monochrome.lastFrame()).toBe('|~~');
  });
});

describe("the docs' notation in the dashboard", () => {
  it('shows a close-up row where the slices of a concurrent run read |--A1--||--B1--|', () => {
    const {events} = slicedRun('concurrent');
    const timeline = timelineFromEvents(events);
    const moment = {now: timeline.endedAt!, brews: []};
    const baristas = baristaRowsNow(timeline, moment);
    const frame = plain(
      render(
        <DashboardView
          timeline={timeline}
          baristas={baristas}
          figures={computeFigures(timeline)}
          moment={moment}
          columns={100}
          rows={30}
          theme={themeFor('dark', false)}
          animate={false}
        />,
      ).lastFrame(),
    );
    const close = frame.split('\n').find((line) => line.startsWith('close-up'));
    expect(close).toMatch(/\|-+[A-E]\d+-+\|\|-+[A-E]\d+-+\|/);
    expect(close).toMatch(/\d+ ms a column/);
    // The lanes and the close-up share the lane's columns: every lane row is as wide as the terminal allows.
    const rows = frame.split('\n').filter((line) => /^([A-E] |barista|close-up)/.test(line));
    expect(new Set(rows.map((line) => stringWidth(line.trimEnd()) <= 100))).toEqual(
      new Set([true]),
    );
  });

  it('has no close-up when the slices already read on the axis, or the brews are not sliced', () => {
    const gil = timelineFromEvents(slicedRun('gil').events);
    const rows = baristaRowsNow(gil, {now: gil.endedAt!, brews: []});
    expect(
      closeUpNow(gil, rows, {start: 0, end: gil.endedAt!, columns: 60}, gil.endedAt!),
    ).toBeNull();
    const concurrent = timelineFromEvents(slicedRun('concurrent').events);
    const sliced = baristaRowsNow(concurrent, {now: 500, brews: []});
    // 500 ms over 500 columns: a 50 ms slice is 50 columns wide already.
    expect(closeUpNow(concurrent, sliced, {start: 0, end: 500, columns: 500}, 500)).toBeNull();
    // Else a window of 60 columns at 5 ms a column (a slice is 10), ending with the latest slice.
    const latest = sliced[0]!.segments.at(-1)!.end;
    expect(closeUpNow(concurrent, sliced, {start: 0, end: 3000, columns: 60}, 3000)).toMatchObject({
      view: {start: latest - 300, end: latest, columns: 60},
    });
  });
});

describe('wide characters in the dashboard', () => {
  it('keeps every lane at the same width with emoji and CJK names', () => {
    const names = ['😀 Emoji', '李小龍', 'Ana', '👩‍👩‍👧 fam', 'Zoë'];
    const timeline = timelineFromEvents(slicedRun('gil', names).events);
    const moment = {now: timeline.endedAt!, brews: []};
    const frame = plain(
      render(
        <DashboardView
          timeline={timeline}
          baristas={baristaRowsNow(timeline, moment)}
          figures={computeFigures(timeline)}
          moment={moment}
          columns={100}
          rows={30}
          theme={themeFor('dark', false)}
          animate={false}
        />,
      ).lastFrame(),
    );
    const lanes = frame.split('\n').filter((line) => /served$/.test(line.trimEnd()));
    expect(lanes).toHaveLength(names.length);
    // The lane starts and the status column line up: same display width up to the status.
    const statusAt = lanes.map((line) => stringWidth(line.slice(0, line.indexOf('✓'))));
    expect(new Set(statusAt).size).toBe(1);
  });
});

describe('the axis row', () => {
  it('keys the lanes’ glyphs where the lane titles stand, the axis where the lanes do', () => {
    const layout = laneLayout(100, 30, 2, 2, 5);
    const frame = plain(
      render(
        <Axis
          view={{start: 0, end: 2000, columns: layout.laneColumns}}
          layout={layout}
          theme={themeFor('dark', false)}
        />,
      ).lastFrame(),
    );
    expect(frame).toMatch(/^~ late {2}\+ several +0s/);
    expect(frame.indexOf('0s')).toBe(layout.nameWidth + layout.drinkWidth + 2);
  });
});
