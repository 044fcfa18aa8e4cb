import type {StepKind} from '../engine/menu.js';
import {okabeIto} from '../render/palette.js';

export const themeNames = ['dark', 'light'] as const;
export type ThemeName = (typeof themeNames)[number];

/**
 * Colours of the dashboard: the Okabe–Ito palette (safe for the common forms of
 * colour blindness), in shades that read on a dark or a light background. With
 * colour off (NO_COLOR) every colour is undefined and the text alone carries the
 * meaning (`|--brew--|`, status words).
 */
export type Theme = {
  name: ThemeName;
  step: Record<StepKind, string | undefined>;
  accent: string | undefined;
  muted: string | undefined;
  ok: string | undefined;
  bad: string | undefined;
  busy: string | undefined;
};

const palettes: Record<ThemeName, Omit<Theme, 'name'>> = {
  dark: {
    step: {
      order: okabeIto.skyBlue,
      brew: okabeIto.orange,
      machine: okabeIto.bluishGreen,
      serve: okabeIto.reddishPurple,
    },
    accent: okabeIto.yellow,
    muted: 'gray',
    ok: okabeIto.bluishGreen,
    bad: okabeIto.vermillion,
    busy: okabeIto.orange,
  },
  light: {
    step: {
      order: okabeIto.blue,
      brew: okabeIto.vermillion,
      machine: okabeIto.bluishGreen,
      serve: okabeIto.reddishPurple,
    },
    accent: okabeIto.blue,
    muted: 'gray',
    ok: okabeIto.bluishGreen,
    bad: okabeIto.vermillion,
    busy: okabeIto.vermillion,
  },
};

/** NO_COLOR (any non-empty value, see no-color.org) turns colour off. */
export const colourWanted = (env: NodeJS.ProcessEnv = process.env): boolean => !env['NO_COLOR'];

export function themeFor(name: ThemeName, colour = colourWanted()): Theme {
  const palette = palettes[name];
  if (colour) return {name, ...palette};
  return {
    name,
    step: {order: undefined, brew: undefined, machine: undefined, serve: undefined},
    accent: undefined,
    muted: undefined,
    ok: undefined,
    bad: undefined,
    busy: undefined,
  };
}
