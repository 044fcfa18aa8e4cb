import {Text} from 'ink';
import {axisText, type Viewport} from '../render/lanes.js';
import type {LaneLayout} from './layout.js';
import type {Theme} from './theme.js';

/** The shared time axis, with labels that rescale as the run grows. */
export function Axis({view, layout, theme}: {view: Viewport; layout: LaneLayout; theme: Theme}) {
  return (
    <Text color={theme.muted} wrap="truncate">
      {' '.repeat(layout.nameWidth + layout.drinkWidth + 2)}
      {axisText(view)}
    </Text>
  );
}
