import {CoffeeShop} from '../engine/coffee-shop.js';
import {timelineFromEvents} from '../timeline/reduce.js';
import {shopLineReader} from '../timeline/shop-lines.js';
import {scenarioFor} from '../engine/scenario-for.js';
import {abortOnSignals, EXIT_INTERRUPTED} from '../cli/interrupt.js';
import type {RunSettings} from '../cli/options.js';
import {runSummary} from './run-summary.js';
import {columnsOf, figuresOfRun, runReportLines} from './run-report.js';
import {checkRunOutputs} from '../record/output-file.js';
import {saveRun} from '../record/run-file.js';
import {afterRecording, startRecording} from '../record/asciicast.js';

/**
 * The plain run: the shop's lines as they happen, then the timeline in the docs'
 * notation and the figures; or, with --json, one JSON document and nothing else.
 * --save writes the measured events, --record the output as an asciicast.
 * Returns the exit code.
 */
export async function plainRun(
  settings: RunSettings,
  out: NodeJS.WritableStream = process.stdout,
): Promise<number> {
  const scenario = scenarioFor(settings);
  const force = settings.force ?? false;
  checkRunOutputs(settings);
  const recording = settings.record
    ? startRecording(settings.record, out, {
        force,
        title: `brewlanes --plain --mode ${settings.mode}`,
      })
    : null;
  const interrupt = new AbortController();
  const removeHandlers = abortOnSignals(interrupt);
  let shop: CoffeeShop | null = null;
  let code: number;
  try {
    try {
      shop = await CoffeeShop.open(settings.workers, undefined, interrupt.signal);
    } catch (error) {
      // Ctrl+C while the threads start: those started are ended already.
      if (interrupt.signal.aborted) return EXIT_INTERRUPTED;
      throw error;
    }
    const write = (line: string) => out.write(`${line}\n`);
    const lineOf = shopLineReader();
    recording?.marker(settings.mode);
    const run = shop.run({
      scenario,
      mode: settings.mode,
      speed: settings.speed,
      ...(settings.machines === undefined ? {} : {machines: settings.machines}),
      ...(settings.sliceMs === undefined ? {} : {sliceMs: settings.sliceMs}),
      signal: interrupt.signal,
      onEvent: settings.json
        ? undefined
        : (event) => {
            const line = lineOf(event);
            if (line !== null) write(line);
          },
    });
    const outcome = await run.done;
    const timeline = timelineFromEvents(outcome.events);
    const figures = figuresOfRun(timeline);
    if (settings.json) {
      write(JSON.stringify(runSummary(timeline, figures), null, 2));
    } else {
      for (const line of runReportLines(timeline, figures, columnsOf(out))) write(line);
    }
    if (settings.save) saveRun(settings.save, scenario, outcome.events, {force});
    if (outcome.aborted) code = EXIT_INTERRUPTED;
    else code = outcome.failed > 0 ? 1 : 0;
  } finally {
    removeHandlers();
    recording?.stop();
    await shop?.close();
  }
  return afterRecording(code, recording);
}
