/** Whether a person is at this terminal: both stdout and stdin are TTYs. */
export const isInteractive = (): boolean => Boolean(process.stdout.isTTY && process.stdin.isTTY);

/**
 * Settings for drawing with Ink on a terminal a person watches; call before Ink
 * is imported. React's development build profiles every render (several times
 * the CPU per frame), and Ink's CI mode (set by a CI variable in the environment)
 * would draw only the last frame on exit.
 */
export function prepareInkTerminal(): void {
  process.env['NODE_ENV'] ??= 'production';
  if (process.env['CI'] !== undefined) process.env['CI'] = 'false';
}
