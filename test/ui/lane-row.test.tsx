import chalk from 'chalk';
import {Box, Text} from 'ink';
import type {ReactElement} from 'react';
import {render} from 'ink-testing-library';
import stringWidth from 'string-width';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import type {Cell} from '../../source/render/lanes.js';
import {
  ghostRowText,
  LaneLine,
  LaneLines,
  laneRowTexts,
  laneRowWidth,
  laneRuns,
  nowGlyph,
  rowCells,
} from '../../source/ui/lane-cells.js';
import {composed, laneRowText, styled, truncated, type Piece} from '../../source/ui/lane-row.js';
import {themeFor} from '../../source/ui/theme.js';
import {CustomerLane} from '../../source/ui/customer-lane.js';
import {laneLayout} from '../../source/ui/layout.js';
import {applyEvent, timelineFromEvents, type Timeline} from '../../source/timeline/reduce.js';
import {roomRunEvents} from '../fixtures/room-runs.js';
import {seg} from '../fixtures/ui-runs.js';
import {plain} from '../helpers/frames.js';

// The rows must carry the colours Ink would draw: compare with colour on, whatever the test's stdout is.
const level = chalk.level;
beforeAll(() => {
  chalk.level = 3;
});
afterAll(() => {
  chalk.level = level;
});

const frame = (node: ReactElement): string => render(node).lastFrame() ?? '';

/** Ink's own drawing of a row as it was before lane-row.ts: a Text per piece, the status in a box of its width. */
function InkRow({
  title,
  cells,
  status,
  statusWidth,
}: {
  title: readonly Piece[];
  cells: readonly Piece[];
  status: Piece | null;
  statusWidth: number;
}) {
  const text = ({text: content, ...style}: Piece, key: number) => (
    <Text key={key} {...style}>
      {content}
    </Text>
  );
  return (
    <Box>
      <Text wrap="truncate">{title.map(text)}</Text>
      <Text>{cells.map(text)}</Text>
      <Text> </Text>
      <Box width={statusWidth}>
        {status ? (
          <Text
            wrap="truncate"
            color={status.color}
            dimColor={status.dimColor}
            bold={status.bold}
            backgroundColor={status.backgroundColor}
          >
            {status.text}
          </Text>
        ) : (
          <Text> </Text>
        )}
      </Box>
    </Box>
  );
}

const dark = themeFor('dark', true);
const light = themeFor('light', true);

describe('styled: a piece styled as Ink styles a <Text>', () => {
  const styles: Array<Omit<Piece, 'text'>> = [
    {},
    {color: 'gray'},
    {color: '#5C6370'},
    {backgroundColor: 'cyanBright', color: 'black'},
    {backgroundColor: '#00835F', color: 'black'},
    {color: 'whiteBright', bold: true},
    {color: 'gray', dimColor: true},
    {backgroundColor: 'magenta', color: 'black', bold: true, dimColor: true},
    {color: 'ansi256(202)'},
    {backgroundColor: 'rgb(10, 20, 30)'},
  ];
  for (const colourLevel of [1, 2, 3] as const) {
    it(`matches <Text> byte for byte at chalk level ${colourLevel}`, () => {
      chalk.level = colourLevel;
      try {
        for (const style of styles) {
          const text = 'A Zoë │ ✓ ⠋ 李';
          expect(frame(<Text>{styled(text, style)}</Text>), JSON.stringify(style)).toBe(
            frame(<Text {...style}>{text}</Text>),
          );
        }
      } finally {
        chalk.level = 3;
      }
    });
  }
});

describe('laneRowText: one string for what was a row of Ink nodes', () => {
  const cells: Cell[] = [
    {char: '|', stepKind: 'order', customer: 1},
    {char: '-', stepKind: 'brew', customer: 1},
    {char: 'b', stepKind: 'brew', customer: 1},
    {char: '~', stepKind: 'machine', customer: 1, late: true},
    {char: ' ', stepKind: null, customer: null},
    {char: '|', stepKind: 'serve', customer: 1},
  ];
  const cases: Array<{name: string; title: Piece[]; status: Piece | null}> = [
    {
      name: 'a customer: name, drink in the muted colour, a served status',
      title: [{text: 'A Ana '}, {text: 'latte    ', color: dark.muted}, {text: ' '}],
      status: {text: '✓ served', color: dark.ok},
    },
    {
      name: 'a status too long for its column, with wide characters (cut with …)',
      title: [{text: 'barista 1 ', bold: true}, {text: ' '}],
      status: {text: 'brewing Zoë 李李李 the third', color: light.busy},
    },
    {
      name: 'a faint ghost row',
      title: [{text: '  sequential ', color: dark.muted, dimColor: true}],
      status: {text: '  served 1.20 s', color: dark.muted, dimColor: true},
    },
    {name: 'a fill row of a thick lane (no status)', title: [{text: '       '}], status: null},
  ];
  for (const {name, title, status} of cases)
    it(`draws as Ink draws the nodes: ${name}`, () => {
      const runs = laneRuns(cells, dark);
      const row = {title, cells: runs, status, statusWidth: 12};
      const width = stringWidth(plain(composed(title))) + runs.length + 1 + row.statusWidth;
      expect(frame(<LaneLine text={laneRowText(row)} width={width} />)).toBe(
        frame(<InkRow {...row} />),
      );
    });

  it('cuts the status to its column as wrap="truncate" does', () => {
    expect(truncated('brewing Maximiliana', 17)).toBe('brewing Maximili…');
    expect(stringWidth(truncated('brewing 李李李李李李李', 17))).toBeLessThanOrEqual(17);
    expect(truncated('idle', 17)).toBe('idle');
  });
});

describe('laneRowTexts: a lane rows tall', () => {
  const cells: Cell[] = [
    {char: '|', stepKind: 'brew', customer: 1},
    {char: 'b', stepKind: 'brew', customer: 1},
    {char: '|', stepKind: 'brew', customer: 1},
    {char: ' ', stepKind: null, customer: null},
    {char: ' ', stepKind: null, customer: null},
  ];
  const parts = {
    titles: [[{text: 'A Ana'}], [{text: 'latte', color: dark.muted}]],
    titleWidth: 5,
    cells,
    status: {text: '⠋ brewing', color: undefined},
    statusWidth: 17,
    nowColumn: 4,
    theme: dark,
  };

  it('puts the labels and the status on the middle row of three, the titles stacked from the top', () => {
    const rows = laneRowTexts({...parts, height: 3}).map((row) => plain(row).trimEnd());
    expect(rows).toEqual([
      `A Ana     ${nowGlyph}`,
      `latte |b| ${nowGlyph} ⠋ brewing`,
      `          ${nowGlyph}`,
    ]);
  });

  it('keeps the bar colour on the fill rows (the same runs as the text row)', () => {
    // Two rows: the first carries the labels (textRowOf).
    const [text, fill] = laneRowTexts({...parts, height: 2});
    const barColour = laneRuns(rowCells(cells, {fill: false, nowColumn: 4}), dark)[0]!;
    expect(barColour.backgroundColor).toBeDefined();
    // The background escape of the bar is on both rows, the label only on the text row.
    const background = styled('x', {backgroundColor: barColour.backgroundColor}).split('x')[0]!;
    expect(fill).toContain(background);
    expect(text).toContain(background);
    expect(plain(fill)).not.toContain('b');
    expect(plain(text)).toContain('|b|');
  });

  it('draws one row as one Ink text node per row (LaneLines)', () => {
    const rows = laneRowTexts({...parts, height: 3});
    expect(frame(<LaneLines rows={rows} width={laneRowWidth(5, cells.length, 17)} />)).toBe(
      frame(
        <Box flexDirection="column">
          {rows.map((row, i) => (
            <Text key={i}>{row}</Text>
          ))}
        </Box>,
      ),
    );
  });

  it('is exactly as wide as laneRowWidth says when the status fills its column (the width Ink lays out)', () => {
    const full = {...parts, status: {text: 'brewing Maximiliana Verylongname', color: undefined}};
    for (const height of [1, 2, 3]) {
      const rows = laneRowTexts({...full, height});
      const widest = Math.max(...rows.map((row) => stringWidth(row)));
      expect(widest).toBe(laneRowWidth(5, cells.length, 17));
    }
  });

  it('a ghost row is faint text of the cells, with no bars', () => {
    const ghost = ghostRowText({
      title: '  before',
      titleWidth: 10,
      cells,
      status: '  served 1.00 s',
      statusWidth: 17,
      nowColumn: null,
      theme: dark,
    });
    expect(plain(ghost)).toBe('  before   |b|     served 1.00 s');
    expect(ghost).not.toContain(styled('|', {backgroundColor: dark.step.brew}));
    expect(ghost).toContain(styled('  before   ', {color: dark.muted, dimColor: true}));
  });
});

describe('a customer lane in no step, drawn again from a timeline folded in place', () => {
  const layout = laneLayout(100, 30, 6, 2, 5);
  const view = {start: 0, end: 2000, columns: layout.laneColumns};
  const draw = (timeline: Timeline, nowColumn: number | null) => (
    <CustomerLane
      timeline={timeline}
      lane={timeline.customerById.get(2)!}
      moment={{now: 300, brews: []}}
      view={view}
      layout={layout}
      theme={dark}
      animate
      nowColumn={nowColumn}
    />
  );

  it('shows what arrived since (a segment, a served order) and where the now line went', () => {
    // Hana has ordered and waits for a barista (no step in progress).
    const timeline = timelineFromEvents(roomRunEvents('sequential', 300));
    const lane = render(draw(timeline, 10));
    const waiting = plain(lane.lastFrame());
    expect(waiting).toContain('waiting');
    expect(waiting.indexOf(nowGlyph)).toBeGreaterThan(0);
    // The same frame again reads the same.
    lane.rerender(draw(timeline, 10));
    expect(plain(lane.lastFrame())).toBe(waiting);
    // The now line moves: so does its glyph.
    lane.rerender(draw(timeline, 12));
    expect(plain(lane.lastFrame()).indexOf(nowGlyph)).toBe(waiting.indexOf(nowGlyph) + 2);
    // Her brew and serving arrive, folded into the same timeline object.
    applyEvent(timeline, seg(2, 1, 'brew', 5, 500, 1100));
    applyEvent(timeline, seg(2, 2, 'serve', 0, 1100, 1200));
    applyEvent(timeline, {kind: 'served', t: 1200, customer: 2});
    lane.rerender(draw(timeline, 12));
    const served = plain(lane.lastFrame());
    expect(served).toContain('brew');
    expect(served).toContain('✓ served');
  });
});
