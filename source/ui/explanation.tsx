import {Box, Text} from 'ink';
import {modeExplanations, type Mode} from '../engine/modes.js';
import {wrapText} from './layout.js';
import type {Theme} from './theme.js';

/** Two short sentences for the mode: what one sees, and why. Always two rows, so the layout holds. */
export function Explanation({
  mode,
  text,
  width,
  theme,
}: {
  mode: Mode;
  /** Said instead of the mode's explanation (a lesson's). */
  text?: string;
  width: number;
  theme: Theme;
}) {
  const lines = wrapText(text ?? modeExplanations[mode], width, 2);
  while (lines.length < 2) lines.push('');
  return (
    <Box flexDirection="column" width={width}>
      {lines.map((line, i) => (
        <Text key={i} italic color={theme.muted}>
          {line || ' '}
        </Text>
      ))}
    </Box>
  );
}
