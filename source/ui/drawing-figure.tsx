import {Box, Text} from 'ink';
import {performance} from 'node:perf_hooks';
import {shopLoopLabel} from '../render/labels.js';
import {threadCpuMs} from '../engine/thread-cpu.js';
import {percentText} from '../render/numbers.js';
import {fitText, type LaneLayout} from './layout.js';
import type {LiveMoment} from './session.js';
import type {Theme} from './theme.js';

/** Rows the line takes under the event-loop lane. */
export const drawingFigureRows = 1;

/** How often the drawing's share is measured again. */
const windowMs = 1000;

/** The clocks the share is read from; injected by the tests. */
export type DrawingClocks = {
  /** Wall time, ms. */
  wallMs: () => number;
  /** This thread's CPU time, ms; null where it cannot be read. */
  cpuMs: () => number | null;
  /** This thread's event-loop utilisation since `last` (performance.eventLoopUtilization). */
  loopBusy: () => number;
};

const realClocks: DrawingClocks = {
  wallMs: () => performance.now(),
  cpuMs: threadCpuMs,
  loopBusy: (() => {
    let last = performance.eventLoopUtilization();
    return () => {
      const busy = performance.eventLoopUtilization(last).utilization;
      last = performance.eventLoopUtilization();
      return busy;
    };
  })(),
};

/**
 * The dashboard's own thread (Ink, React, the timeline fed from the shop's
 * batches): the share of a core it used over the last second, its CPU time over
 * the wall time. Not its event loop's busy share: on a busy machine the drawing
 * thread (niced below the shop) waits for a core in the middle of a frame, and
 * that wait read as "drawing 51% of a core" while it used 5 %. The busy share
 * only where this Node cannot read a thread's CPU time.
 * It is its own figure; the shop runs on another thread and its lanes never include it.
 */
export function drawingShareMeter(clocks: DrawingClocks = realClocks): () => number | null {
  let at = clocks.wallMs();
  let cpuAt = clocks.cpuMs();
  let share: number | null = null;
  return () => {
    const now = clocks.wallMs();
    if (now - at < windowMs) return share;
    const cpu = clocks.cpuMs();
    const busy = clocks.loopBusy();
    share = cpu !== null && cpuAt !== null ? Math.max(0, cpu - cpuAt) / (now - at) : busy;
    at = now;
    cpuAt = cpu;
    return share;
  };
}

const drawingShare = drawingShareMeter();

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
  const stalled = moment.stalledMs ?? 0;
  const stall = stalled > 0 ? `${shopLoopLabel} stalled ${(stalled / 1000).toFixed(1)} s · ` : '';
  // The words after the share go first when the row is short: the numbers stay whole.
  const room = layout.laneColumns + 1 + layout.statusWidth - stall.length;
  const long = `drawing ${share === null ? '–' : percentText(share)} of a core, on the main thread (the shop has its own)`;
  const drawing =
    share === null
      ? 'drawing –'
      : long.length <= room
        ? long
        : `drawing ${percentText(share)} of a core`;
  return (
    <Box>
      <Text wrap="truncate" bold>
        {fitText('dashboard', layout.titleWidth)}{' '}
      </Text>
      {stall ? (
        <Text wrap="truncate" color={theme.bad} bold>
          {stall}
        </Text>
      ) : null}
      <Text wrap="truncate" color={theme.muted}>
        {drawing}
      </Text>
    </Box>
  );
}
