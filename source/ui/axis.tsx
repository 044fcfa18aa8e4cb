import {Text} from 'ink';
import {fitWidth} from '../render/labels.js';
import {axisText, laneGlyph, type Viewport} from '../render/lanes.js';
import {lateColours} from '../render/palette.js';
import type {LaneLayout} from './layout.js';
import {nowGlyph} from './lane-cells.js';
import type {Theme} from './theme.js';

/** The axis' text split at the "now" column (kept only where the axis is blank there). */
export function axisParts(
  view: Viewport,
  nowColumn: number | null,
): {before: string; now: string; after: string} {
  const text = axisText(view);
  if (nowColumn === null || nowColumn < 0 || nowColumn >= text.length || text[nowColumn] !== ' ')
    return {before: text, now: '', after: ''};
  return {before: text.slice(0, nowColumn), now: nowGlyph, after: text.slice(nowColumn + 1)};
}

/**
 * The shared time axis, with labels that rescale as the run grows; left of it,
 * where the lane titles stand, the key to the lanes' own glyphs: `~` late (in
 * the late colour), `+` several steps in one column. While a run is live, the
 * "now" line stands on it (and runs down the lanes' empty columns).
 */
export function Axis({
  view,
  layout,
  theme,
  nowColumn = null,
}: {
  view: Viewport;
  layout: LaneLayout;
  theme: Theme;
  nowColumn?: number | null;
}) {
  const gutter = layout.titleWidth + 1;
  const late = `${laneGlyph.late} late`;
  // The key never touches the axis: at least one space stays between them.
  const room = Math.max(0, gutter - late.length);
  const severalKey = `  ${laneGlyph.several} several`;
  const several = fitWidth(severalKey.length < room ? severalKey : '', room);
  const axis = axisParts(view, nowColumn);
  return (
    <Text color={theme.muted} wrap="truncate">
      {gutter > late.length ? (
        <>
          <Text color={theme.bad === undefined ? undefined : lateColours[theme.name]}>{late}</Text>
          {several}
        </>
      ) : (
        ' '.repeat(gutter)
      )}
      {axis.before}
      {axis.now ? (
        <Text color={theme.accent} bold>
          {axis.now}
        </Text>
      ) : null}
      {axis.after}
    </Text>
  );
}
