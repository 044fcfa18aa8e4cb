import {okabeIto} from './palette.js';

/**
 * How the late part of a wait is drawn (the time past its plan, when its timer
 * fired late because the event loop was blocked): its own colour, not its
 * step's. Okabe–Ito yellow on dark backgrounds; on light ones the same hue
 * darkened so it reads on white.
 */
export const lateColours = {dark: okabeIto.yellow, light: '#8C7E00'} as const;

/** What the legends call it. */
export const lateLegend = 'late: a wait past its plan (the loop was blocked)';
