import {Box, Text} from 'ink';
import {loopBusyByColumn} from '../render/ascii.js';
import {shopLoopBusyLabel} from '../render/labels.js';
import {levelText, type Viewport} from '../render/lanes.js';
import type {LoopSampleEvent} from '../protocol/events.js';
import {fitText, type LaneLayout} from './layout.js';
import type {Theme} from './theme.js';

export type LoopLaneProps = {
  loop: readonly LoopSampleEvent[];
  view: Viewport;
  layout: LaneLayout;
  theme: Theme;
  /** The lane's name in the run's words (the grading skin's teacher); the shop loop's by default. */
  label?: string;
};

/** The shop's event loop: measured busy fraction per column, and the latest measured lag. */
export function LoopLane({loop, view, layout, theme, label = shopLoopBusyLabel}: LoopLaneProps) {
  const last = loop[loop.length - 1];
  const lag = last ? `lag ${last.lagMaxMs.toFixed(0)} ms` : 'lag –';
  const late = last !== undefined && last.lagMaxMs > 50;
  return (
    <Box>
      <Text wrap="truncate" bold>
        {fitText(label, layout.nameWidth + 1 + layout.drinkWidth)}{' '}
      </Text>
      <Text color={theme.muted}>{levelText(loopBusyByColumn(loop, view))}</Text>
      <Text> </Text>
      <Box width={layout.statusWidth}>
        <Text wrap="truncate" color={late ? theme.bad : theme.muted}>
          {lag}
        </Text>
      </Box>
    </Box>
  );
}
