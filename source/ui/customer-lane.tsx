import {Box, Text} from 'ink';
import {customerMarkLabel, fitWidth, laneTitle} from '../render/labels.js';
import {laneCells, type Viewport} from '../render/lanes.js';
import type {CustomerLane as Lane, Segment, Timeline} from '../timeline/reduce.js';
import type {LaneLayout} from './layout.js';
import {LaneCells} from './lane-cells.js';
import {customerNow, withLivePlan} from './live-lanes.js';
import {withMachineQueues} from './machine-queue-now.js';
import type {LiveMoment} from './session.js';
import {FrameSpinner} from './spinner.js';
import type {Theme} from './theme.js';

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
};

/**
 * One customer: its letter and name, drink, measured segments coloured by step
 * (a wait's late part drawn late as it happens), the step in progress, status.
 */
export function CustomerLane({
  timeline,
  lane,
  moment,
  view,
  layout,
  theme,
  animate,
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
  return (
    <Box>
      <Text wrap="truncate">
        {fitWidth(laneTitle(timeline, lane.customer.id), layout.nameWidth)}{' '}
        <Text color={theme.muted}>{fitWidth(lane.customer.drink, layout.drinkWidth)}</Text>{' '}
      </Text>
      <LaneCells cells={cells} theme={theme} />
      <Text> </Text>
      <Box width={layout.statusWidth}>
        <Text wrap="truncate" color={colour}>
          {lane.active && animate ? (
            // Frame-driven, not ink-spinner: a timer per customer kept Ink redrawing,
            // and it would turn through a stall of the shop's loop (spinner.tsx).
            <FrameSpinner runMs={moment.now} />
          ) : (
            (mark ?? (lane.active ? '· ' : '  '))
          )}
          {lane.active && animate ? ' ' : ''}
          {status}
        </Text>
      </Box>
    </Box>
  );
}
