import {loopBusyByColumn} from '../render/ascii.js';
import {shopLoopBusyLabel} from '../render/labels.js';
import {levelText, type Viewport} from '../render/lanes.js';
import type {LoopSampleEvent} from '../protocol/events.js';
import {fitText, type LaneLayout} from './layout.js';
import {LaneLine, laneRowWidth} from './lane-cells.js';
import {laneRowText} from './lane-row.js';
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
  const levels = levelText(loopBusyByColumn(loop, view));
  return (
    <LaneLine
      width={laneRowWidth(layout.titleWidth, levels.length, layout.statusWidth)}
      text={laneRowText({
        title: [{text: `${fitText(label, layout.titleWidth)} `, bold: true}],
        cells: [{text: levels, color: theme.muted}],
        status: {text: lag, color: late ? theme.bad : theme.muted},
        statusWidth: layout.statusWidth,
      })}
    />
  );
}
