import stringWidth from 'string-width';
import {describe, expect, it} from 'vitest';
import {timelineText} from '../../source/render/ascii.js';
import {letterOfIndex} from '../../source/render/labels.js';
import {
  cellsText,
  columnOf,
  laneCells,
  laneGlyph,
  type Viewport,
} from '../../source/render/lanes.js';
import {barInset} from '../../source/render/slide.js';
import {timelineSvg} from '../../source/render/svg.js';
import {timelineTxt} from '../../source/render/text.js';
import {figuresOfRun} from '../../source/commands/run-report.js';
import {timelineFromEvents, type Segment} from '../../source/timeline/reduce.js';
import {slicedRun} from '../fixtures/sliced-runs.js';

const piece = (start: number, end: number, more: Partial<Segment> = {}): Segment => ({
  customer: 1,
  step: 1,
  stepKind: 'brew',
  thread: 1,
  start,
  end,
  ...more,
});

const lastMarked = (text: string): number => text.trimEnd().length - 1;

describe('lanes keep time at every width', () => {
  it('never lets a piece shorter than a column push the next one', () => {
    // 200 pieces of 5 ms with 5 ms gaps (two threads taking turns) over 2 s, in 40 columns.
    const pieces = Array.from({length: 200}, (_, i) => piece(i * 10, i * 10 + 5));
    const view: Viewport = {start: 0, end: 4000, columns: 40};
    const text = cellsText(laneCells(pieces, view, () => 'brew'));
    expect(Math.abs(lastMarked(text) + 1 - columnOf(1995, view))).toBeLessThanOrEqual(1);
    expect(text.trimEnd()).toMatch(/^\|\.+brew\.+\|$/);
  });

  it('keeps every step: a column holding several shows one + for them', () => {
    const view: Viewport = {start: 0, end: 1000, columns: 10};
    const steps = [
      piece(0, 500, {stepKind: 'machine', step: 2}),
      piece(500, 530, {stepKind: 'serve', step: 3}),
      piece(530, 560, {stepKind: 'order', step: 4}),
      piece(560, 580, {stepKind: 'serve', step: 5}),
    ];
    const cells = laneCells(steps, view, (s) => s.stepKind);
    expect(cellsText(cells)).toBe('|---|+    ');
    expect(cells[5]).toMatchObject({char: laneGlyph.several, several: true});
  });

  it('draws the late part of a wait as late, after its planned part', () => {
    const view: Viewport = {start: 0, end: 1000, columns: 20};
    const serve = piece(0, 1000, {stepKind: 'serve', step: 3, plannedMs: 100});
    const cells = laneCells([serve], view, () => 'serve');
    expect(cellsText(cells)).toBe('||' + '~'.repeat(18));
    expect(cells.slice(0, 2).every((c) => !c.late && c.stepKind === 'serve')).toBe(true);
    expect(cells.slice(2).every((c) => c.late === true && c.stepKind === 'serve')).toBe(true);
    // A wait within its plan has no late part.
    const onTime = piece(0, 101, {stepKind: 'serve', step: 3, plannedMs: 100});
    expect(laneCells([onTime], view, () => 'serve').some((c) => c.late)).toBe(false);
  });

  it("ends every customer's lane of a GIL run's txt export within one column of its served time", () => {
    const {events, servedAt} = slicedRun('gil');
    const timeline = timelineFromEvents(events);
    const lines = timelineTxt(timeline, figuresOfRun(timeline)).split('\n');
    const axis = lines.find((line) => /^ +0s /.test(line))!;
    const origin = axis.indexOf('0s');
    const end = timeline.endedAt!;
    const columns = 100 - origin;
    timeline.customers.forEach((lane, i) => {
      const line = lines.find((l) => l.startsWith(`${letterOfIndex(i)} ${lane.customer.name} `))!;
      const served = columnOf(servedAt.get(lane.customer.id)!, {start: 0, end, columns});
      expect(Math.abs(lastMarked(line) + 1 - origin - served)).toBeLessThanOrEqual(1);
      // Its machine and serve steps are still there.
      expect(line).toMatch(/machine/);
    });
  });
});

describe("the docs' notation", () => {
  it('names customers with unambiguous letters: A…Z, then AA…', () => {
    expect([0, 1, 25, 26, 27, 51, 52, 701, 702].map(letterOfIndex)).toEqual([
      'A',
      'B',
      'Z',
      'AA',
      'AB',
      'AZ',
      'BA',
      'ZZ',
      'AAA',
    ]);
  });

  it('shows |--A1--||--B1--| for a concurrent run at 100 columns, in a close-up on its own axis', () => {
    const timeline = timelineFromEvents(slicedRun('concurrent').events);
    const lines = timelineText(timeline, 100);
    const close = lines.findIndex((line) => line.startsWith('close-up of barista 1'));
    expect(close).toBeGreaterThan(0);
    expect(lines[close + 2]).toMatch(/^barista 1 +\|-+A1-+\|\|-+A2-+\|\|-+A3-+\|\|-+B1-+\|/);
    // Its axis is in seconds of the run, from the first slice.
    expect(lines[close + 1]).toMatch(/^ +0\.1s +0\.15s/);
  });

  it('keeps the close-up out of a run whose brews are not sliced', () => {
    const timeline = timelineFromEvents(slicedRun('gil').events);
    expect(timelineText(timeline, 100).some((line) => line.startsWith('close-up'))).toBe(false);
  });
});

describe('wide characters', () => {
  it('gives every txt lane line the same display width with emoji and CJK names', () => {
    const names = ['😀 Emoji', '李小龍', 'Ana', 'Zoë the barista-friendly customer', '👩‍👩‍👧 fam'];
    const timeline = timelineFromEvents(slicedRun('gil', names).events);
    const lines = timelineText(timeline, 100);
    // The lanes: a line per customer, two barista threads, the event loop.
    const laneLines = lines.slice(1, 1 + names.length + 2 + 1);
    expect(laneLines.at(-1)).toMatch(/^shop loop busy /);
    for (const line of laneLines) expect(stringWidth(line)).toBe(100);
  });
});

describe('the txt export and the svg of one run', () => {
  it("agree on where each customer's last step ends, within one column", () => {
    const timeline = timelineFromEvents(slicedRun('gil').events);
    const figures = figuresOfRun(timeline);
    const svg = timelineSvg(timeline, figures);
    // Each lane: its background (x, y, width), then bars `barInset` units lower.
    const lanes = [
      ...svg.matchAll(/<rect class="lane" x="([\d.]+)" y="([\d.]+)" width="([\d.]+)"/g),
    ].map((m) => ({left: Number(m[1]), top: Number(m[2]), width: Number(m[3])}));
    const bars = [...svg.matchAll(/<rect class="bar" x="([\d.]+)" y="([\d.]+)" width="([\d.]+)"/g)];
    const span = Math.max(figures.makespanMs, timeline.latest);
    const lines = timelineTxt(timeline, figures).split('\n');
    const origin = lines.find((line) => /^ +0s /.test(line))!.indexOf('0s');
    const view = {start: 0, end: timeline.endedAt!, columns: 100 - origin};
    timeline.customers.forEach((lane, i) => {
      const row = lanes[i]!;
      const ends = bars
        .filter((m) => Number(m[2]) === row.top + barInset)
        .map((m) => Number(m[1]) + Number(m[3]));
      const svgEnd = ((Math.max(...ends) - row.left) / row.width) * span;
      const line = lines.find((l) => l.startsWith(`${letterOfIndex(i)} ${lane.customer.name} `))!;
      expect(Math.abs(lastMarked(line) + 1 - origin - columnOf(svgEnd, view))).toBeLessThanOrEqual(
        1,
      );
    });
  });
});
