import {Text} from 'ink';
import {keyBarText} from './keys.js';
import type {Theme} from './theme.js';

export function KeyBar({theme, note}: {theme: Theme; note?: string}) {
  return (
    <Text inverse wrap="truncate" color={theme.accent}>
      {note ? `${note}  ` : ''}
      {keyBarText}
    </Text>
  );
}
