import {getPriority, setPriority} from 'node:os';
import type {ReactElement} from 'react';
import {render} from 'ink';
import {ShopThread} from '../engine/shop-thread.js';
import {EXIT_INTERRUPTED, onInterrupt} from '../cli/interrupt.js';
import {maxFps} from '../ui/use-frames.js';

const enterAlternateScreen = '\u001B[?1049h';
const leaveAlternateScreen = '\u001B[?1049l';

/**
 * Opens the shop on a thread of its own (it calibrates and starts its barista
 * threads there), after Ink has written the first frame. `signal` gives up the
 * opening: the shop's thread (and every barista it started) is terminated, so a
 * quit does not wait for threads to start.
 */
export const openShopSoon = (workers: number, signal?: AbortSignal): Promise<ShopThread> =>
  new Promise((resolve, reject) => {
    setImmediate(() => {
      const opening = ShopThread.open(workers, undefined, signal);
      // The shop's thread exists now, at the priority it had: the drawing yields to it.
      yieldDrawingToShop();
      opening.then(resolve, reject);
    });
  });

/** How much lower than the shop the thread that draws runs: a nice value (0 normal, 19 lowest). */
export const drawingNice = 10;

/**
 * The drawing yields to the shop. On Linux a thread's nice value is its own
 * (setpriority on the calling thread's id), so the main thread (Ink, React, the
 * terminal) lowers its own priority once the shop's thread has started; the shop's
 * barista threads, started by the shop's thread, keep the shop's priority. On a
 * busy machine a frame then waits for the shop, never the shop for a frame. Where
 * the nice value belongs to the whole process (macOS, Windows) nothing changes.
 */
export function yieldDrawingToShop(): void {
  if (process.platform !== 'linux') return;
  try {
    setPriority(0, Math.max(getPriority(0), drawingNice));
  } catch {
    // A sandbox may forbid it; the dashboard works the same, only less politely.
  }
}

/**
 * Draws an Ink app in the alternate screen until it quits (its exit code) or
 * Ctrl+C / SIGTERM / SIGHUP (130), then leaves the screen as it was and runs `cleanUp`
 * (which ends the worker threads). Returns the exit code.
 */
export async function runFullScreen(
  app: (onQuit: (code: number) => void) => ReactElement,
  options: {
    stdout: NodeJS.WriteStream;
    stdin: NodeJS.ReadStream;
    started?: () => void;
    cleanUp: () => Promise<void>;
    /**
     * Rejects when the app cannot go on (the shop's threads cannot start): the
     * screen is left and restored, then runFullScreen throws that error.
     */
    fatal?: Promise<unknown>;
  },
): Promise<number> {
  const {stdout, stdin} = options;
  let code = 0;
  let ending = false;
  let failure: {error: unknown} | null = null;
  stdout.write(enterAlternateScreen);
  const instance = render(
    app((quitCode) => {
      code = quitCode;
    }),
    {stdout, stdin, exitOnCtrlC: false, patchConsole: false, maxFps},
  );
  const onSignal = () => {
    code = EXIT_INTERRUPTED;
    instance.unmount();
  };
  const removeHandler = onInterrupt(onSignal);
  options.fatal?.catch((error: unknown) => {
    if (ending) return;
    failure = {error};
    instance.unmount();
  });
  try {
    options.started?.();
    await instance.waitUntilExit();
  } finally {
    ending = true;
    removeHandler();
    instance.unmount();
    stdout.write(leaveAlternateScreen);
    await options.cleanUp();
  }
  if (failure !== null) throw (failure as {error: unknown}).error;
  return code;
}
