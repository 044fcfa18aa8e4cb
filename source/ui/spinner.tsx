import cliSpinners from 'cli-spinners';
import {Text} from 'ink';

/** The "dots" spinner of cli-spinners (the one ink-spinner draws by default). */
export const spinnerFrames = cliSpinners.dots.frames;

/**
 * A spinner turned by the dashboard's frames rather than a timer of its own:
 * ink-spinner runs one interval per spinner, and with a spinner per customer
 * those timers alone kept Ink redrawing at its cap of 30 frames a second.
 */
export function FrameSpinner({frame}: {frame: number}) {
  return <Text>{spinnerFrames[frame % spinnerFrames.length]}</Text>;
}
