import type {Mode} from '../protocol/vocabulary.js';
import {scenarioFor} from '../engine/scenario-for.js';
import type {RunSettings} from '../cli/options.js';
import {afterRecording, startRecording} from '../record/asciicast.js';
import {checkRunOutputs} from '../record/output-file.js';
import {saveRun} from '../record/run-file.js';
import type {Timeline} from '../timeline/reduce.js';
import {App} from '../ui/app.js';
import {openingEngineDriver} from '../ui/engine-driver.js';
import {LiveSession} from '../ui/session.js';
import type {ThemeName} from '../protocol/vocabulary.js';
import {themeFor} from '../ui/theme.js';
import {exportNotice} from './dashboard-export.js';
import {startLiveStats} from './live-stats.js';
import {openShopSoon, runFullScreen} from './full-screen.js';
import {inertText} from '../protocol/inert-text.js';

export type LiveOptions = {
  stdout?: NodeJS.WriteStream;
  stdin?: NodeJS.ReadStream;
  theme?: ThemeName;
};

/**
 * The live dashboard: opens the shop once (calibration, barista threads), draws
 * it with Ink until `q` (exit 0) or Ctrl+C / SIGTERM (exit 130), then ends every
 * worker thread and leaves the terminal as it was. Returns the exit code.
 */
export async function liveRun(settings: RunSettings, options: LiveOptions = {}): Promise<number> {
  // Bad scenario files fail here, as one line and exit 2, before the screen changes.
  scenarioFor(settings);
  // So are --save and --record files that cannot be written, before the shop's
  // thread starts (a started thread would keep the process alive).
  checkRunOutputs(settings);
  const save = settings.save;
  // The first frame is drawn at once; the shop opens on its own thread behind it.
  // Quitting gives up threads still starting (256 of them take seconds).
  const quitting = new AbortController();
  const opening = openShopSoon(settings.workers, quitting.signal);
  const session = new LiveSession(openingEngineDriver(opening, settings.workers), settings);
  let code: number;
  try {
    code = await showDashboard(session, settings, options, 'brewlanes', {
      fatal: opening,
      quitting,
    });
  } catch (error) {
    // Refused before drawing, or the shop's threads could not start: the shop's thread ends too.
    quitting.abort(new Error('refused'));
    await session.close();
    throw error;
  }
  const run = save ? session.runToSave() : null;
  if (save && run) {
    saveRun(save, scenarioFor(run.settings), run.events, {force: settings.force});
    const ended = run.events.some((e) => e.kind === 'run-end' && !e.aborted);
    (options.stdout ?? process.stdout).write(
      `saved ${inertText(save)}: the ${ended ? 'last finished' : 'unfinished'} ${run.settings.mode} run\n`,
    );
  }
  return code;
}

/**
 * Draws a session (live or replay) with Ink in the alternate screen until it is
 * quit, recording the terminal with `--record` (a marker at each mode), and
 * closes the session (every worker thread ends). Returns the exit code.
 */
export async function showDashboard(
  session: LiveSession,
  settings: RunSettings,
  options: LiveOptions,
  title: string,
  shop: {fatal?: Promise<unknown>; quitting?: AbortController} = {},
): Promise<number> {
  const stdout = options.stdout ?? process.stdout;
  const stdin = options.stdin ?? process.stdin;
  // An existing --record file is refused here, before the screen changes.
  const recording = settings.record
    ? startRecording(settings.record, stdout, {force: settings.force, title})
    : null;
  recording?.marker(settings.mode);
  const stats = startLiveStats(session, stdout);
  const theme = options.theme ?? settings.theme;
  const code = await runFullScreen(
    (onQuit) => (
      <App
        session={session}
        theme={themeFor(theme)}
        onFrame={stats?.frame}
        onQuit={onQuit}
        onMode={(mode: Mode) => recording?.marker(mode)}
        onExport={(timeline: Timeline, view: 'run' | 'compare') =>
          exportNotice(timeline, session, theme, '.', view)
        }
      />
    ),
    {
      stdout,
      stdin,
      started: () => session.restart(),
      ...(shop.fatal ? {fatal: shop.fatal} : {}),
      cleanUp: async () => {
        recording?.stop();
        shop.quitting?.abort(new Error('quit'));
        await session.close();
        stats?.finish();
      },
    },
  );
  return afterRecording(code, recording);
}
