import type {StepKind, ThemeName} from '../protocol/vocabulary.js';

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

/**
 * The colour of each step kind on a dark background, everywhere: the dashboard,
 * the svg and png exports and their legends. Text on these bars is black.
 */
export const stepColours = {
  order: okabeIto.skyBlue,
  brew: okabeIto.orange,
  machine: okabeIto.bluishGreen,
  serve: okabeIto.reddishPurple,
} as const;

/**
 * The same colours on a light background, darkened toward black (order 20 %,
 * brew 22 %, machine 2 %, serve 8 %) just enough that each bar stands at least
 * 3.2:1 against the light lanes (WCAG's 3:1 for graphics; plain sky blue and
 * orange are 2.1:1 on #f3f4f6) while black text on them keeps at least 4.5:1.
 * Same hues, so a legend read on one theme reads the other. test/render/contrast.test.ts
 * keeps them so.
 */
export const stepColoursLight = {
  order: '#4590BA',
  brew: '#B37C00',
  machine: '#009B71',
  serve: '#BC6F9A',
} as const;

/** The step colours of each theme: the dashboard's and the exports' one table. */
export const stepColoursByTheme: Record<ThemeName, Record<StepKind, string>> = {
  dark: stepColours,
  light: stepColoursLight,
};

/** The shop loop's busy shading (svg). */
export const loopColour = okabeIto.blue;

/**
 * The one colour of a wait's late part (the time past its plan, when a blocked
 * loop fired its timer late), for the dashboard, the axis key and the svg/png
 * hatch: Okabe–Ito yellow, lightened on the dark theme (35 % toward white) and
 * darkened on the light one (68 % toward black, to stay apart from the light
 * theme's darker brew). Plain yellow, and vermillion,
 * sit too close to the brew's orange for deuteranopes (ΔE*ab about 17 and 18);
 * these stay at least 28 from every step colour with normal vision and with each
 * full colour-vision deficiency (protan, deutan, tritan; Machado et al. 2009),
 * and read on their lanes (contrast ≥ 4.5:1). test/render/palette.test.ts keeps
 * them so.
 */
export const lateColours = {dark: '#F5ED84', light: '#4D4915'} as const;

/** What the legends call the late part. */
export const lateLegend = 'late: a wait past its plan (the loop was blocked)';

/** What the legend says each colour is. */
export const stepLegend = {
  order: 'order (I/O wait)',
  brew: 'brew (CPU, real computation)',
  machine: 'machine (I/O wait)',
  serve: 'serve (I/O wait)',
} as const;
