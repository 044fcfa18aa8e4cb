import {customerMarkLabel, fitWidth, laneTitle} from '../render/labels.js';
import {laneCells, type Cell, type Viewport} from '../render/lanes.js';
import {secondsText} from '../render/numbers.js';
import {
  customerStatus,
  type CustomerLane as Lane,
  type Segment,
  type Timeline,
} from '../timeline/reduce.js';
import type {LaneLayout} from './layout.js';
import {
  ghostRowText,
  laneRowTexts,
  laneRowWidth,
  LaneLine,
  LaneLines,
  nowLineAt,
} from './lane-cells.js';
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
  const {rows, cells} = laneRows({timeline, lane, moment, view, layout, theme, animate});
  const before = ghost?.timeline.customerById.get(lane.customer.id);
  return (
    <>
      <LaneLines
        rows={rows}
        width={laneRowWidth(layout.titleWidth, view.columns, layout.statusWidth)}
        now={nowLineAt(cells, nowColumn, layout.titleWidth, theme)}
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

/** What a customer lane's rows are drawn from: CustomerLaneProps without the now line and the ghost. */
type LaneDrawing = Omit<CustomerLaneProps, 'nowColumn' | 'ghost'>;

/** A lane's rows as strings, and the cells they were drawn from (where the now line may cross). */
type LaneDrawn = {rows: string[]; cells: Cell[]};

/**
 * The rows of a lane that is in no step (waiting, served, failed), kept by lane:
 * they change only with its segments, its status, the machine queues' waits,
 * the axis, the layout or the theme (the now line is drawn over them: LaneLines),
 * so a frame in between reuses them (no cells, no styling). The timeline is folded in place (reduce.ts), so
 * what changed is read from it each frame, not from objects' identity. A lane
 * in a step grows with the run time: it is drawn afresh every frame.
 */
const settled = new WeakMap<
  Lane,
  {key: string; timeline: Timeline; theme: Theme; drawn: LaneDrawn}
>();

function laneRows(drawing: LaneDrawing): LaneDrawn {
  const {timeline, lane, view, layout, theme} = drawing;
  if (lane.active !== null) return drawnRows(drawing);
  const key = [
    lane.segments.length,
    customerStatus(lane),
    timeline.queues.length,
    view.start,
    view.end,
    view.columns,
    layout.titleWidth,
    layout.nameWidth,
    layout.drinkWidth,
    layout.statusWidth,
    layout.laneHeight,
    layout.stackedTitles,
  ].join(' ');
  const kept = settled.get(lane);
  if (kept && kept.key === key && kept.timeline === timeline && kept.theme === theme)
    return kept.drawn;
  const drawn = drawnRows(drawing);
  settled.set(lane, {key, timeline, theme, drawn});
  return drawn;
}

/** A customer lane's rows drawn from the timeline at `moment`. */
function drawnRows({timeline, lane, moment, view, layout, theme, animate}: LaneDrawing): LaneDrawn {
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
    nowColumn: null,
    theme,
  });
  return {rows, cells};
}
