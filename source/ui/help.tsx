import {Box, Text} from 'ink';
import {keyHelp} from './keys.js';
import type {Theme} from './theme.js';

/** Every key, as an overlay over the view; Escape or ? closes it. */
export function Help({theme, width}: {theme: Theme; width: number}) {
  const keyWidth = Math.max(...keyHelp.map(([keys]) => keys.length));
  return (
    <Box
      flexDirection="column"
      borderStyle="round"
      borderColor={theme.accent}
      paddingX={1}
      width={width}
    >
      <Text bold color={theme.accent}>
        Keys
      </Text>
      {keyHelp.map(([keys, what]) => (
        <Text key={keys} wrap="truncate">
          <Text bold>{keys.padEnd(keyWidth)}</Text>
          {`  ${what}`}
        </Text>
      ))}
      <Text color={theme.muted}>Escape or ? closes this help.</Text>
    </Box>
  );
}
