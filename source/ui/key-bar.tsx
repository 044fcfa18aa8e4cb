import {Text} from 'ink';
import {keyBarFor} from './keys.js';
import type {Theme} from './theme.js';

export function KeyBar({theme, note, width}: {theme: Theme; note?: string; width: number}) {
  const keys = keyBarFor(width - (note ? note.length + 2 : 0));
  return (
    <Text inverse wrap="truncate" color={theme.accent}>
      {note ? `${note}  ` : ''}
      {keys}
    </Text>
  );
}
