import {baristaMarkLabel, fitWidth, nameOf} from '../render/labels.js';
import {formatSeconds, laneCells, type Viewport} from '../render/lanes.js';
import type {Segment, Timeline} from '../timeline/reduce.js';
import type {LaneLayout} from './layout.js';
import {
  ghostRowText,
  LaneLine,
  LaneLines,
  laneRowTexts,
  laneRowWidth,
  nowLineAt,
  textRowOf,
} from './lane-cells.js';
import type {BaristaRow} from './live-lanes.js';
import type {Theme} from './theme.js';

export type BaristaLaneProps = {
  timeline: Timeline;
  row: BaristaRow;
  view: Viewport;
  layout: LaneLayout;
  theme: Theme;
  /** A close-up of this lane: its own window and scale, titled with them (always one row). */
  closeUp?: boolean;
  /** The column of the "now" line while the run is live; null when it is over. */
  nowColumn?: number | null;
};

/** One barista thread: each brew it computed, labelled with whose coffee it was (`A1`, `A Ana`). */
export function BaristaLane({
  timeline,
  row,
  view,
  layout,
  theme,
  closeUp = false,
  nowColumn = null,
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
  const height = closeUp ? 1 : layout.laneHeight;
  // The barista's name stands beside its labels (the text row).
  const above = Array.from({length: textRowOf(height)}, () => [
    {text: ' '.repeat(layout.titleWidth)},
  ]);
  const rows = laneRowTexts({
    titles: [
      ...above,
      [
        {
          text: fitWidth(title, layout.titleWidth),
          bold: !closeUp,
          color: closeUp ? theme.muted : undefined,
        },
      ],
    ],
    titleWidth: layout.titleWidth,
    cells,
    status: {text: status, color: closeUp || row.brewing === null ? theme.muted : theme.busy},
    statusWidth: layout.statusWidth,
    height,
    nowColumn: null,
    theme,
  });
  return (
    <LaneLines
      rows={rows}
      width={laneRowWidth(layout.titleWidth, cells.length, layout.statusWidth)}
      now={closeUp ? null : nowLineAt(cells, nowColumn, layout.titleWidth, theme)}
    />
  );
}

/** A barista lane of the previous run (the ghost), faint, on the same axis: which of its baristas it was. */
export function GhostBaristaLane({
  timeline,
  row,
  label,
  view,
  layout,
  theme,
  nowColumn = null,
}: {
  /** The previous run's timeline. */
  timeline: Timeline;
  row: BaristaRow;
  /** What the ghost was (its mode). */
  label: string;
  view: Viewport;
  layout: LaneLayout;
  theme: Theme;
  nowColumn?: number | null;
}) {
  return (
    <LaneLine
      width={laneRowWidth(layout.titleWidth, view.columns, layout.statusWidth)}
      text={ghostRowText({
        title: `  ${label}`,
        titleWidth: layout.titleWidth,
        cells: laneCells(row.segments, view, (first: Segment, last: Segment) =>
          baristaMarkLabel(timeline, first, last),
        ),
        status: `  ${row.label}`,
        statusWidth: layout.statusWidth,
        nowColumn,
        theme,
      })}
    />
  );
}
