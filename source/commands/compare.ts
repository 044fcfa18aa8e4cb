import {CoffeeShop} from '../engine/coffee-shop.js';
import type {Mode} from '../engine/modes.js';
import {computeFigures, type Figures} from '../timeline/figures.js';
import {timelineFromEvents, type Timeline} from '../timeline/reduce.js';
import {timelineText} from '../render/ascii.js';
import {scenarioFor} from '../cli/scenario.js';
import {abortOnSignals, EXIT_INTERRUPTED} from '../cli/interrupt.js';
import type {RunSettings} from '../cli/options.js';
import {runSummary} from './run-summary.js';

export const comparedModes: Mode[] = ['sequential', 'concurrent', 'parallel', 'hybrid'];

export type ComparedRun = {mode: Mode; timeline: Timeline; figures: Figures};

/** Runs every mode on the same customers, one after another, on one pool. */
export async function runEveryMode(
  shop: CoffeeShop,
  settings: RunSettings,
  signal: AbortSignal,
  onRun?: (run: ComparedRun) => void,
): Promise<ComparedRun[] | null> {
  const scenario = scenarioFor(settings);
  const runs: ComparedRun[] = [];
  for (const mode of comparedModes) {
    const outcome = await shop.run({scenario, mode, speed: settings.speed, signal}).done;
    if (outcome.aborted) return null;
    const timeline = timelineFromEvents(outcome.events);
    const sequential = runs[0]?.figures.makespanMs ?? timeline.endedAt;
    const run = {mode, timeline, figures: computeFigures(timeline, sequential)};
    runs.push(run);
    onRun?.(run);
  }
  return runs;
}

const bar = (fraction: number, width: number) =>
  '█'.repeat(Math.max(1, Math.round(fraction * width)));

/** `brewlanes compare`: a table, makespan bars and each mode's timeline. */
export async function compareRun(
  settings: RunSettings,
  out: NodeJS.WritableStream = process.stdout,
): Promise<number> {
  const write = (line: string) => out.write(`${line}\n`);
  const shop = await CoffeeShop.open(settings.workers);
  const interrupt = new AbortController();
  const removeHandlers = abortOnSignals(interrupt);
  try {
    const runs = await runEveryMode(shop, settings, interrupt.signal, (run) => {
      if (!settings.json) write(`ran ${run.mode}: ${(run.figures.makespanMs / 1000).toFixed(3)} s`);
    });
    if (runs === null) return EXIT_INTERRUPTED;
    if (settings.json) {
      write(
        JSON.stringify({runs: runs.map((run) => runSummary(run.timeline, run.figures))}, null, 2),
      );
      return 0;
    }
    const longest = Math.max(...runs.map((run) => run.figures.makespanMs));
    write('');
    write('mode        baristas  makespan  speed-up  sum of work  longest order');
    for (const {mode, timeline, figures} of runs) {
      write(
        `${mode.padEnd(11)} ${String(timeline.info.baristas).padStart(8)}  ${(figures.makespanMs / 1000).toFixed(3).padStart(7)}s  ${(figures.speedup ?? 1).toFixed(2).padStart(7)}×  ${(figures.totalWorkMs / 1000).toFixed(3).padStart(10)}s  ${(figures.longestOrderMs / 1000).toFixed(3).padStart(12)}s`,
      );
    }
    write('');
    for (const {mode, figures} of runs)
      write(
        `${mode.padEnd(11)} ${bar(figures.makespanMs / longest, 50)} ${(figures.makespanMs / 1000).toFixed(2)}s`,
      );
    for (const {mode, timeline} of runs) {
      write('');
      write(`── ${mode} ──`);
      for (const line of timelineText(timeline, 100, 12)) write(line);
    }
    return 0;
  } finally {
    removeHandlers();
    await shop.close();
  }
}
