import {Text} from 'ink';
import {keyBarFor, keyBarTexts, replayKeyBarTexts} from './keys.js';
import type {Theme} from './theme.js';

export type KeyBarProps = {theme: Theme; note?: string; width: number; replay?: boolean};

export function KeyBar({theme, note, width, replay = false}: KeyBarProps) {
  const keys = keyBarFor(
    width - (note ? note.length + 2 : 0),
    replay ? replayKeyBarTexts : keyBarTexts,
  );
  return (
    <Text inverse wrap="truncate" color={theme.accent}>
      {note ? `${note}  ` : ''}
      {keys}
    </Text>
  );
}
