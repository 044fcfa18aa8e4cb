import {Box, Text} from 'ink';
import {performance} from 'node:perf_hooks';
import {shopLoopLabel} from '../render/labels.js';
import {percentText} from '../render/numbers.js';
import {fitText, type LaneLayout} from './layout.js';
import type {LiveMoment} from './session.js';
import type {Theme} from './theme.js';

/** Rows the line takes under the event-loop lane. */
export const drawingFigureRows = 1;

/** How often the drawing's share is measured again (the event-loop utilisation of this thread). */
const windowMs = 1000;

/**
 * The dashboard's own thread (Ink, React, the timeline fed from the shop's
 * batches): the share of a core its event loop was busy over the last second.
 * It is its own figure; the shop runs on another thread and its lanes never include it.
 */
function makeDrawingShare(): () => number | null {
  let last = performance.eventLoopUtilization();
  let at = performance.now();
  let share: number | null = null;
  return () => {
    const now = performance.now();
    if (now - at >= windowMs) {
      share = performance.eventLoopUtilization(last).utilization;
      last = performance.eventLoopUtilization();
      at = now;
    }
    return share;
  };
}

const drawingShare = makeDrawingShare();

export type DrawingFigureProps = {
  moment: LiveMoment;
  layout: LaneLayout;
  theme: Theme;
};

/**
 * One line under the shop loop's lane: what drawing costs ("drawing 6% of a core"),
 * and while the shop's event loop stands still (a brew blocking it), a stall
 * counter counting up on the dashboard that keeps drawing.
 */
export function DrawingFigure({moment, layout, theme}: DrawingFigureProps) {
  const share = drawingShare();
  const drawing =
    share === null
      ? 'drawing –'
      : `drawing ${percentText(share)} of a core, on the main thread (the shop has its own)`;
  const stalled = moment.stalledMs ?? 0;
  return (
    <Box>
      <Text wrap="truncate" bold>
        {fitText('dashboard', layout.nameWidth + 1 + layout.drinkWidth)}{' '}
      </Text>
      {stalled > 0 ? (
        <Text wrap="truncate" color={theme.bad} bold>
          {`${shopLoopLabel} stalled ${(stalled / 1000).toFixed(1)} s · `}
        </Text>
      ) : null}
      <Text wrap="truncate" color={theme.muted}>
        {drawing}
      </Text>
    </Box>
  );
}
