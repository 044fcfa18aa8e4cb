import type {ThemeName} from '../protocol/vocabulary.js';

export {okabeIto} from './palette.js';

/** The font the PNG export ships and draws with (see png.ts). */
export const exportFontName = 'JetBrains Mono';

/** The SVG exports' font: the one the PNG is drawn with first, then what a browser may have. */
export const exportFontFamily = `'${exportFontName}', 'DejaVu Sans Mono', Menlo, Consolas, monospace`;

export type Theme = {
  background: string;
  text: string;
  muted: string;
  grid: string;
  laneBackground: string;
  /** Text drawn on a coloured bar. */
  onBar: string;
};

export const themeColours: Record<ThemeName, Theme> = {
  dark: {
    background: '#101318',
    text: '#ececec',
    muted: '#9aa3ad',
    grid: '#2b313a',
    laneBackground: '#181d24',
    onBar: '#000000',
  },
  light: {
    background: '#ffffff',
    text: '#1b1b1b',
    muted: '#5c6370',
    grid: '#e2e4e8',
    laneBackground: '#f3f4f6',
    onBar: '#000000',
  },
};

export {
  lateColours,
  lateLegend,
  loopColour,
  stepColours,
  stepColoursByTheme,
  stepLegend,
} from './palette.js';
