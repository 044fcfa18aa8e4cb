import {Box, Text, Transform, useIsScreenReaderEnabled} from 'ink';
import {memo} from 'react';
import {fitWidth} from '../render/labels.js';
import type {StepKind} from '../protocol/vocabulary.js';
import type {Cell} from '../render/lanes.js';
import {lateColours} from '../render/palette.js';
import {laneRowText, type Piece} from './lane-row.js';
import type {Theme} from './theme.js';

/** Text on the bars: black on the step colours, on either background (as the svg writes it). */
const barText = {dark: 'black', light: 'black'} as const;

/** The late part's colour, or none with colour off (a theme without colours has no `bad`). */
const lateColour = (theme: Theme): string | undefined =>
  theme.bad === undefined ? undefined : lateColours[theme.name];

/** A run of cells drawn in one style: its text, foreground and background colours. */
export type LaneRun = {text: string; color?: string; backgroundColor?: string; bold?: boolean};

/**
 * Cells as runs of one style: a bar in its step kind's colour with the docs'
 * notation written on it, so a segment reads from the back of a room. The late
 * part of a wait (`~`) is not a bar: it is written in the late colour on the
 * lane's background. A `+` (several steps in one column) takes the colour of
 * the step covering most of it. With colour off, the notation alone carries it.
 */
export function laneRuns(cells: readonly Cell[], theme: Theme): LaneRun[] {
  const runs: Array<{kind: StepKind | null; late: boolean; now: boolean; text: string}> = [];
  for (const cell of cells) {
    const last = runs[runs.length - 1];
    const late = cell.late === true;
    // The "now" line, in an empty column: a run of its own, drawn faint.
    const now = cell.stepKind === null && cell.char === nowGlyph;
    if (last && last.kind === cell.stepKind && last.late === late && last.now === now)
      last.text += cell.char;
    else runs.push({kind: cell.stepKind, late, now, text: cell.char});
  }
  return runs.map(({kind, late, now, text}) => {
    if (now) return {text, color: theme.muted};
    if (late) return {text, color: lateColour(theme), bold: true};
    const bar = kind ? theme.step[kind] : undefined;
    return bar ? {text, backgroundColor: bar, color: barText[theme.name]} : {text};
  });
}

/** A lane's cells drawn with `laneRuns` (the cells themselves stay pure). */
export function LaneCells({cells, theme}: {cells: readonly Cell[]; theme: Theme}) {
  return (
    <Text>
      {laneRuns(cells, theme).map((run, i) => (
        <Text key={i} color={run.color} backgroundColor={run.backgroundColor} bold={run.bold}>
          {run.text}
        </Text>
      ))}
    </Text>
  );
}

/** The glyph of the "now" line, drawn in the lanes' empty columns while a run is live. */
export const nowGlyph = '│';

/**
 * Cells as a lane's row draws them: on a fill row of a thick lane the bars keep
 * their colour and lose their text (the label is on the lane's text row); on
 * every row an empty cell at the "now" column shows the now line.
 */
export function rowCells(
  cells: readonly Cell[],
  options: {fill: boolean; nowColumn: number | null},
): Cell[] {
  return cells.map((cell, column) => {
    if (cell.stepKind === null && cell.char === ' ')
      return column === options.nowColumn ? {...cell, char: nowGlyph} : cell;
    if (!options.fill) return cell;
    // The late glyph is text, not a bar: only the text row carries it.
    return cell.late === true
      ? {...cell, char: ' ', stepKind: null, late: false}
      : {...cell, char: ' '};
  });
}

/** A lane row's width in columns: the title column and its gap, a column a cell, a gap, the status column. */
export const laneRowWidth = (titleWidth: number, cells: number, statusWidth: number): number =>
  titleWidth + 1 + cells + 1 + statusWidth;

/** The row of a lane `height` rows tall that carries the labels: the middle one of three, the first of two. */
export const textRowOf = (height: number): number => (height >= 3 ? 1 : 0);

/** What a lane `height` rows tall is drawn from (`laneRowTexts`). */
export type LaneRowsParts = {
  /** The title column's rows, top first, each exactly `titleWidth` wide (missing rows are blank). */
  titles: ReadonlyArray<readonly Piece[]>;
  titleWidth: number;
  cells: readonly Cell[];
  /** The status, on the text row. */
  status: Piece;
  statusWidth: number;
  height: number;
  nowColumn: number | null;
  theme: Theme;
};

/**
 * A lane `height` rows tall, a string a row: the title column (name, then drink,
 * each on its own row when there is more than one), the bar (its labels on the
 * text row, its colour on every row), the status beside the text row.
 */
export function laneRowTexts({
  titles,
  titleWidth,
  cells,
  status,
  statusWidth,
  height,
  nowColumn,
  theme,
}: LaneRowsParts): string[] {
  const textRow = textRowOf(height);
  return Array.from({length: height}, (_, row) =>
    laneRowText({
      title: [...(titles[row] ?? [{text: ' '.repeat(titleWidth)}]), {text: ' '}],
      cells: laneRuns(rowCells(cells, {fill: row !== textRow, nowColumn}), theme),
      status: row === textRow ? status : null,
      statusWidth,
    }),
  );
}

/** A ghost lane: the previous run's cells on the same axis, as faint text (no bars). */
export function ghostRowText({
  title,
  titleWidth,
  cells,
  status,
  statusWidth,
  nowColumn,
  theme,
}: {
  title: string;
  titleWidth: number;
  cells: readonly Cell[];
  status: string;
  statusWidth: number;
  nowColumn: number | null;
  theme: Theme;
}): string {
  const faint = {color: theme.muted, dimColor: true};
  const text = rowCells(cells, {fill: false, nowColumn})
    .map((cell) => cell.char)
    .join('');
  return laneRowText({
    title: [{text: `${fitWidth(title, titleWidth)} `, ...faint}],
    cells: [{text, ...faint}],
    status: {text: status, ...faint},
    statusWidth,
  });
}

/** Where a lane's now line is drawn: its column within the lane's rows, and its colour. */
export type NowLineAt = {column: number; color: string | undefined};

/**
 * The now line over a lane whose cell at the now column is empty (as rowCells
 * draws it: in an empty cell only, on every row of the lane), or null. `column`
 * is the lane's cells' column; the line is drawn after the title column and its gap.
 */
export function nowLineAt(
  cells: readonly Cell[],
  nowColumn: number | null,
  titleWidth: number,
  theme: Theme,
): NowLineAt | null {
  if (nowColumn === null) return null;
  const cell = cells[nowColumn];
  if (cell === undefined || cell.stepKind !== null || cell.char !== ' ') return null;
  return {column: titleWidth + 1 + nowColumn, color: theme.muted};
}

/**
 * A lane's rows, one Ink text node each (lane-row.ts), all `width` columns wide,
 * and the now line drawn over them. LaneLine is memoised on its string: a row
 * that reads the same as in the last frame costs React nothing. The now line is
 * not in the rows' strings but written over them (the same glyph in the same
 * colour in the same cell): it moves every frame or two across every lane, and
 * in the strings it made every row of every lane new in every frame (styled,
 * measured and composed again by Ink); over them, a settled lane's rows stay the
 * same strings while the line moves.
 */
export function LaneLines({
  rows,
  width,
  now = null,
}: {
  rows: readonly string[];
  width: number;
  now?: NowLineAt | null;
}) {
  const screenReader = useIsScreenReaderEnabled();
  const lines = rows.map((text, row) => <LaneLine key={row} text={text} width={width} />);
  if (now === null || screenReader) return <>{lines}</>;
  return (
    <Box flexDirection="column">
      {lines}
      <NowLine column={now.column} height={rows.length} color={now.color} />
    </Box>
  );
}

/** The now line's glyph on `height` rows at `column`, over what its lane drew there. */
const NowLine = memo(function NowLine({
  column,
  height,
  color,
}: {
  column: number;
  height: number;
  color: string | undefined;
}) {
  return (
    <Box position="absolute" marginLeft={column}>
      <Text color={color}>{Array.from({length: height}, () => nowGlyph).join('\n')}</Text>
    </Box>
  );
});

/**
 * One row of a lane, `width` columns wide, as one text node.
 *
 * Why a Transform and not `<Text>{text}</Text>`: Ink lays a text out by
 * measuring its string with string-width (and again in its output), and
 * string-width's fast path is printable ASCII only; a row holds │ ✓ · or a
 * braille spinner, so every changed row went through Intl.Segmenter, which
 * cost more than the nodes the row replaced. Ink's documented contract for
 * `<Transform>` is that the transformed string has the dimensions of its
 * children: the child here is `width` spaces (measured on the fast path, and
 * the same string frame after frame, so Yoga is not asked again), the row
 * written in its place is exactly `width` columns wide by construction
 * (titles fitted, one column a cell, the status cut to its column). With a
 * screen reader on, Ink reads children, not transforms: the row is a plain Text.
 */
export const LaneLine = memo(function LaneLine({text, width}: {text: string; width: number}) {
  const screenReader = useIsScreenReaderEnabled();
  if (screenReader) return <Text wrap="truncate">{text}</Text>;
  return <Transform transform={() => text}>{' '.repeat(width)}</Transform>;
});
