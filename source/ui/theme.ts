import type {StepKind} from '../protocol/vocabulary.js';
import type {ThemeName} from '../protocol/vocabulary.js';
import {okabeIto, stepColoursByTheme} from '../render/palette.js';

/**
 * Colours of the dashboard: the Okabe–Ito palette (safe for the common forms of
 * colour blindness). The step kinds take the one table the exports use
 * (render/palette.ts stepColoursByTheme), drawn as bars with black text; on a
 * light background every colour is dark enough to read (bars 3:1, text 4.5:1
 * against white: no faint grey, test/ui/theme-contrast.test.ts). With
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
    step: {...stepColoursByTheme.dark},
    accent: okabeIto.yellow,
    muted: 'gray',
    ok: okabeIto.bluishGreen,
    bad: okabeIto.vermillion,
    busy: stepColoursByTheme.dark.brew,
  },
  light: {
    // The exports' light table: the same hues, darkened to stand 3:1 on white.
    step: {...stepColoursByTheme.light},
    accent: okabeIto.blue,
    // Slate grey, 6:1 on white (the terminal's "gray" is about 2.8:1 on many light themes).
    muted: '#5C6370',
    // Okabe–Ito bluish green and vermillion darkened (17 %, 11 %) to 4.7:1 on white.
    ok: '#00835F',
    bad: '#BE5400',
    busy: stepColoursByTheme.light.brew,
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
