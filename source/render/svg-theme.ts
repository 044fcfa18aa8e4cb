import type {StepKind} from '../engine/menu.js';

export const themes = ['dark', 'light'] as const;
export type ThemeName = (typeof themes)[number];

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

/**
 * The Okabe–Ito palette (Okabe & Ito, "Color Universal Design", 2008): eight
 * colours told apart with every common colour-vision deficiency.
 */
export const okabeIto = {
  orange: '#E69F00',
  skyBlue: '#56B4E9',
  bluishGreen: '#009E73',
  yellow: '#F0E442',
  blue: '#0072B2',
  vermillion: '#D55E00',
  reddishPurple: '#CC79A7',
  black: '#000000',
} as const;

export const stepColours: Record<StepKind, string> = {
  order: okabeIto.skyBlue,
  brew: okabeIto.vermillion,
  machine: okabeIto.bluishGreen,
  serve: okabeIto.orange,
};

export const loopColour = okabeIto.reddishPurple;

/** What the legend says each colour is. */
export const stepLegend: Record<StepKind, string> = {
  order: 'order (I/O wait)',
  brew: 'brew (CPU, real computation)',
  machine: 'machine (I/O wait)',
  serve: 'serve (I/O wait)',
};
