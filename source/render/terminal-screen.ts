import type {Screen, ScreenCell} from './cast-svg.js';

/** The parts of a headless xterm's cell and buffer that a screen is read from. */
type XtermCell = {
  getChars(): string;
  getFgColor(): number;
  getBgColor(): number;
  isFgRGB(): boolean;
  isBgRGB(): boolean;
  isFgPalette(): boolean;
  isBgPalette(): boolean;
  isBold(): number;
  isInverse(): number;
  isDim(): number;
};
type XtermTerminal = {
  buffer: {
    active: {
      viewportY: number;
      getLine(y: number): {getCell(x: number): XtermCell | undefined} | undefined;
    };
  };
};

/** xterm's 16 standard colours, for cells drawn in a palette colour. */
const palette16 = [
  '#000000', '#cd3131', '#0dbc79', '#e5e510', '#2472c8', '#bc3fbc', '#11a8cd', '#e5e5e5',
  '#666666', '#f14c4c', '#23d18b', '#f5f543', '#3b8eea', '#d670d6', '#29b8db', '#ffffff',
]; // prettier-ignore

const hex = (n: number) => `#${n.toString(16).padStart(6, '0')}`;
const colour = (rgb: boolean, palette: boolean, value: number): string | null =>
  rgb ? hex(value) : palette ? (palette16[value] ?? null) : null;

/**
 * What a headless xterm (@xterm/headless) shows now, cell by cell with its
 * colours: the screen that `animatedSvg` draws.
 */
export function screenOfTerminal(terminal: XtermTerminal, columns: number, rows: number): Screen {
  const buffer = terminal.buffer.active;
  const screen: Screen = [];
  for (let y = 0; y < rows; y++) {
    const line = buffer.getLine(buffer.viewportY + y);
    const row: ScreenCell[] = [];
    for (let x = 0; x < columns; x++) {
      const cell = line?.getCell(x);
      if (!cell) continue;
      row.push({
        char: cell.getChars() || ' ',
        fg: colour(cell.isFgRGB(), cell.isFgPalette(), cell.getFgColor()),
        bg: colour(cell.isBgRGB(), cell.isBgPalette(), cell.getBgColor()),
        bold: cell.isBold() !== 0,
        inverse: cell.isInverse() !== 0,
        dim: cell.isDim() !== 0,
      });
    }
    screen.push(row);
  }
  return screen;
}
