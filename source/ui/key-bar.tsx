import {Text} from 'ink';
import {keyBarText, narrowKeyBarText} from './keys.js';
import type {Theme} from './theme.js';

export function KeyBar({theme, note, width}: {theme: Theme; note?: string; width: number}) {
  const keys = width >= keyBarText.length ? keyBarText : narrowKeyBarText;
  return (
    <Text inverse wrap="truncate" color={theme.accent}>
      {note ? `${note}  ` : ''}
      {keys}
    </Text>
  );
}
