import type {RunSettings} from '../cli/options.js';
import {loadRun} from '../record/run-file.js';
import {inertText} from '../protocol/inert-text.js';
import {replayDriver} from '../ui/replay-driver.js';
import {LiveSession} from '../ui/session.js';
import {showDashboard, type LiveOptions} from './live.js';

/**
 * `brewlanes replay run.json` on a terminal: the saved run in the dashboard,
 * through the same session, reducer and components as a live run, played at
 * `settings.speed` (space pauses, `<`/`>` change the speed, `←`/`→` jump a
 * second). A foreign or broken file is a UsageError before the screen changes.
 */
export async function liveReplay(
  runFile: string,
  settings: RunSettings,
  options: LiveOptions = {},
): Promise<number> {
  const run = loadRun(runFile, settings.skin);
  const start = run.events[0];
  if (start?.kind !== 'run-start') throw new Error('a saved run begins with run-start');
  const {info} = start;
  // The path came from the command line: shown, never obeyed.
  const driver = replayDriver(
    run.events,
    {file: inertText(runFile), savedAt: run.savedAt},
    {speed: settings.speed},
    run.machine.cores,
  );
  const shown: RunSettings = {
    ...settings,
    mode: info.mode,
    workers: info.workers,
    customers: info.customers.length,
    workload: info.workload,
    seed: info.seed ?? settings.seed,
    speed: info.speed,
  };
  return showDashboard(
    new LiveSession(driver, shown),
    shown,
    options,
    inertText(`brewlanes replay ${runFile}`),
  );
}
