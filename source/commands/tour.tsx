import {render} from 'ink';
import {CoffeeShop} from '../engine/coffee-shop.js';
import {EXIT_INTERRUPTED} from '../cli/interrupt.js';
import type {RunSettings} from '../cli/options.js';
import {openingEngineDriver} from '../ui/engine-driver.js';
import {LiveSession} from '../ui/session.js';
import {themeFor} from '../ui/theme.js';
import {TourApp} from '../ui/tour-app.js';
import {maxFps} from '../ui/use-frames.js';
import {UsageError} from '../usage-error.js';

const enterAlternateScreen = '\u001B[?1049h';
const leaveAlternateScreen = '\u001B[?1049l';

/**
 * `brewlanes tour`: the presenter's tour, every step run live on one shop.
 * It needs a terminal (a person presses the keys): without one it refuses with
 * one line (exit 2) and names the commands that show each step as plain output.
 * `q` exits 0, Ctrl+C / SIGTERM 130; every worker thread ends, the screen is restored.
 */
export async function tourRun(settings: RunSettings, interactive: boolean): Promise<number> {
  if (!interactive) {
    throw new UsageError(
      'tour needs a terminal (it waits for keys); without one use brewlanes --plain --mode MODE, brewlanes lesson race|deadlock and brewlanes sweep',
    );
  }
  const stdout = process.stdout;
  const opening = new Promise<CoffeeShop>((resolve, reject) => {
    setImmediate(() => CoffeeShop.open(settings.workers).then(resolve, reject));
  });
  const session = new LiveSession(openingEngineDriver(opening, settings.workers), settings);
  let code = 0;
  stdout.write(enterAlternateScreen);
  const instance = render(
    <TourApp
      session={session}
      theme={themeFor(settings.theme)}
      onQuit={(quitCode) => {
        code = quitCode;
      }}
    />,
    {stdout, stdin: process.stdin, exitOnCtrlC: false, patchConsole: false, maxFps},
  );
  const onSignal = () => {
    code = EXIT_INTERRUPTED;
    instance.unmount();
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    await instance.waitUntilExit();
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    instance.unmount();
    stdout.write(leaveAlternateScreen);
    await session.close();
  }
  return code;
}
