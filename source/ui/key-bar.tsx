import {Text} from 'ink';
import {keyBarFor, keyBarTexts, replayKeyBarTexts} from './keys.js';
import type {Theme} from './theme.js';
import {reword, skins, type SkinName} from '../protocol/skins.js';

export type KeyBarProps = {
  theme: Theme;
  note?: string;
  width: number;
  replay?: boolean;
  /** The words of the run shown (protocol/skins.ts): `+- chefs`. */
  skin?: SkinName;
};

export function KeyBar({theme, note, width, replay = false, skin = 'coffee'}: KeyBarProps) {
  const keys = keyBarFor(
    width - (note ? note.length + 2 : 0),
    replay ? replayKeyBarTexts : keyBarTexts,
  );
  return (
    <Text inverse wrap="truncate" color={theme.accent}>
      {note ? `${note}  ` : ''}
      {reword(keys, skins[skin])}
    </Text>
  );
}
