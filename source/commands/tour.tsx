import type {RunSettings} from '../cli/options.js';
import {startRecording} from '../record/asciicast.js';
import {openingEngineDriver} from '../ui/engine-driver.js';
import {LiveSession} from '../ui/session.js';
import {themeFor} from '../ui/theme.js';
import {TourApp} from '../ui/tour-app.js';
import {UsageError} from '../usage-error.js';
import {lessonIds} from '../lessons/index.js';
import {openShopSoon, runFullScreen} from './full-screen.js';

/**
 * `brewlanes tour`: the presenter's tour, every step run live on one shop.
 * It needs a terminal (a person presses the keys): without one it refuses with
 * one line (exit 2) and names the commands that show each step as plain output.
 * `--record FILE` writes what the terminal showed as an asciicast, a marker at
 * each step. `q` exits 0, Ctrl+C / SIGTERM 130; every worker thread ends, the
 * screen is restored.
 */
export async function tourRun(
  settings: RunSettings,
  interactive: boolean,
  stdout: NodeJS.WriteStream = process.stdout,
  stdin: NodeJS.ReadStream = process.stdin,
): Promise<number> {
  if (!interactive) {
    throw new UsageError(
      `tour needs a terminal (it waits for keys); without one use brewlanes --plain --mode MODE and brewlanes lesson ${lessonIds.join('|')}`,
    );
  }
  // An existing --record file is refused here, before the screen changes.
  const recording = settings.record
    ? startRecording(settings.record, stdout, {force: settings.force, title: 'brewlanes tour'})
    : null;
  // Quitting gives up threads still starting; threads that cannot start end the tour.
  const quitting = new AbortController();
  const opening = openShopSoon(settings.workers, quitting.signal);
  const session = new LiveSession(openingEngineDriver(opening, settings.workers), settings);
  return runFullScreen(
    (onQuit) => (
      <TourApp
        session={session}
        theme={themeFor(settings.theme)}
        onQuit={onQuit}
        onStep={(id) => recording?.marker(id)}
      />
    ),
    {
      stdout,
      stdin,
      fatal: opening,
      cleanUp: async () => {
        quitting.abort(new Error('quit'));
        recording?.stop();
        await session.close();
      },
    },
  );
}
