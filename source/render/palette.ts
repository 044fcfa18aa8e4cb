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

/** The event loop's busy shading (svg) and a wait's late part (a timer fired past its plan). */
export const loopColour = okabeIto.blue;
export const lateColour = okabeIto.vermillion;

/** What the legend says each colour is. */
export const stepLegend = {
  order: 'order (I/O wait)',
  brew: 'brew (CPU, real computation)',
  machine: 'machine (I/O wait)',
  serve: 'serve (I/O wait)',
} as const;
