import {Box, Text} from 'ink';
import {lessonById, type OwnLessonId} from '../lessons/index.js';
import {breakLine} from './layout.js';
import type {PanelState} from './session.js';
import type {Theme} from './theme.js';

/** The lesson's lines for the audience, as the tour says them. */
export const panelExplanation = (name: OwnLessonId): string => lessonById(name).lines.join(' ');

/** A lesson's report as it arrives, in place of the lanes, wrapped to the width; the last `rows` rows when it is longer. */
export function LessonPanel({
  panel,
  rows,
  width,
  theme,
}: {
  panel: PanelState;
  rows: number;
  width: number;
  theme: Theme;
}) {
  const lines = panel.running
    ? [...panel.lines, `running ${lessonById(panel.name).running}`]
    : panel.lines;
  // A line longer than the panel wraps into the rows below: a result is never cut off.
  const wrapped = lines.flatMap((line, i) =>
    breakLine(line, width).map((text) => ({
      text,
      last: i === lines.length - 1,
    })),
  );
  const shown = wrapped.slice(Math.max(0, wrapped.length - Math.max(1, rows)));
  return (
    <Box flexDirection="column" width={width}>
      {shown.map((line, i) => (
        <Text key={i} wrap="truncate" color={panel.running && line.last ? theme.muted : undefined}>
          {line.text || ' '}
        </Text>
      ))}
    </Box>
  );
}
