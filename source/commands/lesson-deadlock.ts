import {calibrate} from '../engine/calibrate.js';
import {runDeadlockLesson} from '../lessons/deadlock/deadlock.js';
import {deadlockLines, deadlockSummary} from '../lessons/deadlock/report.js';
import {abortOnSignals, EXIT_INTERRUPTED} from '../cli/interrupt.js';
import type {RunSettings} from '../cli/options.js';

/** `brewlanes lesson deadlock`: opposite lock order, a watchdog that finds the cycle, then the fix. */
export async function deadlockLesson(
  settings: RunSettings,
  out: NodeJS.WritableStream = process.stdout,
): Promise<number> {
  const write = (line: string) => out.write(`${line}\n`);
  const {unitsPerMs} = calibrate(40);
  const interrupt = new AbortController();
  const removeHandlers = abortOnSignals(interrupt);
  let outcome;
  try {
    outcome = await runDeadlockLesson({
      unitsPerMs,
      holdMs: 30 / settings.speed,
      signal: interrupt.signal,
    });
  } catch (error) {
    if (interrupt.signal.aborted) return EXIT_INTERRUPTED;
    throw error;
  } finally {
    removeHandlers();
  }
  const summary = deadlockSummary(outcome);
  if (settings.json) {
    write(JSON.stringify(summary, null, 2));
    return 0;
  }
  for (const line of deadlockLines(summary)) write(line);
  return 0;
}
