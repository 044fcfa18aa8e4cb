import stringWidth from 'string-width';
import type {StepKind} from '../protocol/vocabulary.js';
import {lateMs} from '../timeline/late.js';
import type {Segment} from '../timeline/reduce.js';

/** A time window drawn across a number of columns. */
export type Viewport = {start: number; end: number; columns: number};

/** One character of a lane, with what it belongs to so a view can colour it. */
export type Cell = {
  char: string;
  stepKind: StepKind | null;
  customer: number | null;
  /** The late part of a wait: the time past its plan, when its timer fired late. */
  late?: boolean;
  /** A column that holds several steps too short to draw apart (`+`). */
  several?: boolean;
};

/**
 * The glyphs of a lane besides the docs' `|--label--|`: the late part of a wait
 * (`~`, after its planned part), a column holding several steps (`+`, coloured
 * as the step that covers most of it), the fill of a brew that took turns with
 * other work in pieces finer than a column (`|..A..|`: busy under 90 % of it).
 */
export const laneGlyph = {late: '~', several: '+', inTurns: '.'} as const;

/** The legend of the text lanes, one line. */
export const laneLegend =
  '|--x--| a step as long as it took · |..x..| in turns · ~ late (past its plan) · + several steps';

/**
 * What a mark may say, best first: the first that fits its columns is written.
 * Called once per mark with the first and last segment it covers (a run of
 * slices of one brew is one mark when they are narrower than their labels).
 */
export type LaneLabel = (first: Segment, last: Segment) => string | readonly string[];

const blank: Cell = {char: ' ', stepKind: null, customer: null};

export const columnOf = (t: number, view: Viewport): number =>
  view.end > view.start ? ((t - view.start) / (view.end - view.start)) * view.columns : 0;

/** Below this many columns a slice is too narrow for its label (`|A12|`): neighbouring slices of one brew join. */
const labelledColumns = 6;

/** A stretch of one step drawn as one mark: its planned part, or its late part. */
type Run = {
  from: number;
  to: number;
  first: Segment;
  last: Segment;
  late: boolean;
  /** Measured time of the segments it joins, in columns (less than to − from when they took turns). */
  busy: number;
};

/** A brew whose pieces fill less than this of its mark is drawn `|..x..|`: it took turns. */
export const inTurnsBelow = 0.9;

const sameStep = (a: Segment, b: Segment): boolean =>
  a.customer === b.customer &&
  a.step === b.step &&
  a.stepKind === b.stepKind &&
  (a.slice === undefined) === (b.slice === undefined);

/** Segments to runs in columns: a wait split at its plan, neighbouring narrow pieces of one brew joined. */
function runsOf(segments: readonly Segment[], view: Viewport): Run[] {
  const runs: Run[] = [];
  for (const segment of segments) {
    if (segment.end < view.start || segment.start > view.end) continue;
    const from = columnOf(segment.start, view);
    const to = Math.max(from, columnOf(segment.end, view));
    const late = lateMs(segment);
    const plannedTo = late > 0 ? columnOf(segment.end - late, view) : to;
    const previous = runs[runs.length - 1];
    if (
      previous &&
      !previous.late &&
      segment.stepKind === 'brew' &&
      sameStep(previous.last, segment) &&
      from - previous.to < 1 &&
      (previous.to - previous.from < labelledColumns || to - from < labelledColumns)
    ) {
      previous.to = Math.max(previous.to, plannedTo);
      previous.last = segment;
      previous.busy += plannedTo - from;
    } else {
      runs.push({
        from,
        to: plannedTo,
        first: segment,
        last: segment,
        late: false,
        busy: plannedTo - from,
      });
    }
    if (late > 0)
      runs.push({
        from: plannedTo,
        to,
        first: segment,
        last: segment,
        late: true,
        busy: to - plannedTo,
      });
  }
  return runs;
}

/**
 * Segments to characters in the docs' notation, `|--label--|`, keeping time at
 * every width: a mark's columns are its measured interval, never pushed by the
 * mark before it, so a lane ends where its last segment ends (within half a
 * column). A column belongs to the step that covers most of it when it is at
 * least half covered; a step that wins no column still gets the column it
 * covers most, shown as `+` (several steps) when another step holds it. A
 * wait's time past its plan is drawn `~` (late) after its planned part. Segments
 * must be in time order and not overlap (one lane is one customer or one thread).
 */
export function laneCells(segments: readonly Segment[], view: Viewport, label: LaneLabel): Cell[] {
  const columns = Math.max(0, view.columns);
  const cells: Cell[] = Array.from({length: columns}, () => blank);
  if (columns === 0) return cells;
  const runs = runsOf(segments, view);
  const owner = new Int32Array(columns).fill(-1);
  const ownerCover = new Float64Array(columns);
  const covered = new Float64Array(columns);
  const bestColumn = new Int32Array(runs.length);
  runs.forEach((run, index) => {
    const from = Math.min(columns, Math.max(0, run.from));
    const to = Math.min(columns, Math.max(0, run.to));
    let best = Math.min(columns - 1, Math.floor(from));
    let bestCover = -1;
    for (let column = Math.floor(from); column < Math.min(columns, Math.ceil(to)); column++) {
      const cover = Math.min(to, column + 1) - Math.max(from, column);
      if (cover <= 0) continue;
      covered[column]! += cover;
      if (cover > ownerCover[column]!) {
        ownerCover[column] = cover;
        owner[column] = index;
      }
      if (cover > bestCover) {
        bestCover = cover;
        best = column;
      }
    }
    bestColumn[index] = best;
  });
  const owns = new Uint8Array(runs.length);
  for (let column = 0; column < columns; column++) {
    if (covered[column]! < 0.5) owner[column] = -1;
    else owns[owner[column]!] = 1;
  }
  // No step disappears: one that won no column takes the column it covers most.
  const several = new Uint8Array(columns);
  runs.forEach((_, index) => {
    if (owns[index]) return;
    const column = bestColumn[index]!;
    if (owner[column] === -1) owner[column] = index;
    else if (owner[column] !== index) several[column] = 1;
  });
  for (let column = 0; column < columns;) {
    const index = owner[column]!;
    if (index === -1) {
      column++;
      continue;
    }
    const run = runs[index]!;
    const of = {stepKind: run.first.stepKind, customer: run.first.customer};
    if (several[column]) {
      cells[column] = {char: laneGlyph.several, ...of, several: true};
      column++;
      continue;
    }
    let width = 1;
    while (column + width < columns && owner[column + width] === index && !several[column + width])
      width++;
    const inTurns = run.busy < inTurnsBelow * (run.to - run.from);
    const text = run.late
      ? laneGlyph.late.repeat(width)
      : segmentText(label(run.first, run.last), width, inTurns ? laneGlyph.inTurns : '-');
    for (let i = 0; i < width; i++)
      cells[column + i] = run.late ? {char: text[i]!, ...of, late: true} : {char: text[i]!, ...of};
    column += width;
  }
  return cells;
}

/** A label drawn inside a lane: one column per character, so printable ASCII only. */
const drawable = (label: string): boolean => /^[\x20-\x7e]*$/.test(label);

/**
 * `|--label--|` fitted into `width` characters: the first label that fits, with
 * dashes around it when there is room; `|----|` when none fits. A mark of one
 * column is a one-letter label when there is one (`A`: a slice of A's brew),
 * else `|`; of two, `||`.
 */
export function segmentText(label: string | readonly string[], width: number, fill = '-'): string {
  if (width <= 0) return '';
  const candidates = typeof label === 'string' ? [label] : label;
  // One column: a one-letter label (whose brew a slice is) when there is one.
  if (width === 1) return candidates.find((c) => c.length === 1 && drawable(c)) ?? '|';
  if (width === 2) return '||';
  const inner = width - 2;
  const fitted = candidates.find((c) => drawable(c) && stringWidth(c) <= inner) ?? '';
  const left = Math.floor((inner - fitted.length) / 2);
  const right = inner - fitted.length - left;
  return '|' + fill.repeat(left) + fitted + fill.repeat(right) + '|';
}

export const cellsText = (cells: readonly Cell[]): string =>
  cells.map((cell) => cell.char).join('');

/** A nice tick spacing (ms) so labels stand at least `minColumns` apart. */
export function tickSpacingMs(view: Viewport, minColumns = 10): number {
  const span = view.end - view.start;
  if (span <= 0 || view.columns <= 0) return 1000;
  const target = (span * minColumns) / view.columns;
  for (const step of [
    10, 20, 50, 100, 200, 250, 500, 1000, 2000, 5000, 10_000, 20_000, 30_000, 60_000,
  ]) {
    if (step >= target) return step;
  }
  return Math.ceil(target / 60_000) * 60_000;
}

export const formatSeconds = (ms: number): string => {
  const s = ms / 1000;
  return Number.isInteger(s) ? `${s}s` : `${Number(s.toFixed(2))}s`;
};

/** The time axis: tick labels placed at their columns. */
export function axisText(view: Viewport): string {
  const chars = Array.from({length: view.columns}, () => ' ');
  const step = tickSpacingMs(view);
  for (let t = Math.ceil(view.start / step) * step; t <= view.end; t += step) {
    const column = Math.round(columnOf(t, view));
    const text = formatSeconds(t);
    if (column + text.length > view.columns) break;
    if (chars.slice(Math.max(0, column - 1), column + text.length).some((c) => c !== ' ')) continue;
    for (let i = 0; i < text.length; i++) chars[column + i] = text[i]!;
  }
  return chars.join('');
}

const levels = '·▁▂▃▄▅▆▇█';

/** A busy fraction (0..1) per column, drawn as block glyphs. */
export function levelText(fractions: readonly number[]): string {
  return fractions
    .map(
      (f) => levels[Math.min(levels.length - 1, Math.max(0, Math.round(f * (levels.length - 1))))]!,
    )
    .join('');
}
