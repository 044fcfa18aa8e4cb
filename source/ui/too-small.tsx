import {Box, Text} from 'ink';
import {minColumns, minRows} from './layout.js';
import type {Theme} from './theme.js';

/** Shown instead of the lanes when the terminal is too small; the shop keeps running meanwhile. */
export function TooSmall({
  columns,
  rows,
  served,
  total,
  theme,
}: {
  columns: number;
  rows: number;
  served: number;
  total: number;
  theme: Theme;
}) {
  return (
    <Box flexDirection="column">
      <Text bold color={theme.bad}>
        Make the terminal larger
      </Text>
      <Text>{`at least ${minColumns}×${minRows}, now ${columns}×${rows}.`}</Text>
      <Text>{`The shop keeps running: ${served}/${total} served.`}</Text>
      <Text color={theme.muted}>q quits</Text>
    </Box>
  );
}
