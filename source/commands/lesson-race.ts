import {runTipJar} from '../lessons/race/tip-jar.js';
import {raceLines, raceSummary} from '../lessons/race/report.js';
import {abortOnSignals, EXIT_INTERRUPTED} from '../cli/interrupt.js';
import type {RunSettings} from '../cli/options.js';

/** `brewlanes lesson race`: the tip jar, counted by real threads without and with atomics. */
export async function raceLesson(
  settings: RunSettings,
  out: NodeJS.WritableStream = process.stdout,
): Promise<number> {
  const write = (line: string) => out.write(`${line}\n`);
  const interrupt = new AbortController();
  const removeHandlers = abortOnSignals(interrupt);
  let outcome;
  try {
    outcome = await runTipJar({baristas: settings.workers, signal: interrupt.signal});
  } catch (error) {
    if (interrupt.signal.aborted) return EXIT_INTERRUPTED;
    throw error;
  } finally {
    removeHandlers();
  }
  const summary = raceSummary(outcome);
  if (settings.json) {
    write(JSON.stringify(summary, null, 2));
    return 0;
  }
  for (const line of raceLines(summary)) write(line);
  return 0;
}
