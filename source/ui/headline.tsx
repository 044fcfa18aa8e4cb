import {Box, Text} from 'ink';
import cfonts from 'cfonts';
import {coresText} from '../render/figures-text.js';
import type {Figures} from '../timeline/figures.js';
import type {Timeline} from '../timeline/reduce.js';
import {speedupTeaches} from '../timeline/figures.js';
import type {Theme} from './theme.js';

/** The headline's rows: a label row over digits two rows tall. */
export const headlineRows = 3;
/** The narrowest terminal that shows the headline in big digits. */
export const headlineMinColumns = 120;

/** One headline number: what it is and its value as written in the big digits. */
export type HeadlineNumber = {label: string; value: string};

/**
 * The numbers an audience reads first, each measured in the run shown: the
 * makespan (so far, while live), orders in progress and brews at once (now while
 * live, peak when done), and the speed-up against sequential once measured.
 */
export function headlineNumbers(timeline: Timeline, figures: Figures): HeadlineNumber[] {
  const live = timeline.endedAt === null;
  const p = figures.parallelism;
  const numbers: HeadlineNumber[] = [
    {label: live ? 'so far' : 'makespan', value: `${(figures.makespanMs / 1000).toFixed(2)}s`},
    {
      label: live ? 'in progress now' : 'in progress peak',
      value: String(live ? p.inProgressNow : p.inProgressPeak),
    },
    {
      label: live ? 'at once now' : 'at once peak',
      value: coresText(live ? p.atOnceNow : p.atOncePeak),
    },
  ];
  if (!live && figures.speedup !== null && speedupTeaches(timeline.info.mode))
    numbers.push({label: 'speed-up vs sequential', value: `${figures.speedup.toFixed(2)}x`});
  return numbers;
}

/**
 * `text` in cfonts' "tiny" font (block characters, two rows tall), as plain
 * lines: no colour codes, no wrapping at the terminal's width.
 */
export function bigText(text: string): [string, string] {
  const known = drawnTexts.get(text);
  if (known) return known;
  const drawn = cfonts.render(
    // The tiny font draws its zero slashed, like a diamond; its O reads as a plain zero.
    text.replace(/0/g, 'O'),
    {font: 'tiny', colors: ['system'], space: false, letterSpacing: 1, maxLength: text.length + 1},
    false,
    1,
    // A size of its own: cfonts would otherwise read the terminal's and wrap to it.
    {width: 1000, height: 100},
  );
  const lines =
    drawn === false
      ? [text, '']
      : drawn.string
          .split('\n')
          .filter((line) => line.trim() !== '')
          .map((line) => line.replace(/^ /, ''));
  const pair: [string, string] = [lines[0] ?? text, lines[1] ?? ''];
  if (drawnTexts.size > 500) drawnTexts.clear();
  drawnTexts.set(text, pair);
  return pair;
}

/** Texts already drawn (a frame draws the same few numbers many times over). */
const drawnTexts = new Map<string, [string, string]>();

const bigWidth = (text: string): number => Math.max(...bigText(text).map((line) => line.length));

/** The numbers that fit `width` side by side, each in a block of its label's and digits' width. */
export function headlineBlocks(
  numbers: readonly HeadlineNumber[],
  width: number,
): Array<HeadlineNumber & {width: number; digits: [string, string]}> {
  const blocks: Array<HeadlineNumber & {width: number; digits: [string, string]}> = [];
  let used = 0;
  for (const number of numbers) {
    const digits = bigText(number.value);
    const blockWidth = Math.max(number.label.length, bigWidth(number.value)) + 6;
    if (used + blockWidth > width) break;
    blocks.push({...number, width: blockWidth, digits});
    used += blockWidth;
  }
  return blocks;
}

/** The headline numbers in big digits, each under its label, side by side. */
export function Headline({
  timeline,
  figures,
  width,
  theme,
}: {
  timeline: Timeline;
  figures: Figures;
  width: number;
  theme: Theme;
}) {
  const blocks = headlineBlocks(headlineNumbers(timeline, figures), width);
  return (
    <Box width={width}>
      {blocks.map((block) => (
        <Box key={block.label} flexDirection="column" width={block.width}>
          <Text color={theme.muted} wrap="truncate">
            {block.label}
          </Text>
          <Text color={theme.accent} wrap="truncate">
            {block.digits[0]}
          </Text>
          <Text color={theme.accent} wrap="truncate">
            {block.digits[1]}
          </Text>
        </Box>
      ))}
    </Box>
  );
}
