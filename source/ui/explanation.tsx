import {Box, Text} from 'ink';
import {modeExplanations} from '../engine/modes.js';
import {type Mode} from '../protocol/vocabulary.js';
import {wrapText} from './layout.js';
import type {Theme} from './theme.js';
import {reword, skins, type SkinName} from '../protocol/skins.js';

/** Two short sentences for the mode: what one sees, and why. Always two rows, so the layout holds. */
export function Explanation({
  mode,
  text,
  width,
  theme,
  baristas,
  skin = 'coffee',
}: {
  mode: Mode;
  /** The words of the run shown (protocol/skins.ts). */
  skin?: SkinName;
  /** The barista threads of the run shown: the explanation names them instead of "N". */
  baristas?: number;
  /** Said instead of the mode's explanation (a lesson's). */
  text?: string;
  width: number;
  theme: Theme;
}) {
  const said = reword(namedBaristas(text ?? modeExplanations[mode], baristas), skins[skin]);
  const lines = wrapText(said, width, 2);
  while (lines.length < 2) lines.push('');
  return (
    <Box flexDirection="column" width={width}>
      {lines.map((line, i) => (
        <Text key={i} italic color={theme.muted}>
          {line || ' '}
        </Text>
      ))}
    </Box>
  );
}

/** "N baristas" said with the real number: "2 baristas", "1 barista thread". */
export function namedBaristas(text: string, baristas: number | undefined): string {
  if (baristas === undefined) return text;
  return text.replace(
    /\bN (barista thread|worker thread|real thread|barista|thread)s?\b/g,
    (_, base: string) => `${baristas} ${base}${baristas === 1 ? '' : 's'}`,
  );
}
