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
 * The one colour of each step kind, everywhere: the dashboard (both themes), the
 * svg and png exports and their legends. Text on these bars is black.
 */
export const stepColours = {
  order: okabeIto.skyBlue,
  brew: okabeIto.orange,
  machine: okabeIto.bluishGreen,
  serve: okabeIto.reddishPurple,
} as const;

/** The shop loop's busy shading (svg). */
export const loopColour = okabeIto.blue;

/**
 * The one colour of a wait's late part (the time past its plan, when a blocked
 * loop fired its timer late), for the dashboard, the axis key and the svg/png
 * hatch: Okabe–Ito yellow, lightened on the dark theme (35 % toward white) and
 * darkened on the light one (50 % toward black). Plain yellow, and vermillion,
 * sit too close to the brew's orange for deuteranopes (ΔE*ab about 17 and 18);
 * these stay at least 28 from every step colour with normal vision and with each
 * full colour-vision deficiency (protan, deutan, tritan; Machado et al. 2009),
 * and read on their lanes (contrast ≥ 4.5:1). test/render/palette.test.ts keeps
 * them so.
 */
export const lateColours = {dark: '#F5ED84', light: '#787221'} as const;

/** What the legends call the late part. */
export const lateLegend = 'late: a wait past its plan (the loop was blocked)';

/** What the legend says each colour is. */
export const stepLegend = {
  order: 'order (I/O wait)',
  brew: 'brew (CPU, real computation)',
  machine: 'machine (I/O wait)',
  serve: 'serve (I/O wait)',
} as const;
