import {availableParallelism} from 'node:os';
import {Box, Text} from 'ink';
import {shopLoopLabel} from '../render/labels.js';
import {levelText, type Viewport} from '../render/lanes.js';
import {percentText, secondsText} from '../render/numbers.js';
import {busyMachineNote, coresText, lessonHeadline, speedupText} from '../render/figures-text.js';
import {baristaNumbers} from '../timeline/baristas.js';
import {MAIN_THREAD} from '../protocol/events.js';
import type {Figures as RunFigures} from '../timeline/figures.js';
import {parallelismByColumn} from '../timeline/parallelism-columns.js';
import type {Instant} from '../timeline/parallelism.js';
import type {Timeline} from '../timeline/reduce.js';
import {fitText, wrapAll, type LaneLayout} from './layout.js';
import {machineParts} from './lesson-figure.js';
import type {Theme} from './theme.js';
import {reword, wordsOf} from '../protocol/skins.js';

/** The figure lines' text and what each says, so a view can colour them. */
export type FigureLines = {
  /** Orders done: the first line begins with it. */
  orders: string;
  /** The rest of the first line: makespan and the speed-up where it teaches. */
  first: string;
  /** Set when the first line ends on a measured speed-up that teaches the mode's lesson. */
  speedupShown: boolean;
  /** Said right after the orders, when other programs took the cores. */
  warning: string | null;
  second: string;
};

/**
 * The two figure lines: orders, throughput, makespan and the speed-up where it
 * teaches something; then the mode's own lesson (in progress and at once, the
 * CPU work against one thread, or the loop's stalls), busy time per barista.
 */
export function figureLines(timeline: Timeline, figures: RunFigures): FigureLines {
  const ended = timeline.endedAt !== null;
  const speedup = speedupText(timeline, figures);
  const orders = `orders ${figures.ordersDone}/${figures.ordersTotal}${figures.ordersFailed ? ` (${figures.ordersFailed} failed)` : ''}`;
  const first = [
    `${ended ? 'makespan' : 'so far'} ${secondsText(figures.makespanMs)}`,
    ...(speedup === null ? [] : [speedup]),
  ].join(' · ');
  const numbers = baristaNumbers(timeline);
  const cores = Object.entries(figures.utilisationByThread)
    .filter(([thread]) => Number(thread) !== MAIN_THREAD)
    .map(([thread, u]) => `${numbers.get(Number(thread)) ?? thread}: ${percentText(u)}`);
  const main = figures.utilisationByThread[MAIN_THREAD] ?? 0;
  const second = [
    ...machineParts(timeline, figures),
    lessonHeadline(timeline, figures, !ended),
    `busy ${cores.length > 0 ? `baristas ${cores.join(' ')}` : '–'} ${shopLoopLabel} ${percentText(main)}`,
    `${figures.throughputPerS.toFixed(2)} orders/s`,
  ].join(' · ');
  const lines: FigureLines = {
    orders,
    first,
    speedupShown: ended && figures.speedup !== null && speedup !== null && /×/.test(speedup),
    warning: busyMachineNote(figures.parallelism),
    second,
  };
  // Our own words, none of them a name: said in the run's skin (protocol/skins.ts).
  const words = wordsOf(timeline.info);
  return {
    ...lines,
    orders: reword(lines.orders, words),
    first: reword(lines.first, words),
    warning: lines.warning === null ? null : reword(lines.warning, words),
    second: reword(lines.second, words),
  };
}

/** A piece of a figure line and its colour. */
export type FigurePart = {text: string; color?: string | undefined};

/**
 * Parts joined with ` · ` into lines of `width`, broken between parts (a part
 * longer than a line wraps at its words): a figure is never cut off.
 */
export function wrapParts(parts: readonly FigurePart[], width: number): FigurePart[][] {
  const lines: FigurePart[][] = [];
  let line: FigurePart[] = [];
  let used = 0;
  const separator = ' · ';
  for (const part of parts) {
    const pieces = part.text.length > width ? wrapAll(part.text, width) : [part.text];
    for (const piece of pieces) {
      const needed = (line.length > 0 ? separator.length : 0) + piece.length;
      if (line.length > 0 && used + needed > width) {
        lines.push(line);
        line = [];
        used = 0;
      }
      line.push({text: line.length > 0 ? `${separator}${piece}` : piece, color: part.color});
      used += line.length > 1 ? needed : piece.length;
    }
  }
  if (line.length > 0) lines.push(line);
  return lines;
}

/** The figure lines as parts, split at their ` · `, the first line's coloured where it says so. */
export function figureParts(
  timeline: Timeline,
  figures: RunFigures,
  theme: Theme,
): [FigurePart[], FigurePart[]] {
  const lines = figureLines(timeline, figures);
  const plainParts = (text: string, color?: string) =>
    text.split(' · ').map((piece) => ({text: piece, color}));
  return [
    [
      {text: lines.orders},
      ...(lines.warning ? [{text: lines.warning, color: theme.bad}] : []),
      ...plainParts(lines.first, lines.speedupShown ? theme.ok : undefined),
    ],
    plainParts(lines.second),
  ];
}

/** The figures wrapped to `width`: the rows they take. */
export function figureRowsAt(
  timeline: Timeline,
  figures: RunFigures,
  theme: Theme,
  width: number,
): FigurePart[][] {
  return figureParts(timeline, figures, theme).flatMap((parts) => wrapParts(parts, width));
}

/** The figure lines, each wrapped into as many rows as it needs (no figure is cut off). */
export function Figures({
  timeline,
  figures,
  theme,
  width,
  maxRows = Number.MAX_SAFE_INTEGER,
}: {
  timeline: Timeline;
  figures: RunFigures;
  theme: Theme;
  width: number;
  /** Rows the figures may take; past them the last row says `…` (only when the terminal has no more). */
  maxRows?: number;
}) {
  const wrapped = figureRowsAt(timeline, figures, theme, width);
  const rows = wrapped.length > maxRows ? wrapped.slice(0, Math.max(1, maxRows)) : wrapped;
  if (rows.length < wrapped.length)
    rows[rows.length - 1] = [...rows[rows.length - 1]!, {text: ' …'}];
  return (
    <Box flexDirection="column" width={width}>
      {rows.map((parts, i) => (
        <Text key={i} wrap="truncate">
          {parts.map((part, j) => (
            <Text key={j} color={part.color}>
              {part.text}
            </Text>
          ))}
        </Text>
      ))}
    </Box>
  );
}

/** The two small lanes of the seeds' definitions, as text: a level per column up to now, then blank. */
export function parallelismLanes(
  timeline: Timeline,
  view: Viewport,
  instant: Instant,
): {inProgress: string; atOnce: string} {
  const columns = parallelismByColumn(timeline, view, instant);
  const now = instant.now;
  const shownColumns = Math.max(
    0,
    Math.min(
      view.columns,
      Math.ceil(((now - view.start) / (view.end - view.start)) * view.columns),
    ),
  );
  const customers = Math.max(1, timeline.customers.length);
  const cores = Math.max(1, timeline.info.baristas);
  const draw = (levels: number[], top: number) =>
    levelText(levels.slice(0, shownColumns).map((level) => level / top)).padEnd(view.columns);
  return {
    inProgress: draw(columns.inProgress, customers),
    atOnce: draw(columns.atOnce, cores),
  };
}

/**
 * In progress (orders being served: concurrency) and at once (brews computing:
 * the cores in use, parallelism) as two lanes on the dashboard's time axis, with
 * the number now beside each.
 */
export function ParallelismLanes({
  timeline,
  figures,
  instant,
  view,
  layout,
  theme,
  cores = availableParallelism(),
}: {
  timeline: Timeline;
  figures: RunFigures;
  instant: Instant;
  /** Cores of the machine: at once can reach no more. */
  cores?: number;
  view: Viewport;
  layout: LaneLayout;
  theme: Theme;
}) {
  const lanes = parallelismLanes(timeline, view, instant);
  const p = figures.parallelism;
  const live = timeline.endedAt === null;
  const rows: Array<[string, string, string]> = [
    [
      'in progress',
      lanes.inProgress,
      live ? `${p.inProgressNow} now, peak ${p.inProgressPeak}` : `peak ${p.inProgressPeak}`,
    ],
    [
      'at once',
      lanes.atOnce,
      live
        ? `${coresText(p.atOnceNow)} now, peak ${coresText(p.atOncePeak)}`
        : `${coresText(p.atOncePeak)} of ${cores} core${cores === 1 ? '' : 's'}`,
    ],
  ];
  return (
    <Box flexDirection="column">
      {rows.map(([name, cells, status]) => (
        <Box key={name}>
          <Text wrap="truncate" bold>
            {fitText(name, layout.titleWidth)}{' '}
          </Text>
          <Text color={theme.accent}>{cells}</Text>
          <Text> </Text>
          <Box width={layout.statusWidth}>
            <Text wrap="truncate" color={theme.muted}>
              {status}
            </Text>
          </Box>
        </Box>
      ))}
    </Box>
  );
}
