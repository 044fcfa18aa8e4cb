import {Box, Text} from 'ink';
import {lessonById, type OwnLessonId} from '../lessons/index.js';
import type {PanelState} from './session.js';
import type {Theme} from './theme.js';

/** The lesson's lines for the audience, as the tour says them. */
export const panelExplanation = (name: OwnLessonId): string => lessonById(name).lines.join(' ');

/** A lesson's report as it arrives, in place of the lanes; the last `rows` lines when it is longer. */
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
  const shown = lines.slice(Math.max(0, lines.length - Math.max(1, rows)));
  return (
    <Box flexDirection="column" width={width}>
      {shown.map((line, i) => (
        <Text
          key={i}
          wrap="truncate"
          color={panel.running && i === shown.length - 1 ? theme.muted : undefined}
        >
          {line || ' '}
        </Text>
      ))}
    </Box>
  );
}
