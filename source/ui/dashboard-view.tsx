import {Box, Text} from 'ink';
import {Fragment} from 'react';
import {displayWidth, laneTitle, shopLoopBusyLabel} from '../render/labels.js';
import {columnOf, type Viewport} from '../render/lanes.js';
import {secondsText} from '../render/numbers.js';
import type {Figures as RunFigures} from '../timeline/figures.js';
import type {Timeline} from '../timeline/reduce.js';
import {Axis} from './axis.js';
import {BaristaLane, GhostBaristaLane} from './barista-lane.js';
import {CustomerLane, type GhostRun} from './customer-lane.js';
import {DrawingFigure, drawingFigureRows} from './drawing-figure.js';
import {figureRowsAt, Figures, ParallelismLanes} from './figures.js';
import {Headline, headlineMinColumns, headlineRows} from './headline.js';
import {chromeRows, growingLaneLayout} from './layout.js';
import {axisEnd, baristaRowsNow, closeUpNow, type BaristaRow} from './live-lanes.js';
import {LoopLane} from './loop-lane.js';
import type {LiveMoment} from './session.js';
import type {Theme} from './theme.js';
import {reword, wordsOf} from '../protocol/skins.js';

export type DashboardViewProps = {
  timeline: Timeline;
  baristas: readonly BaristaRow[];
  figures: RunFigures;
  moment: LiveMoment;
  columns: number;
  /** The terminal's rows (the view takes what the header, explanation and key bar leave). */
  rows: number;
  theme: Theme;
  animate: boolean;
  /** The previous finished run of the same customers, drawn faint under each lane (key `o`). */
  ghost?: (GhostRun & {figures: RunFigures}) | null;
};

/** Rows the view spends on the axis, the loop, in progress and at once, and the drawing's line. */
const fixedViewRows = 4 + drawingFigureRows;

/** The column of the "now" line on `view` while the run is live; null once it ended. */
export function nowColumnOf(timeline: Timeline, now: number, view: Viewport): number | null {
  if (timeline.endedAt !== null) return null;
  return Math.max(0, Math.min(view.columns - 1, Math.floor(columnOf(now, view))));
}

/** The pair in one line: the ghost's mode and makespan (faint), the run shown and its makespan so far. */
export function ghostLine(
  timeline: Timeline,
  figures: RunFigures,
  ghost: GhostRun & {figures: RunFigures},
): string {
  const live = timeline.endedAt === null;
  return `faint: ${ghost.label} before, makespan ${secondsText(ghost.figures.makespanMs)} · bright: ${timeline.info.mode} now, ${live ? 'so far' : 'makespan'} ${secondsText(figures.makespanMs)}`;
}

/**
 * The lanes on one time axis (customers, baristas, the event loop) and the live
 * figures. The lanes take the rows the terminal has: 2–3 rows each when few, one
 * row and a `+N more` summary when many; the figures wrap rather than be cut; at
 * 120 columns and more the headline numbers stand on top in big digits.
 */
export function DashboardView(props: DashboardViewProps) {
  const {timeline, baristas, figures, moment, columns, rows, theme, animate} = props;
  const ghost = props.ghost ?? null;
  // A loop, not Math.max(...names): a spread overflows the stack on long arrays.
  const longestName = timeline.customers.reduce(
    (longest, lane) => Math.max(longest, displayWidth(laneTitle(timeline, lane.customer.id))),
    0,
  );
  // A close-up of the barista's slices takes a row when they are too narrow to label.
  const sliced = baristas.some((row) => row.segments.some((s) => s.slice !== undefined));
  const bodyRows = rows - chromeRows;
  const customers = timeline.customers.length;
  // The figures wrap; they keep at least two rows and leave the lanes a few.
  const wrapped = figureRowsAt(timeline, figures, theme, columns);
  const ghostRows = ghost ? 1 : 0;
  const fewestLaneRows = Math.min(customers + baristas.length, 3);
  const figureRows = Math.max(
    2,
    Math.min(wrapped.length, bodyRows - fixedViewRows - ghostRows - fewestLaneRows),
  );
  let laneRows = bodyRows - fixedViewRows - ghostRows - figureRows;
  // The previous run's barista lanes: 1 barista against N in one picture.
  const ghostBaristas = ghost
    ? baristaRowsNow(ghost.timeline, {
        now: ghost.timeline.endedAt ?? ghost.timeline.latest,
        brews: [],
      })
    : [];
  const counts = {
    customers,
    baristas: baristas.length,
    closeUp: sliced,
    longestName,
    ghost: ghost !== null,
    ghostBaristas: ghostBaristas.length,
  };
  // The big digits only where the lanes keep a row each under them.
  const headline =
    columns >= headlineMinColumns &&
    laneRows - headlineRows >= customers * (ghost ? 2 : 1) + baristas.length + (sliced ? 1 : 0);
  if (headline) laneRows -= headlineRows;
  // A thicker bar is drawn in colour: without colours (NO_COLOR) lanes stay one row.
  const layout = growingLaneLayout(columns, laneRows, counts, theme.step.brew ? undefined : 1);
  const shownEnd = timeline.endedAt ?? axisEnd(Math.max(moment.now, timeline.latest));
  const end = Math.max(shownEnd, ghost?.timeline.endedAt ?? 0);
  const view: Viewport = {start: 0, end: Math.max(1, end), columns: layout.laneColumns};
  const nowColumn = nowColumnOf(timeline, moment.now, view);
  const close = closeUpNow(timeline, baristas, view, moment.now);
  const shownCustomers = timeline.customers.slice(0, layout.customerRows);
  const shownBaristas = baristas.slice(0, Math.max(0, layout.baristaRows - (sliced ? 1 : 0)));
  const label = ' '.repeat(layout.titleWidth + 1);
  const words = wordsOf(timeline.info);
  return (
    <Box flexDirection="column" width={columns}>
      {headline ? (
        <Headline timeline={timeline} figures={figures} width={columns} theme={theme} />
      ) : null}
      {ghost ? (
        <Text color={theme.muted} wrap="truncate">
          {ghostLine(timeline, figures, ghost)}
        </Text>
      ) : null}
      <Axis view={view} layout={layout} theme={theme} nowColumn={nowColumn} />
      {shownCustomers.map((lane) => (
        <CustomerLane
          key={lane.customer.id}
          timeline={timeline}
          lane={lane}
          moment={moment}
          view={view}
          layout={layout}
          theme={theme}
          animate={animate}
          nowColumn={nowColumn}
          ghost={ghost}
        />
      ))}
      {layout.customersHidden > 0 ? (
        <Text
          color={theme.muted}
        >{`${label}+${layout.customersHidden} more ${words.prose.customers}`}</Text>
      ) : null}
      {shownBaristas.map((row, i) => (
        <Fragment key={row.thread ?? `idle-${i}`}>
          <BaristaLane
            timeline={timeline}
            row={row}
            view={view}
            layout={layout}
            theme={theme}
            nowColumn={nowColumn}
          />
          {ghost && layout.ghostBaristaRows && ghostBaristas[i] ? (
            <GhostBaristaLane
              timeline={ghost.timeline}
              row={ghostBaristas[i]}
              label={ghost.label}
              view={view}
              layout={layout}
              theme={theme}
              nowColumn={nowColumn}
            />
          ) : null}
        </Fragment>
      ))}
      {ghost && layout.ghostBaristaRows
        ? ghostBaristas
            .slice(shownBaristas.length)
            .map((row, i) => (
              <GhostBaristaLane
                key={`ghost-${i}`}
                timeline={ghost.timeline}
                row={row}
                label={ghost.label}
                view={view}
                layout={layout}
                theme={theme}
                nowColumn={nowColumn}
              />
            ))
        : null}
      {close && layout.baristaRows > 1 ? (
        <BaristaLane
          timeline={timeline}
          row={close.row}
          view={close.view}
          layout={layout}
          theme={theme}
          closeUp
        />
      ) : null}
      {layout.baristasHidden > 0 ? (
        <Text
          color={theme.muted}
        >{`${label}+${layout.baristasHidden} more ${words.prose.baristas}`}</Text>
      ) : null}
      <LoopLane
        loop={timeline.loop}
        view={view}
        layout={layout}
        theme={theme}
        label={reword(shopLoopBusyLabel, words)}
      />
      <ParallelismLanes
        timeline={timeline}
        figures={figures}
        instant={moment}
        view={view}
        layout={layout}
        theme={theme}
      />
      <DrawingFigure moment={moment} layout={layout} theme={theme} />
      <Figures
        timeline={timeline}
        figures={figures}
        theme={theme}
        width={columns}
        maxRows={figureRows}
      />
    </Box>
  );
}
