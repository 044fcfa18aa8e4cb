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

/**
 * The key bar's text in `width` columns: the note first, then the longest form
 * of the keys that fits beside it; where even the shortest does not, whole labels
 * are left out (help and quit stay last to go), never one cut mid-word.
 */
export function keyBarText(note: string, width: number, texts: readonly string[]): string {
  const room = width - (note ? note.length + 2 : 0);
  const labels = keyBarFor(room, texts).split('  ');
  // Left out from the end, sparing the last two (help and quit).
  while (labels.length > 0 && labels.join('  ').length > room) {
    labels.splice(Math.max(0, labels.length - 3), 1);
  }
  const keys = labels.join('  ');
  return note ? (keys ? `${note}  ${keys}` : note) : keys;
}

export function KeyBar({theme, note, width, replay = false, skin = 'coffee'}: KeyBarProps) {
  // The labels in the run's words (`+- chefs`), measured as they are shown.
  const texts = (replay ? replayKeyBarTexts : keyBarTexts).map((text) => reword(text, skins[skin]));
  return (
    <Text inverse wrap="truncate" color={theme.accent}>
      {keyBarText(note ?? '', width, texts)}
    </Text>
  );
}
