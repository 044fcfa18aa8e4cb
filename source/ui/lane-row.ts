import chalk from 'chalk';
import cliTruncate from 'cli-truncate';
import stringWidth from 'string-width';

/**
 * A lane's row as one string: Ink's own per-`<Text>` styling, done here.
 *
 * A lane row used to be some ten Ink nodes (title, a text per run of cells, a
 * gap, a status box and its text): each one a React fiber, a Yoga node measured
 * with string-width (slow on the lanes' │ ✓ · and braille glyphs) and an Output
 * write, on every frame. Composed here into one string, a row is one text node
 * (LaneLine in lane-cells.tsx: one fiber, one Yoga node, one write, laid out
 * by its width alone), and a row that did not change is skipped by React.
 *
 * The characters and their styles are the same as before: each piece is styled
 * with the calls Ink's `<Text>` makes for the same props, in the same order
 * (dim, colour, background, bold: ink/build/components/Text.js), with the chalk
 * Ink itself uses (the same instance, so the same colour level), and a status
 * is cut the way Ink cuts a `wrap="truncate"` text (cli-truncate, at the end).
 */

/** The style props of Ink's `<Text>` the lanes use. */
export type PieceStyle = {
  color?: string | undefined;
  backgroundColor?: string | undefined;
  bold?: boolean | undefined;
  dimColor?: boolean | undefined;
};

/** A piece of a row: its text, drawn in one style. */
export type Piece = PieceStyle & {text: string};

/** Ink's colorize (ink/build/colorize.js, not exported): a chalk name, `#rrggbb`, `ansi256(n)` or `rgb(r,g,b)`. */
function colorize(text: string, color: string, type: 'foreground' | 'background'): string {
  if (color in chalk) {
    const name = type === 'foreground' ? color : `bg${color[0]!.toUpperCase()}${color.slice(1)}`;
    const style = (chalk as unknown as Record<string, unknown>)[name];
    return typeof style === 'function' ? (style as (s: string) => string)(text) : text;
  }
  if (color.startsWith('#'))
    return type === 'foreground' ? chalk.hex(color)(text) : chalk.bgHex(color)(text);
  const ansi = /^ansi256\(\s?(\d+)\s?\)$/.exec(color);
  if (ansi)
    return type === 'foreground'
      ? chalk.ansi256(Number(ansi[1]))(text)
      : chalk.bgAnsi256(Number(ansi[1]))(text);
  const rgb = /^rgb\(\s?(\d+),\s?(\d+),\s?(\d+)\s?\)$/.exec(color);
  if (rgb) {
    const [r, g, b] = [Number(rgb[1]), Number(rgb[2]), Number(rgb[3])];
    return type === 'foreground' ? chalk.rgb(r, g, b)(text) : chalk.bgRgb(r, g, b)(text);
  }
  return text;
}

/** `text` styled as `<Text {...style}>` styles it. */
export function styled(text: string, style: PieceStyle): string {
  let out = text;
  if (style.dimColor) out = chalk.dim(out);
  if (style.color) out = colorize(out, style.color, 'foreground');
  if (style.backgroundColor) out = colorize(out, style.backgroundColor, 'background');
  if (style.bold) out = chalk.bold(out);
  return out;
}

/** Pieces one after the other, each in its own style. */
export const composed = (pieces: readonly Piece[]): string =>
  pieces.map((piece) => styled(piece.text, piece)).join('');

/** `text` cut to `width` columns as Ink's `wrap="truncate"` cuts it (with `…`); as it is when it fits. */
export const truncated = (text: string, width: number): string =>
  stringWidth(text) > width ? cliTruncate(text, width, {position: 'end'}) : text;

/** A lane's row: its title column and the gap after it (`titleWidth + 1` wide), the cells, a gap, the status cut to its column. */
export type LaneRowParts = {
  title: readonly Piece[];
  cells: readonly Piece[];
  status: Piece | null;
  statusWidth: number;
};

/**
 * The row as one string: the title column, the cells, a space, the status
 * cut to `statusWidth` (what was a `<Box width>` holding a `<Text wrap="truncate">`).
 * Nothing pads the status: the end of a line is blank on the screen either way
 * (Ink trims it), as it was after the status box.
 */
export function laneRowText({title, cells, status, statusWidth}: LaneRowParts): string {
  const statusText = status ? styled(truncated(status.text, statusWidth), status) : '';
  return `${composed(title)}${composed(cells)} ${statusText}`;
}
