import type {StepKind} from '../protocol/vocabulary.js';
import type {ThemeName} from '../protocol/vocabulary.js';
import {okabeIto, stepColours} from '../render/palette.js';

/**
 * Colours of the dashboard: the Okabe–Ito palette (safe for the common forms of
 * colour blindness). The step kinds take the one table the exports use
 * (render/palette.ts stepColours), drawn as bars with black text on either
 * background; the other colours change with the background. With
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
    step: {...stepColours},
    accent: okabeIto.yellow,
    muted: 'gray',
    ok: okabeIto.bluishGreen,
    bad: okabeIto.vermillion,
    busy: stepColours.brew,
  },
  light: {
    // The same colour per step kind as the dark theme and the exports (one table: stepColours).
    step: {...stepColours},
    accent: okabeIto.blue,
    muted: 'gray',
    ok: okabeIto.bluishGreen,
    bad: okabeIto.vermillion,
    busy: stepColours.brew,
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
