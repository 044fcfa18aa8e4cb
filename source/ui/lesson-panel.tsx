import {Box, Text} from 'ink';
import {lessonById, type OwnLessonId} from '../lessons/index.js';
import type {PanelState} from './session.js';
import type {Theme} from './theme.js';
import {WaitingLine} from './spinner.js';

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
  // The line saying the lesson still runs takes the last row, with its spinner.
  const reportRows = panel.running ? Math.max(0, rows - 1) : Math.max(1, rows);
  const shown = panel.lines.slice(Math.max(0, panel.lines.length - reportRows));
  return (
    <Box flexDirection="column" width={width}>
      {shown.map((line, i) => (
        <Text key={i} wrap="truncate">
          {line || ' '}
        </Text>
      ))}
      {panel.running ? (
        <WaitingLine text={`running ${lessonById(panel.name).running}`} color={theme.muted} />
      ) : null}
    </Box>
  );
}
