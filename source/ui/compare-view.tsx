import {comparedModes} from '../engine/modes.js';
import {Box, Text} from 'ink';
import {customerMarkLabel, fitWidth, laneTitle} from '../render/labels.js';
import {axisText, laneCells, type Viewport} from '../render/lanes.js';
import {secondsText} from '../render/numbers.js';
import {fitText} from './layout.js';
import {LaneCells} from './lane-cells.js';
import type {CompareState} from './session.js';
import {wordsOf} from '../protocol/skins.js';
import type {Timeline} from '../timeline/reduce.js';
import type {Theme} from './theme.js';
import {WaitingLine} from './spinner.js';

export type CompareViewProps = {
  compare: CompareState | null;
  width: number;
  /** Rows this view may use. */
  rows: number;
  theme: Theme;
};

/**
 * Every mode on the same customers: makespan bars with the speed-up, the sum of
 * the work against the longest order, and each mode's timeline stacked on one
 * shared time axis, so their lengths compare at a glance.
 */
/** "2 baristas", "1 TA": the run's threads in its skin's words. */
const workersText = (timeline: Timeline): string => {
  const {baristas} = timeline.info;
  const {prose} = wordsOf(timeline.info);
  return `${baristas} ${baristas === 1 ? prose.barista : prose.baristas}`;
};

export function CompareView({compare, width, rows, theme}: CompareViewProps) {
  if (!compare) return <WaitingLine text="Starting the comparison…" color={theme.muted} />;
  const runs = compare.runs;
  const sequential = runs.find((run) => run.mode === 'sequential')?.figures.makespanMs ?? null;
  const longest = Math.max(1, ...runs.map((run) => run.figures.makespanMs));
  const nameWidth = 11;
  const barWidth = Math.max(8, Math.min(40, width - nameWidth - 44));
  const laneWidth = Math.max(10, width - nameWidth - 1);
  const view: Viewport = {start: 0, end: longest, columns: laneWidth};
  const perMode = Math.max(
    0,
    Math.floor((rows - 2 - comparedModes.length - 1) / comparedModes.length) - 1,
  );
  const work = runs[0]?.figures;
  return (
    <Box flexDirection="column" width={width}>
      <Text bold wrap="truncate">
        Every mode on the same customers
        {work
          ? ` · sum of the work ${secondsText(work.totalWorkMs)}, longest order ${secondsText(work.longestOrderMs)}`
          : ''}
      </Text>
      {comparedModes.map((mode) => {
        const run = runs.find((r) => r.mode === mode);
        if (!run) {
          // One mode runs at a time: one spinner, on its line.
          return compare.running === mode ? (
            <WaitingLine
              key={mode}
              label={`${fitText(mode, nameWidth)} `}
              text="running"
              color={theme.muted}
            />
          ) : (
            <Text key={mode} color={theme.muted} wrap="truncate">
              {fitText(mode, nameWidth)} waiting
            </Text>
          );
        }
        const ms = run.figures.makespanMs;
        const speedup = sequential !== null && ms > 0 ? `${(sequential / ms).toFixed(2)}×` : '';
        return (
          <Text key={mode} wrap="truncate">
            {fitText(mode, nameWidth)}{' '}
            <Text color={theme.busy}>
              {'█'.repeat(Math.max(1, Math.round((ms / longest) * barWidth)))}
            </Text>
            {` ${secondsText(ms)} ${speedup} · ${workersText(run.timeline)} · work ${run.figures.overlap.toFixed(1)}× at once`}
          </Text>
        );
      })}
      <Text color={theme.muted} wrap="truncate">
        {' '.repeat(nameWidth + 1)}
        {axisText(view)}
      </Text>
      {perMode > 0
        ? runs.map(({mode, timeline}) => {
            const lanes = timeline.customers;
            const shown = lanes.length > perMode ? lanes.slice(0, Math.max(0, perMode - 1)) : lanes;
            return (
              <Box key={mode} flexDirection="column">
                <Text bold color={theme.accent} wrap="truncate">
                  {mode}
                </Text>
                {shown.map((lane) => (
                  <Box key={lane.customer.id}>
                    <Text>{fitWidth(laneTitle(timeline, lane.customer.id), nameWidth)} </Text>
                    <LaneCells
                      cells={laneCells(lane.segments, view, (first, last) =>
                        customerMarkLabel(timeline, first, last),
                      )}
                      theme={theme}
                    />
                  </Box>
                ))}
                {shown.length < lanes.length ? (
                  <Text
                    color={theme.muted}
                  >{`${' '.repeat(nameWidth + 1)}+${lanes.length - shown.length} more`}</Text>
                ) : null}
              </Box>
            );
          })
        : null}
    </Box>
  );
}
