import {Box, Text} from 'ink';
import {baristaSegmentLabel, nameOf} from '../render/labels.js';
import {laneCells, type Viewport} from '../render/lanes.js';
import type {Timeline} from '../timeline/reduce.js';
import {fitText, type LaneLayout} from './layout.js';
import {LaneCells} from './lane-cells.js';
import type {BaristaRow} from './live-lanes.js';
import type {Theme} from './theme.js';

export type BaristaLaneProps = {
  timeline: Timeline;
  row: BaristaRow;
  view: Viewport;
  layout: LaneLayout;
  theme: Theme;
};

/** One barista thread: each brew it computed, labelled with whose coffee it was. */
export function BaristaLane({timeline, row, view, layout, theme}: BaristaLaneProps) {
  const cells = laneCells(row.segments, view, (s) => baristaSegmentLabel(timeline, s));
  const status = row.brewing === null ? 'idle' : `brewing ${nameOf(timeline, row.brewing)}`;
  return (
    <Box>
      <Text wrap="truncate" bold>
        {fitText(row.label, layout.nameWidth + 1 + layout.drinkWidth)}{' '}
      </Text>
      <LaneCells cells={cells} theme={theme} />
      <Text> </Text>
      <Box width={layout.statusWidth}>
        <Text wrap="truncate" color={row.brewing === null ? theme.muted : theme.busy}>
          {status}
        </Text>
      </Box>
    </Box>
  );
}
