import {Text} from 'ink';
import {fitWidth} from '../render/labels.js';
import {axisText, laneGlyph, type Viewport} from '../render/lanes.js';
import {lateColours} from '../render/palette.js';
import type {LaneLayout} from './layout.js';
import type {Theme} from './theme.js';

/**
 * The shared time axis, with labels that rescale as the run grows; left of it,
 * where the lane titles stand, the key to the lanes' own glyphs: `~` late (in
 * the late colour), `+` several steps in one column.
 */
export function Axis({view, layout, theme}: {view: Viewport; layout: LaneLayout; theme: Theme}) {
  const gutter = layout.nameWidth + layout.drinkWidth + 2;
  const late = `${laneGlyph.late} late`;
  // The key never touches the axis: at least one space stays between them.
  const room = Math.max(0, gutter - late.length);
  const severalKey = `  ${laneGlyph.several} several`;
  const several = fitWidth(severalKey.length < room ? severalKey : '', room);
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
      {axisText(view)}
    </Text>
  );
}
