import {Box, Text} from 'ink';
import {customerSegmentLabel} from '../render/labels.js';
import {laneCells, type Viewport} from '../render/lanes.js';
import type {CustomerLane as Lane, Timeline} from '../timeline/reduce.js';
import {fitText, type LaneLayout} from './layout.js';
import {LaneCells} from './lane-cells.js';
import {customerNow} from './live-lanes.js';
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
  /** A spinner on the active step (off while paused: the display freezes). */
  animate: boolean;
  frame: number;
};

/** One customer: name, drink, measured segments coloured by step, the step in progress, status. */
export function CustomerLane({
  timeline,
  lane,
  moment,
  view,
  layout,
  theme,
  animate,
  frame,
}: CustomerLaneProps) {
  // The measured waits in line for a shared machine, drawn where they happened.
  const {segments, status, queued} = withMachineQueues(timeline, lane, customerNow(lane, moment));
  const cells = laneCells(segments, view, (s) =>
    queued.has(s) ? 'queue' : customerSegmentLabel(timeline, s),
  );
  const mark = status === 'served' ? '✓ ' : status === 'failed' ? '✗ ' : null;
  const colour = status === 'served' ? theme.ok : status === 'failed' ? theme.bad : undefined;
  return (
    <Box>
      <Text wrap="truncate">
        {fitText(lane.customer.name, layout.nameWidth)}{' '}
        <Text color={theme.muted}>{fitText(lane.customer.drink, layout.drinkWidth)}</Text>{' '}
      </Text>
      <LaneCells cells={cells} theme={theme} />
      <Text> </Text>
      <Box width={layout.statusWidth}>
        <Text wrap="truncate" color={colour}>
          {lane.active && animate ? (
            <FrameSpinner frame={frame} />
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
