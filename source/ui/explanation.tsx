import {Box, Text} from 'ink';
import {modeExplanations} from '../engine/modes.js';
import {type Mode} from '../protocol/vocabulary.js';
import {wrapAll, wrapText} from './layout.js';
import type {Theme} from './theme.js';
import {reword, skins, type SkinName} from '../protocol/skins.js';

/** The explanation's words for the mode (or a lesson's), with the real number of baristas. */
export const explanationText = (mode: Mode, baristas?: number, text?: string): string =>
  namedBaristas(text ?? modeExplanations[mode], baristas);

/**
 * Rows the explanation takes in `width`: two, or up to `mostRows` when its words
 * need them (they wrap into free rows rather than end in `…`).
 */
export const explanationRows = (text: string, width: number, mostRows: number): number =>
  Math.max(2, Math.min(mostRows, wrapAll(text, width).length));

/** Two short sentences for the mode: what one sees, and why. `rows` rows (two by default), so the layout holds. */
export function Explanation({
  mode,
  text,
  width,
  theme,
  baristas,
  skin = 'coffee',
  rows = 2,
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
  /** Rows it takes (its words cut with `…` past them). */
  rows?: number;
}) {
  const lines = wrapText(reword(explanationText(mode, baristas, text), skins[skin]), width, rows);
  while (lines.length < rows) lines.push('');
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
