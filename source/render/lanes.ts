import type {StepKind} from '../engine/menu.js';
import type {Segment} from '../timeline/reduce.js';

/** A time window drawn across a number of columns. */
export type Viewport = {start: number; end: number; columns: number};

/** One character of a lane, with what it belongs to so a view can colour it. */
export type Cell = {char: string; stepKind: StepKind | null; customer: number | null};

const blank: Cell = {char: ' ', stepKind: null, customer: null};

export const columnOf = (t: number, view: Viewport): number =>
  view.end > view.start ? ((t - view.start) / (view.end - view.start)) * view.columns : 0;

/**
 * Segments to characters in the docs' notation: `|--label--|`, a segment as wide
 * as its measured interval. Narrow segments become `||` or `|`. Segments must not
 * overlap in time (one lane is one customer or one thread).
 */
export function laneCells(
  segments: readonly Segment[],
  view: Viewport,
  label: (segment: Segment) => string,
): Cell[] {
  const cells: Cell[] = Array.from({length: view.columns}, () => blank);
  let nextFree = 0;
  for (const segment of segments) {
    if (segment.end < view.start || segment.start > view.end) continue;
    let from = Math.max(nextFree, Math.round(columnOf(segment.start, view)));
    const to = Math.min(view.columns, Math.max(from + 1, Math.round(columnOf(segment.end, view))));
    if (from >= view.columns) continue;
    // Two segments that touch share nothing: step back onto a free cell only.
    from = Math.max(0, from);
    const width = to - from;
    const text = segmentText(label(segment), width);
    for (let i = 0; i < width; i++) {
      cells[from + i] = {char: text[i]!, stepKind: segment.stepKind, customer: segment.customer};
    }
    nextFree = to;
  }
  return cells;
}

/** `|--label--|` fitted into `width` characters. */
export function segmentText(label: string, width: number): string {
  if (width <= 0) return '';
  if (width === 1) return '|';
  if (width === 2) return '||';
  const inner = width - 2;
  const fitted = inner >= label.length + 2 ? label : '';
  const left = Math.floor((inner - fitted.length) / 2);
  const right = inner - fitted.length - left;
  return '|' + '-'.repeat(left) + fitted + '-'.repeat(right) + '|';
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
