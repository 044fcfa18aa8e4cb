import {describe, expect, it} from 'vitest';
import {
  axisText,
  cellsText,
  laneCells,
  laneLegend,
  levelText,
  segmentText,
  tickSpacingMs,
} from '../../source/render/lanes.js';
import {timelineText} from '../../source/render/ascii.js';
import {timelineFromEvents, type Segment} from '../../source/timeline/reduce.js';
import {events} from '../fixtures/two-customers.js';

const segment = (start: number, end: number, customer = 1): Segment => ({
  customer,
  step: 1,
  stepKind: 'brew',
  thread: 1,
  start,
  end,
});

describe('segments to characters', () => {
  it('draws a segment as wide as its interval in the docs notation', () => {
    const cells = laneCells(
      [segment(0, 500), segment(500, 1000, 2)],
      {start: 0, end: 1000, columns: 20},
      (s) => (s.customer === 1 ? 'A1' : 'B1'),
    );
    expect(cellsText(cells)).toBe('|---A1---||---B1---|');
    expect(cells[3]).toMatchObject({stepKind: 'brew', customer: 1});
    expect(cells[13]).toMatchObject({customer: 2});
  });

  it('leaves idle time blank and keeps narrow segments visible', () => {
    expect(
      cellsText(laneCells([segment(500, 510)], {start: 0, end: 1000, columns: 10}, () => 'brew')),
    ).toBe('     |    ');
    // A one-column mark says whose it is when its label offers a letter.
    expect(
      cellsText(
        laneCells([segment(500, 510)], {start: 0, end: 1000, columns: 10}, () => ['A1', 'A']),
      ),
    ).toBe('     A    ');
    expect(segmentText('brew', 2)).toBe('||');
    expect(segmentText('machine', 6)).toBe('|----|');
    expect(segmentText('brew', 10)).toBe('|--brew--|');
  });

  it('labels the axis at a readable spacing', () => {
    const view = {start: 0, end: 3000, columns: 60};
    expect(tickSpacingMs(view)).toBe(500);
    expect(axisText(view)).toMatch(/^0s {8,}0\.5s {6,}1s/);
  });

  it('draws busy fractions as levels', () => {
    expect(levelText([0, 0.5, 1])).toBe('·▄█');
  });
});

describe('timelineText', () => {
  it('has an axis, a lane per customer, per barista and the event loop', () => {
    const lines = timelineText(timelineFromEvents(events), 60);
    expect(lines).toHaveLength(1 + 2 + 2 + 1 + 1);
    expect(lines[1]).toMatch(/^A Ana +\|.*order.*\|.*brew.*\|/);
    expect(lines[3]).toMatch(/^barista 1 +\|-+A Ana-+\|/);
    expect(lines[4]).toMatch(/^barista 2 +\|-+B Ben-+\|/);
    expect(lines[5]).toMatch(/^shop loop busy /);
    expect(lines[6]).toBe(laneLegend);
  });

  it('summarises lanes that do not fit', () => {
    const lines = timelineText(timelineFromEvents(events), 60, 1);
    expect(lines.some((line) => line.trim() === '+1 more')).toBe(true);
  });
});
