import {Box, Text} from 'ink';
import {stepKinds} from '../protocol/vocabulary.js';
import {stepLegend} from '../render/palette.js';
import {keyHelp} from './keys.js';
import type {Theme} from './theme.js';

/** Rows the overlay needs besides its keys: the border, the title, the closing line (with the colour legend). */
const chromeRows = 4;

/**
 * Every key, as an overlay over the view; Escape or ? closes it. When the
 * terminal is too short for one column of keys, they stand in two or three.
 */
export function Help({
  theme,
  width,
  rows = Infinity,
}: {
  theme: Theme;
  width: number;
  rows?: number;
}) {
  const columns = Math.min(
    3,
    Math.max(1, Math.ceil(keyHelp.length / Math.max(1, rows - chromeRows))),
  );
  const perColumn = Math.ceil(keyHelp.length / columns);
  const groups = Array.from({length: columns}, (_, i) =>
    keyHelp.slice(i * perColumn, (i + 1) * perColumn),
  );
  const columnWidth = Math.floor((width - 4) / columns);
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
      <Box flexDirection="row">
        {groups.map((group, i) => {
          const keyWidth = Math.max(...group.map(([keys]) => keys.length));
          return (
            <Box key={i} flexDirection="column" width={columnWidth} paddingRight={2}>
              {group.map(([keys, what]) => (
                <Text key={keys} wrap="truncate">
                  <Text bold>{keys.padEnd(keyWidth)}</Text>
                  {`  ${what}`}
                </Text>
              ))}
            </Box>
          );
        })}
      </Box>
      <Text wrap="truncate">
        <Text color={theme.muted}>Escape or ? closes this help. </Text>
        <StepLegend theme={theme} />
      </Text>
    </Box>
  );
}

/** The colour of each step kind, the same table the svg and png exports use. */
export function StepLegend({theme}: {theme: Theme}) {
  return (
    <Text>
      {'Colours: '}
      {stepKinds.map((kind) => (
        <Text key={kind}>
          <Text backgroundColor={theme.step[kind]} color={theme.step[kind] ? 'black' : undefined}>
            {` ${kind} `}
          </Text>
          {` ${stepLegend[kind].replace(/^\S+ /, '')}  `}
        </Text>
      ))}
    </Text>
  );
}
