import {CoffeeShop} from '../engine/coffee-shop.js';
import {computeFigures} from '../timeline/figures.js';
import {timelineFromEvents} from '../timeline/reduce.js';
import {processingTimeLine, shopLine} from '../timeline/shop-lines.js';
import {timelineText} from '../render/ascii.js';
import {figuresText} from '../render/figures-text.js';
import {scenarioFor} from '../cli/scenario.js';
import {abortOnSignals, EXIT_INTERRUPTED} from '../cli/interrupt.js';
import type {RunSettings} from '../cli/options.js';
import {runSummary} from './run-summary.js';

/**
 * The plain run: the shop's lines as they happen, then the timeline in the docs'
 * notation and the figures; or, with --json, one JSON document and nothing else.
 * Returns the exit code.
 */
export async function plainRun(
  settings: RunSettings,
  out: NodeJS.WritableStream = process.stdout,
): Promise<number> {
  const scenario = scenarioFor(settings);
  const shop = await CoffeeShop.open(settings.workers);
  const interrupt = new AbortController();
  const removeHandlers = abortOnSignals(interrupt);
  try {
    const write = (line: string) => out.write(`${line}\n`);
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
            const line = shopLine(event);
            if (line !== null) write(line);
          },
    });
    const outcome = await run.done;
    const timeline = timelineFromEvents(outcome.events);
    const figures = computeFigures(
      timeline,
      settings.mode === 'sequential' ? timeline.endedAt : null,
    );
    if (settings.json) {
      write(JSON.stringify(runSummary(timeline, figures), null, 2));
    } else {
      write(processingTimeLine(figures.makespanMs));
      write('');
      const columns = 'columns' in out && typeof out.columns === 'number' ? out.columns : 100;
      for (const line of timelineText(timeline, Math.max(40, columns), 40)) write(line);
      write('');
      for (const line of figuresText(timeline, figures)) write(line);
    }
    if (outcome.aborted) return EXIT_INTERRUPTED;
    return outcome.failed > 0 ? 1 : 0;
  } finally {
    removeHandlers();
    await shop.close();
  }
}
