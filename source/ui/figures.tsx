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
import {fitText, type LaneLayout} from './layout.js';
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
    ...(speedup === null
      ? []
      : [ended || figures.speedup === null ? speedup : 'speed-up when done']),
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

export function Figures({
  timeline,
  figures,
  theme,
  width,
}: {
  timeline: Timeline;
  figures: RunFigures;
  theme: Theme;
  width: number;
}) {
  const lines = figureLines(timeline, figures);
  return (
    <Box flexDirection="column" width={width}>
      <Text wrap="truncate">
        {`${lines.orders} · `}
        {lines.warning ? <Text color={theme.bad}>{`${lines.warning} · `}</Text> : null}
        <Text color={lines.speedupShown ? theme.ok : undefined}>{lines.first}</Text>
      </Text>
      <Text wrap="truncate">{lines.second}</Text>
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
            {fitText(name, layout.nameWidth + 1 + layout.drinkWidth)}{' '}
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
