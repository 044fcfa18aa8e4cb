import {Box, Text} from 'ink';
import {baristaMarkLabel, fitWidth, nameOf} from '../render/labels.js';
import {formatSeconds, laneCells, type Viewport} from '../render/lanes.js';
import type {Segment, Timeline} from '../timeline/reduce.js';
import type {LaneLayout} from './layout.js';
import {LaneCells} from './lane-cells.js';
import type {BaristaRow} from './live-lanes.js';
import type {Theme} from './theme.js';

export type BaristaLaneProps = {
  timeline: Timeline;
  row: BaristaRow;
  view: Viewport;
  layout: LaneLayout;
  theme: Theme;
  /** A close-up of this lane: its own window and scale, titled with them. */
  closeUp?: boolean;
};

/** One barista thread: each brew it computed, labelled with whose coffee it was (`A1`, `A Ana`). */
export function BaristaLane({
  timeline,
  row,
  view,
  layout,
  theme,
  closeUp = false,
}: BaristaLaneProps) {
  const cells = laneCells(row.segments, view, (first: Segment, last: Segment) =>
    baristaMarkLabel(timeline, first, last),
  );
  const title = closeUp ? `close-up ${formatSeconds(view.end - view.start)}` : row.label;
  const status = closeUp
    ? `${Math.round((view.end - view.start) / view.columns)} ms a column`
    : row.brewing === null
      ? 'idle'
      : `brewing ${nameOf(timeline, row.brewing)}`;
  return (
    <Box>
      <Text wrap="truncate" bold={!closeUp} color={closeUp ? theme.muted : undefined}>
        {fitWidth(title, layout.nameWidth + 1 + layout.drinkWidth)}{' '}
      </Text>
      <LaneCells cells={cells} theme={theme} />
      <Text> </Text>
      <Box width={layout.statusWidth}>
        <Text wrap="truncate" color={closeUp || row.brewing === null ? theme.muted : theme.busy}>
          {status}
        </Text>
      </Box>
    </Box>
  );
}
