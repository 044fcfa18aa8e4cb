#!/usr/bin/env node
// First: a signal while the modules load exits 130, not 143.
import './cli/early-signals.js';
import meow from 'meow';
import {defaultWorkers} from './engine/coffee-shop.js';
import {flagSpec, joinDashValues, unknownFlag} from './cli/flags.js';
import {helpText} from './cli/help.js';
import {runSettings, type RawFlags, type RunSettings} from './cli/options.js';
import {plainRun} from './commands/plain.js';
import {lessonRun} from './commands/lesson.js';
import {isLessonId, lessonIds, type LessonId} from './lessons/index.js';
import {exportOnlyFlags} from './commands/export-options.js';
import {isInteractive, prepareInkTerminal} from './cli/interactive.js';
import {UsageError} from './usage-error.js';
import {inertText} from './protocol/inert-text.js';
import {RunFault} from './run-fault.js';
import {exitCodeAfterStdout, watchStdout} from './cli/stdout-failure.js';
import {signalsDelivered} from './cli/interrupt.js';

const commands = ['compare', 'sweep', 'lesson', 'replay', 'export', 'tour'] as const;
/** Commands that take a saved run as their argument. */
const withRunFile = new Set(['replay', 'export']);

async function main(argv: string[]): Promise<number> {
  const flag = unknownFlag(argv);
  if (flag !== null) {
    throw new UsageError(`unknown flag ${flag}; see brewlanes --help for the accepted flags`);
  }
  let cli;
  try {
    cli = meow(helpText, {
      importMeta: import.meta,
      argv: joinDashValues(argv),
      flags: flagSpec,
      allowUnknownFlags: true,
    });
  } catch (error) {
    throw new UsageError(`${(error as Error).message} (see brewlanes --help)`);
  }
  const [command, ...rest] = cli.input;
  if (command !== undefined && !(commands as readonly string[]).includes(command)) {
    throw new UsageError(
      `unknown command "${command}"; use one of ${commands.join(', ')}, or none for the dashboard`,
    );
  }
  const lesson = command === 'lesson' ? lessonArgument(rest.shift()) : null;
  const extra = command !== undefined && withRunFile.has(command) ? rest.slice(1) : rest;
  if (extra.length > 0)
    throw new UsageError(`unexpected argument "${extra[0]}" (see brewlanes --help)`);
  if (command === 'export') {
    const {exportCommand} = await import('./commands/export.js');
    // A signal while the modules loaded: exit 130 now, before any file is written;
    // one while the export wrote its file (whole): exit 130 once it is written.
    await signalsDelivered();
    const code = exportCommand(rest[0], cli.flags as RawFlags);
    await signalsDelivered();
    return code;
  }
  // The sweep takes --out: its chart as an SVG picture.
  const exportFlag = exportOnlyFlags.find(
    // meow gives a boolean flag that is not on the command line as false.
    (name) =>
      cli.flags[name] !== undefined &&
      cli.flags[name] !== false &&
      !((command === 'sweep' || command === 'compare') && name === 'out'),
  );
  if (exportFlag !== undefined)
    throw new UsageError(`--${exportFlag} is a flag of brewlanes export (see brewlanes --help)`);
  const settings = runSettings(cli.flags as RawFlags, defaultWorkers());
  // `brewlanes --plain --save run.json | head` still writes run.json.
  if (settings.save || settings.record) stdout.finishRunOnBrokenPipe();
  if (command !== undefined && settings.save)
    throw new UsageError(`--save is for a run (brewlanes --plain), not brewlanes ${command}`);
  if ((command === 'compare' || command === 'sweep' || command === 'lesson') && settings.record)
    throw new UsageError(`--record is for a run, a replay or the tour, not brewlanes ${command}`);
  if (lesson !== null) return lessonRun(lesson, settings);
  if (command === 'sweep') {
    const {sweepRun, sweepSettings} = await import('./commands/sweep.js');
    return sweepRun(sweepSettings(cli.flags as RawFlags, settings, defaultWorkers()));
  }
  if (command === 'replay') {
    if (rest[0] === undefined)
      throw new UsageError(
        'replay needs a saved run: brewlanes replay run.json (save one with --save)',
      );
    if (wantsScreen(settings)) {
      prepareInkTerminal();
      const {liveReplay} = await import('./commands/live-replay.js');
      return liveReplay(rest[0], settings);
    }
    const {replayRun} = await import('./commands/replay.js');
    return replayRun(rest[0], settings.speed, process.stdout, settings);
  }
  if (command === 'tour') {
    if (isInteractive()) prepareInkTerminal();
    const {tourRun} = await import('./commands/tour.js');
    return tourRun(settings, isInteractive());
  }
  if (command === 'compare') {
    const {compareRun, compareDefaultSpeed, compareOut} = await import('./commands/compare.js');
    const slide = compareOut(cli.flags as RawFlags);
    // Every mode runs three times: small work unless --speed says otherwise.
    const speedGiven = (cli.flags as RawFlags).speed !== undefined;
    return compareRun(
      speedGiven ? settings : {...settings, speed: compareDefaultSpeed},
      undefined,
      {
        slide,
      },
    );
  }
  if (wantsScreen(settings)) {
    prepareInkTerminal();
    const {liveRun} = await import('./commands/live.js');
    return liveRun(settings);
  }
  return plainRun(settings);
}

/** The dashboard rather than lines: a person at a terminal, and neither --plain nor --json. */
const wantsScreen = (settings: RunSettings): boolean =>
  !settings.plain && !settings.json && isInteractive();

function lessonArgument(name: string | undefined): LessonId {
  if (name === undefined || !isLessonId(name)) {
    throw new UsageError(
      `${name === undefined ? 'lesson needs a name' : `unknown lesson "${name}"`}; use one of ${lessonIds.join(', ')}`,
    );
  }
  return name;
}

// `brewlanes | head` closes the pipe early: exit 0 (once --save and --record files
// are written). Any other failure of stdout
// (a full disk) is one line on stderr and exit 1 once the run's files are written.
const stdout = watchStdout();

// Bundled (dist/cli.cjs), every module loads before the event loop first turns: a
// signal that came meanwhile exits 130 here, before a command starts. (No top-level
// await: the bundle is CommonJS, for V8's code cache; see cli/code-cache.ts.)
void signalsDelivered()
  .then(() => main(process.argv.slice(2)))
  .then(
    (code) => {
      const failure = stdout.failure();
      if (failure !== null) process.stderr.write(`brewlanes: ${failure}\n`);
      process.exitCode = exitCodeAfterStdout(code, failure);
    },
    (error: unknown) => {
      // The message may quote a file's content, a path or a flag value: shown, never obeyed.
      if (error instanceof UsageError) {
        process.stderr.write(`brewlanes: ${inertText(error.message)}\n`);
        process.exitCode = 2;
      } else if (error instanceof RunFault) {
        process.stderr.write(`brewlanes: ${error.message}\n`);
        process.exitCode = 1;
      } else {
        const text = error instanceof Error ? (error.stack ?? error.message) : String(error);
        const lines = text.split('\n').map(inertText).join('\n');
        process.stderr.write(`brewlanes: unexpected error: ${lines}\n`);
        process.exitCode = 1;
      }
    },
  );
