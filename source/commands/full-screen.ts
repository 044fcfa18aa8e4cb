import type {ReactElement} from 'react';
import {render} from 'ink';
import {ShopThread} from '../engine/shop-thread.js';
import {EXIT_INTERRUPTED} from '../cli/interrupt.js';
import {maxFps} from '../ui/use-frames.js';

const enterAlternateScreen = '\u001B[?1049h';
const leaveAlternateScreen = '\u001B[?1049l';

/**
 * Opens the shop on a thread of its own (it calibrates and starts its barista
 * threads there), after Ink has written the first frame.
 */
export const openShopSoon = (workers: number): Promise<ShopThread> =>
  new Promise((resolve, reject) => {
    setImmediate(() => ShopThread.open(workers).then(resolve, reject));
  });

/**
 * Draws an Ink app in the alternate screen until it quits (its exit code) or
 * Ctrl+C / SIGTERM (130), then leaves the screen as it was and runs `cleanUp`
 * (which ends the worker threads). Returns the exit code.
 */
export async function runFullScreen(
  app: (onQuit: (code: number) => void) => ReactElement,
  options: {
    stdout: NodeJS.WriteStream;
    stdin: NodeJS.ReadStream;
    started?: () => void;
    cleanUp: () => Promise<void>;
  },
): Promise<number> {
  const {stdout, stdin} = options;
  let code = 0;
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
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    options.started?.();
    await instance.waitUntilExit();
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    instance.unmount();
    stdout.write(leaveAlternateScreen);
    await options.cleanUp();
  }
  return code;
}
