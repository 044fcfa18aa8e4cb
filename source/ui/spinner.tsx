import cliSpinners from 'cli-spinners';
import {Text} from 'ink';
import Spinner from 'ink-spinner';

/** The "dots" spinner of cli-spinners (the one ink-spinner draws by default). */
export const spinnerFrames = cliSpinners.dots.frames;

/** Run time one glyph of the spinner lasts (cli-spinners' own pace for "dots", 80 ms). */
export const spinnerGlyphMs = cliSpinners.dots.interval;

/**
 * The glyph a spinner shows at `runMs` of the shop's run time.
 *
 * The spinner turns with the shop's clock, not with a timer: the live driver
 * holds its run time still while the shop's event loop is stalled (and while
 * paused), so the spinners freeze exactly when the shop stops: nothing of the
 * shop looks alive while it is not, while the dashboard, on the main thread,
 * keeps drawing (and the stall counter keeps counting).
 */
export const spinnerGlyphAt = (runMs: number): string =>
  spinnerFrames[Math.floor(Math.max(0, runMs) / spinnerGlyphMs) % spinnerFrames.length]!;

/*
 * A lane's spinner is `spinnerGlyphAt(run time)`, a character of the lane's row
 * (customer-lane.tsx, lane-row.ts), drawn in the dashboard's own frames.
 *
 * Why not ink-spinner there (it is used for the waiting lines below): its
 * `<Spinner type>` takes no frame or time and no way to stop; each one runs its
 * own `setInterval` (80 ms for "dots") and sets React state on every tick. With a
 * spinner per customer those timers alone kept Ink re-rendering at its cap of 30
 * frames a second, past the dashboard's drawing budget (use-frames.ts), and they
 * keep turning through a stall of the shop's loop (they run on the main thread,
 * which a stalled shop does not block), so the spinners would say the shop is
 * alive when it is not. Only unmounting stops one, and it restarts from its first
 * glyph. So a lane's glyph is picked here, from cli-spinners' frames.
 */

/**
 * One line the user waits on, with one spinner: the shop opening (calibrating,
 * starting its threads), a comparison's mode running, a lesson running in the panel.
 *
 * ink-spinner fits here, where the lanes' reasons above do not hold: there is one
 * spinner on the screen, so its one 80 ms timer redraws the screen about 12 times
 * a second, not 30 (measured on the opening screen, 100×30: some 50 ms of the main
 * thread's CPU a second, inside the drawing budget of use-frames.ts, against 3 ms
 * for a still line); no lane draws the shop's run time, so there is no run clock
 * to turn with; and what it says is that the dashboard is waiting for an answer,
 * which stays true while the shop's thread is busy. It unmounts (and its timer
 * ends) as soon as the wait is over.
 */
export function WaitingLine({
  text,
  color,
  label = '',
}: {
  text: string;
  color?: string | undefined;
  /** Text before the spinner, as a column of names the line belongs to. */
  label?: string;
}) {
  return (
    <Text color={color} wrap="truncate">
      {label}
      <Spinner type="dots" /> {text}
    </Text>
  );
}
