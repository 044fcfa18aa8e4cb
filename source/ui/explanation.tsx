import {Box, Text} from 'ink';
import {modeExplanations, type Mode} from '../engine/modes.js';
import {wrapText} from './layout.js';
import type {Theme} from './theme.js';

/** Two short sentences for the mode: what one sees, and why. Always two rows, so the layout holds. */
export function Explanation({mode, width, theme}: {mode: Mode; width: number; theme: Theme}) {
  const lines = wrapText(modeExplanations[mode], width, 2);
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
