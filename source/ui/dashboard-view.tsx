import {Box, Text} from 'ink';
import {displayWidth, laneTitle, shopLoopBusyLabel} from '../render/labels.js';
import type {Viewport} from '../render/lanes.js';
import type {Figures as RunFigures} from '../timeline/figures.js';
import type {Timeline} from '../timeline/reduce.js';
import {Axis} from './axis.js';
import {BaristaLane} from './barista-lane.js';
import {CustomerLane} from './customer-lane.js';
import {DrawingFigure, drawingFigureRows} from './drawing-figure.js';
import {Figures, ParallelismLanes} from './figures.js';
import {laneLayout} from './layout.js';
import {axisEnd, closeUpNow, type BaristaRow} from './live-lanes.js';
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
  rows: number;
  theme: Theme;
  animate: boolean;
};

/** The lanes on one time axis (customers, baristas, the event loop) and the live figures. */
export function DashboardView(props: DashboardViewProps) {
  const {timeline, baristas, figures, moment, columns, rows, theme, animate} = props;
  // A loop, not Math.max(...names): a spread overflows the stack on long arrays.
  const longestName = timeline.customers.reduce(
    (longest, lane) => Math.max(longest, displayWidth(laneTitle(timeline, lane.customer.id))),
    0,
  );
  // A close-up of the barista's slices takes a row when they are too narrow to label.
  const sliced = baristas.some((row) => row.segments.some((s) => s.slice !== undefined));
  const laneRows = baristas.length + (sliced ? 1 : 0);
  const layout = laneLayout(
    columns,
    rows - drawingFigureRows,
    timeline.customers.length,
    laneRows,
    longestName,
  );
  const end = timeline.endedAt ?? axisEnd(Math.max(moment.now, timeline.latest));
  const view: Viewport = {start: 0, end: Math.max(1, end), columns: layout.laneColumns};
  const close = closeUpNow(timeline, baristas, view, moment.now);
  const shownCustomers = timeline.customers.slice(0, layout.customerRows);
  const shownBaristas = baristas.slice(0, Math.max(0, layout.baristaRows - (sliced ? 1 : 0)));
  const label = ' '.repeat(layout.nameWidth + layout.drinkWidth + 2);
  const words = wordsOf(timeline.info);
  return (
    <Box flexDirection="column" width={columns}>
      <Axis view={view} layout={layout} theme={theme} />
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
        />
      ))}
      {layout.customersHidden > 0 ? (
        <Text
          color={theme.muted}
        >{`${label}+${layout.customersHidden} more ${words.prose.customers}`}</Text>
      ) : null}
      {shownBaristas.map((row, i) => (
        <BaristaLane
          key={row.thread ?? `idle-${i}`}
          timeline={timeline}
          row={row}
          view={view}
          layout={layout}
          theme={theme}
        />
      ))}
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
      <Figures timeline={timeline} figures={figures} theme={theme} width={columns} />
    </Box>
  );
}
