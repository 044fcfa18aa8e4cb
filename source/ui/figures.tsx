import {Box, Text} from 'ink';
import {MAIN_THREAD} from '../timeline/events.js';
import type {Figures as RunFigures} from '../timeline/figures.js';
import type {Timeline} from '../timeline/reduce.js';
import {lessonFigure} from './lesson-figure.js';
import type {Theme} from './theme.js';

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const percent = (fraction: number) => `${Math.round(fraction * 100)}%`;

/** The two figure lines: orders, throughput, makespan, speed-up; utilisation per core and overlap. */
export function figureLines(timeline: Timeline, figures: RunFigures): [string, string] {
  const ended = timeline.endedAt !== null;
  const speedup =
    figures.speedup !== null
      ? `speed-up ${figures.speedup.toFixed(2)}× vs sequential`
      : timeline.info.mode === 'sequential'
        ? 'this is the sequential run'
        : ended
          ? 'speed-up: run 1 (sequential) once to know it'
          : 'speed-up when done';
  const first = [
    `orders ${figures.ordersDone}/${figures.ordersTotal}${figures.ordersFailed ? ` (${figures.ordersFailed} failed)` : ''}`,
    `${figures.throughputPerS.toFixed(2)}/s`,
    `${ended ? 'makespan' : 'so far'} ${seconds(figures.makespanMs)}`,
    speedup,
  ].join(' · ');
  const cores = Object.entries(figures.utilisationByThread)
    .filter(([thread]) => Number(thread) !== MAIN_THREAD)
    .map(([thread, u]) => `t${thread} ${percent(u)}`);
  const main = figures.utilisationByThread[MAIN_THREAD] ?? 0;
  const lesson = lessonFigure(timeline, figures);
  const second = [
    ...(lesson === null ? [] : [lesson]),
    `busy ${cores.length > 0 ? cores.join(' ') : '–'} main ${percent(main)}`,
    `work ${seconds(figures.totalWorkMs)} in ${seconds(figures.makespanMs)} (${figures.overlap.toFixed(1)}× at once)`,
  ].join(' · ');
  return [first, second];
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
  const [first, second] = figureLines(timeline, figures);
  return (
    <Box flexDirection="column" width={width}>
      <Text wrap="truncate" color={figures.speedup !== null ? theme.ok : undefined}>
        {first}
      </Text>
      <Text wrap="truncate">{second}</Text>
    </Box>
  );
}
