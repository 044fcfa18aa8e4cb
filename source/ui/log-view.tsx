import {Box, Text} from 'ink';
import type {Theme} from './theme.js';

/** The shop's lines, as a plain run prints them: the latest ones that fit. */
export function LogView({
  lines,
  rows,
  theme,
}: {
  lines: readonly string[];
  rows: number;
  theme: Theme;
}) {
  const shown = lines.slice(Math.max(0, lines.length - rows));
  return (
    <Box flexDirection="column" height={rows}>
      {shown.length === 0 ? <Text color={theme.muted}>(no lines yet)</Text> : null}
      {shown.map((line, i) => (
        <Text key={i} wrap="truncate">
          {line}
        </Text>
      ))}
    </Box>
  );
}
