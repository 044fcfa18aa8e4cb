import {okabeIto} from './palette.js';

export {okabeIto};

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

export {lateColour, loopColour, stepColours, stepLegend} from './palette.js';
