import {comparedModes} from '../engine/modes.js';
import {Box, Text} from 'ink';
import {baristaMarkLabel, customerMarkLabel, fitWidth, laneTitle} from '../render/labels.js';
import {axisText, laneCells, type Viewport} from '../render/lanes.js';
import {secondsText} from '../render/numbers.js';
import type {Figures} from '../timeline/figures.js';
import type {Timeline} from '../timeline/reduce.js';
import {LaneCells} from './lane-cells.js';
import {baristaRowsNow, type BaristaRow} from './live-lanes.js';
import type {CompareState} from './session.js';
import {wordsOf} from '../protocol/skins.js';
import type {Theme} from './theme.js';
import {WaitingLine} from './spinner.js';

export type CompareViewProps = {
  compare: CompareState | null;
  width: number;
  /** Rows this view may use. */
  rows: number;
  theme: Theme;
};

/** Columns of the title left of the lanes: the mode's name, then `barista N` or the customer. */
const modeWidth = 11;
const laneTitleWidth = 10;
const titleWidth = modeWidth + laneTitleWidth;

type ModeRun = {mode: (typeof comparedModes)[number]; timeline: Timeline; figures: Figures};

/**
 * Rows each mode has for its customers' lanes in `rows` once every mode has its
 * header and barista lanes: all the lanes when they fit, else a few and a `+N
 * more` row, or none.
 */
export function customerRowsPerMode(rows: number, baristaLanes: readonly number[]): number {
  const left = rows - 2 - baristaLanes.reduce((sum, lanes) => sum + 1 + lanes, 0);
  const perMode = Math.max(0, Math.floor(left / comparedModes.length));
  // One row would hold only `+N more`: none then (the barista lanes name every customer).
  return perMode < 2 ? 0 : perMode;
}

/**
 * Barista lanes each mode may show in `rows` (a small terminal): all of them when
 * they fit under the title, the axis and the modes' rows, else as many each as fit.
 */
export function baristaLanesPerMode(rows: number, baristaLanes: readonly number[]): number {
  const left = rows - 2 - comparedModes.length;
  const all = baristaLanes.reduce((sum, lanes) => sum + lanes, 0);
  if (all <= left) return Number.MAX_SAFE_INTEGER;
  return Math.max(0, Math.floor(left / comparedModes.length));
}

/** A lane row of the compare view: its title, its cells on the shared axis. */
function LaneRow({
  title,
  cells,
  theme,
  bold = false,
}: {
  title: string;
  cells: ReturnType<typeof laneCells>;
  theme: Theme;
  bold?: boolean;
}) {
  return (
    <Box>
      <Text bold={bold} wrap="truncate">
        {fitWidth(title, titleWidth)}{' '}
      </Text>
      <LaneCells cells={cells} theme={theme} />
    </Box>
  );
}

/**
 * Every mode on the same customers, on one shared time axis: each mode's
 * makespan and speed-up, its barista lanes (1 barista against N is the lesson:
 * who brewed what, when), then its customers' lanes where rows are left.
 */
/** "2 baristas", "1 TA": the run's threads in its skin's words. */
const workersText = (timeline: Timeline): string => {
  const {baristas} = timeline.info;
  const {prose} = wordsOf(timeline.info);
  return `${baristas} ${baristas === 1 ? prose.barista : prose.baristas}`;
};

export function CompareView({compare, width, rows, theme}: CompareViewProps) {
  if (!compare) return <WaitingLine text="Starting the comparison…" color={theme.muted} />;
  const runs = compare.runs as ModeRun[];
  const sequential = runs.find((run) => run.mode === 'sequential')?.figures.makespanMs ?? null;
  const longest = Math.max(1, ...runs.map((run) => run.figures.makespanMs));
  const laneWidth = Math.max(10, width - titleWidth - 1);
  const baristasOf = new Map<string, BaristaRow[]>(
    runs.map((run) => [
      run.mode,
      baristaRowsNow(run.timeline, {now: run.timeline.endedAt ?? run.timeline.latest, brews: []}),
    ]),
  );
  const lanesOf = comparedModes.map((mode) => baristasOf.get(mode)?.length ?? 0);
  const baristaLanes = baristaLanesPerMode(rows, lanesOf);
  const rowText = (run: ModeRun): string => {
    const ms = run.figures.makespanMs;
    const speedup = sequential !== null && ms > 0 ? ` ${(sequential / ms).toFixed(2)}×` : '';
    const lanes = baristasOf.get(run.mode)?.length ?? 0;
    const shown = lanes > baristaLanes ? `, ${baristaLanes} shown` : '';
    return ` ${secondsText(ms)}${speedup} · ${workersText(run.timeline)}${shown} · work ${run.figures.overlap.toFixed(1)}× at once`;
  };
  // The bars take what the words leave: a makespan and its speed-up are never cut.
  const longestText = runs.reduce((most, run) => Math.max(most, rowText(run).length), 0);
  const barWidth = Math.max(4, Math.min(40, width - modeWidth - 1 - longestText));
  const view: Viewport = {start: 0, end: longest, columns: laneWidth};
  const perMode = customerRowsPerMode(rows, lanesOf);
  const work = runs[0]?.figures;
  return (
    <Box flexDirection="column" width={width}>
      <Text bold wrap="truncate">
        Every mode on the same customers
        {work
          ? ` · sum of the work ${secondsText(work.totalWorkMs)}, longest order ${secondsText(work.longestOrderMs)}`
          : ''}
      </Text>
      <Text color={theme.muted} wrap="truncate">
        {' '.repeat(titleWidth + 1)}
        {axisText(view)}
      </Text>
      {comparedModes.map((mode) => {
        const run = runs.find((r) => r.mode === mode);
        if (!run) {
          // One mode runs at a time: one spinner, on its line.
          return compare.running === mode ? (
            <WaitingLine
              key={mode}
              label={`${fitWidth(mode, modeWidth)} `}
              text="running"
              color={theme.muted}
            />
          ) : (
            <Text key={mode} color={theme.muted} wrap="truncate">
              {fitWidth(mode, modeWidth)} waiting
            </Text>
          );
        }
        const {timeline, figures} = run;
        const ms = figures.makespanMs;
        const baristas = (baristasOf.get(mode) ?? []).slice(0, baristaLanes);
        const lanes = timeline.customers;
        const shown = perMode >= lanes.length ? lanes : lanes.slice(0, Math.max(0, perMode - 1));
        return (
          <Box key={mode} flexDirection="column">
            <Text wrap="truncate">
              <Text bold color={theme.accent}>
                {fitWidth(mode, modeWidth)}
              </Text>{' '}
              <Text color={theme.busy}>
                {'█'.repeat(Math.max(1, Math.round((ms / longest) * barWidth)))}
              </Text>
              {rowText(run)}
            </Text>
            {baristas.map((row, i) => (
              <LaneRow
                key={row.thread ?? `idle-${i}`}
                title={`${' '.repeat(modeWidth)}${row.label}`}
                cells={laneCells(row.segments, view, (first, last) =>
                  baristaMarkLabel(timeline, first, last),
                )}
                theme={theme}
                bold
              />
            ))}
            {shown.map((lane) => (
              <LaneRow
                key={lane.customer.id}
                title={`${' '.repeat(modeWidth)}${laneTitle(timeline, lane.customer.id)}`}
                cells={laneCells(lane.segments, view, (first, last) =>
                  customerMarkLabel(timeline, first, last),
                )}
                theme={theme}
              />
            ))}
            {shown.length < lanes.length && perMode > 0 ? (
              <Text color={theme.muted}>
                {`${' '.repeat(titleWidth + 1)}+${lanes.length - shown.length} more customers`}
              </Text>
            ) : null}
          </Box>
        );
      })}
    </Box>
  );
}
