import {customerMarkLabel, fitWidth, laneTitle} from '../render/labels.js';
import {laneCells, type Viewport} from '../render/lanes.js';
import {secondsText} from '../render/numbers.js';
import type {CustomerLane as Lane, Segment, Timeline} from '../timeline/reduce.js';
import type {LaneLayout} from './layout.js';
import {ghostRowText, laneRowTexts, laneRowWidth, LaneLine, LaneLines} from './lane-cells.js';
import type {Piece} from './lane-row.js';
import {customerNow, withLivePlan} from './live-lanes.js';
import {withMachineQueues} from './machine-queue-now.js';
import type {LiveMoment} from './session.js';
import {spinnerGlyphAt} from './spinner.js';
import type {Theme} from './theme.js';

/** The previous finished run of the same customers, drawn faint under each lane. */
export type GhostRun = {timeline: Timeline; label: string};

export type CustomerLaneProps = {
  timeline: Timeline;
  lane: Lane;
  moment: LiveMoment;
  view: Viewport;
  layout: LaneLayout;
  theme: Theme;
  /**
   * A spinner on the active step (off while paused: the display freezes). It turns
   * with the shop's run time, so it stands still while the shop's loop is stalled.
   */
  animate: boolean;
  /** The column of the "now" line while the run is live; null when it is over. */
  nowColumn?: number | null;
  /** The previous run of the same customers: its lane is drawn faint under this one. */
  ghost?: GhostRun | null;
};

/**
 * One customer: its letter and name, drink, measured segments coloured by step
 * (a wait's late part drawn late as it happens), the step in progress, status.
 * With rows to spare the lane is 2–3 rows tall (the drink under the name); with a
 * ghost, the same customer's lane from the previous run follows, faint.
 */
export function CustomerLane({
  timeline,
  lane,
  moment,
  view,
  layout,
  theme,
  animate,
  nowColumn = null,
  ghost = null,
}: CustomerLaneProps) {
  // The measured waits in line for a shared machine, drawn where they happened.
  const {segments, status, queued} = withMachineQueues(timeline, lane, customerNow(lane, moment));
  const cells = laneCells(
    withLivePlan(timeline, lane, segments, queued),
    view,
    (first: Segment, last: Segment) =>
      queued.has(first) ? 'queue' : customerMarkLabel(timeline, first, last),
  );
  const mark = status === 'served' ? '✓ ' : status === 'failed' ? '✗ ' : null;
  const colour = status === 'served' ? theme.ok : status === 'failed' ? theme.bad : undefined;
  const title = laneTitle(timeline, lane.customer.id);
  const drink: Piece = {text: fitWidth(lane.customer.drink, layout.drinkWidth), color: theme.muted};
  const titles = layout.stackedTitles
    ? [[{text: fitWidth(title, layout.titleWidth)}], [drink]]
    : [[{text: `${fitWidth(title, layout.nameWidth)} `}, drink]];
  // The spinner turns with the shop's run time, drawn in the dashboard's own
  // frames, not ink-spinner's timers (spinner.tsx: spinnerGlyphAt).
  const spinning = lane.active !== null && animate;
  const lead = spinning ? `${spinnerGlyphAt(moment.now)} ` : (mark ?? (lane.active ? '· ' : '  '));
  const rows = laneRowTexts({
    titles,
    titleWidth: layout.titleWidth,
    cells,
    status: {text: `${lead}${status}`, color: colour},
    statusWidth: layout.statusWidth,
    height: layout.laneHeight,
    nowColumn,
    theme,
  });
  const before = ghost?.timeline.customerById.get(lane.customer.id);
  return (
    <>
      <LaneLines
        rows={rows}
        width={laneRowWidth(layout.titleWidth, cells.length, layout.statusWidth)}
      />
      {ghost && layout.ghostRows ? (
        <LaneLine
          width={laneRowWidth(layout.titleWidth, view.columns, layout.statusWidth)}
          text={ghostRowText({
            title: `  ${ghost.label}`,
            titleWidth: layout.titleWidth,
            cells: before
              ? laneCells(before.segments, view, (first: Segment, last: Segment) =>
                  customerMarkLabel(ghost.timeline, first, last),
                )
              : [],
            status:
              before?.servedAt === null || before === undefined
                ? ''
                : `  served ${secondsText(before.servedAt)}`,
            statusWidth: layout.statusWidth,
            nowColumn,
            theme,
          })}
        />
      ) : null}
    </>
  );
}
